#include "topologyrules.h"

using namespace Qt::StringLiterals;

namespace ds::core {

// On a subscribed Edge the send connectors and the transport configuration are managed in the
// organization and replicated by EdgeSync; the Edge refuses New-SendConnector. Microsoft's "How to
// Configure Mutual TLS for Domain Security" runs Set-TransportConfig and New-SendConnector on the
// internal (Hub Transport) servers:
// https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/bb123543(v=exchg.80)
void TopologyRules::check(ValidationContext& c)
{
    if (!c.onPremises())
        return; // a Postfix host and Exchange Online have no EdgeSync
    bool hub = false;
    QList<const Server*> subscribed;
    for (const Server& server : c.workspace.servers) {
        hub = hub || !server.isEdge();
        if (server.isSubscribedEdge())
            subscribed << &server;
    }
    if (hub || subscribed.isEmpty())
        return;

    for (const SendConnector& connector : c.workspace.sendConnectors) {
        for (const Server* server : c.sourceServers(connector)) {
            if (!server->isSubscribedEdge())
                continue;
            c.error(
                u"SC-EDGESYNC-NO-HUB"_s, FindingLocation::ofSendConnector(connector.name),
                tr("The send connector \"%1\" would be created on %2, which is subscribed to the "
                   "organization; a subscribed Edge refuses send connectors, which a Hub Transport server "
                   "holds and EdgeSync replicates, and the workspace has no Hub Transport server.")
                    .arg(connector.name, server->name),
                tr("Add the Hub Transport server that %1 is subscribed to, or mark %1 standalone.")
                    .arg(server->name),
                {}, FindingFix{FindingFix::Action::AddHubServer, {}});
            break;
        }
    }
    if (c.workspace.domainSecure.send.isEmpty() && c.workspace.domainSecure.receive.isEmpty())
        return;
    for (const Server* server : std::as_const(subscribed)) {
        c.error(u"DS-EDGESYNC-NO-HUB"_s, FindingLocation::ofServer(server->name),
                tr("The domain-secure lists would be set on %1, which is subscribed to the organization; "
                   "they are the organization's transport settings, which a Hub Transport server holds "
                   "and EdgeSync replicates, and the workspace has no Hub Transport server.")
                    .arg(server->name),
                tr("Add the Hub Transport server that %1 is subscribed to, or mark %1 standalone.")
                    .arg(server->name),
                {}, FindingFix{FindingFix::Action::AddHubServer, {}});
    }
}

} // namespace ds::core
