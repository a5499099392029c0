#include "servertablemodel.h"

#include "document/workspacedocument.h"
#include "widgets/icons.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

int ServerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !document() ? 0 : int(document()->workspace().servers.size());
}

int ServerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FqdnColumn:
        return tr("FQDN");
    case RoleColumn:
        return tr("Role");
    case EdgeSyncColumn:
        return tr("Edge subscription");
    case CertificatesColumn:
        return tr("Certificates");
    case ReceiveConnectorsColumn:
        return tr("Receive connectors");
    }
    return {};
}

QString ServerTableModel::idAt(int row) const
{
    return document()->workspace().servers.value(row).name;
}

QVariant ServerTableModel::cell(int row, int column, int role) const
{
    const Server& server = document()->workspace().servers.at(row);
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::server(server.isEdge());
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return server.name;
    case FqdnColumn:
        return server.fqdn;
    case RoleColumn:
        return server.isEdge() ? tr("Edge Transport") : tr("Hub Transport");
    case EdgeSyncColumn:
        if (!server.isEdge())
            return QString(); // a Hub is not subscribed to anything
        return server.isSubscribedEdge() ? tr("Subscribed") : tr("Standalone");
    case CertificatesColumn:
        return int(server.certificates.size());
    case ReceiveConnectorsColumn:
        return int(server.receiveConnectors.size());
    }
    return {};
}

} // namespace ds::ui
