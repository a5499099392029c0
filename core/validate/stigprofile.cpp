#include "stigprofile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

// The STIG's values (check and fix texts of the items below).
constexpr int kMaxRecipients = 5000;                 // EX19-ED-000113
constexpr qint64 kReceiveConnectionTimeout = 5 * 60; // EX19-ED-000159: 00:05:00
constexpr qint64 kSendInactivityTimeout = 10 * 60;   // EX19-ED-000110: 00:10:00
const QString kBanner = u"220 SMTP Server Ready"_s;  // EX19-ED-000231

constexpr AuthMechanisms kExternalAuth =
    AuthMechanism::Tls | AuthMechanism::BasicAuth | AuthMechanism::BasicAuthRequireTLS; // EX19-ED-000099
constexpr AuthMechanisms kInternalAuth = AuthMechanism::Tls;                            // EX19-ED-000235

// Indexes into rules().
enum Item {
    ReceiveDomainSecure,   // EX19-ED-000019
    InternetSmartHost,     // EX19-ED-000095
    SendDomainSecure,      // EX19-ED-000098
    ExternalAuth,          // EX19-ED-000099
    MoreThanOneEdge,       // EX19-ED-000109
    SendTimeout,           // EX19-ED-000110
    MaxRecipients,         // EX19-ED-000113
    InternalNoAnonymous,   // EX19-ED-000136
    ReceiveTimeout,        // EX19-ED-000159
    Banner,                // EX19-ED-000231
    SendAuthLevel,         // EX19-ED-000232
    Redundancy,            // EX19-ED-000234
    InternalReceiveTls,    // EX19-ED-000235
    InternalSendEncrypted, // EX19-ED-000236
};

} // namespace

QString StigEx19EdgeProfile::id()
{
    return u"stig-ex19-edge"_s;
}

QString StigEx19EdgeProfile::displayName()
{
    return tr("DISA STIG: Exchange 2019 Edge");
}

QString StigEx19EdgeProfile::sourceUrl()
{
    return u"https://www.stigviewer.com/stig/microsoft_exchange_2019_edge_server/"_s;
}

QList<StigEx19EdgeProfile::Rule> StigEx19EdgeProfile::rules()
{
    using S = Finding::Severity;
    static const QList<Rule> list = {
        {u"EX19-ED-000019"_s, u"V-259580"_s, u"SV-259580r960840_rule"_s, S::Warning,
         u"Exchange external Receive connectors must be domain secure-enabled."_s},
        {u"EX19-ED-000095"_s, u"V-259593"_s, u"SV-259593r961101_rule"_s, S::Warning,
         u"Exchange internet-facing send connectors must specify a Smart Host."_s},
        {u"EX19-ED-000098"_s, u"V-259594"_s, u"SV-259594r1043178_rule"_s, S::Warning,
         u"Exchange internal send connectors must use domain security (mutual authentication Transport "
         u"Layer Security)."_s},
        {u"EX19-ED-000099"_s, u"V-259595"_s, u"SV-259595r1043178_rule"_s, S::Warning,
         u"Exchange internet-facing receive connectors must offer Transport Layer Security (TLS) before "
         u"using basic authentication."_s},
        {u"EX19-ED-000109"_s, u"V-259596"_s, u"SV-259596r961152_rule"_s, S::Warning,
         u"More than one Edge server must be deployed."_s},
        {u"EX19-ED-000110"_s, u"V-259597"_s, u"SV-259597r961155_rule"_s, S::Warning,
         u"Exchange Outbound Connection Timeout must be 10 minutes or less."_s},
        {u"EX19-ED-000113"_s, u"V-259600"_s, u"SV-259600r961155_rule"_s, S::Warning,
         u"Exchange receive connectors must control the number of recipients per message."_s},
        {u"EX19-ED-000136"_s, u"V-259622"_s, u"SV-259622r961161_rule"_s, S::Warning,
         u"Exchange internal Receive connectors must not allow anonymous connections."_s},
        {u"EX19-ED-000159"_s, u"V-259630"_s, u"SV-259630r1043182_rule"_s, S::Warning,
         u"Exchange must limit the Receive connector timeout."_s},
        {u"EX19-ED-000231"_s, u"V-259638"_s, u"SV-259638r961620_rule"_s, S::Warning,
         u"The Exchange SMTP automated banner response must not reveal server details."_s},
        {u"EX19-ED-000232"_s, u"V-259639"_s, u"SV-259639r961620_rule"_s, S::Warning,
         u"Exchange internal Send connectors must use an authentication level."_s},
        {u"EX19-ED-000234"_s, u"V-259640"_s, u"SV-259640r961632_rule"_s, S::Error,
         u"Exchange must provide redundancy."_s},
        {u"EX19-ED-000235"_s, u"V-259641"_s, u"SV-259641r961632_rule"_s, S::Error,
         u"Exchange internal Receive connectors must require encryption."_s},
        {u"EX19-ED-000236"_s, u"V-259642"_s, u"SV-259642r961632_rule"_s, S::Error,
         u"Exchange internal Send connectors must require encryption."_s},
    };
    return list;
}

