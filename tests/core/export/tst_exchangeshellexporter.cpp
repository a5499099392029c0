#include "crypto/certificate.h"
#include "export/exchangecertificatecommands.h"
#include "export/exchangeshellexporter.h"
#include "goldenfiles.h"
#include "model/partnercertificate.h"
#include "partnerpki.h"
#include "powershelltokenizer.h"
#include "store/workspacefile.h"
#include "testsupport.h"
#include "validate/validator.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// The exporter without the lint gate, to test its own refusals.
class Unchecked : public ExchangeShellExporter
{
public:
    using ExchangeShellExporter::ExchangeShellExporter;
    using ExchangeShellExporter::generate;
};

// ExchangeShellExporter: golden scripts, and injection attempts through every free-text field.
class TestExchangeShellExporter : public QObject
{
    Q_OBJECT

    static Workspace load(const QString& name)
    {
        auto workspace = WorkspaceFile::load(GoldenFiles::inputPath(name));
        if (!workspace.ok())
            qFatal("cannot load %s: %s", qPrintable(name), qPrintable(workspace.errorMessage()));
        return workspace.value();
    }

    // Cmdlets the script may run; anything else in command position means injected code.
    static const QSet<QString>& allowedCmdlets()
    {
        static const QSet<QString> cmdlets = {u"Split-Path"_s,
                                              u"Get-ExchangeCertificate"_s,
                                              u"Read-Host"_s,
                                              u"Import-ExchangeCertificate"_s,
                                              u"Join-Path"_s,
                                              u"Out-Null"_s,
                                              u"Enable-ExchangeCertificate"_s,
                                              u"Get-ReceiveConnector"_s,
                                              u"New-ReceiveConnector"_s,
                                              u"Set-ReceiveConnector"_s,
                                              u"Get-SendConnector"_s,
                                              u"New-SendConnector"_s,
                                              u"Set-SendConnector"_s,
                                              u"Get-TransportConfig"_s,
                                              u"Set-TransportConfig"_s,
                                              u"ForEach-Object"_s,
                                              u"Format-List"_s,
                                              u"Get-Credential"_s,
                                              u"New-Object"_s,
                                              u"Where-Object"_s,
                                              u"Write-Host"_s,
                                              u"Write-Warning"_s,
                                              u"Get-Date"_s};
        return cmdlets;
    }

    // Tokenizes the script and checks its shape: no double-quoted or here-strings, and every
    // bare word that looks like a command is a whitelisted cmdlet. Returns the literals' values.
    static QStringList literalsOf(const QByteArray& script)
    {
        QList<PowerShellTokenizer::Token> tokens;
        QString error;
        QString text = QString::fromUtf8(script);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
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

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("caseName");
        QTest::newRow("partner") << u"exchange-a.dsw"_s << u"EDGE01"_s << u"exchange-partner-a"_s;
        QTest::newRow("bare") << u"bare.dsw"_s << u"EDGE02"_s << u"exchange-bare"_s;
        // Hub + subscribed Edge: two scripts, the Edge part and the organization part.
        QTest::newRow("subscribed edge")
            << u"exchange-topology.dsw"_s << u"EDGE01"_s << u"exchange-topology-edge"_s;
        QTest::newRow("hub") << u"exchange-topology.dsw"_s << u"HUB01"_s << u"exchange-topology-hub"_s;
    }
    void golden()
    {
        QFETCH(QString, input);
        QFETCH(QString, server);
        QFETCH(QString, caseName);
        const Workspace workspace = load(input);
        ExchangeShellExporter exporter;
        const auto result = exporter.run(workspace, {server, {}});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QVERIFY(result->files.first().name.endsWith(u".ps1"_s));
        for (const ExportFile& file : result->files.mid(1))
            QVERIFY2(file.name.startsWith(u"partner-roots/"_s) && file.name.endsWith(u".cer"_s),
                     qPrintable(file.name));
        GoldenFiles::compare(result.value(), caseName);
        literalsOf(result->files.first().content);
    }

