#include "workspacetablemodel.h"

#include "workspacedocument.h"

namespace ds::ui {

WorkspaceTableModel::WorkspaceTableModel(WorkspaceDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &WorkspaceDocument::workspaceChanged, this, &WorkspaceTableModel::refresh);
}

void WorkspaceTableModel::setServer(const QString& server)
{
    if (server == m_server)
        return;
    beginResetModel();
    m_server = server;
    endResetModel();
}

int WorkspaceTableModel::rowOf(const QString& id) const
{
    const int rows = rowCount({});
    for (int row = 0; row < rows; ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

QVariant WorkspaceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role == SortRole) {
        const QVariant sort = cell(index.row(), index.column(), SortRole);
        return sort.isValid() ? sort : cell(index.row(), index.column(), Qt::DisplayRole);
    }
    return cell(index.row(), index.column(), role);
}

const Server* WorkspaceTableModel::currentServer() const
{
    if (!m_document)
        return nullptr;
    const Workspace& workspace = m_document->workspace();
    if (const Server* server = workspace.server(m_server))
        return server;
    return nullptr;
}

void WorkspaceTableModel::refresh()
{
    beginResetModel();
    endResetModel();
}

} // namespace ds::ui
