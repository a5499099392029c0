#include "export/cmdletcontract.h"
#include "export/exchangeonlineexporter.h"
#include "export/exchangeonlinemapping.h"
#include "export/exporter.h"
#include "export/powershellquote.h"
#include "goldenfiles.h"
#include "powershellcalls.h"
#include "powershelltokenizer.h"
#include "store/demoworkspace.h"
#include "store/workspacefile.h"

#include <QSet>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// The exporter without the lint gate, to test its own refusals.
class UncheckedOnline : public ExchangeOnlineExporter
{
public:
    using ExchangeOnlineExporter::generate;
};

// ExchangeOnlineExporter: golden scripts (the topology, the standalone partner and the bundled
// demo), the script's shape, every call against the Exchange Online contract, and injection
// attempts through every free-text field that reaches the script.
class TestExchangeOnlineExporter : public QObject
{
    Q_OBJECT

    static Workspace load(const QString& name)
    {
        auto workspace = WorkspaceFile::load(GoldenFiles::inputPath(name));
        if (!workspace.ok())
            qFatal("cannot load %s: %s", qPrintable(name), qPrintable(workspace.errorMessage()));
        return workspace.value();
    }

    static QString scriptOf(const ExportResult& result)
    {
        QString text = QString::fromUtf8(result.files.first().content);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }

    // Cmdlets the script may run; anything else in command position means injected code.
    static const QSet<QString>& allowedCmdlets()
    {
        static const QSet<QString> cmdlets = {u"Get-ConnectionInformation"_s,
                                              u"Connect-ExchangeOnline"_s,
                                              u"Get-InboundConnector"_s,
                                              u"New-InboundConnector"_s,
                                              u"Set-InboundConnector"_s,
                                              u"Get-OutboundConnector"_s,
                                              u"New-OutboundConnector"_s,
                                              u"Set-OutboundConnector"_s,
                                              u"Out-Null"_s,
                                              u"ForEach-Object"_s,
                                              u"Format-List"_s,
                                              u"Write-Host"_s,
                                              u"Write-Warning"_s};
        return cmdlets;
    }