namespace {

// A finding of item: its code is the STIG id, the message ends with the Vuln id.
void report(ValidationContext& c, Item item, const FindingLocation& location, const QString& message,
            const QString& hint, const QString& field)
{
    const StigEx19EdgeProfile::Rule& rule = StigEx19EdgeProfile::rules().at(item);
    c.add(rule.severity, rule.stigId, location,
          StigEx19EdgeProfile::tr("%1 (DISA STIG %2)").arg(message, rule.vulnId), hint, field);
}

} // namespace

bool StigEx19EdgeProfile::isExternal(const ReceiveConnector& connector)
{
    switch (connector.usage) {
    case ReceiveUsage::Internet:
    case ReceiveUsage::Partner:
        return true;
    case ReceiveUsage::Internal:
    case ReceiveUsage::Client:
        return false;
    case ReceiveUsage::Custom:
        break;
    }
    return connector.permissionGroups.testAnyFlags(PermissionGroup::AnonymousUsers |
                                                   PermissionGroup::Partners);
}

bool StigEx19EdgeProfile::isInternetFacing(const SendConnector& connector)
{
    if (connector.usage == SendUsage::Internet)
        return true;
    for (const AddressSpace& space : connector.addressSpaces) {
        if (space.domain() == u"*"_s)
            return true;
    }
    return false;
}

void StigEx19EdgeProfile::check(ValidationContext& c)
{
    if (!c.exchange())
        return; // the STIG is about Exchange servers; a Postfix host has none of these settings
    QList<const Server*> edges;
    int subscribed = 0;
    for (const Server& server : c.workspace.servers) {
        if (!server.isEdge())
            continue;
        edges << &server;
        subscribed += server.isSubscribedEdge() ? 1 : 0;
        for (const ReceiveConnector& connector : server.receiveConnectors)
            checkReceive(c, server, connector);
    }
    if (edges.isEmpty())
        return;
    for (const SendConnector& connector : c.workspace.sendConnectors) {
        const QList<const Server*> sources = c.sourceServers(connector);
        if (std::any_of(sources.begin(), sources.end(), [](const Server* s) { return s->isEdge(); }))
            checkSend(c, connector);
    }
    if (edges.size() == 1) {
        report(c, MoreThanOneEdge, FindingLocation::ofServer(edges.first()->name),
               tr("%1 is the organization's only Edge server.").arg(edges.first()->name),
               tr("Deploy a second Edge server (and subscribe it)."), {});
    }
    if (subscribed == 1) {
        for (const Server* server : std::as_const(edges)) {
            if (!server->isSubscribedEdge())
                continue;
            report(c, Redundancy, FindingLocation::ofServer(server->name),
                   tr("%1 is the only Edge server subscribed to the organization; the STIG asks for at "
                      "least two Edge subscriptions.")
                       .arg(server->name),
                   tr("Subscribe two or more Edge servers for load balancing, and record them in the "
                      "Email Domain Security Plan."),
                   {});
        }
    }
}

void StigEx19EdgeProfile::checkReceive(ValidationContext& c, const Server& server,
                                       const ReceiveConnector& connector)
{
    const FindingLocation object = FindingLocation::ofReceiveConnector(server.name, connector.name);
    const QString name = connector.identity(server.name);
    if (isExternal(connector)) {
        if (!connector.domainSecureEnabled) {
            report(c, ReceiveDomainSecure, object,
                   tr("The external receive connector %1 is not domain secure-enabled.").arg(name),
                   tr("Turn on DomainSecureEnabled."), u"domainSecureEnabled"_s);
        }
        if (connector.authMechanism != kExternalAuth) {
            report(c, ExternalAuth, object,
                   tr("The external receive connector %1 authenticates with %2; the STIG asks for %3, so "
                      "that TLS is offered before basic authentication.")
                       .arg(name, ConnectorNames::authMechanisms(connector.authMechanism),
                            ConnectorNames::authMechanisms(kExternalAuth)),
                   tr("Set AuthMechanism to %1 (not applicable in SIPR enclaves).")
                       .arg(ConnectorNames::authMechanisms(kExternalAuth)),
                   u"authMechanism"_s);
        }
    } else {
        if (connector.authMechanism != kInternalAuth) {
            report(c, InternalReceiveTls, object,
                   tr("The internal receive connector %1 authenticates with %2, not Tls alone.")
                       .arg(name, ConnectorNames::authMechanisms(connector.authMechanism)),
                   tr("Set AuthMechanism to Tls."), u"authMechanism"_s);
        }
        if (connector.permissionGroups.testFlag(PermissionGroup::AnonymousUsers)) {
            report(c, InternalNoAnonymous, object,
                   tr("The internal receive connector %1 accepts anonymous connections.").arg(name),
                   tr("Remove AnonymousUsers from PermissionGroups."), u"permissionGroups"_s);
        }
    }
    if (connector.maxRecipientsPerMessage != kMaxRecipients) {
        report(c, MaxRecipients, object,
               tr("The receive connector %1 accepts %2 recipients per message; the STIG's value is %3.")
                   .arg(name)
                   .arg(connector.maxRecipientsPerMessage)
                   .arg(kMaxRecipients),
               tr("Set MaxRecipientsPerMessage to %1, or record the signed-off value in the Email Domain "
                  "Security Plan.")
                   .arg(kMaxRecipients),
               u"maxRecipientsPerMessage"_s);
    }
    if (connector.connectionTimeout.seconds() > kReceiveConnectionTimeout) {
        report(c, ReceiveTimeout, object,
               tr("The receive connector %1 keeps connections for %2, longer than %3.")
                   .arg(name, connector.connectionTimeout.toString(),
                        TimeSpan::fromSeconds(kReceiveConnectionTimeout).toString()),
               tr("Set ConnectionTimeout to %1, or record the signed-off value in the Email Domain "
                  "Security Plan.")
                   .arg(TimeSpan::fromSeconds(kReceiveConnectionTimeout).toString()),
               u"connectionTimeout"_s);
    }
    if (connector.banner.trimmed() != kBanner) {
        report(c, Banner, object,
               connector.banner.trimmed().isEmpty()
                   ? tr("The receive connector %1 answers with Exchange's default banner, which names "
                        "the server.")
                         .arg(name)
                   : tr("The receive connector %1 answers with the banner \"%2\".")
                         .arg(name, connector.banner.trimmed()),
               tr("Set Banner to \"%1\".").arg(kBanner), u"banner"_s);
    }
}

