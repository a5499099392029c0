#include "exchangeshellexporter.h"

#include "cmdletcontract.h"
#include "crypto/certificate.h"
#include "exchangecertificatecommands.h"
#include "exchangeconnectorcommands.h"
#include "model/connectorenums.h"
#include "model/partnercertificate.h"
#include "powershellquote.h"
#include "powershellscript.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

using Script = PowerShellScript;

bool sourcedBy(const SendConnector& connector, const Server& server)
{
    return connector.sourceTransportServers.isEmpty() ||
           connector.sourceTransportServers.contains(server.name, Qt::CaseInsensitive);
}

// A send connector the Hub script configures: every one not used only by standalone Edges
// (those are not part of the organization and keep their own connectors).
bool organizationConnector(const Workspace& workspace, const SendConnector& connector)
{
    if (connector.sourceTransportServers.isEmpty())
        return true;
    for (const QString& name : connector.sourceTransportServers) {
        const Server* source = workspace.server(name);
        if (!source || !source->isEdge() || source->isSubscribedEdge())
            return true;
    }
    return false;
}

struct PartnerRoot
{
    QString thumbprint;
    QString subject;
    QByteArray der;
};

} // namespace

QString ExchangeShellExporter::displayName() const
{
    if (m_version != ExchangeVersion::Exchange2007)
        return tr("%1 Management Shell script").arg(ExchangeVersions::displayName(m_version));
    return tr("Exchange 2007 Management Shell script");
}

QString ExchangeShellExporter::scriptFileName(const Server& server)
{
    return server.name + u"-domainsecure.ps1"_s;
}

QString ExchangeShellExporter::pfxFileName(const CertificateEntry& certificate)
{
    return certificate.thumbprint + u".pfx"_s;
}

QString ExchangeShellExporter::rootFileName(const QString& thumbprint)
{
    return u"partner-roots/"_s + thumbprint + u".cer"_s;
}

QString ExchangeShellExporter::tlsCertificateNameOf(const Server& server, QStringList& warnings) const
{
    const CertificateEntry* certificate = server.smtpCertificate();
    if (!ExchangeVersions::namesTlsCertificate(m_version) || !certificate)
        return {};
    auto name = ExchangeCertificateCommands::tlsCertificateName(certificate->certificateDer);
    if (!name.ok()) {
        warnings << tr("certificate %1 of %2: -TlsCertificateName is not written (%3); Exchange picks the "
                       "certificate by the connector's FQDN")
                        .arg(certificate->thumbprint, server.name, name.errorMessage());
        return {};
    }
    return name.value();
}

QString ExchangeShellExporter::sendCertificateNameOf(const Workspace& workspace, const Server& server,
                                                     const SendConnector& connector,
                                                     QStringList& warnings) const
{
    if (!ExchangeVersions::namesTlsCertificate(m_version))
        return {};
    QList<const Server*> sources;
    for (const QString& name : connector.sourceTransportServers) {
        if (const Server* source = workspace.server(name))
            sources << source;
    }
    if (sources.isEmpty())
        sources << &server;
    QSet<QString> names;
    for (const Server* source : std::as_const(sources)) {
        QStringList ignored; // each server's own script reports its certificate
        names.insert(tlsCertificateNameOf(*source, ignored));
    }
    if (names.size() == 1)
        return *names.cbegin();
    warnings << tr("send connector %1: its source servers present certificates with different names, so "
                   "-TlsCertificateName is not written")
                    .arg(connector.name);
    return {};
}

ScriptHost ExchangeShellExporter::hostOf(const Server& server)
{
    if (!server.isEdge())
        return ScriptHost::Hub;
    return server.isSubscribedEdge() ? ScriptHost::SubscribedEdge : ScriptHost::StandaloneEdge;
}

