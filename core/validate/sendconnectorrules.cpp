#include "sendconnectorrules.h"

#include "certificaterules.h"
#include "model/freetext.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
constexpr quint64 kMaxMessageSize = 2147483647;
constexpr qint64 kMaxTimeout = 24 * 3600;
} // namespace

void SendConnectorRules::check(ValidationContext& context)
{
    const QList<SendConnector>& connectors = context.workspace.sendConnectors;
    QHash<QString, int> names;
    names.reserve(connectors.size());
    // "domain;cost" → first connector routing it, to spot two enabled connectors for the same route.
    QHash<QString, QString> routes;
    for (const SendConnector& connector : connectors) {
        checkConnector(context, connector);
        const FindingLocation object = FindingLocation::ofSendConnector(connector.name);
        const QString key = connector.name.trimmed().toLower();
        if (!key.isEmpty() && ++names[key] == 2) {
            context.error(
                u"SC-NAME-DUPLICATE"_s, object,
                tr("Two send connectors are named \"%1\"; names must be unique in the organization.")
                    .arg(connector.name),
                tr("Rename one of them."), u"name"_s);
        }
        if (!connector.enabled)
            continue;
        for (const AddressSpace& space : connector.addressSpaces) {
            const QString route = space.domain() + QLatin1Char(';') + QString::number(space.cost());
            auto it = routes.constFind(route);
            if (it == routes.constEnd()) {
                routes.insert(route, connector.name);
            } else if (it.value() != connector.name) {
                context.warning(
                    u"SC-ADDRESS-DUPLICATE"_s, object,
                    tr("The address space %1 with cost %2 is also on \"%3\"; Exchange picks one of "
                       "them arbitrarily.")
                        .arg(space.domain())
                        .arg(space.cost())
                        .arg(it.value()),
                    tr("Remove the address space from one connector or give them different costs."),
                    u"addressSpaces"_s);
            }
        }
    }
}

bool SendConnectorRules::sourceServersApply(const Workspace& workspace)
{
    // SourceTransportServers "isn't valid on an Edge Transport server":
    // https://learn.microsoft.com/en-us/powershell/module/exchange/new-sendconnector
    return std::any_of(workspace.servers.cbegin(), workspace.servers.cend(),
                       [](const Server& server) { return !server.isEdge(); });
}

