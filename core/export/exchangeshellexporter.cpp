#include "exchangeshellexporter.h"

#include "model/connectorenums.h"
#include "powershellquote.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

// The only enum words the script may contain, whatever the model's name functions return.
const QStringList kReceiveUsages = {u"Custom"_s, u"Internet"_s, u"Internal"_s, u"Client"_s, u"Partner"_s};
const QStringList kSendUsages = {u"Custom"_s, u"Internal"_s, u"Internet"_s, u"Partner"_s};
const QStringList kAuthMechanisms = {u"None"_s,
                                     u"Tls"_s,
                                     u"Integrated"_s,
                                     u"BasicAuth"_s,
                                     u"BasicAuthRequireTLS"_s,
                                     u"ExchangeServer"_s,
                                     u"ExternalAuthoritative"_s};
const QStringList kPermissionGroups = {
    u"None"_s,    u"AnonymousUsers"_s, u"ExchangeUsers"_s, u"ExchangeServers"_s, u"ExchangeLegacyServers"_s,
    u"Partners"_s};
const QStringList kLoggingLevels = {u"None"_s, u"Verbose"_s};
const QStringList kSmartHostAuth = {u"None"_s, u"BasicAuth"_s, u"BasicAuthRequireTLS"_s, u"ExchangeServer"_s,
                                    u"ExternalAuthoritative"_s};

// Builds the script line by line; the first value that cannot be quoted safely is remembered
// and fails the whole export (nothing half-written is returned).
class Script
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeShellExporter)

public:
    QString quote(const QString& field, const QString& value)
    {
        auto literal = PowerShellQuote::literal(field, value);
        if (!literal) {
            fail(literal.error());
            return u"''"_s;
        }
        return literal.value();
    }
    QString quoteList(const QString& field, const QStringList& values)
    {
        auto literal = PowerShellQuote::list(field, values);
        if (!literal) {
            fail(literal.error());
            return u"''"_s;
        }
        return literal.value();
    }
    // An enum word checked against the whitelist, quoted.
    QString word(const QString& field, const QString& value, const QStringList& allowed)
    {
        if (!allowed.contains(value)) {
            fail(Error{ErrorCode::Validation, tr("%1 has the unsupported value \"%2\"").arg(field, value)});
            return u"''"_s;
        }
        return u"'"_s + value + u"'"_s;
    }
    QString words(const QString& field, const QStringList& values, const QStringList& allowed)
    {
        QStringList quoted;
        for (const QString& value : values.isEmpty() ? QStringList{u"None"_s} : values)
            quoted << word(field, value, allowed);
        return quoted.join(u',');
    }
    void fail(const Error& error)
    {
        if (!m_error)
            m_error = error;
    }
    void line(const QString& text = {}) { m_lines << text; }
    void comment(const QString& text) { m_lines << u"# "_s + text; }
    void rule() { m_lines << u"# "_s + QString(76, u'-'); }

    const std::optional<Error>& error() const { return m_error; }
    // CRLF and a UTF-8 BOM: PowerShell 1.0 reads a file without BOM in the ANSI code page.
    QByteArray text() const { return "\xEF\xBB\xBF" + (m_lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8(); }

private:
    QStringList m_lines;
    std::optional<Error> m_error;
};

template <typename T> QStringList texts(const QList<T>& items)
{
    QStringList out;
    for (const T& item : items)
        out << item.toString();
    return out;
}

bool sourcedBy(const SendConnector& connector, const Server& server)
{
    return connector.sourceTransportServers.isEmpty() ||
           connector.sourceTransportServers.contains(server.name, Qt::CaseInsensitive);
}

} // namespace

