#include "connectorpresets.h"

using namespace Qt::StringLiterals;

namespace ds::core {

void ConnectorPresets::apply(ReceiveConnector& c, ReceiveUsage usage, bool edge)
{
    c.usage = usage;
    c.domainSecureEnabled = false;
    switch (usage) {
    case ReceiveUsage::Custom:
        c.authMechanism = AuthMechanism::Tls;
        c.permissionGroups = PermissionGroup::None;
        break;
    case ReceiveUsage::Internet:
        c.authMechanism = AuthMechanism::Tls;
        c.permissionGroups = PermissionGroup::AnonymousUsers;
        if (c.bindings.isEmpty())
            c.bindings << Binding(IpAddress::anyIPv4(), 25);
        if (c.remoteIPRanges.isEmpty())
            c.remoteIPRanges << IpRange::allIPv4();
        break;
    case ReceiveUsage::Internal:
        c.authMechanism = AuthMechanism::Tls | AuthMechanism::ExchangeServer;
        c.permissionGroups = PermissionGroup::ExchangeServers;
        if (!edge)
            c.permissionGroups |= PermissionGroup::ExchangeLegacyServers;
        if (c.bindings.isEmpty())
            c.bindings << Binding(IpAddress::anyIPv4(), 25);
        break;
    case ReceiveUsage::Client:
        c.authMechanism = AuthMechanism::Tls | AuthMechanism::BasicAuth | AuthMechanism::BasicAuthRequireTLS |
                          AuthMechanism::Integrated;
        c.permissionGroups = PermissionGroup::ExchangeUsers;
        if (c.bindings.isEmpty())
            c.bindings << Binding(IpAddress::anyIPv4(), 587);
        break;
    case ReceiveUsage::Partner:
        c.authMechanism = AuthMechanism::Tls;
        c.permissionGroups = PermissionGroup::Partners;
        c.domainSecureEnabled = true;
        break;
    }
}

ReceiveConnector ConnectorPresets::receiveConnector(const QString& name, ReceiveUsage usage, bool edge)
{
    ReceiveConnector c;
    c.name = name;
    apply(c, usage, edge);
    return c;
}

void ConnectorPresets::apply(SendConnector& c, SendUsage usage)
{
    c.usage = usage;
    switch (usage) {
    case SendUsage::Custom:
        break;
    case SendUsage::Internet:
        c.dnsRoutingEnabled = true;
        c.domainSecureEnabled = false;
        break;
    case SendUsage::Internal:
        c.dnsRoutingEnabled = false;
        c.domainSecureEnabled = false;
        break;
    case SendUsage::Partner:
        c.dnsRoutingEnabled = true;
        c.smartHosts.clear();
        c.ignoreStartTls = false;
        c.domainSecureEnabled = true;
        break;
    }
}

SendConnector ConnectorPresets::sendConnector(const QString& name, SendUsage usage)
{
    SendConnector c;
    c.name = name;
    apply(c, usage);
    return c;
}

QString ConnectorPresets::describe(ReceiveUsage usage)
{
    switch (usage) {
    case ReceiveUsage::Custom:
        return tr("Custom: TLS offered, no permission group; you choose everything else.");
    case ReceiveUsage::Internet:
        return tr("Internet: anonymous senders from every address, TLS offered.");
    case ReceiveUsage::Internal:
        return tr("Internal: your own Exchange servers, Exchange Server authentication.");
    case ReceiveUsage::Client:
        return tr("Client: authenticated users on port 587 (not on an Edge server).");
    case ReceiveUsage::Partner:
        return tr("Partner: only the partner's servers, mutual TLS with domain security, Partners group.");
    }
    return {};
}

QString ConnectorPresets::describe(SendUsage usage)
{
    switch (usage) {
    case SendUsage::Custom:
        return tr("Custom: Exchange's defaults; you choose everything else.");
    case SendUsage::Internet:
        return tr("Internet: deliver by DNS MX lookup.");
    case SendUsage::Internal:
        return tr("Internal: forward through smart hosts of your own organization.");
    case SendUsage::Partner:
        return tr("Partner: DNS routing with domain security (mutual TLS) for the domains on the send list.");
    }
    return {};
}

} // namespace ds::core
