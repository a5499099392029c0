#include "export/cmdletcontract.h"
#include "export/exchangecertificatecommands.h"
#include "export/exchangeconnectorcommands.h"
#include "export/exchangeshellexporter.h"
#include "export/exporter.h"
#include "goldenfiles.h"
#include "model/connectorpresets.h"
#include "powershellcalls.h"
#include "store/demoworkspace.h"
#include "store/workspacefile.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// Every command the product emits for Exchange (the exported scripts, their golden files, and the
// wizards' commands over a corpus of connector settings) checked against the cmdlet contract table.
class TestCmdletContract : public QObject
{
    Q_OBJECT

    // Every call of script on host against the table; the failures, one line each.
    static QStringList violations(const QString& script, ScriptHost host, int* callCount = nullptr,
                                  ExchangeVersion version = ExchangeVersion::Exchange2007)
    {
        QList<CmdletCall> calls;
        QString error;
        if (!PowerShellCalls::parse(script, &calls, &error))
            return {error};
        QStringList problems;
        for (const CmdletCall& call : std::as_const(calls)) {
            for (const QString& problem : CmdletContracts::check(call, host, version))
                problems << problem;
        }
        if (callCount)
            *callCount = int(calls.size());
        return problems;
    }

    static Workspace load(const QString& name)
    {
        auto workspace = WorkspaceFile::load(GoldenFiles::inputPath(name));
        if (!workspace.ok())
            qFatal("cannot load %s: %s", qPrintable(name), qPrintable(workspace.errorMessage()));
        return workspace.value();
    }

private slots:
    void tableRowsNameTheirSource()
    {
        QVERIFY(CmdletContracts::table().size() > 10);
        for (const CmdletContract& row : CmdletContracts::table()) {
            QVERIFY2(row.source.startsWith(u"https://learn.microsoft.com/"_s), qPrintable(row.cmdlet));
            QVERIFY2(row.reference2007 || !row.note.isEmpty(), qPrintable(row.cmdlet));
            for (const QString& s : row.switches)
                QVERIFY2(row.parameters.contains(s), qPrintable(row.cmdlet + u" -"_s + s));
        }
        // What the 2007 reference does not document is not accepted.
        QVERIFY(!CmdletContracts::find(u"Enable-ExchangeCertificate"_s)->parameters.contains(u"Force"_s));
        QVERIFY(!CmdletContracts::find(u"Enable-ExchangeCertificate"_s)->reference2007);
    }