    // Tokenizes the script and checks its shape: no double-quoted or here-strings, and every
    // bare word that looks like a command is a whitelisted cmdlet. Returns the literals' values.
    static QStringList literalsOf(const QString& text)
    {
        QList<PowerShellTokenizer::Token> tokens;
        QString error;
        if (!PowerShellTokenizer::tokenize(text, &tokens, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        QStringList literals;
        for (const auto& token : std::as_const(tokens)) {
            switch (token.kind) {
            case PowerShellTokenizer::Kind::SingleQuoted:
                literals << token.value;
                break;
            case PowerShellTokenizer::Kind::DoubleQuoted:
            case PowerShellTokenizer::Kind::HereString:
                QTest::qFail(qPrintable(u"unexpected expanding string: "_s + token.text), __FILE__, __LINE__);
                return {};
            case PowerShellTokenizer::Kind::Word:
                if (token.text.contains(u'-') && !token.text.startsWith(u'-') &&
                    token.text.at(0).isLetter() && !allowedCmdlets().contains(token.text)) {
                    QTest::qFail(qPrintable(u"unexpected command word: "_s + token.text), __FILE__, __LINE__);
                    return {};
                }
                break;
            default:
                break;
            }
        }
        return literals;
    }

    // Every call of the script against the Exchange Online contract.
    static QStringList violations(const QString& script, int* count = nullptr)
    {
        QList<CmdletCall> calls;
        QString error;
        if (!PowerShellCalls::parse(script, &calls, &error))
            return {error};
        QStringList problems;
        for (const CmdletCall& call : std::as_const(calls))
            problems << CmdletContracts::check(call, ScriptHost::Hub, ExchangeVersion::ExchangeOnline);
        if (count)
            *count = int(calls.size());
        return problems;
    }

private slots:
    void targetIsRegistered()
    {
        QVERIFY(Exporter::targets().contains(u"exchange-online"_s));
        const auto exporter = Exporter::create(u"exchange-online"_s);
        QVERIFY(exporter);
        QCOMPARE(exporter->target(), u"exchange-online"_s);
        QCOMPARE(exporter->validationTarget(), ValidationTarget::ExchangeOnline);
        QVERIFY(!exporter->usesServer());
        QCOMPARE(ExchangeVersions::parse(u"online"_s), ExchangeVersion::ExchangeOnline);
        QCOMPARE(ExchangeVersions::fromTarget(u"exchange-online"_s), ExchangeVersion::ExchangeOnline);
        // Nothing on premises is described for Online.
        QVERIFY(!ExchangeVersions::importsFileData(ExchangeVersion::ExchangeOnline));
        QVERIFY(!ExchangeVersions::addsToLists(ExchangeVersion::ExchangeOnline));
        QVERIFY(!ExchangeVersions::hasTransportRole(ExchangeVersion::ExchangeOnline));
        QVERIFY(!ExchangeVersions::onPremises().contains(ExchangeVersion::ExchangeOnline));
    }

    // What the connector wizards show for an organization on Exchange Online.
    void commandsForOneConnector()
    {
        Workspace workspace = load(u"exchange-a.dsw"_s);
        const auto outbound = ExchangeOnlineExporter::commandsFor(
            workspace, *workspace.sendConnector(u"To B (domain secure)"_s));
        QVERIFY2(outbound.ok(), qPrintable(outbound.errorMessage()));
        QCOMPARE(outbound->size(), 1);
        QVERIFY2(outbound->first().startsWith(u"New-OutboundConnector -Name 'To B (domain secure)'"_s),
                 qPrintable(outbound->first()));
        QVERIFY(outbound->first().contains(u"-TlsDomain 'b.example'"_s));
        // Not domain secure: no outbound connector.
        const auto none =
            ExchangeOnlineExporter::commandsFor(workspace, *workspace.sendConnector(u"Internet"_s));
        QVERIFY(none.ok() && none->isEmpty());
        // DomainValidation with the connector's own TLS domain, not yet in the workspace.
        SendConnector relay = *workspace.sendConnector(u"To C (TLS required)"_s);
        relay.name = u"To C relay"_s;
        relay.tlsAuthLevel = TlsAuthLevel::DomainValidation;
        relay.tlsDomain = u"relay.c.example"_s;
        const auto validated = ExchangeOnlineExporter::commandsFor(workspace, relay);
        QVERIFY(validated.ok());
        QVERIFY(!validated->isEmpty());
        QVERIFY2(validated->first().contains(u"-TlsDomain 'relay.c.example'"_s),
                 qPrintable(validated->first()));
        QVERIFY(!workspace.sendConnector(u"To C relay"_s));
        // The receive connector of partner B: B's inbound connector.
        const Server& edge = *workspace.server(u"EDGE01"_s);
        const auto inbound =
            ExchangeOnlineExporter::commandsFor(workspace, edge.name, edge.receiveConnectors.first());
        QVERIFY2(inbound.ok(), qPrintable(inbound.errorMessage()));
        QCOMPARE(inbound->size(), 1);
        QVERIFY2(
            inbound->first().startsWith(u"New-InboundConnector -Name 'DomainSecure inbound b.example'"_s),
            qPrintable(inbound->first()));
        QVERIFY(
            !ExchangeOnlineExporter::commandsFor(workspace, u"NOPE"_s, edge.receiveConnectors.first()).ok());
    }

    void golden_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("caseName");
        QTest::newRow("topology") << u"exchange-topology.dsw"_s << u"exchange-online-topology"_s;
        QTest::newRow("partner") << u"exchange-a.dsw"_s << u"exchange-online-partner-a"_s;
        QTest::newRow("demo") << QString() << u"exchange-online-demo"_s;
        // make-adversarial.py: PowerShell metacharacters in every free-text field.
        QTest::newRow("adversarial") << u"adversarial.dsw"_s << u"exchange-online-adversarial"_s;
    }
    void golden()
    {
        QFETCH(QString, input);
        QFETCH(QString, caseName);
        Workspace workspace;
        if (input.isEmpty()) {
            auto demo = DemoWorkspace::create();
            QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
            workspace = demo.value();
        } else {
            workspace = load(input);
        }
        ExchangeOnlineExporter exporter;
        // Organization-wide: no server needed.
        const auto result = exporter.run(workspace, {QString(), {}});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->files.size(), 1);
        QCOMPARE(result->files.first().name, ExchangeOnlineExporter::scriptFileName());
        GoldenFiles::compare(result.value(), caseName);
        const QString script = scriptOf(result.value());
        literalsOf(script);
        int calls = 0;
        const QStringList problems = violations(script, &calls);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(calls > 5);
        // Naming a server of the workspace writes the same script.
        if (!workspace.servers.isEmpty()) {
            const auto named = exporter.run(workspace, {workspace.servers.first().name, {}});
            QVERIFY(named.ok());
            QCOMPARE(named->files.first().content, result->files.first().content);
        }
    }

