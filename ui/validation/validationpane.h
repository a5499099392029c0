#pragma once

#include "model/exchangeversion.h"
#include "util/backgroundjob.h"
#include "validate/finding.h"
#include "validate/validationcontext.h"

#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ds::ui {

using namespace ds::core;

class FindingTableModel;
class WorkspaceDocument;

// The Validation pane: the validator's findings for the open workspace, kept live. Each change of
// the document schedules a run (debounced, on a worker thread with a copy of the workspace, so a
// large workspace never blocks the window); activating a finding asks the window to open the
// object and the tab where it can be fixed.
class ValidationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPane(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~ValidationPane() override;

    FindingTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ValidationTarget target() const;
    void setTarget(ValidationTarget target);
    // The optional lint profiles turned on (ids of Validator::profiles()); none at first.
    QStringList profiles() const;
    void setProfiles(const QStringList& ids);
    // True while a run is scheduled or working; findingsChanged() follows.
    bool isPending() const;

signals:
    void findingsChanged();
    void findingActivated(const Finding& finding);

protected:
    void changeEvent(QEvent* event) override;

private:
    void schedule();
    void followRelease();
    void start();
    void finished();
    void retranslate();
    void updateSummary();

    WorkspaceDocument* m_document;
    FindingTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_summary;
    QLabel* m_targetLabel;
    QComboBox* m_target;
    ExchangeVersion m_release;
    QList<QCheckBox*> m_profileChecks;
    QLabel* m_filterLabel;
    QLineEdit* m_filter;
    QTimer m_debounce;
    BackgroundJob<QList<Finding>> m_job;
    bool m_again = false;
};

} // namespace ds::ui
