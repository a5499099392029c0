#pragma once

#include "commands/selection.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ds::ui {

class WorkspaceTableModel;

// The middle of the console: the current page's objects in a sortable, filterable table.
class ResultPane : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPane(QWidget* parent = nullptr);

    void setModel(WorkspaceTableModel* model, const QString& title);
    WorkspaceTableModel* model() const { return m_model; }
    Selection selection() const;
    // Selects the rows with these ids (after a reset keeps the user's selection).
    void select(const QStringList& ids);
    void retitle(const QString& title);

    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }

signals:
    void selectionChanged();
    void activated();
    void contextMenuRequested(const QPoint& globalPosition);

private:
    void connectSelection();
    void fitColumnsOnce();

    QLabel* m_title;
    QLineEdit* m_filter;
    QTableView* m_view;
    QSortFilterProxyModel* m_proxy;
    WorkspaceTableModel* m_model = nullptr;
    QStringList m_kept;
    // The columns were sized to rows of the current model (only once: later resets keep the widths
    // the user chose).
    bool m_columnsFitted = false;
};

} // namespace ds::ui