void SendConnectorRules::checkConnector(ValidationContext& c, const SendConnector& sc)
{
    const FindingLocation object = FindingLocation::ofSendConnector(sc.name);

    const QString name = sc.name.trimmed();
    if (name.isEmpty()) {
        c.error(u"SC-NAME-EMPTY"_s, object, tr("The send connector has no name."), tr("Give it a name."),
                u"name"_s);
    } else if (name.size() > FreeText::kMaxNameLength) {
        c.error(u"SC-NAME-LENGTH"_s, object,
                tr("The name has %1 characters; at most %2 are allowed.")
                    .arg(name.size())
                    .arg(FreeText::kMaxNameLength),
                tr("Shorten the name."), u"name"_s);
    } else if (auto why = FreeText::problem(sc.name)) {
        c.error(u"SC-NAME-CHARS"_s, object, tr("The name %1.").arg(*why),
                tr("Use plain characters; the name is written into scripts and configuration files."),
                u"name"_s);
    }
    if (auto why = FreeText::problem(sc.comment)) {
        c.error(u"SC-COMMENT-CHARS"_s, object, tr("The comment %1.").arg(*why),
                tr("Write the comment without control characters or typographic quotes."), u"comment"_s);
    }

    if (sc.addressSpaces.isEmpty()) {
        c.error(u"SC-ADDRESS-EMPTY"_s, object, tr("The send connector has no address space."),
                tr("Add the domains it delivers to as address spaces."), u"addressSpaces"_s);
    }

    // Routing (§3.2, §3.3).
    if (sc.dnsRoutingEnabled && !sc.smartHosts.isEmpty()) {
        c.error(u"SC-SMARTHOST-WITH-DNS"_s, object, tr("Smart hosts are set while DNS routing is on."),
                tr("Turn DNS routing off to use the smart hosts, or remove them."), u"smartHosts"_s);
    }
    if (!sc.dnsRoutingEnabled && sc.smartHosts.isEmpty()) {
        c.error(u"SC-SMARTHOST-MISSING"_s, object, tr("DNS routing is off but no smart host is set."),
                tr("Add a smart host, or turn DNS routing on."), u"smartHosts"_s);
    }
    if (sc.smartHostAuthMechanism != SmartHostAuthMechanism::None && sc.smartHosts.isEmpty()) {
        c.error(u"SC-SMARTHOST-AUTH"_s, object,
                tr("A smart host authentication mechanism (%1) is set without smart hosts.")
                    .arg(ConnectorNames::smartHostAuthMechanism(sc.smartHostAuthMechanism)),
                tr("Set it to None, or route through smart hosts."), u"smartHostAuthMechanism"_s);
    } else if (sc.smartHostAuthMechanism == SmartHostAuthMechanism::BasicAuth ||
               sc.smartHostAuthMechanism == SmartHostAuthMechanism::BasicAuthRequireTLS) {
        c.warning(u"SC-SMARTHOST-CREDENTIAL"_s, object,
                  tr("Basic authentication to the smart host needs a credential, which DomainSecure does not "
                     "store."),
                  tr("Enter the credential when the exported script asks for it."),
                  u"smartHostAuthMechanism"_s);
    }
    if (sc.requireTLS && sc.ignoreStartTls) {
        c.error(u"SC-REQUIRETLS-IGNORE"_s, object, tr("Require TLS and Ignore STARTTLS are both on."),
                tr("Turn Ignore STARTTLS off."), u"ignoreStartTls"_s);
    }
    checkTlsAuthentication(c, sc, object);
    if (sc.port < 0 || sc.port > 65535) {
        c.error(u"SC-PORT-RANGE"_s, object, tr("The port %1 is outside 0 to 65535.").arg(sc.port),
                tr("Use port 25 unless the partner asks for another."), u"port"_s);
    }
    if (!sc.maxMessageSize.isUnlimited() && sc.maxMessageSize.bytes() > kMaxMessageSize) {
        c.error(u"SC-MAXSIZE-RANGE"_s, object,
                tr("The maximum message size %1 is larger than 2GB.").arg(sc.maxMessageSize.toString()),
                tr("Use a size below 2GB or unlimited."), u"maxMessageSize"_s);
    }
    const qint64 inactivity = sc.connectionInactivityTimeout.seconds();
    if (inactivity < 1 || inactivity > kMaxTimeout) {
        c.error(u"SC-TIMEOUT-RANGE"_s, object,
                tr("The inactivity timeout %1 is outside 00:00:01 to 1.00:00:00.")
                    .arg(sc.connectionInactivityTimeout.toString()),
                tr("Use a value such as 00:10:00."), u"connectionInactivityTimeout"_s);
    }

    // Source servers.
    if (!sc.sourceTransportServers.isEmpty()) {
        const bool allEdge = !c.workspace.servers.isEmpty() && !sourceServersApply(c.workspace);
        if (c.onPremises() && allEdge) {
            c.error(u"SC-SOURCE-EDGE"_s, object,
                    tr("Source transport servers cannot be set on a standalone Edge server."),
                    tr("Clear the source servers; the connector applies to the Edge server itself."),
                    u"sourceTransportServers"_s);
        } else if (!c.exchange()) {
            for (const QString& source : sc.sourceTransportServers) {
                if (!c.workspace.server(source)) {
                    c.warning(u"SC-SOURCE-UNKNOWN"_s, object,
                              tr("The source server %1 is not a server of this workspace.").arg(source),
                              tr("Remove it or add the server."), u"sourceTransportServers"_s);
                }
            }
        }
    }

    if (!sc.domainSecureEnabled)
        return;

    // Domain security (§3.3): Exchange does mutual TLS (DomainSecureEnabled) only on DNS-routed
    // connectors without wildcards in every release; from 2010 a smart host's name is checked with
    // -TlsAuthLevel DomainValidation and -TlsDomain instead. Postfix can match the partner's name
    // through a smart host too, and so does Exchange Online (TlsSettings DomainValidation, TlsDomain:
    // ExchangeOnlineRules).
    if (c.onPremises()) {
        const QString hint =
            c.hasTlsAuthLevel()
                ? tr("Turn DNS routing on and remove the smart hosts, or turn domain security "
                     "off and set the TLS authentication level DomainValidation with the "
                     "partner's TLS domain.")
                : tr("Turn DNS routing on and remove the smart hosts.");
        if (!sc.dnsRoutingEnabled) {
            c.error(u"SC-DS-DNS"_s, object,
                    tr("Domain security needs DNS routing in %1.").arg(c.targetDisplayName()), hint,
                    u"dnsRoutingEnabled"_s);
        }
        if (!sc.smartHosts.isEmpty()) {
            c.error(u"SC-DS-SMARTHOST"_s, object,
                    tr("%1 does not do domain security through smart hosts.").arg(c.targetDisplayName()),
                    hint, u"smartHosts"_s);
        }
    } else if (!c.online() && !sc.smartHosts.isEmpty()) {
        c.info(u"SC-DS-SMARTHOST-POSTFIX"_s, object,
               tr("Postfix will verify the partner's domain on the smart host's certificate."),
               tr("Make sure the smart host presents a certificate for the partner domain."),
               u"smartHosts"_s);
    }
    for (const AddressSpace& space : sc.addressSpaces) {
        // Exchange Online takes *.domain in RecipientDomains and TlsDomain; no target takes "*".
        if (space.isWildcard() && (c.onPremises() || space.domain() == u"*"_s)) {
            c.error(u"SC-DS-WILDCARD"_s, object,
                    tr("The wildcard address space %1 cannot be domain secured.").arg(space.domain()),
                    tr("List each partner domain on its own."), u"addressSpaces"_s);
            break;
        }
    }
    if (sc.ignoreStartTls) {
        c.error(u"SC-DS-IGNORESTARTTLS"_s, object, tr("Domain security is on but Ignore STARTTLS is on too."),
                tr("Turn Ignore STARTTLS off."), u"ignoreStartTls"_s);
    }
    for (const AddressSpace& space : sc.addressSpaces) {
        if (space.isWildcard())
            continue;
        if (!c.sendList.contains(space.domain())) {
            c.error(u"SC-DS-LIST"_s, object,
                    tr("The domain %1 is not on the domain-secure send list, so mail to it is not sent with "
                       "domain security.")
                        .arg(space.domain()),
                    tr("Add %1 to the domain-secure send list.").arg(space.domain()), u"addressSpaces"_s,
                    FindingFix{FindingFix::Action::AddToSendList, space.domain()});
        }
    }
    for (const Server* server : c.online() ? QList<const Server*>() : c.sourceServers(sc)) {
        const QString fqdn = sc.fqdn.isEmpty() ? server->fqdn : sc.fqdn.toString();
        const CertificateEntry* certificate = server->smtpCertificate();
        if (certificate && !CertificateRules::covers(*certificate, fqdn)) {
            c.error(u"SC-FQDN-CERT"_s, object,
                    tr("On %1 the FQDN %2 is not a name of the SMTP certificate %3 (%4).")
                        .arg(server->name, fqdn, certificate->thumbprint,
                             CertificateRules::names(*certificate).join(u", "_s)),
                    tr("Set the connector FQDN to a name of the certificate, or enable a certificate for %1.")
                        .arg(fqdn),
                    u"fqdn"_s);
        }
    }
    if (!sc.enabled) {
        c.info(u"SC-DS-DISABLED"_s, object, tr("The domain-secure connector is disabled."),
               tr("Enable it when the partner is ready."), u"enabled"_s);
    }
}

