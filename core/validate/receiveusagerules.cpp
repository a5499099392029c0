#include "receiveusagerules.h"

#include "model/connectorenums.h"

using namespace Qt::StringLiterals;

namespace ds::core {

QString ReceiveUsageRules::edgeDefaultConnectorName(const QString& server)
{
    // Configuring Edge Transport Server Connectors (Exchange 2007):
    // https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/bb123883(v=exchg.80)
    return u"Default internal receive connector "_s + server;
}

QList<Binding> ReceiveUsageRules::fixedBindings(ReceiveUsage usage)
{
    // New-ReceiveConnector: -Bindings "can't be used with the Internal or Client usage types";
    // those usages listen on 0.0.0.0:25 and 0.0.0.0:587.
    // https://learn.microsoft.com/en-us/powershell/module/exchange/new-receiveconnector
    switch (usage) {
    case ReceiveUsage::Internal:
        return {Binding(IpAddress::anyIPv4(), 25)};
    case ReceiveUsage::Client:
        return {Binding(IpAddress::anyIPv4(), 587)};
    case ReceiveUsage::Custom:
    case ReceiveUsage::Internet:
    case ReceiveUsage::Partner:
        break;
    }
    return {};
}

void ReceiveUsageRules::check(ValidationContext& context)
{
    if (!context.onPremises())
        return; // Postfix has no usage types and no default connector; Exchange Online no receive connectors
    for (const Server& server : context.workspace.servers) {
        for (const ReceiveConnector& connector : server.receiveConnectors)
            checkConnector(context, server, connector);
    }
}

void ReceiveUsageRules::checkConnector(ValidationContext& c, const Server& server, const ReceiveConnector& rc)
{
    const FindingLocation object = FindingLocation::ofReceiveConnector(server.name, rc.name);
    const QString usage = ConnectorNames::receiveUsage(rc.usage);

    // New-ReceiveConnector -RemoteIPRanges: "You can't use this parameter with the Internet usage
    // type"; an Internet connector accepts every address.
    if (rc.usage == ReceiveUsage::Internet) {
        for (const IpRange& range : rc.remoteIPRanges) {
            if (!range.isAllAddresses()) {
                c.error(u"RC-USAGE-INTERNET-REMOTE"_s, object,
                        tr("The Internet usage accepts every remote address, but the connector lists the "
                           "remote range %1; New-ReceiveConnector takes no remote ranges with this usage.")
                            .arg(range.toString()),
                        tr("Use the Custom usage to limit the remote ranges, or accept every address "
                           "(0.0.0.0-255.255.255.255)."),
                        u"remoteIPRanges"_s);
                break;
            }
        }
    }

    const QList<Binding> fixed = fixedBindings(rc.usage);
    if (!fixed.isEmpty() && !rc.bindings.isEmpty() && rc.bindings != fixed) {
        QStringList bindings;
        for (const Binding& binding : rc.bindings)
            bindings << binding.toString();
        c.error(u"RC-USAGE-BINDINGS"_s, object,
                tr("The %1 usage listens on %2, but the connector has the bindings %3; New-ReceiveConnector "
                   "takes no bindings with this usage.")
                    .arg(usage, fixed.first().toString(), bindings.join(u", "_s)),
                tr("Use the Custom usage for other bindings, or bind to %1.").arg(fixed.first().toString()),
                u"bindings"_s);
    }

    // The Edge's default receive connector listens on 0.0.0.0:25 for every address; a second
    // connector with that binding and range cannot be created next to it. A warning: the default
    // connector is not in the workspace, and the administrator may change or remove it on the Edge.
    if (server.isEdge() &&
        rc.name.trimmed().compare(edgeDefaultConnectorName(server.name), Qt::CaseInsensitive) != 0) {
        const Binding any25(IpAddress::anyIPv4(), 25);
        const bool sameBinding = rc.bindings.contains(any25);
        bool everyAddress = false;
        for (const IpRange& range : rc.remoteIPRanges)
            everyAddress = everyAddress || (range.isAllAddresses() && !range.isIPv6());
        if (sameBinding && everyAddress) {
            const QString defaultName = edgeDefaultConnectorName(server.name);
            c.warning(
                u"RC-EDGE-DEFAULT-COLLISION"_s, object,
                tr("The connector listens on 0.0.0.0:25 for every remote address, as the default receive "
                   "connector \"%1\" of the Edge server %2 does; Exchange refuses a second connector "
                   "with the same binding and remote range.")
                    .arg(defaultName, server.name),
                tr("Bind the connector to one IP address of %1, or name it \"%2\" to change the default "
                   "connector instead.")
                    .arg(server.name, defaultName),
                u"bindings"_s);
        }
    }
}

} // namespace ds::core
