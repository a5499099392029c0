#pragma once

#include "commands/selection.h"

#include <QAbstractTableModel>

namespace ds::core {
struct Server;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

class WorkspaceDocument;

// Base of the result pane's models: one row per object of a kind, reset whenever the document
// changes. Rows are computed on demand from the workspace, so a large workspace costs nothing
// until its rows are painted.
class WorkspaceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The object id of a row (thumbprint, connector name, domain) for selections.
    static constexpr int IdRole = Qt::UserRole + 1;
    // Sort key where the display text does not sort right (dates, sizes).
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit WorkspaceTableModel(WorkspaceDocument* document, QObject* parent = nullptr);

    // The server whose objects the model lists (for per-server pages).
    void setServer(const QString& server);
    QString server() const { return m_server; }

    virtual ObjectKind kindAt(int row) const = 0;
    virtual QString idAt(int row) const = 0;
    int rowOf(const QString& id) const;

    QVariant data(const QModelIndex& index, int role) const override;

protected:
    virtual QVariant cell(int row, int column, int role) const = 0;
    const WorkspaceDocument* document() const { return m_document; }
    const Server* currentServer() const;
    void refresh();

private:
    WorkspaceDocument* m_document;
    QString m_server;
};

} // namespace ds::ui
