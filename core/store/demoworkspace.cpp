#include "demoworkspace.h"

#include "crypto/certificateauthority.h"
#include "crypto/keyspec.h"
#include "model/connectorpresets.h"
#include "util/durablefile.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
// The demo's fixed texts are valid by construction; value() on them cannot fail.
template <typename T> T valid(const QString& text)
{
    return T::parse(text).value();
}

ReceiveConnector fromFabrikam()
{
    ReceiveConnector connector =
        ConnectorPresets::receiveConnector(u"From Fabrikam"_s, ReceiveUsage::Partner);
    connector.bindings = {valid<Binding>(u"0.0.0.0:25"_s)};
    // Fabrikam's gateways (documentation address ranges, RFC 5737).
    connector.remoteIPRanges = {valid<IpRange>(u"198.51.100.0/28"_s), valid<IpRange>(u"203.0.113.25"_s)};
    connector.fqdn = valid<Fqdn>(u"mail.contoso.example"_s);
    connector.requireTLS = true;
    connector.protocolLoggingLevel = ProtocolLoggingLevel::Verbose;
    connector.partnerDomains = {valid<SmtpDomain>(u"fabrikam.example"_s)};
    connector.comment = u"Mutual TLS with Fabrikam"_s;
    return connector;
}

SendConnector toFabrikam()
{
    SendConnector connector = ConnectorPresets::sendConnector(u"To Fabrikam"_s, SendUsage::Partner);
    connector.addressSpaces = {valid<AddressSpace>(u"SMTP:fabrikam.example;1"_s)};
    connector.fqdn = valid<Fqdn>(u"mail.contoso.example"_s);
    connector.requireTLS = true;
    connector.protocolLoggingLevel = ProtocolLoggingLevel::Verbose;
    connector.comment = u"Mutual TLS with Fabrikam"_s;
    // Sent from the Edge: the Hub holds the connector and EdgeSync replicates it to EDGE01.
    connector.sourceTransportServers = {u"EDGE01"_s};
    return connector;
}

// An SMTP certificate (serverAuth + clientAuth) the demo CA issues for subject and names.
Result<CertificateEntry> demoCertificate(const CertificateAuthority& ca, const QString& subject,
                                         const QStringList& names, const QString& friendlyName)
{
    auto key = PrivateKey::generate(KeySpec::rsa(2048));
    if (!key.ok())
        return key.error();
    CertificateAuthority::IssueOptions options;
    options.days = 365;
    auto leaf = ca.issue(key->spkiDer(), valid<DistinguishedName>(subject), names, options);
    if (!leaf.ok())
        return leaf.error();
    CertificateEntry entry = CertificateEntry::fromCertificate(leaf.value());
    entry.chainDer = {ca.certificate().toDer()};
    entry.privateKey = key->toPkcs8Der();
    entry.exportable = true;
    entry.friendlyName = friendlyName;
    entry.services = Service::SMTP;
    return entry;
}
} // namespace

Result<Workspace> DemoWorkspace::create()
{
    Workspace workspace;
    workspace.organization = u"Contoso"_s;
    workspace.domains = {u"contoso.example"_s};
    auto caKey = PrivateKey::generate(KeySpec::ecP256());
    if (!caKey.ok())
        return caKey.error();
    auto ca = CertificateAuthority::makeRoot(
        valid<DistinguishedName>(u"CN=DomainSecure Demo CA,O=DomainSecure Demo"_s), caKey.value());
    if (!ca.ok())
        return ca.error();

    // The Edge faces the partners and is subscribed to the organization (EdgeSync).
    Server edge;
    edge.name = u"EDGE01"_s;
    edge.fqdn = u"mail.contoso.example"_s;
    edge.edgeSync = EdgeSync::Subscribed;
    edge.receiveConnectors << fromFabrikam();
    auto certificate =
        demoCertificate(ca.value(), u"CN=mail.contoso.example,O=Contoso,C=JP"_s,
                        {u"mail.contoso.example"_s, u"contoso.example"_s}, u"Contoso domain security"_s);
    if (!certificate.ok())
        return certificate.error();
    edge.certificates << certificate.value();
    // The Hub Transport server inside holds the send connector and the domain-secure lists.
    Server hub;
    hub.name = u"HUB01"_s;
    hub.fqdn = u"hub01.contoso.example"_s;
    hub.role = ServerRole::Hub;
    auto hubCertificate = demoCertificate(ca.value(), u"CN=hub01.contoso.example,O=Contoso,C=JP"_s,
                                          {u"hub01.contoso.example"_s}, u"Contoso Hub Transport"_s);
    if (!hubCertificate.ok())
        return hubCertificate.error();
    hub.certificates << hubCertificate.value();
    workspace.trustedRoots << ca->certificate().toDer();
    workspace.servers << edge << hub;
    workspace.sendConnectors << toFabrikam();
    workspace.domainSecure.send = {u"fabrikam.example"_s};
    workspace.domainSecure.receive = {u"fabrikam.example"_s};
    return workspace;
}

Result<QString> DemoWorkspace::ensureInDataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = folder + u"/demo.dsw"_s;
    if (QFileInfo::exists(path))
        return path;
    if (Status made = DurableFile::makeDirectory(folder, 0700); !made.ok())
        return made.error();
    auto demo = create();
    if (!demo.ok())
        return demo.error();
    if (auto saved = WorkspaceFile::save(demo.value(), path); !saved.ok())
        return saved.error();
    return path;
}

} // namespace ds::core