    void checkFindsTheKnownMistakes_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("host");
        QTest::addColumn<QString>("problem");
        const int edge = int(ScriptHost::StandaloneEdge);
        QTest::newRow("Internet with remote ranges")
            << u"New-ReceiveConnector -Name 'I' -Usage 'Internet' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.0.0.1'"_s
            << edge << u"cannot be combined with -RemoteIPRanges"_s;
        QTest::newRow("Internal with bindings")
            << u"New-ReceiveConnector -Name 'I' -Usage 'Internal' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.0.0.1'"_s
            << edge << u"cannot be combined with -Bindings"_s;
        QTest::newRow("Partner without ranges")
            << u"New-ReceiveConnector -Name 'P' -Usage 'Partner' -Bindings '0.0.0.0:25'"_s << edge
            << u"needs -RemoteIPRanges"_s;
        QTest::newRow("Client on an Edge")
            << u"New-ReceiveConnector -Name 'C' -Usage 'Client' -RemoteIPRanges '10.0.0.1'"_s << edge
            << u"does not exist on an Edge"_s;
        QTest::newRow("Force on Enable")
            << u"Enable-ExchangeCertificate -Thumbprint 'AB' -Services 'SMTP' -Force"_s << edge
            << u"no parameter -Force"_s;
        QTest::newRow("2010 parameter")
            << u"Set-SendConnector -Identity 'X' -TlsAuthLevel 'DomainValidation'"_s << edge
            << u"no parameter -TlsAuthLevel"_s;
        QTest::newRow("send connector on a subscribed Edge")
            << u"New-SendConnector -Name 'X' -Usage 'Partner' -AddressSpaces 'SMTP:b.example;1'"_s
            << int(ScriptHost::SubscribedEdge) << u"must not run on"_s;
        QTest::newRow("lists on a subscribed Edge")
            << u"Set-TransportConfig -TLSSendDomainSecureList $sendList"_s << int(ScriptHost::SubscribedEdge)
            << u"must not run on"_s;
        QTest::newRow("source servers on an Edge")
            << u"New-SendConnector -Name 'X' -Usage 'Partner' -AddressSpaces 'SMTP:b.example;1' -SourceTransportServers 'EDGE01'"_s
            << edge << u"not valid on an Edge"_s;
        QTest::newRow("unknown cmdlet")
            << u"Remove-Item -Path 'C:\\'"_s << edge << u"not in the cmdlet contract table"_s;
        QTest::newRow("nested") << u"if ((Get-SendConnector -Identity 'x' -Bogus 1) -eq $null) { }"_s << edge
                                << u"no parameter -Bogus"_s;
    }
    void checkFindsTheKnownMistakes()
    {
        QFETCH(QString, command);
        QFETCH(int, host);
        QFETCH(QString, problem);
        const QStringList problems = violations(command, ScriptHost(host));
        QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
        // The same call where it is allowed, or fixed, passes: the check is not simply "refuse".
        QVERIFY(violations(
                    u"New-ReceiveConnector -Name 'I' -Usage 'Internet' -Bindings '0.0.0.0:25' -Server 'E'"_s,
                    ScriptHost(host))
                    .isEmpty());
    }

    void goldenFiles_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<int>("host");
        QTest::addColumn<int>("version");
        const int v2007 = int(ExchangeVersion::Exchange2007);
        QTest::newRow("standalone partner")
            << u"exchange-partner-a"_s << int(ScriptHost::StandaloneEdge) << v2007;
        QTest::newRow("standalone bare") << u"exchange-bare"_s << int(ScriptHost::StandaloneEdge) << v2007;
        QTest::newRow("subscribed edge")
            << u"exchange-topology-edge"_s << int(ScriptHost::SubscribedEdge) << v2007;
        QTest::newRow("hub") << u"exchange-topology-hub"_s << int(ScriptHost::Hub) << v2007;
        for (ExchangeVersion version : ExchangeVersions::onPremises()) {
            if (version == ExchangeVersion::Exchange2007)
                continue;
            const QString prefix = ExchangeVersions::target(version);
            QTest::newRow(qPrintable(prefix + u" subscribed edge"_s))
                << prefix + u"-topology-edge"_s << int(ScriptHost::SubscribedEdge) << int(version);
            QTest::newRow(qPrintable(prefix + u" hub"_s))
                << prefix + u"-topology-hub"_s << int(ScriptHost::Hub) << int(version);
        }
        // The demo and the adversarial workspace, for every release.
        for (ExchangeVersion version : ExchangeVersions::onPremises()) {
            const QString prefix = ExchangeVersions::target(version);
            QTest::newRow(qPrintable(prefix + u" demo edge"_s))
                << prefix + u"-demo-edge"_s << int(ScriptHost::SubscribedEdge) << int(version);
            QTest::newRow(qPrintable(prefix + u" demo hub"_s))
                << prefix + u"-demo-hub"_s << int(ScriptHost::Hub) << int(version);
            QTest::newRow(qPrintable(prefix + u" adversarial"_s))
                << prefix + u"-adversarial"_s << int(ScriptHost::StandaloneEdge) << int(version);
        }
        // Exchange Online: one organization-wide script per workspace (the host is not used).
        const int online = int(ExchangeVersion::ExchangeOnline);
        for (const char* name : {"topology", "partner-a", "demo", "adversarial"})
            QTest::newRow(qPrintable(u"exchange-online "_s + QLatin1String(name)))
                << u"exchange-online-"_s + QLatin1String(name) << int(ScriptHost::Hub) << online;
    }
    void goldenFiles()
    {
        QFETCH(QString, caseName);
        QFETCH(int, host);
        QFETCH(int, version);
        QDirIterator it(GoldenFiles::inputPath(u"expected/"_s + caseName), {u"*.ps1"_s}, QDir::Files);
        int scripts = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(file.readAll());
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            int calls = 0;
            const QStringList problems = violations(text, ScriptHost(host), &calls, ExchangeVersion(version));
            QVERIFY2(problems.isEmpty(), qPrintable(file.fileName() + u":\n"_s + problems.join(u'\n')));
            QVERIFY(calls > 5);
            ++scripts;
        }
        QCOMPARE(scripts, 1);
    }

    // The topology and the standalone golden inputs as the exporter writes them now, for every
    // Exchange release, each call against that release's contract.
    void exporterTopology_data()
    {
        QTest::addColumn<int>("version");
        for (ExchangeVersion version : ExchangeVersions::onPremises())
            QTest::newRow(qPrintable(ExchangeVersions::target(version))) << int(version);
    }
    void exporterTopology()
    {
        QFETCH(int, version);
        for (const QString& input : {u"exchange-topology.dsw"_s, u"exchange-a.dsw"_s, u"bare.dsw"_s}) {
            const Workspace workspace = load(input);
            for (const Server& server : workspace.servers) {
                const auto result =
                    ExchangeShellExporter(ExchangeVersion(version)).run(workspace, {server.name, {}});
                QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
                QString text = QString::fromUtf8(result->files.first().content);
                text.remove(0, 1);
                int calls = 0;
                const QStringList problems =
                    violations(text, ExchangeShellExporter::hostOf(server), &calls, ExchangeVersion(version));
                QVERIFY2(problems.isEmpty(),
                         qPrintable(input + u" "_s + server.name + u":\n"_s + problems.join(u'\n')));
                QVERIFY(calls > 5);
            }
        }
    }

    // A parameter valid in one release and not in another is found by that release's contract.
    void versionDifferences_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("host");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("problem"); // empty: the call keeps the contract
        const int edge = int(ScriptHost::StandaloneEdge);
        const int hub = int(ScriptHost::Hub);
        const int v2007 = int(ExchangeVersion::Exchange2007);
        const int v2010 = int(ExchangeVersion::Exchange2010);
        const int v2013 = int(ExchangeVersion::Exchange2013);
        const int v2016 = int(ExchangeVersion::Exchange2016);
        const QString importPath = u"Import-ExchangeCertificate -Path 'C:\\a.pfx' -Password $p"_s;
        const QString importData = u"Import-ExchangeCertificate -FileData "
                                   u"([System.IO.File]::ReadAllBytes('C:\\a.pfx')) -Password $p "
                                   "-PrivateKeyExportable $false"_s;
        QTest::newRow("2007 import -Path") << importPath << edge << v2007 << QString();
        QTest::newRow("2010 import -Path") << importPath << edge << v2010 << QString();
        QTest::newRow("2013 import -Path") << importPath << edge << v2013 << u"no parameter -Path"_s;
        QTest::newRow("2016 import -Path") << importPath << edge << v2016 << u"no parameter -Path"_s;
        QTest::newRow("2007 import -FileData") << importData << edge << v2007 << u"no parameter -FileData"_s;
        QTest::newRow("2010 import -FileData") << importData << edge << v2010 << QString();
        QTest::newRow("2016 import -FileData") << importData << edge << v2016 << QString();
        QTest::newRow("2013 -FileName")
            << u"Import-ExchangeCertificate -FileName 'a.pfx'"_s << edge << v2013 << QString();
        QTest::newRow("2016 -FileName") << u"Import-ExchangeCertificate -FileName 'a.pfx'"_s << edge << v2016
                                        << u"no parameter -FileName"_s;
        const QString add = u"Set-TransportConfig -TLSSendDomainSecureList @{Add='contoso.com'}"_s;
        QTest::newRow("2007 @{Add}") << add << hub << v2007 << u"takes no @{Add="_s;
        QTest::newRow("2010 @{Add}") << add << hub << v2010 << QString();
        const QString role =
            u"New-ReceiveConnector -Name 'I' -Usage 'Internet' -Bindings '0.0.0.0:25' -Server "
            "'M' -TransportRole 'FrontendTransport'"_s;
        QTest::newRow("2010 -TransportRole") << role << hub << v2010 << u"no parameter -TransportRole"_s;
        QTest::newRow("2013 -TransportRole") << role << hub << v2013 << QString();
        QTest::newRow("2013 edge -TransportRole") << role << edge << v2013 << u"only for a Mailbox server"_s;
        const QString tls = u"Set-SendConnector -Identity 'S' -TlsAuthLevel 'DomainValidation' -TlsDomain "
                            "'contoso.com'"_s;
        QTest::newRow("2007 -TlsAuthLevel") << tls << hub << v2007 << u"no parameter -TlsAuthLevel"_s;
        QTest::newRow("2010 -TlsAuthLevel") << tls << hub << v2010 << QString();
        QTest::newRow("2010 -TlsCertificateName")
            << u"Set-SendConnector -Identity 'S' -TlsCertificateName '<I>CA<S>CN=m'"_s << hub << v2010
            << u"no parameter -TlsCertificateName"_s;
    }
    void versionDifferences()
    {
        QFETCH(QString, command);
        QFETCH(int, host);
        QFETCH(int, version);
        QFETCH(QString, problem);
        const QStringList problems = violations(command, ScriptHost(host), nullptr, ExchangeVersion(version));
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        else
            QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
    }

    // Exchange Online is a version of its own: its cmdlets exist only there, the on-premises ones
    // not at all, and each Online cmdlet takes only its documented parameters.
    void onlineContract_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("problem"); // empty: the call keeps the contract
        const int online = int(ExchangeVersion::ExchangeOnline);
        const int v2016 = int(ExchangeVersion::Exchange2016);
        const QString inbound = u"New-InboundConnector -Name 'P' -ConnectorType 'Partner' -SenderDomains "
                                u"'b.example' -RequireTls $true -RestrictDomainsToCertificate $true "
                                u"-TlsSenderCertificateName 'b.example' -SenderIPAddresses '192.0.2.0/24' "
                                u"-RestrictDomainsToIPAddresses $true"_s;
        QTest::newRow("inbound online") << inbound << online << QString();
        QTest::newRow("inbound 2016") << inbound << v2016 << u"does not exist in Exchange Server 2016"_s;
        const QString outbound =
            u"Set-OutboundConnector -Identity 'P' -RecipientDomains 'b.example' -TlsSettings "
            u"'DomainValidation' -TlsDomain '*.b.example' -UseMXRecord $false -SmartHosts "
            u"'relay.b.example' -IsTransportRuleScoped $false"_s;
        QTest::newRow("outbound online") << outbound << online << QString();
        QTest::newRow("outbound 2016") << outbound << v2016 << u"does not exist"_s;
        QTest::newRow("connect online")
            << u"Connect-ExchangeOnline -ShowBanner:$false"_s << online << QString();
        QTest::newRow("connection information")
            << u"@(Get-ConnectionInformation).Count"_s << online << QString();
        QTest::newRow("connect 2016")
            << u"Connect-ExchangeOnline -ShowBanner:$false"_s << v2016 << u"does not exist"_s;
        QTest::newRow("receive connector online")
            << u"New-ReceiveConnector -Name 'I' -Usage 'Internet' -Bindings '0.0.0.0:25'"_s << online
            << u"New-ReceiveConnector does not exist in Exchange Online"_s;
        QTest::newRow("lists online") << u"Set-TransportConfig -TLSSendDomainSecureList $sendList"_s << online
                                      << u"does not exist in Exchange Online"_s;
        QTest::newRow("certificate online")
            << u"Import-ExchangeCertificate -FileData $bytes -Password $p"_s << online << u"does not exist"_s;
        QTest::newRow("bindings on an inbound connector")
            << u"Set-InboundConnector -Identity 'P' -Bindings '0.0.0.0:25'"_s << online
            << u"no parameter -Bindings"_s;
        QTest::newRow("on-premises TLS parameter")
            << u"Set-OutboundConnector -Identity 'P' -TlsAuthLevel 'DomainValidation'"_s << online
            << u"no parameter -TlsAuthLevel"_s;
        QTest::newRow("port on an outbound connector")
            << u"New-OutboundConnector -Name 'P' -SmartHosts 'relay.b.example' -Port 587"_s << online
            << u"no parameter -Port"_s;
        QTest::newRow("write-host both") << u"Write-Host 'x'"_s << online << QString();
    }
    void onlineContract()
    {
        QFETCH(QString, command);
        QFETCH(int, version);
        QFETCH(QString, problem);
        const QStringList problems = violations(command, ScriptHost::Hub, nullptr, ExchangeVersion(version));
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        else
            QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
    }

    // Issue 18's "done": one workspace (the bundled demo) exports to all five Exchange targets,
    // and each script keeps its version's contract.
    void demoExportsToEveryExchangeTarget()
    {
        const auto demo = DemoWorkspace::create();
        QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
        int targets = 0;
        for (const ExchangeVersion version : ExchangeVersions::all()) {
            const auto exporter = Exporter::create(ExchangeVersions::target(version));
            QVERIFY(exporter);
            const bool online = ExchangeVersions::isOnline(version);
            QCOMPARE(exporter->usesServer(), !online);
            for (const Server& server : demo->servers) {
                const auto result = exporter->run(demo.value(), {online ? QString() : server.name, {}});
                QVERIFY2(result.ok(), qPrintable(exporter->target() + u": "_s + result.errorMessage()));
                QString text = QString::fromUtf8(result->files.first().content);
                text.remove(0, 1);
                int calls = 0;
                const QStringList problems =
                    violations(text, ExchangeShellExporter::hostOf(server), &calls, version);
                QVERIFY2(problems.isEmpty(), qPrintable(exporter->target() + u" "_s + server.name + u":\n"_s +
                                                        problems.join(u'\n')));
                QVERIFY(calls > 5);
                if (online)
                    break; // one script for the organization
            }
            ++targets;
        }
        QCOMPARE(targets, 5);
    }

    // Every version change names the page it was taken from.
    void versionChangesNameTheirSource()
    {
        int changes = 0;
        for (const CmdletContract& row : CmdletContracts::table()) {
            for (const CmdletContract::VersionChange& change : row.changes) {
                QVERIFY2(
                    change.source.startsWith(u"https://learn.microsoft.com/powershell/module/exchange/"_s),
                    qPrintable(row.cmdlet));
                for (const QString& s : change.addedSwitches)
                    QVERIFY(change.added.contains(s));
                ++changes;
            }
        }
        QVERIFY(changes >= 10);
    }

    // The bundled demo (Hub HUB01 and the subscribed Edge EDGE01): two scripts, the Edge's without
    // send connectors or lists and the Hub's with them, each passing the contract for its host.
    void demoExportsTwoScripts()
    {
        const auto demo = DemoWorkspace::create();
        QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
        const Server* edge = nullptr;
        const Server* hub = nullptr;
        for (const Server& server : demo->servers) {
            if (server.isSubscribedEdge())
                edge = &server;
            if (server.role == ServerRole::Hub)
                hub = &server;
        }
        QVERIFY(edge && hub);
        QHash<QString, QString> scripts;
        for (const Server* server : {edge, hub}) {
            const auto result = ExchangeShellExporter().run(demo.value(), {server->name, {}});
            QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
            QString text = QString::fromUtf8(result->files.first().content);
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            int calls = 0;
            const QStringList problems = violations(text, ExchangeShellExporter::hostOf(*server), &calls);
            QVERIFY2(problems.isEmpty(), qPrintable(server->name + u":\n"_s + problems.join(u'\n')));
            QVERIFY(calls > 5);
            scripts.insert(server->name, text);
        }
        const QString edgeScript = scripts.value(edge->name);
        const QString hubScript = scripts.value(hub->name);
        QVERIFY(!edgeScript.contains(u"New-SendConnector"_s));
        QVERIFY(!edgeScript.contains(u"Set-TransportConfig"_s));
        QVERIFY(edgeScript.contains(u"New-ReceiveConnector"_s) ||
                edgeScript.contains(u"Set-ReceiveConnector"_s));
        QVERIFY(hubScript.contains(u"New-SendConnector"_s) || hubScript.contains(u"Set-SendConnector"_s));
        QVERIFY(hubScript.contains(u"TLSSendDomainSecureList"_s));
    }

    // The one generator over a corpus of connector settings, in both detail levels.
    void generatedCorpus()
    {
        const QStringList bindingSets[] = {
            {}, {u"0.0.0.0:25"_s}, {u"0.0.0.0:587"_s}, {u"192.0.2.1:2525"_s, u"0.0.0.0:25"_s}};
        const QStringList rangeSets[] = {
            {}, {u"0.0.0.0-255.255.255.255"_s}, {u"192.0.2.0/28"_s, u"198.51.100.7"_s}};
        int checked = 0;
        for (ReceiveUsage usage : {ReceiveUsage::Custom, ReceiveUsage::Internet, ReceiveUsage::Internal,
                                   ReceiveUsage::Client, ReceiveUsage::Partner}) {
            for (bool edge : {true, false}) {
                if (edge && usage == ReceiveUsage::Client)
                    continue; // the wizard does not offer it on an Edge
                for (const QStringList& bindings : bindingSets) {
                    for (const QStringList& ranges : rangeSets) {
                        ReceiveConnector c = ConnectorPresets::receiveConnector(u"R"_s, usage, edge);
                        c.bindings.clear();
                        c.remoteIPRanges.clear();
                        for (const QString& b : bindings)
                            c.bindings << Binding::parse(b).value();
                        for (const QString& r : ranges)
                            c.remoteIPRanges << IpRange::parse(r).value();
                        // The validator requires what the usage needs; the corpus keeps those.
                        const ReceiveUsage effective = ExchangeConnectorCommands::effectiveUsage(c);
                        if ((ExchangeConnectorCommands::writesBindings(effective) && c.bindings.isEmpty()) ||
                            (ExchangeConnectorCommands::writesRemoteIPRanges(effective) &&
                             c.remoteIPRanges.isEmpty()))
                            continue;
                        const ScriptHost host = edge ? ScriptHost::StandaloneEdge : ScriptHost::Hub;
                        for (auto detail : {ExchangeConnectorCommands::Detail::Complete,
                                            ExchangeConnectorCommands::Detail::Console}) {
                            const auto command =
                                ExchangeConnectorCommands::newReceiveConnector(c, u"S1"_s, edge, detail);
                            QVERIFY2(command.ok(), qPrintable(command.errorMessage()));
                            const QStringList problems = violations(command.value(), host);
                            QVERIFY2(problems.isEmpty(),
                                     qPrintable(command.value() + u"\n"_s + problems.join(u'\n')));
                            ++checked;
                        }
                        const auto set =
                            ExchangeConnectorCommands::setReceiveConnector(c, u"'S1\\R'"_s, u"s1.example"_s);
                        QVERIFY(set.ok());
                        QVERIFY2(violations(set.value(), host).isEmpty(), qPrintable(set.value()));
                    }
                }
            }
        }
        for (SendUsage usage :
             {SendUsage::Custom, SendUsage::Internal, SendUsage::Internet, SendUsage::Partner}) {
            for (int routing = 0; routing < 3; ++routing) {
                SendConnector c = ConnectorPresets::sendConnector(u"To X"_s, usage);
                c.addressSpaces = {AddressSpace::parse(u"SMTP:x.example;1"_s).value()};
                c.sourceTransportServers = {u"EDGE01"_s};
                c.dnsRoutingEnabled = routing == 0;
                c.smartHosts = routing == 0 ? QStringList() : QStringList{u"192.0.2.9"_s};
                c.smartHostAuthMechanism =
                    routing == 2 ? SmartHostAuthMechanism::BasicAuth : SmartHostAuthMechanism::None;
                for (bool hub : {true, false}) {
                    const ScriptHost host = hub ? ScriptHost::Hub : ScriptHost::StandaloneEdge;
                    for (auto detail : {ExchangeConnectorCommands::Detail::Complete,
                                        ExchangeConnectorCommands::Detail::Console}) {
                        const auto command = ExchangeConnectorCommands::newSendConnector(c, hub, detail);
                        QVERIFY(command.ok());
                        QVERIFY2(violations(command.value(), host).isEmpty(), qPrintable(command.value()));
                        // Smart hosts always with DNS routing off, in the console form too.
                        if (!c.dnsRoutingEnabled)
                            QVERIFY2(command.value().contains(u"-DNSRoutingEnabled $false -SmartHosts"_s),
                                     qPrintable(command.value()));
                        ++checked;
                    }
                    const auto set = ExchangeConnectorCommands::setSendConnector(c, hub);
                    QVERIFY(set.ok());
                    QVERIFY2(violations(set.value(), host).isEmpty(), qPrintable(set.value()));
                }
            }
        }
        const auto lists =
            ExchangeConnectorCommands::addToDomainSecureLists({u"b.example"_s}, {u"c.example"_s});
        QVERIFY(lists.ok());
        QVERIFY(violations(lists.value().join(u'\n'), ScriptHost::Hub).isEmpty());
        QVERIFY(!violations(lists.value().join(u'\n'), ScriptHost::SubscribedEdge).isEmpty());
        // The certificate commands of the GUI's dialogs.
        const QString thumbprint = QString(40, u'A');
        for (const auto& command :
             {ExchangeCertificateCommands::enable(thumbprint, Services(Service::SMTP), false),
              ExchangeCertificateCommands::importCertificate(u"C:\\edge.pfx"_s, true, u"Edge"_s,
                                                             Services(Service::SMTP)),
              ExchangeCertificateCommands::exportCertificate(thumbprint, u"C:\\edge.pfx"_s, true, true),
              ExchangeCertificateCommands::remove(thumbprint)}) {
            QVERIFY(command.ok());
            QVERIFY2(violations(command.value(), ScriptHost::StandaloneEdge).isEmpty(),
                     qPrintable(command.value()));
        }
        QVERIFY(checked > 50);
    }

    // The certificate request and import commands of the wizards, in each release's form.
    void certificateCommandsPerRelease_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("requestForm");
        QTest::addColumn<QString>("importForm");
        const QString pathImport = u"Import-ExchangeCertificate -Path 'C:\\edge.pfx'"_s;
        const QString dataImport =
            u"Import-ExchangeCertificate -FileData ([Byte[]](Get-Content -Path 'C:\\edge.pfx' -Encoding Byte "
            u"-ReadCount 0))"_s;
        QTest::newRow("2007") << int(ExchangeVersion::Exchange2007)
                              << u"New-ExchangeCertificate -GenerateRequest -Path 'C:\\edge.req'"_s
                              << pathImport;
        QTest::newRow("2010") << int(ExchangeVersion::Exchange2010)
                              << u"New-ExchangeCertificate -GenerateRequest -Path 'C:\\edge.req'"_s
                              << dataImport;
        QTest::newRow("2013") << int(ExchangeVersion::Exchange2013)
                              << u"New-ExchangeCertificate -GenerateRequest -RequestFile 'C:\\edge.req'"_s
                              << dataImport;
        QTest::newRow("2016") << int(ExchangeVersion::Exchange2016)
                              << u"$request = New-ExchangeCertificate -GenerateRequest -BinaryEncoded"_s
                              << dataImport;
    }
    // Exchange Online has no certificate cmdlets: the commands say so instead of showing another
    // release's form.
    void certificateCommandsForOnline()
    {
        ExchangeCertificateCommands::Request request;
        request.subject = u"CN=mail.a.example"_s;
        request.keySpec = KeySpec::rsa(2048);
        request.path = u"C:\\edge.req"_s;
        request.version = ExchangeVersion::ExchangeOnline;
        const auto newRequest = ExchangeCertificateCommands::newRequest(request);
        const auto import = ExchangeCertificateCommands::importCertificate(
            u"C:\\edge.pfx"_s, true, u"Edge"_s, Services(Service::SMTP), ExchangeVersion::ExchangeOnline);
        const auto exported = ExchangeCertificateCommands::exportCertificate(
            QString(40, u'A'), u"C:\\edge.pfx"_s, true, true, ExchangeVersion::ExchangeOnline);
        for (const auto& command : {newRequest, import, exported}) {
            QVERIFY(!command.ok());
            QCOMPARE(command.error().code, ErrorCode::Validation);
            QVERIFY2(command.errorMessage().contains(u"Microsoft's certificate"_s),
                     qPrintable(command.errorMessage()));
        }
    }

    void certificateCommandsPerRelease()
    {
        QFETCH(int, version);
        QFETCH(QString, requestForm);
        QFETCH(QString, importForm);
        ExchangeCertificateCommands::Request request;
        request.subject = u"CN=mail.a.example,O=A's \\, Ltd.,C=JP"_s;
        request.domains = {u"mail.a.example"_s, u"a.example"_s};
        request.keySpec = KeySpec::rsa(2048);
        request.path = u"C:\\edge.req"_s;
        request.binaryEncoded = true;
        request.version = ExchangeVersion(version);
        const auto newRequest = ExchangeCertificateCommands::newRequest(request);
        QVERIFY2(newRequest.ok(), qPrintable(newRequest.errorMessage()));
        QVERIFY2(newRequest->startsWith(requestForm), qPrintable(newRequest.value()));
        QCOMPARE(newRequest->contains(
                     u"Set-Content -Path 'C:\\edge.req' -Value $request.FileData -Encoding Byte"_s),
                 version >= int(ExchangeVersion::Exchange2016));
        QVERIFY2(violations(newRequest.value(), ScriptHost::StandaloneEdge, nullptr, ExchangeVersion(version))
                     .isEmpty(),
                 qPrintable(newRequest.value()));
        const auto import = ExchangeCertificateCommands::importCertificate(
            u"C:\\edge.pfx"_s, true, u"Edge"_s, Services(Service::SMTP), ExchangeVersion(version));
        QVERIFY(import.ok());
        QVERIFY2(import->startsWith(importForm), qPrintable(import.value()));
        QVERIFY2(violations(import.value(), ScriptHost::StandaloneEdge, nullptr, ExchangeVersion(version))
                     .isEmpty(),
                 qPrintable(import.value()));
        // Export: -Path (2007, 2010), -FileName (2013), the returned content written (2016+).
        const auto exported = ExchangeCertificateCommands::exportCertificate(
            QString(40, u'A'), u"C:\\edge.pfx"_s, true, true, ExchangeVersion(version));
        QVERIFY(exported.ok());
        const QString exportForm = version >= int(ExchangeVersion::Exchange2016)
                                       ? u"$certificateFile = Export-ExchangeCertificate -Thumbprint"_s
                                   : version >= int(ExchangeVersion::Exchange2013)
                                       ? u" -FileName 'C:\\edge.pfx'"_s
                                       : u" -Path 'C:\\edge.pfx'"_s;
        QVERIFY2(exported->contains(exportForm), qPrintable(exported.value()));
        QVERIFY2(violations(exported.value(), ScriptHost::StandaloneEdge, nullptr, ExchangeVersion(version))
                     .isEmpty(),
                 qPrintable(exported.value()));
    }
};

QTEST_GUILESS_MAIN(TestCmdletContract)
#include "tst_cmdletcontract.moc"
