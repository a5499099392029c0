#include "validationcontext.h"

#include "validator.h"

namespace ds::core {

bool ValidationContext::hasTlsAuthLevel() const
{
    const auto version = Validator::exchangeVersion(target);
    return version && *version >= ExchangeVersion::Exchange2010;
}

QString ValidationContext::targetDisplayName() const
{
    return Validator::targetDisplayName(target);
}

ValidationContext::ValidationContext(const Workspace& ws, ValidationTarget t, const QDateTime& time)
    : workspace(ws)
    , target(t)
    , now(time)
{
    sendList.reserve(ws.domainSecure.send.size());
    for (const QString& domain : ws.domainSecure.send)
        sendList.insert(domain.trimmed().toLower());
    receiveList.reserve(ws.domainSecure.receive.size());
    for (const QString& domain : ws.domainSecure.receive)
        receiveList.insert(domain.trimmed().toLower());
    for (const Server& server : ws.servers) {
        for (const ReceiveConnector& connector : server.receiveConnectors) {
            if (connector.enabled && connector.domainSecureEnabled) {
                domainSecureServers.insert(server.name.toLower());
                break;
            }
        }
    }
    for (const SendConnector& connector : ws.sendConnectors) {
        if (!connector.enabled || !connector.domainSecureEnabled)
            continue;
        for (const Server* server : sourceServers(connector))
            domainSecureServers.insert(server->name.toLower());
    }
}

QList<const Server*> ValidationContext::sourceServers(const SendConnector& connector) const
{
    QList<const Server*> servers;
    for (const QString& name : connector.sourceTransportServers) {
        if (const Server* server = workspace.server(name))
            servers << server;
    }
    if (servers.isEmpty()) {
        for (const Server& server : workspace.servers)
            servers << &server;
    }
    return servers;
}

void ValidationContext::add(Finding::Severity severity, const QString& code, const FindingLocation& location,
                            const QString& message, const QString& hint, const QString& field,
                            const FindingFix& fix)
{
    FindingFix effectiveFix = fix;
    if (effectiveFix.action == FindingFix::Action::None && !field.isEmpty())
        effectiveFix.action = FindingFix::Action::EditField;
    findings.append(Finding{severity, code, field.isEmpty() ? location : location.at(field), message, hint,
                            effectiveFix});
}

} // namespace ds::core
