#include "exchangeonlinerules.h"

#include "crypto/certificate.h"
#include "export/exchangeonlinemapping.h"
#include "model/connectorenums.h"

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

// The CN of an RFC 4514 subject ("CN=mail.b.example,O=B"), lower case; empty without one.
QString commonName(const QString& subject)
{
    for (const QString& part : subject.split(u',')) {
        const QString rdn = part.trimmed();
        if (rdn.startsWith(u"CN="_s, Qt::CaseInsensitive))
            return rdn.mid(3).toLower();
    }
    return {};
}

} // namespace

void ExchangeOnlineRules::check(ValidationContext& c)
{
    if (!c.online())
        return;
    const Workspace& ws = c.workspace;

    // Servers, their certificates and receive connectors: Exchange Online has none of its own.
    QStringList serverNames;
    for (const Server& server : ws.servers)
        serverNames << server.name;
    if (!ws.servers.isEmpty()) {
        c.info(u"EXO-SERVERS"_s, FindingLocation::workspace(),
               tr("Exchange Online has no Edge or Hub Transport servers: the export is one script for the "
                  "whole organization, and the servers of the workspace (%1), their Edge subscriptions and "
                  "receive connectors are left as they are.")
                   .arg(serverNames.join(u", "_s)),
               tr("Export the servers that stay on premises with their own Exchange target."));
    }
    bool anyCertificate = false;
    for (const Server& server : ws.servers)
        anyCertificate = anyCertificate || server.smtpCertificate();
    if (anyCertificate) {
        c.info(u"EXO-CERTIFICATE"_s, FindingLocation::workspace(),
               tr("The servers' SMTP certificates are not exported: Exchange Online uses Microsoft's "
                  "certificate for mail.protection.outlook.com."),
               tr("Tell each partner to trust that certificate's name and CA; the script states both."));
    }
    for (const Server& server : ws.servers) {
        for (const ReceiveConnector& rc : server.receiveConnectors) {
            const FindingLocation object = FindingLocation::ofReceiveConnector(server.name, rc.name);
            if (!rc.domainSecureEnabled) {
                c.info(u"EXO-RECEIVE"_s, object,
                       tr("Receive connector %1 is not exported: Exchange Online receives mail at its own "
                          "MX host.")
                           .arg(rc.identity(server.name)),
                       tr("Nothing to do unless partners must reach a server of your own."));
            }
            if (!rc.enabled)
                continue;
            QStringList dropped;
            for (const Binding& binding : rc.bindings) {
                if (binding.port() != 25)
                    dropped << tr("binding %1").arg(binding.toString());
            }
            if (!rc.banner.isEmpty())
                dropped << tr("banner");
            if (!rc.fqdn.isEmpty())
                dropped << tr("FQDN %1").arg(rc.fqdn.toString());
            if (!dropped.isEmpty()) {
                c.warning(u"EXO-BINDINGS"_s, object,
                          tr("Exchange Online accepts mail only on port 25 of its MX host, with its own "
                             "banner and name; receive connector %1 sets what it cannot express: %2.")
                              .arg(rc.identity(server.name), dropped.join(u", "_s)),
                          tr("Have partners send to your Exchange Online MX host on port 25."),
                          u"bindings"_s);
            }
        }
    }

    // Partner roots: Exchange Online trusts its own list of public CAs only.
    for (const QByteArray& der : ws.trustedRoots) {
        auto root = Certificate::fromDer(der);
        if (!root.ok())
            continue;
        c.warning(u"EXO-ROOTS"_s, FindingLocation::ofTrustedRoot(root->thumbprint()),
                  tr("Exchange Online cannot trust the partner root CA %1: it accepts only certificates of "
                     "publicly trusted CAs, so a partner certificate issued only under this root is refused "
                     "(mail is rejected, not accepted without verification).")
                      .arg(root->subject()),
                  tr("Ask the partner for a certificate from a public CA."));
    }

    // Inbound connectors: the partner's addresses as Exchange Online takes them.
    for (const ExchangeOnlineMapping::Inbound& inbound : ExchangeOnlineMapping::inbound(ws)) {
        if (inbound.unexpressible.isEmpty())
            continue;
        const QString identity = inbound.receiveConnectors.value(0);
        const qsizetype slash = identity.indexOf(u'\\');
        const FindingLocation object =
            slash > 0 ? FindingLocation::ofReceiveConnector(identity.left(slash), identity.mid(slash + 1))
                      : FindingLocation::ofListDomain(u"receive"_s, inbound.senderDomain);
        c.error(u"EXO-SENDER-IP"_s, object,
                tr("Exchange Online accepts partner addresses only as IPv4 addresses and CIDR ranges of /24 "
                   "to /32 (DomainSecure splits a range into at most %3 of them); the ranges %1 of partner "
                   "%2 cannot be restricted there, so its inbound connector would refuse mail from them.")
                    .arg(inbound.unexpressible.join(u", "_s), inbound.senderDomain)
                    .arg(ExchangeOnlineMapping::kMaxBlocks),
                tr("Narrow the ranges to the IPv4 addresses of the partner's gateways, or accept the partner "
                   "from any address."),
                u"remoteIPRanges"_s);
    }
    // The name Microsoft documents matching against the partner certificate's Subject.
    for (const PartnerCertificate& pinned : ws.partnerCertificates) {
        const QString domain = pinned.domain.toString();
        if (!pinned.carriesDomain() || commonName(pinned.subject) == domain.toLower())
            continue;
        c.warning(u"EXO-CERT-SUBJECT"_s, FindingLocation::ofListDomain(u"receive"_s, domain),
                  tr("The pinned certificate of partner %1 carries the domain only as a subjectAltName (its "
                     "subject is %2); Microsoft documents that Exchange Online matches "
                     "TlsSenderCertificateName against the certificate's subject.")
                      .arg(domain, pinned.subject),
                  tr("Test mail from the partner after the export; ask for a certificate with CN=%1 if it "
                     "is refused.")
                      .arg(domain));
    }

    // Send connectors: the domain-secure ones (or DomainValidation) become outbound connectors.
    for (const SendConnector& sc : ws.sendConnectors) {
        const FindingLocation object = FindingLocation::ofSendConnector(sc.name);
        if (!ExchangeOnlineMapping::exportsSendConnector(sc)) {
            bool internet = sc.dnsRoutingEnabled && !sc.addressSpaces.isEmpty();
            for (const AddressSpace& space : sc.addressSpaces)
                internet = internet && space.domain() == u"*"_s;
            const QString message =
                tr("Send connector %1 is not domain secured and is not exported.").arg(sc.name);
            if (internet)
                c.info(u"EXO-SEND-SKIPPED"_s, object, message,
                       tr("Nothing to do: Exchange Online sends mail to the Internet by MX itself."));
            else
                c.warning(
                    u"EXO-SEND-SKIPPED"_s, object, message,
                    tr("Create an outbound connector for its domains in Exchange Online if mail to them "
                       "must take this route."));
            continue;
        }
        if (!sc.dnsRoutingEnabled && sc.port != 25) {
            c.error(u"EXO-SEND-PORT"_s, object,
                    tr("Exchange Online delivers to smart hosts on port 25 only; send connector %1 uses port "
                       "%2.")
                        .arg(sc.name)
                        .arg(sc.port),
                    tr("Have the partner accept mail on port 25, then set the port to 25."), u"port"_s);
        }
        if (!sc.dnsRoutingEnabled && sc.smartHostAuthMechanism != SmartHostAuthMechanism::None) {
            c.error(u"EXO-SMARTHOST-AUTH"_s, object,
                    tr("Exchange Online outbound connectors do not authenticate to smart hosts; send "
                       "connector %1 uses %2.")
                        .arg(sc.name, ConnectorNames::smartHostAuthMechanism(sc.smartHostAuthMechanism)),
                    tr("Set the smart host authentication to None, or let the partner accept the "
                       "certificate instead."),
                    u"smartHostAuthMechanism"_s);
        }
        if (!sc.dnsRoutingEnabled && !sc.smartHosts.isEmpty()) {
            c.info(u"EXO-SMARTHOST-TLS"_s, object,
                   tr("Exchange Online will verify the partner's domain on the smart host's certificate "
                      "(TlsSettings DomainValidation)."),
                   tr("Make sure the smart host presents a certificate for the partner domain."),
                   u"smartHosts"_s);
        }
        if (!sc.fqdn.isEmpty()) {
            c.warning(u"EXO-SEND-FQDN"_s, object,
                      tr("Exchange Online sends with its own name and certificate; the FQDN %1 of send "
                         "connector %2 is not exported.")
                          .arg(sc.fqdn.toString(), sc.name),
                      tr("Tell the partner to expect Exchange Online's certificate name instead."),
                      u"fqdn"_s);
        }
    }
    for (const ExchangeOnlineMapping::Outbound& outbound : ExchangeOnlineMapping::outbound(ws)) {
        if (outbound.name.size() <= ExchangeOnlineMapping::kMaxNameLength)
            continue;
        c.error(u"EXO-NAME-LENGTH"_s, FindingLocation::ofSendConnector(outbound.sendConnector),
                tr("The outbound connector name \"%1\" is longer than the %2 characters Exchange Online "
                   "accepts.")
                    .arg(outbound.name)
                    .arg(ExchangeOnlineMapping::kMaxNameLength),
                tr("Shorten the send connector's name."), u"name"_s);
    }
}

} // namespace ds::core