QString ExchangeShellExporter::displayName() const
{
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

Result<ExportResult> ExchangeShellExporter::generate(const Workspace& workspace, const Server& server,
                                                     const ExportOptions& options) const
{
    Q_UNUSED(options) // the script never contains key material; the PFX is exported separately
    ExportResult result;
    Script s;
    const QString serverLiteral = s.quote(tr("server name"), server.name);
    if (server.name.contains(u'\\') || server.name.isEmpty())
        s.fail(Error{ErrorCode::Validation,
                     tr("server name \"%1\" cannot be used in an identity").arg(server.name)});

    QList<const SendConnector*> sendConnectors;
    for (const SendConnector& connector : workspace.sendConnectors) {
        if (sourcedBy(connector, server))
            sendConnectors << &connector;
    }

    s.comment(tr("DomainSecure export: Exchange Management Shell script for Exchange Server 2007"));
    s.comment(tr("Server %1 (%2), organization %3.")
                  .arg(serverLiteral, s.quote(tr("server FQDN"), server.fqdn),
                       s.quote(tr("organization"), workspace.organization)));
    s.comment(tr("Written for Windows PowerShell 1.0: run it in the Exchange Management Shell on this Edge"));
    s.comment(tr("Transport server as a local administrator. Every value taken from the workspace is a"));
    s.comment(tr("single-quoted literal, so nothing in it is expanded or executed."));
    s.comment(tr("Steps (in the order of Microsoft's \"How to Configure Mutual TLS for Domain Security\"):"));
    s.comment(
        tr("  1. Import the SMTP certificate from the PFX file beside this script; enable it for SMTP."));
    s.comment(tr("  2. Create or update the receive connectors of this server."));
    s.comment(tr("  3. Create or update the send connectors."));
    s.comment(tr("  4. Add the partner domains to the domain-secure lists, keeping existing entries."));
    s.comment(tr("  5. Show the resulting configuration."));
    s.comment(tr("The script stops at the first error; running it again updates what already exists."));
    s.line();
    s.line(u"$ErrorActionPreference = 'Stop'"_s);
    s.line(u"$scriptDirectory = Split-Path -Parent $MyInvocation.MyCommand.Path"_s);
    s.line();

    // Step 1: certificate.
    s.rule();
    s.comment(tr("Step 1: the SMTP certificate."));
    const CertificateEntry* certificate = server.smtpCertificate();
    static const QRegularExpression thumbprintPattern(u"^[0-9A-F]{40}$"_s);
    if (!certificate) {
        s.comment(tr("The workspace has no certificate enabled for SMTP on this server: nothing to import."));
        result.warnings
            << tr("server %1 has no certificate enabled for SMTP; the script configures no certificate")
                   .arg(server.name);
    } else if (!thumbprintPattern.match(certificate->thumbprint).hasMatch()) {
        s.fail(Error{
            ErrorCode::Validation,
            tr("certificate thumbprint \"%1\" is not 40 hexadecimal digits").arg(certificate->thumbprint)});
    } else {
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
        s.comment(tr("The PFX password is asked when the script runs; it is never written into this file."));
        s.line(u"$thumbprint = %1"_s.arg(s.quote(tr("thumbprint"), certificate->thumbprint)));
        s.line(
            u"$certificate = Get-ExchangeCertificate -Thumbprint $thumbprint -ErrorAction SilentlyContinue"_s);
        s.line(u"if ($certificate -eq $null) {"_s);
        s.line(u"    $pfxPassword = Read-Host -AsSecureString %1"_s.arg(
            s.quote(tr("prompt"), tr("Password of the PFX file %1").arg(pfx))));
        s.line(
            u"    Import-ExchangeCertificate -Path (Join-Path $scriptDirectory %1) -Password $pfxPassword | Out-Null"_s
                .arg(s.quote(tr("file name"), pfx)));
        s.line(u"}"_s);
        s.comment(tr("SMTP makes it the certificate for STARTTLS and domain security; -Force answers the"));
        s.comment(tr("question about replacing the current default SMTP certificate."));
        s.line(u"Enable-ExchangeCertificate -Thumbprint $thumbprint -Services 'SMTP' -Force"_s);
        result.warnings
            << tr("copy the PFX file %1 (exported with \"cert export %2 --format pfx --legacy-pfx\", or "
                  "\"export exchange --pfx-password-file FILE\") beside the script")
                   .arg(pfx, certificate->thumbprint);
    }
    s.line();

    // Step 2: receive connectors.
    s.rule();
    s.comment(tr("Step 2: receive connectors of %1 (Get- then Set-, else New-).").arg(serverLiteral));
    if (server.receiveConnectors.isEmpty())
        s.comment(tr("The workspace has no receive connector for this server."));
    int index = 0;
    for (const ReceiveConnector& c : server.receiveConnectors) {
        ++index;
        if (c.name.contains(u'\\'))
            s.fail(Error{ErrorCode::Validation,
                         tr("receive connector name \"%1\" contains a backslash").arg(c.name)});
        const QString name = s.quote(tr("receive connector name"), c.name);
        const QString identity = s.quote(tr("receive connector identity"), c.identity(server.name));
        const QString fqdn = c.fqdn.isEmpty() ? server.fqdn : c.fqdn.toString();

        QStringList params;
        params << u"-Bindings "_s + s.quoteList(tr("binding"), texts(c.bindings));
        params << u"-RemoteIPRanges "_s + s.quoteList(tr("remote IP range"), texts(c.remoteIPRanges));
        params << u"-Fqdn "_s + s.quote(tr("FQDN"), fqdn);
        params << u"-AuthMechanism "_s + s.words(tr("authentication mechanism"),
                                                 ConnectorNames::authMechanismList(c.authMechanism),
                                                 kAuthMechanisms);
        params << u"-PermissionGroups "_s + s.words(tr("permission group"),
                                                    ConnectorNames::permissionGroupList(c.permissionGroups),
                                                    kPermissionGroups);
        params << u"-DomainSecureEnabled "_s + PowerShellQuote::boolean(c.domainSecureEnabled);
        params << u"-RequireTLS "_s + PowerShellQuote::boolean(c.requireTLS);
        params << u"-MaxMessageSize "_s + s.quote(tr("maximum message size"), c.maxMessageSize.toString());
        params << u"-MaxRecipientsPerMessage "_s + QString::number(c.maxRecipientsPerMessage);
        params << u"-ConnectionTimeout "_s +
                      s.quote(tr("connection timeout"), c.connectionTimeout.toString());
        params << u"-ConnectionInactivityTimeout "_s +
                      s.quote(tr("connection inactivity timeout"), c.connectionInactivityTimeout.toString());
        params << u"-ProtocolLoggingLevel "_s +
                      s.word(tr("protocol logging level"),
                             ConnectorNames::protocolLoggingLevel(c.protocolLoggingLevel), kLoggingLevels);
        params << u"-Enabled "_s + PowerShellQuote::boolean(c.enabled);
        QStringList setParams = params;
        if (!c.banner.isEmpty()) {
            params << u"-Banner "_s + s.quote(tr("banner"), c.banner);
            setParams << u"-Banner "_s + s.quote(tr("banner"), c.banner);
        } else {
            setParams << u"-Banner $null"_s; // back to Exchange's default banner
        }
        if (!c.comment.isEmpty()) {
            params << u"-Comment "_s + s.quote(tr("comment"), c.comment);
            setParams << u"-Comment "_s + s.quote(tr("comment"), c.comment);
        } else {
            setParams << u"-Comment $null"_s;
        }

        s.comment(tr("Step 2.%1: receive connector %2, usage %3.")
                      .arg(index)
                      .arg(name, ConnectorNames::receiveUsage(c.usage)));
        if (c.domainSecureEnabled)
            s.comment(
                tr("Domain security: the partner's gateway must present a certificate over mutual TLS."));
        s.line(u"if ((Get-ReceiveConnector -Identity %1 -ErrorAction SilentlyContinue) -eq $null) {"_s.arg(
            identity));
        s.line(u"    New-ReceiveConnector -Name %1 -Server %2 -Usage %3 %4 | Out-Null"_s.arg(
            name, serverLiteral, s.word(tr("usage"), ConnectorNames::receiveUsage(c.usage), kReceiveUsages),
            params.join(u' ')));
        s.line(u"} else {"_s);
        s.line(u"    Set-ReceiveConnector -Identity %1 %2"_s.arg(identity, setParams.join(u' ')));
        s.line(u"}"_s);
    }
    s.line();

    // Step 3: send connectors.
    s.rule();
    s.comment(tr("Step 3: send connectors used by %1 (organization objects; Get- then Set-, else New-).")
                  .arg(serverLiteral));
    if (sendConnectors.isEmpty())
        s.comment(tr("The workspace has no send connector for this server."));
    index = 0;
    for (const SendConnector* c : std::as_const(sendConnectors)) {
        ++index;
        const QString name = s.quote(tr("send connector name"), c->name);
        QStringList spaces;
        for (const AddressSpace& space : c->addressSpaces)
            spaces << space.toString();
        QStringList params;
        params << u"-AddressSpaces "_s + s.quoteList(tr("address space"), spaces);
        params << u"-DNSRoutingEnabled "_s + PowerShellQuote::boolean(c->dnsRoutingEnabled);
        if (!c->dnsRoutingEnabled) {
            params << u"-SmartHosts "_s + s.quoteList(tr("smart host"), c->smartHosts);
            const QString auth = ConnectorNames::smartHostAuthMechanism(c->smartHostAuthMechanism);
            params << u"-SmartHostAuthMechanism "_s +
                          s.word(tr("smart host authentication"), auth, kSmartHostAuth);
            if (c->smartHostAuthMechanism == SmartHostAuthMechanism::BasicAuth ||
                c->smartHostAuthMechanism == SmartHostAuthMechanism::BasicAuthRequireTLS)
                params << u"-AuthenticationCredential (Get-Credential)"_s;
        }
        params << u"-Port "_s + QString::number(c->port);
        params << u"-DomainSecureEnabled "_s + PowerShellQuote::boolean(c->domainSecureEnabled);
        params << u"-RequireTLS "_s + PowerShellQuote::boolean(c->requireTLS);
        params << u"-IgnoreSTARTTLS "_s + PowerShellQuote::boolean(c->ignoreStartTls);
        params << u"-MaxMessageSize "_s + s.quote(tr("maximum message size"), c->maxMessageSize.toString());
        params << u"-ProtocolLoggingLevel "_s +
                      s.word(tr("protocol logging level"),
                             ConnectorNames::protocolLoggingLevel(c->protocolLoggingLevel), kLoggingLevels);
        params << u"-ConnectionInactivityTimeOut "_s +
                      s.quote(tr("connection inactivity timeout"), c->connectionInactivityTimeout.toString());
        params << u"-Enabled "_s + PowerShellQuote::boolean(c->enabled);
        QStringList setParams = params;
        if (!c->fqdn.isEmpty()) {
            params << u"-Fqdn "_s + s.quote(tr("FQDN"), c->fqdn.toString());
            setParams << u"-Fqdn "_s + s.quote(tr("FQDN"), c->fqdn.toString());
        } else {
            setParams << u"-Fqdn $null"_s; // back to the source server's FQDN
        }
        if (!c->comment.isEmpty()) {
            params << u"-Comment "_s + s.quote(tr("comment"), c->comment);
            setParams << u"-Comment "_s + s.quote(tr("comment"), c->comment);
        } else {
            setParams << u"-Comment $null"_s;
        }
        if (!c->sourceTransportServers.isEmpty())
            result.warnings
                << tr("send connector %1: source transport servers are not valid on an Edge server and "
                      "are left out of the script")
                       .arg(c->name);

        s.comment(tr("Step 3.%1: send connector %2, usage %3.")
                      .arg(index)
                      .arg(name, ConnectorNames::sendUsage(c->usage)));
        if (c->domainSecureEnabled)
            s.comment(tr("Domain security: mail is sent only over mutual TLS to a certificate of the partner "
                         "domain."));
        s.line(
            u"if ((Get-SendConnector -Identity %1 -ErrorAction SilentlyContinue) -eq $null) {"_s.arg(name));
        s.line(u"    New-SendConnector -Name %1 -Usage %2 %3 | Out-Null"_s.arg(
            name, s.word(tr("usage"), ConnectorNames::sendUsage(c->usage), kSendUsages), params.join(u' ')));
        s.line(u"} else {"_s);
        s.line(u"    Set-SendConnector -Identity %1 %2"_s.arg(name, setParams.join(u' ')));
        s.line(u"}"_s);
    }
    s.line();

    // Step 4: domain-secure lists.
    s.rule();
    s.comment(tr("Step 4: domain-secure lists. Exchange 2007 replaces a whole list when it is set, so each"));
    s.comment(tr("list is read, the missing domains are appended and the list is written back only when it"));
    s.comment(tr("changed; entries that are already there are kept."));
    s.line(u"$transportConfig = Get-TransportConfig"_s);
    const struct
    {
        QString property;
        QString variable;
        QStringList domains;
    } lists[] = {{u"TLSSendDomainSecureList"_s, u"$sendList"_s, workspace.domainSecure.send},
                 {u"TLSReceiveDomainSecureList"_s, u"$receiveList"_s, workspace.domainSecure.receive}};
    for (const auto& list : lists) {
        if (list.domains.isEmpty()) {
            s.comment(tr("%1: the workspace adds no domain.").arg(list.property));
            continue;
        }
        s.line(u"%1 = @($transportConfig.%2 | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })"_s.arg(
            list.variable, list.property));
        s.line(u"$changed = $false"_s);
        s.line(u"foreach ($domain in @(%1)) {"_s.arg(s.quoteList(tr("domain-secure domain"), list.domains)));
        s.line(u"    if (%1 -notcontains $domain) { %1 += $domain; $changed = $true }"_s.arg(list.variable));
        s.line(u"}"_s);
        s.line(u"if ($changed) { Set-TransportConfig -%1 %2 }"_s.arg(list.property, list.variable));
    }
    s.line();

    // Step 5: show.
    s.rule();
    s.comment(tr("Step 5: show the result. Send a test message to the partner and look for the"));
    s.comment(tr("\"Domain Secured\" mark in Outlook 2007 or OWA."));
    s.line(u"Get-ReceiveConnector -Server %1 | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,"
           "PermissionGroups,DomainSecureEnabled,RequireTLS"_s.arg(serverLiteral));
    s.line(
        u"Get-SendConnector | Format-List Identity,AddressSpaces,SmartHosts,DomainSecureEnabled,RequireTLS"_s);
    s.line(u"Get-TransportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList"_s);

    if (s.error())
        return *s.error();

    ExportFile script;
    script.name = scriptFileName(server);
    script.content = s.text();
    script.description = tr("Exchange Management Shell script: run it on %1").arg(server.name);
    result.files << script;
    return result;
}

} // namespace ds::core