Result<ExportResult> ExchangeShellExporter::generate(const Workspace& workspace, const Server& server,
                                                     const ExportOptions& options) const
{
    Q_UNUSED(options) // the script never contains key material; the PFX is exported separately
    using Commands = ExchangeConnectorCommands;
    ExportResult result;
    Script s;
    const ScriptHost host = hostOf(server);
    const bool edge = host != ScriptHost::Hub;
    const bool organizationPart = host != ScriptHost::SubscribedEdge;
    const QString serverLiteral = s.quote(tr("server name"), server.name);
    if (server.name.contains(u'\\') || server.name.isEmpty())
        s.fail(Error{ErrorCode::Validation,
                     tr("server name \"%1\" cannot be used in an identity").arg(server.name)});

    QStringList hubs, subscribedEdges;
    for (const Server& other : workspace.servers) {
        if (!other.isEdge())
            hubs << other.name;
        else if (other.isSubscribedEdge())
            subscribedEdges << other.name;
    }

    QList<const SendConnector*> sendConnectors;
    if (organizationPart) {
        for (const SendConnector& connector : workspace.sendConnectors) {
            if (host == ScriptHost::Hub ? organizationConnector(workspace, connector)
                                        : sourcedBy(connector, server))
                sendConnectors << &connector;
        }
    }
    // The partner roots go where partners are verified: on the Edge servers.
    QList<PartnerRoot> roots;
    if (edge) {
        for (const QByteArray& der : workspace.trustedRoots) {
            auto certificate = Certificate::fromDer(der);
            if (!certificate.ok()) {
                s.fail(certificate.error());
                continue;
            }
            roots << PartnerRoot{certificate->thumbprint(), certificate->subject(), der};
        }
    }
    const QStringList partnerDomains = [&] {
        QStringList domains = workspace.domainSecure.send;
        for (const QString& domain : workspace.domainSecure.receive) {
            if (!domains.contains(domain, Qt::CaseInsensitive))
                domains << domain;
        }
        return domains;
    }();

    // Header: where the script runs and in which order.
    const bool v2007 = m_version == ExchangeVersion::Exchange2007;
    if (v2007)
        s.comment(tr("DomainSecure export: Exchange Management Shell script for Exchange Server 2007"));
    else
        s.comment(tr("DomainSecure export: Exchange Management Shell script for %1")
                      .arg(ExchangeVersions::displayName(m_version)));
    s.comment(tr("Server %1 (%2), organization %3.")
                  .arg(serverLiteral, s.quote(tr("server FQDN"), server.fqdn),
                       s.quote(tr("organization"), workspace.organization)));
    switch (host) {
    case ScriptHost::StandaloneEdge:
        s.comment(
            tr("Runs on: this standalone Edge Transport server (not subscribed to an organization), in"));
        s.comment(
            tr("the Exchange Management Shell as a local administrator. It is the only script to run."));
        break;
    case ScriptHost::SubscribedEdge:
        s.comment(
            tr("Runs on: this Edge Transport server, subscribed to the organization (EdgeSync), in the"));
        s.comment(
            tr("Exchange Management Shell as a local administrator. It configures only what belongs on"));
        s.comment(
            tr("the Edge; send connectors and the domain-secure lists come from the Hub through EdgeSync."));
        s.comment(tr("Order:"));
        s.comment(tr("  1. This script on %1.").arg(server.name));
        s.comment(
            tr("  2. If it reports that the SMTP certificate changed: renew the Edge Subscription (on"));
        s.comment(
            tr("     this Edge: New-EdgeSubscription -FileName FILE; copy FILE to a Hub Transport server"));
        s.comment(tr("     and run New-EdgeSubscription -FileName FILE -Site SITE there)."));
        if (hubs.isEmpty())
            s.comment(
                tr("  3. The organization part on a Hub Transport server: the workspace has no Hub yet."));
        else
            s.comment(tr("  3. The organization part on the Hub: %1 (export exchange --server %2).")
                          .arg(scriptFileName(*workspace.server(hubs.first())), hubs.first()));
        s.comment(
            tr("  4. After EdgeSync replicated (or Start-EdgeSynchronization on the Hub), this script"));
        s.comment(tr("     again: it changes nothing more and its last step verifies the whole result."));
        break;
    case ScriptHost::Hub:
        s.comment(tr("Runs on: this Hub Transport server, in the Exchange Management Shell as an Exchange"));
        s.comment(tr("Organization Administrator. It configures the organization part (send connectors and"));
        s.comment(tr("the domain-secure lists) that EdgeSync replicates to the subscribed Edge servers."));
        s.comment(tr("Order: first the script of each subscribed Edge (%1), then this one; then run the Edge")
                      .arg(subscribedEdges.isEmpty() ? tr("none in the workspace")
                                                     : subscribedEdges.join(u", "_s)));
        s.comment(tr("scripts again after EdgeSync replicated to verify the result there."));
        if (ExchangeVersions::hasTransportRole(m_version)) {
            s.comment(
                tr("From Exchange 2013 the Hub Transport role is part of the Mailbox server: run this"));
            s.comment(tr("script on the Mailbox server %1; its receive connectors get -TransportRole.")
                          .arg(serverLiteral));
        }
        break;
    }
    if (edge && !workspace.domainSecure.receive.isEmpty()) {
        // What Exchange verifies for domain security: the certificate chains to a root trusted on
        // this server and carries the sending domain (TLSReceiveDomainSecureList). It does not pin
        // keys, so the admin sees here which certificates that admits.
        s.comment(
            tr("Partner certificates this Edge accepts with domain security (TLSReceiveDomainSecureList):"));
        s.comment(tr("a certificate that chains to a root trusted on this server and carries the partner"));
        s.comment(tr("domain in its subject or subjectAltNames. Exchange does not pin keys: any such"));
        s.comment(tr("certificate is accepted, not only the partner certificates listed here."));
        for (const QString& domain : workspace.domainSecure.receive) {
            const QList<PartnerCertificate> pinned = workspace.partnerCertificatesOf(domain);
            if (pinned.isEmpty())
                s.comment(
                    tr("  %1: no partner certificate in the workspace.").arg(s.quote(tr("domain"), domain)));
            for (const PartnerCertificate& partner : pinned) {
                s.comment(tr("  %1: %2, names %3, valid until %4: %5.")
                              .arg(s.quote(tr("domain"), domain),
                                   s.quote(tr("certificate subject"), partner.subject),
                                   partner.names.isEmpty()
                                       ? tr("none")
                                       : s.quote(tr("certificate names"), partner.names.join(u", "_s)),
                                   partner.notAfter.toString(Qt::ISODate),
                                   partner.carriesDomain()
                                       ? tr("carries the domain")
                                       : tr("does NOT carry the domain, Exchange refuses it")));
            }
        }
    }
    if (v2007)
        s.comment(tr("Written for Windows PowerShell 1.0. Every value taken from the workspace is a"));
    else
        s.comment(tr("Written for Windows PowerShell %1. Every value taken from the workspace is a")
                      .arg(ExchangeVersions::powerShell(m_version)));
    s.comment(tr("single-quoted literal, so nothing in it is expanded or executed."));
    s.comment(tr("The script stops at the first error; running it again updates what already exists."));
    s.line();
    s.line(u"$ErrorActionPreference = 'Stop'"_s);
    s.line(u"$scriptDirectory = Split-Path -Parent $MyInvocation.MyCommand.Path"_s);
    s.line(u"$certificateChanged = $false"_s);
    s.line();

    int step = 0;
    // The SMTP certificate.
    const CertificateEntry* certificate = server.smtpCertificate();
    // Exchange 2013 and later: the name that -TlsCertificateName gives this server's certificate.
    const QString ownCertificateName = tlsCertificateNameOf(server, result.warnings);
    static const QRegularExpression thumbprintPattern(u"^[0-9A-F]{40}$"_s);
    bool haveCertificate = false;
    if (edge || certificate) {
        s.rule();
        s.comment(tr("Step %1: the SMTP certificate.").arg(++step));
        if (!certificate) {
            s.comment(
                tr("The workspace has no certificate enabled for SMTP on this server: nothing to import."));
            result.warnings
                << tr("server %1 has no certificate enabled for SMTP; the script configures no certificate")
                       .arg(server.name);
        } else if (!thumbprintPattern.match(certificate->thumbprint).hasMatch()) {
            s.fail(
                Error{ErrorCode::Validation, tr("certificate thumbprint \"%1\" is not 40 hexadecimal digits")
                                                 .arg(certificate->thumbprint)});
        } else {
            haveCertificate = true;
            const QString pfx = pfxFileName(*certificate);
            s.comment(tr("Imports %1 (subject %2) from %3 unless a certificate with this thumbprint is")
                          .arg(s.quote(tr("thumbprint"), certificate->thumbprint),
                               s.quote(tr("certificate subject"), certificate->subject),
                               s.quote(tr("file name"), pfx)));
            s.comment(
                tr("already installed. Export that file from DomainSecure with (legacy encryption: Windows"));
            s.comment(tr("Server 2003/2008 cannot read AES-protected PFX files)"));
            s.comment(u"  domainsecure-cli cert export %1 --format pfx --legacy-pfx --out %2"_s.arg(
                certificate->thumbprint, pfx));
            s.comment(
                tr("The PFX password is asked when the script runs; it is never written into this file."));
            s.line(u"$thumbprint = %1"_s.arg(s.quote(tr("thumbprint"), certificate->thumbprint)));
            s.line(
                u"$certificate = Get-ExchangeCertificate -Thumbprint $thumbprint -ErrorAction SilentlyContinue"_s);
            s.line(u"if ($certificate -eq $null) {"_s);
            s.line(u"    $pfxPassword = Read-Host -AsSecureString %1"_s.arg(
                s.quote(tr("prompt"), tr("Password of the PFX file %1").arg(pfx))));
            if (ExchangeVersions::importsFileData(m_version)) {
                // -Path is gone from Exchange 2013; -FileData takes the file's bytes from 2010.
                s.line(
                    u"    Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes((Join-Path $scriptDirectory %1))) -Password $pfxPassword -PrivateKeyExportable %2 | Out-Null"_s
                        .arg(s.quote(tr("file name"), pfx),
                             PowerShellQuote::boolean(certificate->exportable)));
            } else {
                s.line(
                    u"    Import-ExchangeCertificate -Path (Join-Path $scriptDirectory %1) -Password $pfxPassword | Out-Null"_s
                        .arg(s.quote(tr("file name"), pfx)));
            }
            s.line(u"    $certificate = Get-ExchangeCertificate -Thumbprint $thumbprint"_s);
            s.line(u"}"_s);
            if (!ownCertificateName.isEmpty()) {
                s.comment(tr("The connectors below name this certificate with -TlsCertificateName; stop if "
                             "Exchange shows"));
                s.comment(tr("its issuer or subject otherwise (the name would pick no certificate)."));
                s.line(
                    u"if (('<I>' + $certificate.Issuer + '<S>' + $certificate.Subject) -ne %1) { throw %2 }"_s
                        .arg(s.quote(tr("TLS certificate name"), ownCertificateName),
                             s.quote(
                                 tr("message"),
                                 tr("The TLS certificate name DomainSecure computed differs from the "
                                    "certificate's issuer and subject; the connectors were not changed."))));
            }
            s.comment(
                tr("Enabled for SMTP only when it is not yet: the certificate for STARTTLS and domain"));
            s.comment(tr(
                "security. Exchange asks whether to replace the current default SMTP certificate: answer"));
            if (v2007)
                s.comment(
                    tr("Yes. (-Force, which skips that question, is documented from Exchange 2010 only.)"));
            else
                s.comment(tr("Yes."));
            s.line(u"if ($certificate.Services.ToString() -notmatch 'SMTP') {"_s);
            s.line(u"    Enable-ExchangeCertificate -Thumbprint $thumbprint -Services 'SMTP'"_s);
            s.line(u"    $certificateChanged = $true"_s);
            s.line(u"}"_s);
            result.warnings
                << tr("copy the PFX file %1 (exported with \"cert export %2 --format pfx --legacy-pfx\", or "
                      "\"export exchange --pfx-password-file FILE\") beside the script")
                       .arg(pfx, certificate->thumbprint);
        }
        s.line();
    }

    // The partner roots, before anything enables domain security.
    if (edge) {
        s.rule();
        s.comment(
            tr("Step %1: the partner root CAs in the Local Computer's Trusted Root store.").arg(++step));
        if (roots.isEmpty()) {
            s.comment(
                tr("The workspace trusts no partner root CA: partners need certificates of CAs Windows"));
            s.comment(tr("already trusts."));
        } else {
            s.comment(
                tr("Each file in partner-roots beside this script is added unless a certificate with its"));
            s.comment(
                tr("thumbprint is there; then every root is checked before domain security is enabled."));
            s.line(
                u"$rootStore = New-Object System.Security.Cryptography.X509Certificates.X509Store('Root', 'LocalMachine')"_s);
            s.line(u"$rootStore.Open('ReadWrite')"_s);
            for (const PartnerRoot& root : std::as_const(roots)) {
                const QString file = rootFileName(root.thumbprint);
                const QString windowsFile = QString(file).replace(u'/', u'\\');
                const QString thumbprint = s.quote(tr("thumbprint"), root.thumbprint);
                s.comment(tr("Partner root %1.").arg(s.quote(tr("certificate subject"), root.subject)));
                s.line(
                    u"$root = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2((Join-Path $scriptDirectory %1))"_s
                        .arg(s.quote(tr("file name"), windowsFile)));
                s.line(u"if ($root.Thumbprint -ne %1) { throw %2 }"_s.arg(
                    thumbprint,
                    s.quote(tr("message"), tr("%1 is not the expected partner root").arg(windowsFile))));
                s.line(
                    u"if ($rootStore.Certificates.Find('FindByThumbprint', %1, $false).Count -eq 0) { $rootStore.Add($root) }"_s
                        .arg(thumbprint));
                ExportFile rootFile;
                rootFile.name = file;
                rootFile.content = root.der;
                rootFile.description = tr("partner root CA the script adds to the Trusted Root store");
                result.files << rootFile;
            }
            s.line(u"$rootStore.Close()"_s);
            QStringList thumbprints;
            for (const PartnerRoot& root : std::as_const(roots))
                thumbprints << root.thumbprint;
            s.line(u"$rootStore.Open('ReadOnly')"_s);
            s.line(u"foreach ($rootThumbprint in @(%1)) {"_s.arg(s.quoteList(tr("thumbprint"), thumbprints)));
            s.line(
                u"    if ($rootStore.Certificates.Find('FindByThumbprint', $rootThumbprint, $false).Count -eq 0) {"_s);
            s.line(u"        $rootStore.Close()"_s);
            s.line(u"        throw (%1 + ' ' + $rootThumbprint)"_s.arg(s.quote(
                tr("message"), tr("Domain security is not enabled: missing from LocalMachine\\Root:"))));
            s.line(u"    }"_s);
            s.line(u"}"_s);
            s.line(u"$rootStore.Close()"_s);
        }
        s.line();
    }

    // Receive connectors.
    s.rule();
    s.comment(
        tr("Step %1: receive connectors of %2 (Get- then Set-, else New-).").arg(++step).arg(serverLiteral));
    if (server.receiveConnectors.isEmpty())
        s.comment(tr("The workspace has no receive connector for this server."));
    int index = 0;
    for (const ReceiveConnector& c : server.receiveConnectors) {
        ++index;
        const QString identity = s.quote(tr("receive connector identity"), c.identity(server.name));
        const ReceiveUsage usage = Commands::effectiveUsage(c);
        s.comment(
            tr("Step %1.%2: receive connector %3, usage %4.")
                .arg(step)
                .arg(index)
                .arg(s.quote(tr("receive connector name"), c.name), ConnectorNames::receiveUsage(c.usage)));
        if (usage != c.usage)
            s.comment(
                tr("Created with the Custom usage and every setting explicit: the %1 usage cannot take %2.")
                    .arg(ConnectorNames::receiveUsage(c.usage),
                         c.usage == ReceiveUsage::Internet ? u"-RemoteIPRanges"_s : u"-Bindings"_s));
        if (c.domainSecureEnabled)
            s.comment(
                tr("Domain security: the partner's gateway must present a certificate over mutual TLS."));
        s.line(u"$receiveConnector = Get-ReceiveConnector -Identity %1 -ErrorAction SilentlyContinue"_s.arg(
            identity));
        if (edge && usage == ReceiveUsage::Internet) {
            // The Edge's default receive connector listens on 0.0.0.0:25 for all remote addresses;
            // Exchange refuses a second connector with the same binding and remote range.
            QStringList bindingTests;
            for (const Binding& binding : c.bindings)
                bindingTests << u"(@($_.Bindings | ForEach-Object { $_.ToString() }) -contains %1)"_s.arg(
                    s.quote(tr("binding"), binding.toString()));
            if (!bindingTests.isEmpty()) {
                s.comment(
                    tr("A connector with this binding for all remote addresses (the Edge's default receive"));
                s.comment(
                    tr("connector) is updated instead of creating a second one, which Exchange refuses."));
                s.line(u"if ($receiveConnector -eq $null) {"_s);
                s.line(
                    u"    $receiveConnector = @(Get-ReceiveConnector -Server %1 | Where-Object { (%2) -and (@($_.RemoteIPRanges | ForEach-Object { $_.ToString() }) -contains %3) })[0]"_s
                        .arg(serverLiteral, bindingTests.join(u" -or "_s),
                             s.quote(tr("remote IP range"), IpRange::allIPv4().toString())));
                s.line(u"}"_s);
            }
        }
        s.line(u"if ($receiveConnector -eq $null) {"_s);
        // The certificate matters where TLS is required or mutual.
        const QString receiveCertificateName =
            c.domainSecureEnabled || c.requireTLS ? ownCertificateName : QString();
        s.command(Commands::newReceiveConnector(c, server.name, edge, Commands::Detail::Complete, m_version,
                                                receiveCertificateName),
                  u"    "_s, u" | Out-Null"_s);
        s.line(u"} else {"_s);
        s.command(Commands::setReceiveConnector(c, u"$receiveConnector.Identity"_s, server.fqdn,
                                                receiveCertificateName),
                  u"    "_s);
        s.line(u"}"_s);
    }
    s.line();

    if (organizationPart) {
        // Send connectors.
        s.rule();
        s.comment(
            tr("Step %1: send connectors (organization objects; Get- then Set-, else New-).").arg(++step));
        if (sendConnectors.isEmpty())
            s.comment(tr("The workspace has no send connector for this server."));
        index = 0;
        for (const SendConnector* c : std::as_const(sendConnectors)) {
            ++index;
            const QString name = s.quote(tr("send connector name"), c->name);
            if (edge && !c->sourceTransportServers.isEmpty())
                result.warnings
                    << tr("send connector %1: source transport servers are not valid on an Edge server and "
                          "are left out of the script")
                           .arg(c->name);
            s.comment(tr("Step %1.%2: send connector %3, usage %4.")
                          .arg(step)
                          .arg(index)
                          .arg(name, ConnectorNames::sendUsage(c->usage)));
            if (c->domainSecureEnabled)
                s.comment(
                    tr("Domain security: mail is sent only over mutual TLS to a certificate of the partner "
                       "domain."));
            s.line(u"if ((Get-SendConnector -Identity %1 -ErrorAction SilentlyContinue) -eq $null) {"_s.arg(
                name));
            const QString sendCertificateName =
                c->domainSecureEnabled || c->requireTLS || c->tlsAuthLevel != TlsAuthLevel::Unset
                    ? sendCertificateNameOf(workspace, server, *c, result.warnings)
                    : QString();
            s.command(Commands::newSendConnector(*c, !edge, Commands::Detail::Complete, m_version,
                                                 sendCertificateName),
                      u"    "_s, u" | Out-Null"_s);
            s.line(u"} else {"_s);
            s.command(Commands::setSendConnector(*c, !edge, m_version, sendCertificateName), u"    "_s);
            s.line(u"}"_s);
        }
        s.line();

        // Domain-secure lists.
        s.rule();
        if (ExchangeVersions::addsToLists(m_version)) {
            s.comment(tr("Step %1: domain-secure lists. The domains missing from each list are added with")
                          .arg(++step));
            s.comment(
                tr("@{Add=...} (Exchange 2010 SP1 and later); entries that are already there are kept."));
        } else {
            s.comment(tr("Step %1: domain-secure lists. Exchange 2007 replaces a whole list when it is set, "
                         "so each")
                          .arg(++step));
            s.comment(tr(
                "list is read, the missing domains are appended and the list is written back only when it"));
            s.comment(tr("changed; entries that are already there are kept."));
        }
        if (workspace.domainSecure.send.isEmpty())
            s.comment(tr("%1: the workspace adds no domain.").arg(u"TLSSendDomainSecureList"_s));
        if (workspace.domainSecure.receive.isEmpty())
            s.comment(tr("%1: the workspace adds no domain.").arg(u"TLSReceiveDomainSecureList"_s));
        auto lists = Commands::addToDomainSecureLists(workspace.domainSecure.send,
                                                      workspace.domainSecure.receive, m_version);
        if (!lists.ok())
            s.fail(lists.error());
        else
            for (const QString& line : lists.value())
                s.line(line);
        s.line();
    } else {
        if (!workspace.sendConnectors.isEmpty() || !partnerDomains.isEmpty())
            result.warnings
                << (hubs.isEmpty()
                        ? tr("server %1 is a subscribed Edge: its send connectors and the domain-secure "
                             "lists are configured on a Hub Transport server, and the workspace has "
                             "none (server add --role hub)")
                              .arg(server.name)
                        : tr("server %1 is a subscribed Edge: export the send connectors and the "
                             "domain-secure lists with export exchange --server %2")
                              .arg(server.name, hubs.first()));
    }

    // Verification.
    s.rule();
    s.comment(
        tr("Step %1: verify what this script configured; each failed check prints a warning.").arg(++step));
    s.line(u"$failed = 0"_s);
    if (haveCertificate) {
        s.line(u"$certificate = Get-ExchangeCertificate -Thumbprint $thumbprint"_s);
        s.line(u"$certificate | Format-List Thumbprint,Subject,Status,Services,NotAfter"_s);
        s.line(u"if ($certificate.Status.ToString() -ne 'Valid') { Write-Warning %1; $failed += 1 }"_s.arg(
            s.quote(tr("message"), tr("The SMTP certificate's status is not Valid."))));
        s.line(u"if ($certificate.Services.ToString() -notmatch 'SMTP') { Write-Warning %1; $failed += 1 }"_s
                   .arg(s.quote(tr("message"), tr("The certificate is not enabled for SMTP."))));
        s.line(u"if ($certificate.NotAfter -lt (Get-Date)) { Write-Warning %1; $failed += 1 }"_s.arg(
            s.quote(tr("message"), tr("The SMTP certificate has expired."))));
    }
    if (!roots.isEmpty()) {
        s.line(u"$rootStore.Open('ReadOnly')"_s);
        for (const PartnerRoot& root : std::as_const(roots))
            s.line(
                u"if ($rootStore.Certificates.Find('FindByThumbprint', %1, $false).Count -eq 0) { Write-Warning %2; $failed += 1 }"_s
                    .arg(s.quote(tr("thumbprint"), root.thumbprint),
                         s.quote(
                             tr("message"),
                             tr("Partner root %1 is missing from LocalMachine\\Root.").arg(root.subject))));
        s.line(u"$rootStore.Close()"_s);
    }
    for (const ReceiveConnector& c : server.receiveConnectors) {
        if (!c.domainSecureEnabled)
            continue;
        s.line(
            u"if ((Get-ReceiveConnector -Identity %1).DomainSecureEnabled -ne $true) { Write-Warning %2; $failed += 1 }"_s
                .arg(s.quote(tr("receive connector identity"), c.identity(server.name)),
                     s.quote(tr("message"), tr("Receive connector %1 does not have domain security enabled.")
                                                .arg(c.identity(server.name)))));
    }
    s.line(u"Get-ReceiveConnector -Server %1 | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,"
           "PermissionGroups,DomainSecureEnabled,RequireTLS"_s.arg(serverLiteral));
    // The send connectors this script configured (none on a subscribed Edge: they come from the Hub).
    for (const SendConnector* c : std::as_const(sendConnectors)) {
        if (!c->domainSecureEnabled)
            continue;
        s.line(
            u"if ((Get-SendConnector -Identity %1).DomainSecureEnabled -ne $true) { Write-Warning %2; $failed += 1 }"_s
                .arg(s.quote(tr("send connector name"), c->name),
                     s.quote(tr("message"),
                             tr("Send connector %1 does not have domain security enabled.").arg(c->name))));
    }
    if (organizationPart || !workspace.domainSecure.send.isEmpty() ||
        !workspace.domainSecure.receive.isEmpty()) {
        if (!organizationPart)
            s.comment(tr("The lists come from the Hub through EdgeSync: they pass once it has replicated."));
        s.line(u"$transportConfig = Get-TransportConfig"_s);
        s.line(u"$transportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList"_s);
        const struct
        {
            QString property;
            QStringList domains;
        } lists[] = {{u"TLSSendDomainSecureList"_s, workspace.domainSecure.send},
                     {u"TLSReceiveDomainSecureList"_s, workspace.domainSecure.receive}};
        for (const auto& list : lists) {
            for (const QString& domain : list.domains)
                s.line(
                    u"if (@($transportConfig.%1 | ForEach-Object { $_.ToString() }) -notcontains %2) { Write-Warning %3; $failed += 1 }"_s
                        .arg(list.property, s.quote(tr("domain-secure domain"), domain),
                             s.quote(tr("message"), tr("%1 is not in %2.").arg(domain, list.property))));
        }
    }
    s.line(u"if ($failed -eq 0) { Write-Host %1 } else { Write-Warning (%2 + ' ' + $failed) }"_s.arg(
        s.quote(tr("message"), tr("Verification passed.")),
        s.quote(tr("message"), tr("Verification: checks failed:"))));
    if (!partnerDomains.isEmpty()) {
        // The partner's view: a mutual-TLS probe with this organization's certificate.
        const QString probeServer =
            host == ScriptHost::Hub && !subscribedEdges.isEmpty() ? subscribedEdges.first() : server.name;
        s.comment(tr("Test each partner from outside, on a computer with the DomainSecure workspace:"));
        for (const QString& domain : partnerDomains) {
            const QString probe =
                u"domainsecure-cli probe --domain %1 --server %2 --level secure"_s.arg(domain, probeServer);
            s.line(u"Write-Host %1"_s.arg(s.quote(tr("message"), tr("Test from outside: %1").arg(probe))));
        }
    }
    if (host == ScriptHost::SubscribedEdge && haveCertificate) {
        s.line(u"if ($certificateChanged) {"_s);
        s.line(u"    Write-Warning %1"_s.arg(s.quote(
            tr("message"),
            tr("The SMTP certificate of this Edge changed: renew the Edge Subscription. On this Edge: "
               "New-EdgeSubscription -FileName C:\\EdgeSubscription.xml; copy the file to a Hub "
               "Transport server and run there: New-EdgeSubscription -FileName "
               "C:\\EdgeSubscription.xml -Site SITE."))));
        s.line(u"}"_s);
    }

    if (s.error())
        return *s.error();

    ExportFile script;
    script.name = scriptFileName(server);
    script.content = s.text();
    script.description = tr("Exchange Management Shell script: run it on %1").arg(server.name);
    result.files.prepend(script);
    return result;
}

} // namespace ds::core
