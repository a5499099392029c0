// ProbeOptions: target parsing, level names, and taking our client certificate from a workspace
// (an encrypted PKCS#8 key made by the openssl CLI is decrypted in memory, unless it asks for too
// many iterations).
#include "../crypto/cryptotesthelpers.h"
#include "model/workspace.h"
#include "probe/probeoptions.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestProbeOptions : public QObject
{
    Q_OBJECT

private slots:
    void target_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("name") << u"mx.b.example"_s << true << u"mx.b.example"_s << 25;
        QTest::newRow("name:port") << u"mx.b.example:2525"_s << true << u"mx.b.example"_s << 2525;
        QTest::newRow("ipv4:port") << u"127.0.0.3:587"_s << true << u"127.0.0.3"_s << 587;
        QTest::newRow("[v6]:port") << u"[::1]:2525"_s << true << u"::1"_s << 2525;
        QTest::newRow("bare v6") << u"::1"_s << true << u"::1"_s << 25;
        QTest::newRow("port 0") << u"mx:0"_s << false << QString() << 0;
        QTest::newRow("port too big") << u"mx:65536"_s << false << QString() << 0;
        QTest::newRow("port text") << u"mx:smtp"_s << false << QString() << 0;
        QTest::newRow("empty") << u""_s << false << QString() << 0;
        QTest::newRow("no host") << u":25"_s << false << QString() << 0;
        QTest::newRow("unclosed v6") << u"[::1:25"_s << false << QString() << 0;
    }
    void target()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        ProbeOptions options;
        const Status status = options.setTarget(text);
        QCOMPARE(status.ok(), ok);
        if (ok) {
            QFETCH(QString, host);
            QFETCH(int, port);
            QCOMPARE(options.host, host);
            QCOMPARE(int(options.port), port);
        } else {
            QCOMPARE(status.error().code, ErrorCode::Usage);
            QVERIFY(status.errorMessage().contains(text.isEmpty() ? u"\"\""_s : text));
        }
    }

    void levels()
    {
        QCOMPARE(ProbeOptions::levelFromName(u"ENCRYPT"_s), ProbeLevel::Encrypt);
        QCOMPARE(ProbeOptions::levelFromName(u"verify"_s), ProbeLevel::Verify);
        QCOMPARE(ProbeOptions::levelFromName(u"secure"_s), ProbeLevel::Secure);
        QVERIFY(!ProbeOptions::levelFromName(u"dane"_s));
        QCOMPARE(ProbeOptions::levelName(ProbeLevel::Verify), u"verify"_s);
    }

    void workspaceCredentials()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        QCOMPARE(TestSupport::openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                       u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s,
                                       d + u"/k.pem"_s, u"-out"_s, d + u"/c.der"_s, u"-outform"_s, u"DER"_s,
                                       u"-subj"_s, u"/CN=mx.a.example"_s, u"-days"_s, u"30"_s})
                     .exitCode,
                 0);
        QCOMPARE(TestSupport::openssl({u"pkcs8"_s, u"-topk8"_s, u"-in"_s, d + u"/k.pem"_s, u"-v2"_s,
                                       u"aes-256-cbc"_s, u"-passout"_s, u"pass:correct horse"_s,
                                       u"-outform"_s, u"DER"_s, u"-out"_s, d + u"/k.p8"_s})
                     .exitCode,
                 0);
        QCOMPARE(TestSupport::openssl({u"pkcs8"_s, u"-topk8"_s, u"-nocrypt"_s, u"-in"_s, d + u"/k.pem"_s,
                                       u"-outform"_s, u"DER"_s, u"-out"_s, d + u"/plain.p8"_s})
                     .exitCode,
                 0);
        Workspace workspace;
        Server server;
        server.name = u"EDGE01"_s;
        server.fqdn = u"mx.a.example"_s;
        CertificateEntry entry;
        entry.certificateDer = TestSupport::readFile(d + u"/c.der"_s);
        entry.privateKey = TestSupport::readFile(d + u"/k.p8"_s);
        entry.keyEncrypted = true;
        entry.services = Service::SMTP;
        entry.thumbprint = u"AB"_s;
        server.certificates << entry;
        workspace.servers << server;
        workspace.trustedRoots << entry.certificateDer;
        workspace.passphraseVerifier = u"x"_s;

        ProbeOptions options;
        QVERIFY(options.useWorkspace(workspace, u"EDGE01"_s, u"correct horse"_s).ok());
        QCOMPARE(options.ehloName, u"mx.a.example"_s);
        QCOMPARE(options.clientCertificateDer, entry.certificateDer);
        QCOMPARE(options.clientKeyDer, TestSupport::readFile(d + u"/plain.p8"_s));
        QCOMPARE(options.trustedRootsDer.size(), 1);
        QVERIFY(options.hasClientCertificate());

        ProbeOptions wrong;
        const Status bad = wrong.useWorkspace(workspace, u"EDGE01"_s, u"wrong"_s);
        QCOMPARE(bad.error().code, ErrorCode::BadInput);
        QVERIFY(bad.errorMessage().contains(u"wrong passphrase"_s));
        QVERIFY(!wrong.hasClientCertificate());

        // A tampered key asking for twenty million PBKDF2 iterations: refused before deriving.
        CertificateEntry& stored = workspace.servers.first().certificates.first();
        stored.privateKey = CryptoTest::withKdfCost(entry.privateKey, 20'000'000);
        ProbeOptions expensive;
        const Status tooLarge = expensive.useWorkspace(workspace, u"EDGE01"_s, u"correct horse"_s);
        QCOMPARE(tooLarge.error().code, ErrorCode::BadInput);
        QCOMPARE(tooLarge.errorMessage(),
                 u"the key of certificate AB: iteration count too large (20000000; at most 10000000)"_s);
        stored.privateKey = entry.privateKey;

        ProbeOptions none;
        QVERIFY(none.useWorkspace(workspace, u"EDGE01"_s, QString())
                    .errorMessage()
                    .contains(u"--passphrase-file"_s));
        QVERIFY(none.useWorkspace(workspace, u"EDGE02"_s, QString()).errorMessage().contains(u"EDGE02"_s));
        workspace.servers.first().certificates.first().services = Service::IMAP;
        QVERIFY(none.useWorkspace(workspace, u"EDGE01"_s, QString()).errorMessage().contains(u"SMTP"_s));
    }
};

QTEST_GUILESS_MAIN(TestProbeOptions)
#include "tst_probeoptions.moc"
