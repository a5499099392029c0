#include "validationpane.h"

#include "document/workspacedocument.h"
#include "findingtablemodel.h"
#include "util/clock.h"
#include "validate/validator.h"
#include "widgets/filterlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

namespace {
// Long enough to take a burst of edits (undo held down) as one run, short enough to feel live.
constexpr int kDebounceMs = 150;
} // namespace

ValidationPane::ValidationPane(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"validationPane"_s);
    m_model->setObjectName(u"FindingTableModel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"validationSummaryLabel"_s);
    top->addWidget(m_summary, 1);
    m_targetLabel = new QLabel(this);
    m_target = new QComboBox(this);
    m_target->setObjectName(u"validationTargetCombo"_s);
    // The targets of `lint --target` and of the Export dialog; the organization's Exchange release first
    // selected.
    for (const ValidationTarget target : Validator::targets())
        m_target->addItem(QString(), int(target));
    m_release = m_document->workspace().exchangeVersion;
    setTarget(Validator::target(m_release));
    m_targetLabel->setBuddy(m_target);
    top->addWidget(m_targetLabel);
    top->addWidget(m_target);
    // The optional profiles of `lint --profile`, off by default (as in the CLI).
    for (const QString& id : Validator::profiles()) {
        auto* check = new QCheckBox(this);
        check->setObjectName(u"validationProfileCheck"_s);
        check->setProperty("profile", id);
        connect(check, &QCheckBox::toggled, this, &ValidationPane::schedule);
        m_profileChecks << check;
        top->addWidget(check);
    }
    m_filterLabel = new QLabel(this);
    m_filter = new FilterLineEdit(this);
    m_filter->setObjectName(u"validationFilterEdit"_s);
    m_filterLabel->setBuddy(m_filter);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter);
    layout->addLayout(top);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(u"validationView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingTableModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view);
    QWidget* previous = m_target;
    for (QCheckBox* check : std::as_const(m_profileChecks)) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, m_filter);
    setTabOrder(m_filter, m_view);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ValidationPane::start);
    connect(&m_job, &BackgroundJobBase::finished, this, &ValidationPane::finished);
    m_job.setWaitOnDestroy(true);
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, &ValidationPane::followRelease);
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, &ValidationPane::schedule);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ValidationPane::schedule);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit findingActivated(m_model->findingAt(m_proxy->mapToSource(index).row()));
    });
    retranslate();
    schedule();
}

ValidationPane::~ValidationPane() = default; // m_job waits for a validation still running

ValidationTarget ValidationPane::target() const
{
    return ValidationTarget(m_target->currentData().toInt());
}

void ValidationPane::setTarget(ValidationTarget target)
{
    m_target->setCurrentIndex(m_target->findData(int(target)));
}

QStringList ValidationPane::profiles() const
{
    QStringList ids;
    for (const QCheckBox* check : m_profileChecks) {
        if (check->isChecked())
            ids << check->property("profile").toString();
    }
    return ids;
}

void ValidationPane::setProfiles(const QStringList& ids)
{
    for (QCheckBox* check : std::as_const(m_profileChecks))
        check->setChecked(ids.contains(check->property("profile").toString()));
}

void ValidationPane::followRelease()
{
    // When the organization's Exchange release changes (Organization Properties, undo, another
    // file), the rules follow it, as they start from it; a target picked in between is kept until then.
    const ExchangeVersion release = m_document->workspace().exchangeVersion;
    if (release == m_release)
        return;
    m_release = release;
    setTarget(Validator::target(release));
}

bool ValidationPane::isPending() const
{
    return m_debounce.isActive() || m_job.isRunning();
}

void ValidationPane::schedule()
{
    m_debounce.start();
}

void ValidationPane::start()
{
    if (m_job.isRunning()) {
        m_again = true; // the result in flight is already stale
        return;
    }
    // A copy: Workspace is implicitly shared, so this costs nothing until the document changes.
    // The time is read from the process clock here, on the GUI thread; the worker validates with
    // a FixedClock at that time (a test's clock may be gone before the worker runs).
    m_job.start([workspace = m_document->workspace(), target = target(), profiles = profiles(),
                 now = Clock::current().now()](JobContext&) {
        return Validator::run(workspace, target, profiles, FixedClock(now));
    });
}

void ValidationPane::finished()
{
    if (m_again) {
        m_again = false;
        start();
        return;
    }
    m_model->setFindings(*m_job.result());
    m_view->resizeColumnToContents(FindingTableModel::SeverityColumn);
    m_view->resizeColumnToContents(FindingTableModel::CodeColumn);
    m_view->resizeColumnToContents(FindingTableModel::ObjectColumn);
    m_view->resizeColumnToContents(FindingTableModel::MessageColumn);
    updateSummary();
    emit findingsChanged();
}

void ValidationPane::updateSummary()
{
    const int errors = m_model->count(Finding::Severity::Error);
    const int warnings = m_model->count(Finding::Severity::Warning);
    const int infos = m_model->count(Finding::Severity::Info);
    if (errors + warnings + infos == 0)
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("%1, %2, %3")
                               .arg(tr("%n error(s)", nullptr, errors),
                                    tr("%n warning(s)", nullptr, warnings),
                                    tr("%n note(s)", nullptr, infos)));
}

void ValidationPane::retranslate()
{
    m_targetLabel->setText(tr("&Rules for:"));
    for (int i = 0; i < m_target->count(); ++i)
        m_target->setItemText(i,
                              Validator::targetDisplayName(ValidationTarget(m_target->itemData(i).toInt())));
    m_target->setAccessibleName(tr("Validation rules"));
    for (QCheckBox* check : std::as_const(m_profileChecks)) {
        const QString name = Validator::profileDisplayName(check->property("profile").toString());
        check->setText(tr("&Also check: %1").arg(name));
        check->setToolTip(tr("Also list the findings of the optional rule profile %1 (lint --profile %2); "
                             "the export does not apply it.")
                              .arg(name, check->property("profile").toString()));
    }
    m_filterLabel->setText(tr("F&ind:"));
    m_filter->setPlaceholderText(tr("Type to filter findings"));
    m_filter->setAccessibleName(tr("Filter findings"));
    m_view->setAccessibleName(tr("Validation findings"));
    m_view->setToolTip(tr("Press Enter or double-click a finding to open the object where it can be fixed."));
    updateSummary();
}

void ValidationPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ds::ui
