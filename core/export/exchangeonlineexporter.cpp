#include "exchangeonlineexporter.h"

#include "model/exchangeversion.h"
#include "powershellquote.h"
#include "powershellscript.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

using Script = PowerShellScript;

// The parameters New- and Set-InboundConnector share.
QString inboundParameters(Script& s, const ExchangeOnlineMapping::Inbound& inbound, bool set)
{
    QString text = u" -ConnectorType 'Partner' -SenderDomains %1 -RequireTls $true "
                   "-RestrictDomainsToCertificate $true -TlsSenderCertificateName %2"_s.arg(
                       s.quote(ExchangeOnlineExporter::tr("partner domain"), inbound.senderDomain),
                       s.quote(ExchangeOnlineExporter::tr("certificate name"), inbound.certificateName));
    if (!inbound.senderIPAddresses.isEmpty())
        text += u" -SenderIPAddresses %1 -RestrictDomainsToIPAddresses $true"_s.arg(
            s.quoteList(ExchangeOnlineExporter::tr("sender IP address"), inbound.senderIPAddresses));
    else if (set)
        text += u" -SenderIPAddresses $null -RestrictDomainsToIPAddresses $false"_s;
    else
        text += u" -RestrictDomainsToIPAddresses $false"_s;
    return text + u" -Enabled $true"_s;
}

// The parameters New- and Set-OutboundConnector share.
QString outboundParameters(Script& s, const ExchangeOnlineMapping::Outbound& outbound)
{
    QString text = u" -ConnectorType 'Partner' -RecipientDomains %1 -TlsSettings 'DomainValidation' "
                   "-TlsDomain %2 -IsTransportRuleScoped $false"_s.arg(
                       s.quoteList(ExchangeOnlineExporter::tr("recipient domain"), outbound.recipientDomains),
                       s.quote(ExchangeOnlineExporter::tr("TLS domain"), outbound.tlsDomain));
    if (outbound.useMxRecord)
        text += u" -UseMXRecord $true"_s;
    else if (outbound.smartHosts.isEmpty())
        s.fail(Error{ErrorCode::Validation,
                     ExchangeOnlineExporter::tr("send connector %1 routes through smart hosts but names none")
                         .arg(outbound.sendConnector)});
    else
        text += u" -UseMXRecord $false -SmartHosts %1"_s.arg(
            s.quoteList(ExchangeOnlineExporter::tr("smart host"), outbound.smartHosts));
    text += u" -Enabled %1"_s.arg(PowerShellQuote::boolean(outbound.enabled));
    if (!outbound.comment.isEmpty())
        text += u" -Comment %1"_s.arg(
            s.quote(ExchangeOnlineExporter::tr("send connector comment"), outbound.comment));
    return text;
}

} // namespace

QString ExchangeOnlineExporter::displayName() const
{
    return tr("Exchange Online PowerShell script");
}

QString ExchangeOnlineExporter::scriptFileName()
{
    return u"ExchangeOnline-domainsecure.ps1"_s;
}

Result<QString> ExchangeOnlineExporter::newInboundConnector(const ExchangeOnlineMapping::Inbound& inbound)
{
    Script s;
    const QString command = u"New-InboundConnector -Name %1%2"_s.arg(
        s.quote(tr("inbound connector name"), inbound.name), inboundParameters(s, inbound, false));
    if (s.error())
        return *s.error();
    return command;
}

Result<QString> ExchangeOnlineExporter::newOutboundConnector(const ExchangeOnlineMapping::Outbound& outbound)
{
    Script s;
    const QString command = u"New-OutboundConnector -Name %1%2"_s.arg(
        s.quote(tr("outbound connector name"), outbound.name), outboundParameters(s, outbound));
    if (s.error())
        return *s.error();
    return command;
}