    // The same topology for each later Exchange release: one golden directory per release and host.
    void goldenVersions_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("caseName");
        for (ExchangeVersion version : ExchangeVersions::onPremises()) {
            if (version == ExchangeVersion::Exchange2007)
                continue; // the golden data above
            const QString prefix = ExchangeVersions::target(version);
            QTest::newRow(qPrintable(prefix + u" edge"_s))
                << int(version) << u"EDGE01"_s << prefix + u"-topology-edge"_s;
            QTest::newRow(qPrintable(prefix + u" hub"_s))
                << int(version) << u"HUB01"_s << prefix + u"-topology-hub"_s;
        }
    }
    void goldenVersions()
    {
        QFETCH(int, version);
        QFETCH(QString, server);
        QFETCH(QString, caseName);
        const Workspace workspace = load(u"exchange-topology.dsw"_s);
        const ExchangeShellExporter exporter{ExchangeVersion(version)};
        QCOMPARE(exporter.target(), ExchangeVersions::target(ExchangeVersion(version)));
        const auto result = exporter.run(workspace, {server, {}});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        GoldenFiles::compare(result.value(), caseName);
        const QString text = QString::fromUtf8(result->files.first().content);
        // 2007's forms are gone from every later release's script.
        QVERIFY(!text.contains(u"Import-ExchangeCertificate -Path"_s));
        QVERIFY(!text.contains(u"if ($changed) { Set-TransportConfig"_s));
        if (server == u"EDGE01"_s)
            QVERIFY(
                text.contains(u"Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes("_s));
        else
            QVERIFY(text.contains(u"Set-TransportConfig -TLSSendDomainSecureList @{Add=$missing}"_s));
        QCOMPARE(text.contains(u"-TransportRole 'FrontendTransport'"_s),
                 server == u"HUB01"_s && version >= int(ExchangeVersion::Exchange2013) &&
                     text.contains(u"New-ReceiveConnector"_s));
        literalsOf(result->files.first().content);
    }

    // The bundled demo (a snapshot: tests/data/export/demo.dsw, checked against the demo by
    // tst_demoworkspace) and the adversarial workspace (make-adversarial.py: metacharacters in
    // every free-text field) for every Exchange release.
    void goldenWorkspaces_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("caseName");
        for (ExchangeVersion version : ExchangeVersions::onPremises()) {
            const QString target = ExchangeVersions::target(version);
            QTest::newRow(qPrintable(target + u" demo edge"_s))
                << int(version) << u"demo.dsw"_s << u"EDGE01"_s << target + u"-demo-edge"_s;
            QTest::newRow(qPrintable(target + u" demo hub"_s))
                << int(version) << u"demo.dsw"_s << u"HUB01"_s << target + u"-demo-hub"_s;
            QTest::newRow(qPrintable(target + u" adversarial"_s))
                << int(version) << u"adversarial.dsw"_s << u"EDGE01"_s << target + u"-adversarial"_s;
        }
    }
    void goldenWorkspaces()
    {
        QFETCH(int, version);
        QFETCH(QString, input);
        QFETCH(QString, server);
        QFETCH(QString, caseName);
        const Workspace workspace = load(input);
        const auto result = ExchangeShellExporter{ExchangeVersion(version)}.run(workspace, {server, {}});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        GoldenFiles::compare(result.value(), caseName);
        const QStringList literals = literalsOf(result->files.first().content);
        if (input != u"adversarial.dsw"_s)
            return;
        // Each hostile value arrives whole, inside one literal.
        const ReceiveConnector& receive = workspace.server(server)->receiveConnectors.first();
        const SendConnector& send = workspace.sendConnectors.first();
        QVERIFY2(literals.contains(server + u'\\' + receive.name), qPrintable(receive.name));
        QVERIFY2(literals.contains(receive.banner), qPrintable(receive.banner));
        QVERIFY2(literals.contains(receive.comment), qPrintable(receive.comment));
        QVERIFY2(literals.contains(send.name), qPrintable(send.name));
        QVERIFY2(literals.contains(send.comment), qPrintable(send.comment));
    }

    void scriptShape()
    {
        const Workspace workspace = load(u"exchange-a.dsw"_s);
        const auto result = ExchangeShellExporter().run(workspace, {u"EDGE01"_s, {}});
        QVERIFY(result.ok());
        // UTF-8 BOM: PowerShell 1.0 reads BOM-less files in the ANSI code page.
        QVERIFY(result->files.first().content.startsWith("\xEF\xBB\xBF"));
        const QString script = QString::fromUtf8(result->files.first().content);
        QVERIFY(script.contains(u"Read-Host -AsSecureString"_s));
        QVERIFY(script.contains(u"Enable-ExchangeCertificate -Thumbprint $thumbprint -Services 'SMTP'"_s));
        QVERIFY(script.contains(u"Set-TransportConfig -TLSSendDomainSecureList $sendList"_s));
        QVERIFY(script.contains(u"Set-TransportConfig -TLSReceiveDomainSecureList $receiveList"_s));
        QVERIFY(script.contains(u"'EDGE01\\From B (domain secure)'"_s));
        // Exchange 2010+ syntax must not appear.
        for (const QString& later : {u"TlsAuthLevel"_s, u"TlsDomain"_s, u"TlsCertificateName"_s, u"@{Add"_s,
                                     u"-FileData"_s, u"-RequestFile"_s, u"try {"_s, u"catch"_s})
            QVERIFY2(!script.contains(later), qPrintable(later));
        const QStringList literals = literalsOf(result->files.first().content);
        QVERIFY(literals.contains(u"220 mx.a.example O'Brien's $gateway ready"_s));
        QVERIFY(literals.contains(u"192.0.2.16-192.0.2.40"_s));
        QVERIFY(literals.contains(u"SMTP:b.example;1"_s));
        QVERIFY(literals.contains(u"192.0.2.25"_s)); // the smart host of the TLS-only connector
        QVERIFY(script.contains(u"-DNSRoutingEnabled $false -SmartHosts '192.0.2.25'"_s));
    }

    void refusedWhileLintReportsErrors()
    {
        // partner-a.dsw sends domain-secured mail through a smart host: Exchange 2007 cannot
        // (SC-DS-SMARTHOST), so the export is refused with the finding, as `lint` reports it.
        const Workspace workspace = load(u"partner-a.dsw"_s);
        ExchangeShellExporter exporter;
        const QStringList blocking = exporter.blockingFindings(workspace);
        QVERIFY(!blocking.isEmpty());
        QVERIFY2(blocking.join(u'\n').contains(u"SC-DS-SMARTHOST"_s), qPrintable(blocking.join(u'\n')));
        const auto result = exporter.run(workspace, {u"EDGE01"_s, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Validation);
        QVERIFY2(result.errorMessage().contains(u"lint --target exchange2007"_s),
                 qPrintable(result.errorMessage()));
        // The clean variant passes the same gate.
        QVERIFY(exporter.blockingFindings(load(u"exchange-a.dsw"_s)).isEmpty());
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
        // Every free-text field the script writes, one at a time, set directly on the model so
        // that the exporter's own checks are what is tested; for every Exchange release.
        for (ExchangeVersion version : ExchangeVersions::onPremises()) {
            injectEveryField(version, value, refused);
            if (QTest::currentTestFailed())
                return;
        }
    }

private:
    void injectEveryField(ExchangeVersion version, const QString& value, bool refused)
    {
        const Unchecked exporter{version};
        for (int field = 0; field < 6; ++field) {
            Workspace workspace = load(u"exchange-a.dsw"_s);
            Server& server = *workspace.server(u"EDGE01"_s);
            ReceiveConnector& receive = server.receiveConnectors.first();
            SendConnector& send = workspace.sendConnectors.first();
            switch (field) {
            case 0:
                receive.name = value;
                break;
            case 1:
                receive.banner = u"220 "_s + value;
                break;
            case 2:
                receive.comment = value;
                break;
            case 3:
                send.name = value;
                break;
            case 4:
                send.comment = value;
                break;
            case 5:
                workspace.organization = value;
                break;
            }
            const QString expected = field == 1 ? u"220 "_s + value : value;
            // generate() directly: the lint gate may refuse some values first, but the exporter
            // must be safe on its own.
            const auto result =
                exporter.generate(workspace, *workspace.server(u"EDGE01"_s), {u"EDGE01"_s, {}});
            // A receive connector name must not contain \ (identity SERVER\Name): refused too.
            if (refused || (field == 0 && value.contains(u'\\'))) {
                QVERIFY2(!result.ok(),
                         qPrintable(u"field %1 accepted (%2)"_s.arg(field).arg(exporter.target())));
                QCOMPARE(result.error().code, ErrorCode::Validation);
                continue;
            }
            QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
            const QStringList literals = literalsOf(result->files.first().content);
            if (QTest::currentTestFailed())
                return;
            if (field == 5)
                continue; // the organization appears only inside a comment line
            QVERIFY2(literals.contains(expected) || literals.contains(u"EDGE01\\"_s + expected),
                     qPrintable(
                         u"field %1: value not inside one literal (%2)"_s.arg(field).arg(exporter.target())));
        }
    }

private slots:
    void topologySplitsTheScripts()
    {
        const Workspace workspace = load(u"exchange-topology.dsw"_s);
        const auto edge = ExchangeShellExporter().run(workspace, {u"EDGE01"_s, {}});
        const auto hub = ExchangeShellExporter().run(workspace, {u"HUB01"_s, {}});
        QVERIFY2(edge.ok() && hub.ok(), qPrintable(edge.errorMessage() + hub.errorMessage()));
        const QString edgeScript = QString::fromUtf8(edge->files.first().content);
        const QString hubScript = QString::fromUtf8(hub->files.first().content);
        // The Edge: certificate, partner roots, receive connectors; never the organization part.
        QVERIFY(edgeScript.contains(u"Import-ExchangeCertificate"_s));
        QVERIFY(edgeScript.contains(u"New-ReceiveConnector"_s));
        QVERIFY(edgeScript.contains(u"X509Store('Root', 'LocalMachine')"_s));
        for (const QString& organization :
             {u"New-SendConnector"_s, u"Set-SendConnector"_s, u"Set-TransportConfig"_s})
            QVERIFY2(!edgeScript.contains(organization), qPrintable(organization));
        QVERIFY(edgeScript.contains(u"New-EdgeSubscription"_s));
        QVERIFY(edgeScript.contains(u"HUB01-domainsecure.ps1"_s));
        QVERIFY(edge->warnings.join(u'\n').contains(u"--server HUB01"_s));
        // The Hub: send connectors (with the Edge Subscription as source) and the lists, no certificate.
        QVERIFY(hubScript.contains(u"-SourceTransportServers 'EDGE01'"_s));
        QVERIFY(hubScript.contains(u"Set-TransportConfig -TLSSendDomainSecureList $sendList"_s));
        QVERIFY(!hubScript.contains(u"Import-ExchangeCertificate"_s));
        QVERIFY(!hubScript.contains(u"X509Store"_s));
        QCOMPARE(hub->files.size(), 1);
        // Both verify and print the probe that tests the partner from outside.
        for (const QString& script : {edgeScript, hubScript}) {
            QVERIFY(
                script.contains(u"Write-Host 'Test from outside: domainsecure-cli probe --domain b.example "
                                u"--server EDGE01 --level secure'"_s));
            QVERIFY(script.contains(u"DomainSecureEnabled -ne $true"_s));
        }
    }

    void partnerRootsBesideTheScript()
    {
        const Workspace workspace = load(u"exchange-a.dsw"_s);
        const auto result = ExchangeShellExporter().run(workspace, {u"EDGE01"_s, {}});
        QVERIFY(result.ok());
        QCOMPARE(result->files.size(), 1 + workspace.trustedRoots.size());
        const ExportFile& root = result->files.at(1);
        QCOMPARE(root.content, workspace.trustedRoots.first());
        const QString thumbprint = root.name.mid(14, 40);
        const QString script = QString::fromUtf8(result->files.first().content);
        // Idempotent by thumbprint, and checked before any connector enables domain security.
        const qsizetype add =
            script.indexOf(u"if ($rootStore.Certificates.Find('FindByThumbprint', '"_s + thumbprint);
        const qsizetype check = script.indexOf(u"throw ("_s);
        const qsizetype connector = script.indexOf(u"New-ReceiveConnector"_s);
        QVERIFY(add > 0 && check > add && connector > check);
        QVERIFY(script.contains(u"'partner-roots\\"_s + thumbprint + u".cer'"_s));
    }

    // The Edge script says which partner certificates Exchange accepts for a domain on
    // TLSReceiveDomainSecureList, and whether each pinned one carries the domain.
    void partnerCertificateNamesStated()
    {
        QTemporaryDir dir;
        QVERIFY(PartnerPki::makeCa(dir.path(), u"ca"_s, u"Partner B CA"_s));
        QVERIFY(PartnerPki::makeLeaf(dir.path(), u"ca"_s, u"good"_s, {u"mail.b.example"_s, u"b.example"_s}));
        QVERIFY(PartnerPki::makeLeaf(dir.path(), u"ca"_s, u"other"_s, {u"mail.elsewhere.example"_s}));
        Workspace workspace = load(u"exchange-a.dsw"_s);
        QVERIFY(workspace.domainSecure.receive.contains(u"b.example"_s));
        const auto domain = SmtpDomain::parse(u"b.example"_s);
        for (const QString& name : {u"good"_s, u"other"_s}) {
            const auto certificate =
                Certificate::fromPem(TestSupport::readFile(dir.filePath(name + u".pem"_s)));
            QVERIFY2(certificate.ok(), qPrintable(certificate.errorMessage()));
            workspace.partnerCertificates
                << PartnerCertificate::fromCertificate(domain.value(), certificate.value());
        }
        // The lint gate refuses the export while a pinned certificate misses the domain
        // (PIN-DOMAIN-MISSING); the script itself still states it.
        QVERIFY(!ExchangeShellExporter().run(workspace, {u"EDGE01"_s, {}}).ok());
        const auto result =
            Unchecked().generate(workspace, *workspace.server(u"EDGE01"_s), {u"EDGE01"_s, {}});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        const QString script = QString::fromUtf8(result->files.first().content);
        QVERIFY(script.contains(u"Exchange does not pin keys"_s));
        QVERIFY(
            script.contains(u"#   'b.example': 'CN=mail.b.example', names 'mail.b.example, b.example'"_s));
        QVERIFY(script.contains(u"carries the domain."_s));
        QVERIFY(
            script.contains(u"'CN=mail.elsewhere.example', names 'mail.elsewhere.example', valid until"_s));
        QVERIFY(script.contains(u"does NOT carry the domain, Exchange refuses it."_s));
    }

    void parameterSetsAndEnable()
    {
        const Workspace workspace = load(u"exchange-a.dsw"_s);
        const QString script = QString::fromUtf8(
            ExchangeShellExporter().run(workspace, {u"EDGE01"_s, {}})->files.first().content);
        // Internet: bindings only; the Edge's default connector is updated instead of duplicated.
        QVERIFY(
            script.contains(
                u"New-ReceiveConnector -Name 'Internet' -Usage 'Internet' -Bindings '0.0.0.0:25' -Fqdn"_s) ||
            script.contains(
                u"New-ReceiveConnector -Name 'Internet' -Usage 'Internet' -Bindings '0.0.0.0:25' -AuthMechanism"_s));
        QVERIFY(script.contains(u"Where-Object"_s));
        // Enabled only when not yet enabled for SMTP, and without -Force (not in the 2007 reference).
        QVERIFY(script.contains(u"if ($certificate.Services.ToString() -notmatch 'SMTP') {"_s));
        for (const QString& line : script.split(u"\r\n"_s)) {
            if (!line.startsWith(u'#'))
                QVERIFY2(!line.contains(u"-Force"_s), qPrintable(line));
        }
    }

    // -TlsCertificateName as Get-ExchangeCertificate shows the names: most specific first, Windows'
    // short names, values with separators in double quotes (a certificate made by the openssl CLI).
    void tlsCertificateNameAsWindowsShowsIt()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(u"k.pem"_s);
        const QString pem = dir.filePath(u"c.pem"_s);
        const auto made = TestSupport::openssl(
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
             u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, pem, u"-days"_s, u"30"_s, u"-subj"_s,
             u"/C=JP/ST=Tokyo/L=Chiyoda/O=Contoso, Ltd./OU=Mail \"Edge\"/CN=mail.contoso.example/"
             u"emailAddress=postmaster@contoso.example"_s});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const auto certificate = Certificate::fromPem(TestSupport::readFile(pem));
        QVERIFY(certificate.ok());
        const auto name = ExchangeCertificateCommands::tlsCertificateName(certificate->toDer());
        QVERIFY2(name.ok(), qPrintable(name.errorMessage()));
        const QString windows =
            u"E=postmaster@contoso.example, CN=mail.contoso.example, OU=\"Mail \"\"Edge\"\"\", "
            u"O=\"Contoso, Ltd.\", L=Chiyoda, S=Tokyo, C=JP"_s;
        QCOMPARE(name.value(), u"<I>"_s + windows + u"<S>"_s + windows); // self-signed
        // An attribute without a Windows short name DomainSecure knows is refused rather than guessed.
        const auto odd =
            TestSupport::openssl({u"req"_s, u"-x509"_s, u"-key"_s, key, u"-out"_s, pem, u"-days"_s, u"30"_s,
                                  u"-subj"_s, u"/CN=mail.contoso.example/businessCategory=Mail"_s});
        QVERIFY2(odd.exitCode == 0, odd.err.constData());
        QVERIFY(!ExchangeCertificateCommands::tlsCertificateName(
                     Certificate::fromPem(TestSupport::readFile(pem))->toDer())
                     .ok());
    }

    // Exchange 2013 and later: connectors that need TLS name the server's certificate, and the script
    // stops before them when Exchange shows the certificate's names otherwise.
    void connectorsNameTheirCertificate()
    {
        const Workspace workspace = load(u"exchange-a.dsw"_s);
        const CertificateEntry* certificate = workspace.server(u"EDGE01"_s)->smtpCertificate();
        const QString name =
            ExchangeCertificateCommands::tlsCertificateName(certificate->certificateDer).value();
        QCOMPARE(name, u"<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example"_s);
        for (ExchangeVersion version : ExchangeVersions::onPremises()) {
            const auto result = ExchangeShellExporter{version}.run(workspace, {u"EDGE01"_s, {}});
            QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
            const QString script = QString::fromUtf8(result->files.first().content);
            const QString parameter = u"-TlsCertificateName '"_s + name + u'\'';
            const bool names = version >= ExchangeVersion::Exchange2013;
            QCOMPARE(script.contains(parameter), names);
            if (!names)
                continue;
            // The domain-secure receive connector and both TLS send connectors (New and Set), not the
            // Internet ones.
            QCOMPARE(script.count(parameter), 2 + 2 * 2);
            const qsizetype check = script.indexOf(
                u"if (('<I>' + $certificate.Issuer + '<S>' + $certificate.Subject) -ne '"_s + name);
            QVERIFY(check > 0 && check < script.indexOf(u"New-ReceiveConnector"_s));
        }
    }

    // -TlsAuthLevel and -TlsDomain from Exchange 2010; 2007 cannot write them, and its lint says so.
    void tlsAuthLevelPerRelease()
    {
        Workspace workspace = load(u"exchange-a.dsw"_s);
        SendConnector& tls = workspace.sendConnectors[1]; // "To C (TLS required)", through a smart host
        QVERIFY(!tls.dnsRoutingEnabled && tls.requireTLS);
        tls.tlsAuthLevel = TlsAuthLevel::DomainValidation;
        tls.tlsDomain = u"*.c.example"_s;
        const auto refused = ExchangeShellExporter{}.run(workspace, {u"EDGE01"_s, {}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"SC-TLSAUTH-UNSUPPORTED"_s),
                 qPrintable(refused.errorMessage()));
        for (ExchangeVersion version : ExchangeVersions::onPremises()) {
            if (version == ExchangeVersion::Exchange2007)
                continue;
            const auto result = ExchangeShellExporter{version}.run(workspace, {u"EDGE01"_s, {}});
            QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
            const QString script = QString::fromUtf8(result->files.first().content);
            QCOMPARE(script.count(u"-TlsAuthLevel 'DomainValidation' -TlsDomain '*.c.example'"_s), 2);
            literalsOf(result->files.first().content);
        }
        // Without the smart host's TLS domain, Exchange refuses DomainValidation.
        tls.tlsDomain.clear();
        const QStringList blocking =
            ExchangeShellExporter{ExchangeVersion::Exchange2016}.blockingFindings(workspace);
        QVERIFY2(blocking.join(u'\n').contains(u"SC-TLSDOMAIN-MISSING"_s), qPrintable(blocking.join(u'\n')));
    }

    void unknownServerIsBadInput()
    {
        const auto result = ExchangeShellExporter().run(load(u"bare.dsw"_s), {u"NOPE"_s, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestExchangeShellExporter)
#include "tst_exchangeshellexporter.moc"
