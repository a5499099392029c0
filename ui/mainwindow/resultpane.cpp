#include "resultpane.h"

#include "document/workspacetablemodel.h"
#include "widgets/filterlineedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

ResultPane::ResultPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"resultPane"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"resultTitleLabel"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    top->addWidget(m_title, 1);
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setObjectName(u"filterLabel"_s);
    m_filter = new FilterLineEdit(this);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->setAccessibleName(tr("Filter"));
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    layout->addLayout(top);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(u"resultProxyModel"_s);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(WorkspaceTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(u"resultView"_s);
    m_view->setAccessibleName(tr("Results"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, &ResultPane::activated);
    connect(m_view, &QTableView::customContextMenuRequested, this,
            [this](const QPoint& pos) { emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos)); });
    connectSelection();
    setTabOrder(m_filter, m_view);
}

void ResultPane::connectSelection()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultPane::selectionChanged);
}

void ResultPane::setModel(WorkspaceTableModel* model, const QString& title)
{
    m_title->setText(title);
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    // A document change resets the model; keep what the user had selected.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_kept = selection().ids; });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumnsOnce();
        select(m_kept);
        emit selectionChanged();
    });
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_columnsFitted = false;
    fitColumnsOnce();
    emit selectionChanged();
}

// A page shown before its workspace is read has only headers to size its columns by; they are
// sized again when the first rows arrive, and never after that.
void ResultPane::fitColumnsOnce()
{
    if (m_columnsFitted)
        return;
    m_view->resizeColumnsToContents();
    m_columnsFitted = m_model && m_model->rowCount() > 0;
}

void ResultPane::retitle(const QString& title)
{
    m_title->setText(title);
}

Selection ResultPane::selection() const
{
    Selection selection;
    if (!m_model)
        return selection;
    selection.server = m_model->server();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& proxyIndex : rows) {
        const int row = m_proxy->mapToSource(proxyIndex).row();
        const ObjectKind kind = m_model->kindAt(row);
        if (selection.kind == ObjectKind::None)
            selection.kind = kind;
        if (kind == selection.kind)
            selection.ids << m_model->idAt(row);
    }
    return selection;
}

void ResultPane::select(const QStringList& ids)
{
    if (!m_model)
        return;
    QItemSelection items;
    for (const QString& id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            items.select(index, index);
    }
    m_view->selectionModel()->select(items, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!items.isEmpty())
        m_view->selectionModel()->setCurrentIndex(items.indexes().first(), QItemSelectionModel::NoUpdate);
}

} // namespace ds::ui