    void scriptShape()
    {
        const Workspace workspace = load(u"exchange-a.dsw"_s);
        const auto result = ExchangeOnlineExporter().run(workspace, {});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QVERIFY(result->files.first().content.startsWith("\xEF\xBB\xBF"));
        const QString script = scriptOf(result.value());
        // Nothing on premises: no certificate import, transport configuration, Edge or server.
        for (const QString& onPremises :
             {u"Import-ExchangeCertificate"_s, u"Enable-ExchangeCertificate"_s, u"TransportConfig"_s,
              u"ReceiveConnector"_s, u"SendConnector"_s, u"EdgeSubscription"_s, u"X509Store"_s, u"-Server"_s,
              u"DomainSecureList"_s})
            QVERIFY2(!script.contains(onPremises), qPrintable(onPremises));
        QVERIFY(script.contains(u"$ErrorActionPreference = 'Stop'"_s));
        QVERIFY(script.contains(
            u"if (@(Get-ConnectionInformation).Count -eq 0) { Connect-ExchangeOnline -ShowBanner:$false }"_s));
        // The partner on the receive list: TLS with its certificate, from its addresses only (the
        // domain-secure receive connector's 127.0.0.3 and 192.0.2.16-192.0.2.40 as CIDR blocks).
        QVERIFY(script.contains(
            u"New-InboundConnector -Name 'DomainSecure inbound b.example' -ConnectorType 'Partner' "
            u"-SenderDomains "
            u"'b.example' -RequireTls $true -RestrictDomainsToCertificate $true -TlsSenderCertificateName "
            u"'b.example' -SenderIPAddresses '127.0.0.3','192.0.2.16/28','192.0.2.32/29','192.0.2.40' "
            u"-RestrictDomainsToIPAddresses $true -Enabled $true | Out-Null"_s));
        // The domain-secure send connector: by MX, validating the partner's certificate name.
        QVERIFY(script.contains(
            u"New-OutboundConnector -Name 'To B (domain secure)' -ConnectorType 'Partner' "
            u"-RecipientDomains 'b.example' -TlsSettings 'DomainValidation' -TlsDomain "
            u"'b.example' -IsTransportRuleScoped $false -UseMXRecord $true -Enabled $true"_s));
        // Not the connectors without domain security.
        QVERIFY(!script.contains(u"To C"_s));
        QVERIFY(!script.contains(u"'Internet'"_s));
        // What partners trust instead.
        QVERIFY(script.contains(u"mail.protection.outlook.com"_s));
        QVERIFY(script.contains(u"Write-Host 'Partner b.example: trust the certificate name"_s));
    }