Result<ExportResult> ExchangeOnlineExporter::generate(const Workspace& workspace, const Server& server,
                                                      const ExportOptions& options) const
{
    Q_UNUSED(server)  // organization-wide: no server of the workspace is configured
    Q_UNUSED(options) // no key material: Exchange Online uses Microsoft's certificate
    ExportResult result;
    Script s;
    const QList<ExchangeOnlineMapping::Inbound> inbound = ExchangeOnlineMapping::inbound(workspace);
    const QList<ExchangeOnlineMapping::Outbound> outbound = ExchangeOnlineMapping::outbound(workspace);
    const QString microsoftName = kMicrosoftCertificateName;

    // Header: where the script runs and what it does not do.
    s.comment(tr("DomainSecure export: Exchange Online PowerShell script"));
    s.comment(tr("Organization %1.").arg(s.quote(tr("organization"), workspace.organization)));
    s.comment(
        tr("Runs in: Windows PowerShell 5.1 or PowerShell 7 with the ExchangeOnlineManagement module,"));
    s.comment(
        tr("as an Exchange administrator of the organization's Microsoft 365 tenant. It is one script"));
    s.comment(tr("for the whole organization (Exchange Online has no servers of yours); it signs in with"));
    s.comment(tr("Connect-ExchangeOnline unless this session is connected already."));
    s.comment(
        tr("Exchange Online has no receive connectors, domain-secure lists or Edge servers: each domain"));
    s.comment(
        tr("of the domain-secure receive list becomes a Partner inbound connector that requires TLS with"));
    s.comment(tr("a certificate for that domain, and each domain-secure send connector (or one with the"));
    s.comment(tr("TLS authentication level DomainValidation) a Partner outbound connector that sends only"));
    s.comment(tr("over TLS to a certificate of the partner domain (or of the connector's TLS domain)."));
    s.comment(tr("No certificate is imported: Exchange Online presents Microsoft's certificate for %1,")
                  .arg(microsoftName));
    s.comment(tr("so partners trust that name and its public CA instead of a certificate of yours. Partner"));
    s.comment(
        tr("root CAs cannot be added: Exchange Online accepts only certificates of publicly trusted CAs."));
    s.comment(tr("Every value taken from the workspace is a single-quoted literal, so nothing in it is"));
    s.comment(tr("expanded or executed. The script stops at the first error; running it again updates what"));
    s.comment(tr("already exists."));
    s.line();
    s.line(u"$ErrorActionPreference = 'Stop'"_s);
    s.line(u"if (@(Get-ConnectionInformation).Count -eq 0) { Connect-ExchangeOnline -ShowBanner:$false }"_s);
    s.line();

    int step = 0;
    // Inbound connectors.
    s.rule();
    s.comment(tr("Step %1: Partner inbound connectors, one per domain of the domain-secure receive list")
                  .arg(++step));
    s.comment(tr("(Get- then Set-, else New-)."));
    if (inbound.isEmpty())
        s.comment(tr("The domain-secure receive list is empty: no inbound connector."));
    int index = 0;
    for (const ExchangeOnlineMapping::Inbound& in : inbound) {
        ++index;
        const QString name = s.quote(tr("inbound connector name"), in.name);
        s.comment(tr("Step %1.%2: mail from %3 only over TLS with a certificate for %4.")
                      .arg(step)
                      .arg(index)
                      .arg(s.quote(tr("partner domain"), in.senderDomain),
                           s.quote(tr("certificate name"), in.certificateName)));
        if (!in.senderIPAddresses.isEmpty())
            s.comment(
                tr("Only from the addresses of %1.")
                    .arg(s.quote(tr("receive connector identity"), in.receiveConnectors.join(u", "_s))));
        s.line(u"if ((Get-InboundConnector -Identity %1 -ErrorAction SilentlyContinue) -eq $null) {"_s.arg(
            name));
        s.line(
            u"    New-InboundConnector -Name %1%2 | Out-Null"_s.arg(name, inboundParameters(s, in, false)));
        s.line(u"} else {"_s);
        s.line(u"    Set-InboundConnector -Identity %1%2"_s.arg(name, inboundParameters(s, in, true)));
        s.line(u"}"_s);
    }
    s.line();

    // Outbound connectors.
    s.rule();
    s.comment(tr("Step %1: Partner outbound connectors, one per domain-secure send connector and TLS domain")
                  .arg(++step));
    s.comment(tr("(Get- then Set-, else New-)."));
    if (outbound.isEmpty())
        s.comment(tr("The workspace has no domain-secure send connector: no outbound connector."));
    index = 0;
    for (const ExchangeOnlineMapping::Outbound& out : outbound) {
        ++index;
        const QString name = s.quote(tr("outbound connector name"), out.name);
        s.comment(tr("Step %1.%2: send connector %3: mail to %4 only over TLS to a certificate for %5, %6.")
                      .arg(step)
                      .arg(index)
                      .arg(s.quote(tr("send connector name"), out.sendConnector),
                           s.quote(tr("recipient domain"), out.recipientDomains.join(u", "_s)),
                           s.quote(tr("TLS domain"), out.tlsDomain),
                           out.useMxRecord ? tr("by MX") : tr("through the smart hosts")));
        s.line(u"if ((Get-OutboundConnector -Identity %1 -ErrorAction SilentlyContinue) -eq $null) {"_s.arg(
            name));
        s.line(u"    New-OutboundConnector -Name %1%2 | Out-Null"_s.arg(name, outboundParameters(s, out)));
        s.line(u"} else {"_s);
        s.line(u"    Set-OutboundConnector -Identity %1%2"_s.arg(name, outboundParameters(s, out)));
        s.line(u"}"_s);
    }
    s.line();

    // Verification.
    s.rule();
    s.comment(
        tr("Step %1: verify what this script configured; each failed check prints a warning.").arg(++step));
    s.line(u"$failed = 0"_s);
    for (const ExchangeOnlineMapping::Inbound& in : inbound) {
        const QString name = s.quote(tr("inbound connector name"), in.name);
        s.line(u"$connector = Get-InboundConnector -Identity %1"_s.arg(name));
        s.line(
            u"$connector | Format-List Name,ConnectorType,SenderDomains,SenderIPAddresses,RequireTls,"
            "RestrictDomainsToCertificate,RestrictDomainsToIPAddresses,TlsSenderCertificateName,Enabled"_s);
        s.line(
            u"if ($connector.RequireTls -ne $true -or $connector.RestrictDomainsToCertificate -ne $true) { "
            "Write-Warning %1; $failed += 1 }"_s.arg(s.quote(
                tr("message"), tr("Inbound connector %1 does not require TLS with the partner's certificate.")
                                   .arg(in.name))));
        // SenderDomains holds address spaces ("smtp:b.example;1"); either form is accepted.
        s.line(u"$domains = @($connector.SenderDomains | ForEach-Object { $_.ToString() })"_s);
        s.line(
            u"if (($domains -notcontains %1) -and ($domains -notcontains %2)) { Write-Warning %3; $failed += 1 }"_s
                .arg(s.quote(tr("partner domain"), in.senderDomain),
                     s.quote(tr("partner domain"), u"smtp:"_s + in.senderDomain + u";1"_s),
                     s.quote(tr("message"),
                             tr("Inbound connector %1 is not for %2.").arg(in.name, in.senderDomain))));
    }
    for (const ExchangeOnlineMapping::Outbound& out : outbound) {
        const QString name = s.quote(tr("outbound connector name"), out.name);
        s.line(u"$connector = Get-OutboundConnector -Identity %1"_s.arg(name));
        s.line(
            u"$connector | Format-List Name,ConnectorType,RecipientDomains,TlsSettings,TlsDomain,UseMXRecord,"
            "SmartHosts,IsTransportRuleScoped,Enabled"_s);
        s.line(
            u"if ($connector.TlsSettings -ne 'DomainValidation' -or ($connector.TlsDomain | ForEach-Object { "
            "$_.ToString() }) -ne %1) { Write-Warning %2; $failed += 1 }"_s.arg(
                s.quote(tr("TLS domain"), out.tlsDomain),
                s.quote(tr("message"), tr("Outbound connector %1 does not validate the certificate of %2.")
                                           .arg(out.name, out.tlsDomain))));
    }
    s.line(u"if ($failed -eq 0) { Write-Host %1 } else { Write-Warning (%2 + ' ' + $failed) }"_s.arg(
        s.quote(tr("message"), tr("Verification passed.")),
        s.quote(tr("message"), tr("Verification: checks failed:"))));

    // What the partners must trust instead of a certificate of this organization.
    QStringList partners;
    for (const ExchangeOnlineMapping::Inbound& in : inbound)
        partners << in.senderDomain;
    for (const ExchangeOnlineMapping::Outbound& out : outbound) {
        for (const QString& domain : out.recipientDomains) {
            if (!partners.contains(domain))
                partners << domain;
        }
    }
    if (!partners.isEmpty()) {
        s.comment(tr("Tell each partner what to trust instead of a certificate of yours: mail from this"));
        s.comment(tr("organization now comes from Exchange Online with Microsoft's certificate for %1")
                      .arg(microsoftName));
        s.comment(tr("(a public CA), and mail to it goes to your MX host in Exchange Online."));
        for (const QString& domain : std::as_const(partners)) {
            s.line(u"Write-Host %1"_s.arg(s.quote(
                tr("message"), tr("Partner %1: trust the certificate name %2 (public CA) for mail from %3, "
                                  "and send over TLS to the MX host of %3.")
                                   .arg(domain, microsoftName,
                                        workspace.domains.isEmpty() ? workspace.organization
                                                                    : workspace.domains.join(u", "_s)))));
        }
    }

    if (s.error())
        return *s.error();
    result.warnings << tr(
        "the script signs in to Exchange Online (Connect-ExchangeOnline) unless the session is "
        "connected; run it as an Exchange administrator of the tenant");
    ExportFile script;
    script.name = scriptFileName();
    script.content = s.text();
    script.description = tr("Exchange Online PowerShell script: run it once for the organization");
    result.files.prepend(script);
    return result;
}

