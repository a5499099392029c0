#include "sendconnectortablemodel.h"

#include "document/workspacedocument.h"
#include "widgets/icons.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

int SendConnectorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !document() ? 0 : int(document()->workspace().sendConnectors.size());
}

int SendConnectorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SendConnectorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsageColumn:
        return tr("Usage");
    case AddressSpaceColumn:
        return tr("Address spaces");
    case RoutingColumn:
        return tr("Routing");
    case DomainSecureColumn:
        return tr("Domain security");
    case EnabledColumn:
        return tr("Enabled");
    }
    return {};
}

QString SendConnectorTableModel::idAt(int row) const
{
    return document()->workspace().sendConnectors.value(row).name;
}

QVariant SendConnectorTableModel::cell(int row, int column, int role) const
{
    const SendConnector& connector = document()->workspace().sendConnectors.at(row);
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::get(u"send-connector"_s);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return connector.name;
    case UsageColumn:
        return ConnectorNames::sendUsage(connector.usage);
    case AddressSpaceColumn: {
        QStringList spaces;
        for (const AddressSpace& space : connector.addressSpaces)
            spaces << space.toString();
        return spaces.join(u", "_s);
    }
    case RoutingColumn:
        return connector.dnsRoutingEnabled ? tr("DNS (MX records)")
                                           : tr("Smart hosts: %1").arg(connector.smartHosts.join(u", "_s));
    case DomainSecureColumn:
        return connector.domainSecureEnabled ? tr("Yes") : tr("No");
    case EnabledColumn:
        return connector.enabled ? tr("Yes") : tr("No");
    }
    return {};
}

} // namespace ds::ui
