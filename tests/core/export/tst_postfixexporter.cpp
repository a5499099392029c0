#include "export/postfixexporter.h"
#include "goldenfiles.h"
#include "store/workspacefile.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// PostfixExporter: golden bundles and the mapping rules of docs/export.md.
class TestPostfixExporter : public QObject
{
    Q_OBJECT

    static Workspace load(const QString& name)
    {
        auto workspace = WorkspaceFile::load(GoldenFiles::inputPath(name));
        if (!workspace.ok())
            qFatal("cannot load %s: %s", qPrintable(name), qPrintable(workspace.errorMessage()));
        return workspace.value();
    }

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("caseName");
        QTest::newRow("partner") << u"partner-a.dsw"_s << u"EDGE01"_s << u"postfix-partner-a"_s;
        QTest::newRow("bare") << u"bare.dsw"_s << u"EDGE02"_s << u"postfix-bare"_s;
    }
    void golden()
    {
        QFETCH(QString, input);
        QFETCH(QString, server);
        QFETCH(QString, caseName);
        const auto result = PostfixExporter().run(load(input), {server, {}});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        GoldenFiles::compare(result.value(), caseName);
    }

    void mapping()
    {
        const Workspace workspace = load(u"partner-a.dsw"_s);
        QStringList warnings;
        const auto bundle = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {}, &warnings);
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
        QCOMPARE(bundle->mainValue(u"myhostname"_s), u"mx.a.example"_s);
        QCOMPARE(bundle->mainValue(u"message_size_limit"_s), u"20971520"_s);

        // One partner listener on the connector's binding, with client certificates required.
        QCOMPARE(bundle->services.size(), 1);
        const PostfixBundle::Service& service = bundle->services.first();
        QCOMPARE(service.key(), u"127.0.0.2:2525/inet"_s);
        QCOMPARE(service.fields.at(4), u"n"_s); // chroot
        const auto options = service.options;
        QVERIFY(options.contains(qMakePair(u"smtpd_tls_security_level"_s, u"encrypt"_s)));
        QVERIFY(options.contains(qMakePair(u"smtpd_tls_req_ccert"_s, u"yes"_s)));
        QVERIFY(options.contains(qMakePair(u"smtpd_banner"_s, u"mx.a.example O'Brien's $$gateway ready"_s)));

        const ExportFile* cidr = nullptr;
        const ExportFile* policy = nullptr;
        const ExportFile* transport = nullptr;
        const ExportFile* key = nullptr;
        for (const ExportFile& file : bundle->files) {
            if (file.name == u"clients-1.cidr"_s)
                cidr = &file;
            else if (file.name == u"tls_policy"_s)
                policy = &file;
            else if (file.name == u"transport"_s)
                transport = &file;
            else if (file.name == u"smtp-key.pem"_s)
                key = &file;
        }
        QVERIFY(cidr && policy && transport && key);
        // 192.0.2.16-192.0.2.40 as CIDR blocks: .16/28 .32/29 .40/32
        QVERIFY(cidr->content.contains("127.0.0.3/32\tOK\n192.0.2.16/28\tOK\n192.0.2.32/29\tOK\n"
                                       "192.0.2.40/32\tOK\n0.0.0.0/0\tREJECT"));
        // The smart host's next hop carries the policy, with match= naming the partner domain.
        QVERIFY(transport->content.contains("b.example\tsmtp:[127.0.0.3]:2525\n"));
        // The partner roots are trusted for the partner only (tafile=), not through smtp_tls_CAfile.
        QVERIFY(policy->content.contains("[127.0.0.3]:2525\tsecure match=b.example:.b.example "
                                         "tafile=$config_directory/domainsecure/trusted-roots.pem\n"));
        QVERIFY(bundle->mainValue(u"smtp_tls_CAfile"_s).isNull());
        QVERIFY(bundle->mainValue(u"smtpd_tls_CAfile"_s).isNull());
        QVERIFY(!policy->content.contains("\nb.example\tsecure"));
        // Require-TLS without domain security: encrypt, for the domain and its subdomains.
        QVERIFY(policy->content.contains("c.example\tencrypt\n"));
        QVERIFY(policy->content.contains(".c.example\tencrypt\n"));
        QVERIFY(key->secret);
        QCOMPARE(key->mode, ExportFile::secretMode());
        QVERIFY(key->content.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(warnings.join(u'\n').contains(u"Internet"_s));
    }

    // The Exchange 2010+ TLS authentication level on Postfix: DomainValidation is "secure" matching
    // the TLS domain, CertificateValidation is "verify" (stricter: Postfix also checks the name).
    void tlsAuthLevelMapsOntoPolicyLevels()
    {
        Workspace workspace = load(u"exchange-a.dsw"_s);
        SendConnector& tls = workspace.sendConnectors[1]; // "To C": smart host 192.0.2.25:587, TLS required
        tls.tlsAuthLevel = TlsAuthLevel::DomainValidation;
        tls.tlsDomain = u"*.c.example"_s;
        QStringList warnings;
        auto bundle = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {}, &warnings);
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
        const auto policyOf = [](const PostfixBundle& b) {
            for (const ExportFile& file : b.files) {
                if (file.name == u"tls_policy"_s)
                    return QString::fromUtf8(file.content);
            }
            return QString();
        };
        QVERIFY2(policyOf(bundle.value()).contains(u"[192.0.2.25]:587\tsecure match=.c.example tafile="_s),
                 qPrintable(policyOf(bundle.value())));
        tls.tlsDomain = u"relay.c.example"_s;
        bundle = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {}, &warnings);
        QVERIFY(
            policyOf(bundle.value()).contains(u"[192.0.2.25]:587\tsecure match=relay.c.example tafile="_s));
        tls.tlsAuthLevel = TlsAuthLevel::CertificateValidation;
        tls.tlsDomain.clear();
        warnings.clear();
        bundle = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {}, &warnings);
        QVERIFY2(policyOf(bundle.value()).contains(u"[192.0.2.25]:587\tverify match=c.example:.c.example"_s),
                 qPrintable(policyOf(bundle.value())));
        QVERIFY(warnings.join(u'\n').contains(u"CertificateValidation is written as \"verify\""_s));
    }

    void partnersSharingABindingShareOneListener()
    {
        // Exchange: several partner connectors on one binding, the most specific range wins.
        // Postfix: one listener on that binding whose client map holds every partner's ranges.
        Workspace workspace = load(u"partner-a.dsw"_s);
        Server& server = *workspace.server(u"EDGE01"_s);
        ReceiveConnector second = server.receiveConnectors.first();
        second.name = u"From D (domain secure)"_s;
        second.remoteIPRanges = {IpRange::parse(u"198.51.100.0/28"_s).value()};
        server.receiveConnectors.insert(1, second);
        QStringList warnings;
        auto bundle = PostfixExporter::bundle(workspace, server, {}, &warnings);
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
        QCOMPARE(bundle->services.size(), 1);
        const ExportFile* cidr = nullptr;
        int cidrFiles = 0;
        for (const ExportFile& file : bundle->files) {
            if (file.name.endsWith(u".cidr"_s)) {
                cidr = &file;
                ++cidrFiles;
            }
        }
        QCOMPARE(cidrFiles, 1);
        QVERIFY2(cidr->content.contains("127.0.0.3/32\tOK\n"), cidr->content.constData());
        QVERIFY2(cidr->content.contains("# From D (domain secure)\n198.51.100.0/28\tOK\n0.0.0.0/0\tREJECT"),
                 cidr->content.constData());
        QVERIFY(bundle->services.first().comment.contains(u"From D (domain secure)"_s));

        // Settings one listener cannot hold for both: refused, naming both connectors.
        server.receiveConnectors[1].maxMessageSize = ByteSize::fromBytes(1024 * 1024);
        bundle = PostfixExporter::bundle(workspace, server, {}, &warnings);
        QVERIFY(!bundle.ok());
        QVERIFY2(bundle.errorMessage().contains(u"From D (domain secure)"_s),
                 qPrintable(bundle.errorMessage()));
        QVERIFY(bundle.errorMessage().contains(u"127.0.0.2:2525"_s));
    }

    void refusedWhileLintReportsErrors()
    {
        // A domain-secure send domain missing from the send list is an error for Postfix too.
        Workspace workspace = load(u"partner-a.dsw"_s);
        QVERIFY(PostfixExporter().blockingFindings(workspace).isEmpty());
        workspace.domainSecure.send.clear();
        const QStringList blocking = PostfixExporter().blockingFindings(workspace);
        QVERIFY2(blocking.join(u'\n').contains(u"SC-DS-LIST"_s), qPrintable(blocking.join(u'\n')));
        const auto result = PostfixExporter().run(workspace, {u"EDGE01"_s, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Validation);
        QVERIFY(result.errorMessage().contains(u"lint --target postfix"_s));
    }

    void refusesBannerBraces()
    {
        Workspace workspace = load(u"partner-a.dsw"_s);
        workspace.server(u"EDGE01"_s)->receiveConnectors.first().banner =
            u"220 x } -o smtpd_tls_req_ccert=no"_s;
        const auto result = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Validation);
    }

    void writesModes()
    {
        const auto result = PostfixExporter().run(load(u"partner-a.dsw"_s), {u"EDGE01"_s, {}});
        QVERIFY(result.ok());
        QTemporaryDir dir;
        QVERIFY(result->writeTo(dir.path()).ok());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(dir.filePath(u"domainsecure/smtp-key.pem"_s)) & others,
                 QFileDevice::Permissions());
        QVERIFY(QFile::permissions(dir.filePath(u"domainsecure/transport"_s)) & QFileDevice::ReadOther);
        QVERIFY(QFile::exists(dir.filePath(u"README.txt"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"apply.sh"_s)));
    }
};

QTEST_GUILESS_MAIN(TestPostfixExporter)
#include "tst_postfixexporter.moc"