    // Each connector is looked up first, then changed or created: running the script again
    // updates, never duplicates; and the verification step reads every connector back.
    void idempotentStructure()
    {
        const auto result = ExchangeOnlineExporter().run(load(u"exchange-topology.dsw"_s), {});
        QVERIFY(result.ok());
        const QStringList lines = scriptOf(result.value()).split(u"\r\n"_s);
        int pairs = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            for (const QString& noun : {u"InboundConnector"_s, u"OutboundConnector"_s}) {
                if (!line.startsWith(u"if ((Get-%1 -Identity "_s.arg(noun)))
                    continue;
                QVERIFY(line.endsWith(u"-ErrorAction SilentlyContinue) -eq $null) {"_s));
                QVERIFY(lines.value(i + 1).startsWith(u"    New-%1 -Name "_s.arg(noun)));
                QCOMPARE(lines.value(i + 2), u"} else {"_s);
                QVERIFY(lines.value(i + 3).startsWith(u"    Set-%1 -Identity "_s.arg(noun)));
                QCOMPARE(lines.value(i + 4), u"}"_s);
                ++pairs;
            }
        }
        QCOMPARE(pairs, 2);
        const QString script = lines.join(u'\n');
        const qsizetype verify = script.indexOf(u"$failed = 0"_s);
        QVERIFY(verify > script.indexOf(u"New-OutboundConnector"_s));
        QVERIFY(script.indexOf(u"Get-InboundConnector -Identity 'DomainSecure inbound b.example'\n"_s) >
                verify);
        QVERIFY(script.indexOf(u"Get-OutboundConnector -Identity 'To B (domain secure)'\n"_s) > verify);
    }

    void mapping()
    {
        // Addresses: IPv4 and CIDR /24 to /32 only.
        const auto ranges = [](const QString& text) {
            return ExchangeOnlineMapping::senderIPAddresses(IpRange::parse(text).value());
        };
        QCOMPARE(ranges(u"192.0.2.7"_s), QStringList{u"192.0.2.7"_s});
        QCOMPARE(ranges(u"192.0.2.0/24"_s), QStringList{u"192.0.2.0/24"_s});
        QCOMPARE(ranges(u"192.0.2.0-192.0.3.255"_s), (QStringList{u"192.0.2.0/24"_s, u"192.0.3.0/24"_s}));
        QCOMPARE(ranges(u"192.0.0.0/22"_s)->size(), 4);
        QVERIFY(!ranges(u"192.0.0.0/16"_s)); // 256 blocks of /24
        QVERIFY(!ranges(u"2001:db8::1"_s));
        // Several recipient domains: one outbound connector per TLS domain, told apart by it.
        Workspace workspace = load(u"exchange-a.dsw"_s);
        SendConnector& send = *workspace.sendConnector(u"To B (domain secure)"_s);
        send.addressSpaces << AddressSpace::parse(u"SMTP:b2.example;1"_s).value();
        workspace.domainSecure.send << u"b2.example"_s;
        send.dnsRoutingEnabled = false;
        send.smartHosts = {u"relay.b.example"_s};
        const auto outbound = ExchangeOnlineMapping::outbound(workspace);
        QCOMPARE(outbound.size(), 2);
        QCOMPARE(outbound.at(0).name, u"To B (domain secure) (b.example)"_s);
        QCOMPARE(outbound.at(1).tlsDomain, u"b2.example"_s);
        QCOMPARE(outbound.at(1).recipientDomains, QStringList{u"b2.example"_s});
        QVERIFY(!outbound.at(1).useMxRecord);
        QCOMPARE(outbound.at(1).smartHosts, QStringList{u"relay.b.example"_s});
        const auto result = ExchangeOnlineExporter().run(workspace, {});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QVERIFY(scriptOf(result.value()).contains(u"-UseMXRecord $false -SmartHosts 'relay.b.example'"_s));
        QVERIFY(violations(scriptOf(result.value())).isEmpty());
        // The single commands the GUI shows are the script's, and keep the contract too.
        const auto inboundCommand =
            ExchangeOnlineExporter::newInboundConnector(ExchangeOnlineMapping::inbound(workspace).first());
        const auto outboundCommand = ExchangeOnlineExporter::newOutboundConnector(outbound.at(1));
        QVERIFY(inboundCommand.ok() && outboundCommand.ok());
        for (const QString& command : {inboundCommand.value(), outboundCommand.value()}) {
            QVERIFY2(scriptOf(result.value()).contains(u"    "_s + command + u" | Out-Null"_s),
                     qPrintable(command));
            QVERIFY2(violations(command).isEmpty(), qPrintable(command));
        }
    }

    void refusedWhileLintReportsErrors()
    {
        Workspace workspace = load(u"exchange-a.dsw"_s);
        workspace.servers.first().receiveConnectors.first().remoteIPRanges = {
            IpRange::parse(u"2001:db8::/48"_s).value()};
        const auto result = ExchangeOnlineExporter().run(workspace, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Validation);
        QVERIFY2(result.errorMessage().contains(u"EXO-SENDER-IP"_s), qPrintable(result.errorMessage()));
        // The exporter's own refusal, without the gate: smart-host routing without a smart host.
        Workspace noHost = load(u"exchange-a.dsw"_s);
        noHost.sendConnector(u"To B (domain secure)"_s)->dnsRoutingEnabled = false;
        const auto refused = UncheckedOnline().generate(noHost, Server(), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        // A server that is named must exist, even though the script does not use it.
        const auto unknown = ExchangeOnlineExporter().run(load(u"exchange-a.dsw"_s), {u"NOPE"_s, {}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::BadInput);
    }

    void injection_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("refused");
        QTest::newRow("quote break-out") << u"x'; Remove-Item C:\\ -Recurse; '"_s << false;
        QTest::newRow("double quote") << u"x\"; Remove-Item C:\\ -Recurse; \""_s << false;
        QTest::newRow("subexpression") << u"$(Remove-Item C:\\ -Recurse)"_s << false;
        QTest::newRow("backtick") << u"x`'; Remove-Item C:\\ -Recurse; `'"_s << false;
        QTest::newRow("comment") << u"#'; Remove-Item C:\\ -Recurse #"_s << false;
        QTest::newRow("here-string") << u"'@; Remove-Item C:\\ -Recurse; @'"_s << false;
        QTest::newRow("typographic apostrophe") << u"a\u2019b"_s << true;
        QTest::newRow("typographic break-out") << u"x\u2019; Remove-Item C:\\ -Recurse; \u2018"_s << true;
        QTest::newRow("typographic double") << u"x\u201C; Remove-Item C:\\ -Recurse; \u201D"_s << true;
        QTest::newRow("newline") << u"x\nRemove-Item C:\\ -Recurse"_s << true;
        QTest::newRow("carriage return") << u"x\rRemove-Item C:\\ -Recurse"_s << true;
        QTest::newRow("line separator") << u"x\u2028Remove-Item C:\\ -Recurse"_s << true;
    }
    void injection()
    {
        QFETCH(QString, value);
        QFETCH(bool, refused);
        // Every free-text field that reaches the script, one at a time, set directly on the model
        // so that the exporter's own quoting is what is tested.
        enum Field {
            Organization,
            SendName,
            SendComment,
            ReceiveDomain,
            SmartHost,
            OwnDomain,
            ReceiveName,
            Count
        };
        for (int field = 0; field < Count; ++field) {
            Workspace workspace = load(u"exchange-a.dsw"_s);
            SendConnector& send = *workspace.sendConnector(u"To B (domain secure)"_s);
            QString expected = value;
            switch (field) {
            case Organization:
                workspace.organization = value;
                break;
            case SendName:
                send.name = value;
                break;
            case SendComment:
                send.comment = value;
                break;
            case ReceiveDomain:
                workspace.domainSecure.receive = {value};
                expected = value.trimmed().toLower();
                break;
            case SmartHost:
                send.dnsRoutingEnabled = false;
                send.smartHosts = {value};
                break;
            case OwnDomain:
                workspace.domains = {value};
                break;
            case ReceiveName:
                workspace.servers.first().receiveConnectors.first().name = value;
                break;
            }
            const auto result = UncheckedOnline().generate(workspace, Server(), {});
            if (refused) {
                QVERIFY2(!result.ok(), qPrintable(u"field %1 accepted"_s.arg(field)));
                QCOMPARE(result.error().code, ErrorCode::Validation);
                continue;
            }
            QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
            const QString script = scriptOf(result.value());
            const QStringList literals = literalsOf(script);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(violations(script).isEmpty(), qPrintable(violations(script).join(u'\n')));
            if (field == Organization || field == ReceiveName) {
                // Only in comments, and there quoted as well.
                const QString quoted = field == Organization ? value : u"EDGE01\\"_s + value;
                QVERIFY2(script.contains(PowerShellQuote::literal(u"x"_s, quoted).value()),
                         qPrintable(u"field %1 not quoted"_s.arg(field)));
                continue;
            }
            bool inside = false;
            for (const QString& literal : literals)
                inside = inside || literal.contains(expected);
            QVERIFY2(inside, qPrintable(u"field %1: value not inside one literal"_s.arg(field)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExchangeOnlineExporter)
#include "tst_exchangeonlineexporter.moc"