void StigEx19EdgeProfile::checkSend(ValidationContext& c, const SendConnector& connector)
{
    const FindingLocation object = FindingLocation::ofSendConnector(connector.name);
    if (isInternetFacing(connector)) {
        if (connector.smartHosts.isEmpty() || connector.dnsRoutingEnabled) {
            report(c, InternetSmartHost, object,
                   tr("The internet-facing send connector \"%1\" does not route through a smart host.")
                       .arg(connector.name),
                   tr("Name the smart host and turn DNS routing off (not applicable in SIPR enclaves)."),
                   u"smartHosts"_s);
        }
    } else {
        if (!connector.domainSecureEnabled) {
            report(c, SendDomainSecure, object,
                   tr("The send connector \"%1\" does not use domain security (mutual TLS).")
                       .arg(connector.name),
                   tr("Turn on DomainSecureEnabled."), u"domainSecureEnabled"_s);
        } else if (!connector.dnsRoutingEnabled) {
            report(c, SendDomainSecure, object,
                   tr("The send connector \"%1\" is domain secure-enabled but does not use DNS routing, "
                      "which domain security requires.")
                       .arg(connector.name),
                   tr("Turn on DNS routing."), u"dnsRoutingEnabled"_s);
        }
        // Domain security, or TLS required with the partner's name validated against a TLS domain
        // (TlsAuthLevel DomainValidation with TlsDomain, Exchange 2010 and later; the check text
        // asks for TlsDomain set to the partner's SMTP domain).
        const bool domainValidated = connector.requireTLS &&
                                     connector.tlsAuthLevel == TlsAuthLevel::DomainValidation &&
                                     !connector.tlsDomain.isEmpty();
        // EX19-ED-000232: every internal send connector checks the partner's name
        // (Get-SendConnector | Select-Object TlsAuthLevel: "DomainValidation").
        if (connector.tlsAuthLevel != TlsAuthLevel::DomainValidation) {
            report(c, SendAuthLevel, object,
                   tr("The send connector \"%1\" has the TLS authentication level %2, not DomainValidation.")
                       .arg(connector.name, connector.tlsAuthLevel == TlsAuthLevel::Unset
                                                ? tr("(not set)")
                                                : ConnectorNames::tlsAuthLevel(connector.tlsAuthLevel)),
                   tr("Set the TLS authentication level to DomainValidation (with Require TLS)."),
                   u"tlsAuthLevel"_s);
        }
        if (!connector.domainSecureEnabled && !domainValidated) {
            report(c, InternalSendEncrypted, object,
                   tr("The send connector \"%1\" requires neither domain security nor TLS with domain "
                      "validation.")
                       .arg(connector.name),
                   tr("Turn on DomainSecureEnabled (and list the domain on the receiving side), or "
                      "require TLS with domain validation."),
                   u"domainSecureEnabled"_s);
        }
    }
    if (connector.connectionInactivityTimeout.seconds() > kSendInactivityTimeout) {
        report(c, SendTimeout, object,
               tr("The send connector \"%1\" keeps idle connections for %2, longer than %3.")
                   .arg(connector.name, connector.connectionInactivityTimeout.toString(),
                        TimeSpan::fromSeconds(kSendInactivityTimeout).toString()),
               tr("Set ConnectionInactivityTimeout to %1 or less, or record the signed-off value in the "
                  "Email Domain Security Plan.")
                   .arg(TimeSpan::fromSeconds(kSendInactivityTimeout).toString()),
               u"connectionInactivityTimeout"_s);
    }
}

} // namespace ds::core