// -TlsAuthLevel and -TlsDomain, https://learn.microsoft.com/powershell/module/exchange/new-sendconnector:
// no level with RequireTLS off or IgnoreSTARTTLS on; DomainValidation through smart hosts needs a
// TLS domain; the TLS domain is used only with DomainValidation.
void SendConnectorRules::checkTlsAuthentication(ValidationContext& c, const SendConnector& sc,
                                                const FindingLocation& object)
{
    if (sc.tlsAuthLevel == TlsAuthLevel::Unset) {
        if (!sc.tlsDomain.isEmpty()) {
            c.warning(
                u"SC-TLSDOMAIN-UNUSED"_s, object,
                tr("The TLS domain %1 is set without the TLS authentication level DomainValidation, so it "
                   "is not used.")
                    .arg(sc.tlsDomain),
                tr("Set the TLS authentication level to DomainValidation, or clear the TLS domain."),
                u"tlsAuthLevel"_s);
        }
        return;
    }
    const QString level = ConnectorNames::tlsAuthLevel(sc.tlsAuthLevel);
    if (c.exchange() && !c.hasTlsAuthLevel()) {
        c.error(u"SC-TLSAUTH-UNSUPPORTED"_s, object,
                tr("%1 has no TLS authentication level: the connector would send without the %2 check.")
                    .arg(c.targetDisplayName(), level),
                tr("Export for Exchange 2010 or later, or clear the TLS authentication level."),
                u"tlsAuthLevel"_s);
    }
    if (!sc.requireTLS || sc.ignoreStartTls) {
        c.error(
            u"SC-TLSAUTH-REQUIRETLS"_s, object,
            tr("The TLS authentication level %1 needs Require TLS on and Ignore STARTTLS off.").arg(level),
            tr("Turn Require TLS on, or clear the TLS authentication level."), u"requireTLS"_s);
    }
    if (sc.tlsAuthLevel != TlsAuthLevel::DomainValidation) {
        if (!sc.tlsDomain.isEmpty()) {
            c.warning(u"SC-TLSDOMAIN-UNUSED"_s, object,
                      tr("The TLS domain %1 is used only with DomainValidation, not with %2.")
                          .arg(sc.tlsDomain, level),
                      tr("Set the TLS authentication level to DomainValidation, or clear the TLS domain."),
                      u"tlsDomain"_s);
        }
        return;
    }
    if (!sc.dnsRoutingEnabled && sc.tlsDomain.isEmpty()) {
        c.error(
            u"SC-TLSDOMAIN-MISSING"_s, object,
            tr("DomainValidation through smart hosts needs the TLS domain the smart host's certificate must "
               "carry."),
            tr("Set the TLS domain to the partner's domain."), u"tlsDomain"_s);
    }
}

} // namespace ds::core
