#include "receiveconnectortablemodel.h"

#include "document/workspacedocument.h"
#include "widgets/icons.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

int ReceiveConnectorTableModel::rowCount(const QModelIndex& parent) const
{
    const Server* server = currentServer();
    return parent.isValid() || !server ? 0 : int(server->receiveConnectors.size());
}

int ReceiveConnectorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiveConnectorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsageColumn:
        return tr("Usage");
    case BindingsColumn:
        return tr("Bindings");
    case RemoteColumn:
        return tr("Remote IP ranges");
    case DomainSecureColumn:
        return tr("Domain security");
    case EnabledColumn:
        return tr("Enabled");
    }
    return {};
}

QString ReceiveConnectorTableModel::idAt(int row) const
{
    const Server* server = currentServer();
    return server ? server->receiveConnectors.value(row).name : QString();
}

QVariant ReceiveConnectorTableModel::cell(int row, int column, int role) const
{
    const ReceiveConnector& connector = currentServer()->receiveConnectors.at(row);
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::get(u"receive-connector"_s);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return connector.name;
    case UsageColumn:
        return ConnectorNames::receiveUsage(connector.usage);
    case BindingsColumn: {
        QStringList bindings;
        for (const Binding& binding : connector.bindings)
            bindings << binding.toString();
        return bindings.join(u", "_s);
    }
    case RemoteColumn: {
        QStringList ranges;
        for (const IpRange& range : connector.remoteIPRanges)
            ranges << range.toString();
        return ranges.join(u", "_s);
    }
    case DomainSecureColumn:
        return connector.domainSecureEnabled ? tr("Yes") : tr("No");
    case EnabledColumn:
        return connector.enabled ? tr("Yes") : tr("No");
    }
    return {};
}

} // namespace ds::ui