Result<QStringList> ExchangeOnlineExporter::commandsFor(const Workspace& workspace,
                                                        const SendConnector& connector)
{
    Workspace with = workspace;
    SendConnector* existing = with.sendConnector(connector.name);
    if (existing)
        *existing = connector;
    else
        with.sendConnectors << connector;
    QStringList commands;
    for (const ExchangeOnlineMapping::Outbound& outbound : ExchangeOnlineMapping::outbound(with)) {
        if (outbound.sendConnector != connector.name)
            continue;
        auto command = newOutboundConnector(outbound);
        if (!command.ok())
            return command.error();
        commands << command.value();
    }
    return commands;
}

Result<QStringList> ExchangeOnlineExporter::commandsFor(const Workspace& workspace, const QString& server,
                                                        const ReceiveConnector& connector)
{
    Workspace with = workspace;
    Server* host = with.server(server);
    if (!host)
        return Result<QStringList>::failure(ErrorCode::BadInput,
                                            tr("the workspace has no server \"%1\"").arg(server));
    bool replaced = false;
    for (ReceiveConnector& c : host->receiveConnectors) {
        if (c.name.compare(connector.name, Qt::CaseInsensitive) == 0) {
            c = connector;
            replaced = true;
        }
    }
    if (!replaced)
        host->receiveConnectors << connector;
    const QString identity = connector.identity(host->name);
    QStringList commands;
    for (const ExchangeOnlineMapping::Inbound& inbound : ExchangeOnlineMapping::inbound(with)) {
        if (!inbound.receiveConnectors.contains(identity))
            continue;
        auto command = newInboundConnector(inbound);
        if (!command.ok())
            return command.error();
        commands << command.value();
    }
    return commands;
}

} // namespace ds::core
