#include "store/demoworkspace.h"
#include "store/workspacefile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void cliWritesALoadableDemo();
    void demoLintsClean();
    void refusesToOverwrite();
    void exportSnapshotMatchesTheDemo();
};

void TestDemoWorkspace::cliWritesALoadableDemo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.dsw"_s);
    const auto run = TestSupport::cli({u"workspace"_s, u"demo"_s, path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto loaded = WorkspaceFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->organization, u"Contoso"_s);
    QVERIFY(loaded->server(u"EDGE01"_s));
    QCOMPARE(loaded->server(u"EDGE01"_s)->fqdn, u"mail.contoso.example"_s);
    QVERIFY(loaded->domainSecure.send.contains(u"fabrikam.example"_s));
    QVERIFY(loaded->domainSecure.receive.contains(u"fabrikam.example"_s));
    QCOMPARE(loaded->sendConnectors.size(), 1);
    QCOMPARE(loaded->server(u"EDGE01"_s)->receiveConnectors.size(), 1);
    // The topology as 2007 is deployed: a Hub inside, the Edge subscribed to the organization,
    // the send connector sent from the Edge.
    QCOMPARE(loaded->servers.size(), 2);
    QCOMPARE(loaded->servers.first().name, u"EDGE01"_s);
    QVERIFY(loaded->server(u"EDGE01"_s)->isSubscribedEdge());
    QVERIFY(loaded->server(u"HUB01"_s));
    QCOMPARE(loaded->server(u"HUB01"_s)->role, ServerRole::Hub);
    QCOMPARE(loaded->server(u"HUB01"_s)->fqdn, u"hub01.contoso.example"_s);
    QVERIFY(loaded->server(u"HUB01"_s)->smtpCertificate());
    QCOMPARE(loaded->sendConnectors.first().sourceTransportServers, QStringList{u"EDGE01"_s});

    // The SMTP certificate chains to the demo CA, as the openssl CLI sees it.
    const CertificateEntry* smtp = loaded->server(u"EDGE01"_s)->smtpCertificate();
    QVERIFY(smtp);
    QVERIFY(smtp->hasPrivateKey());
    QCOMPARE(loaded->trustedRoots.size(), 1);
    const QString leafPath = dir.filePath(u"leaf.der"_s);
    const QString caDerPath = dir.filePath(u"ca.der"_s);
    const QString caPemPath = dir.filePath(u"ca.pem"_s);
    const QString leafPemPath = dir.filePath(u"leaf.pem"_s);
    QVERIFY(TestSupport::writeFile(leafPath, smtp->certificateDer));
    QVERIFY(TestSupport::writeFile(caDerPath, loaded->trustedRoots.first()));
    QCOMPARE(
        TestSupport::openssl({u"x509"_s, u"-inform"_s, u"DER"_s, u"-in"_s, caDerPath, u"-out"_s, caPemPath})
            .exitCode,
        0);
    QCOMPARE(
        TestSupport::openssl({u"x509"_s, u"-inform"_s, u"DER"_s, u"-in"_s, leafPath, u"-out"_s, leafPemPath})
            .exitCode,
        0);
    const auto verify = TestSupport::openssl({u"verify"_s, u"-x509_strict"_s, u"-purpose"_s, u"sslserver"_s,
                                              u"-CAfile"_s, caPemPath, leafPemPath});
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    QVERIFY(verify.out.contains(": OK"));
    const auto asClient = TestSupport::openssl(
        {u"verify"_s, u"-purpose"_s, u"sslclient"_s, u"-CAfile"_s, caPemPath, leafPemPath});
    QVERIFY2(asClient.exitCode == 0, asClient.err.constData());
    // The thumbprint stored is openssl's SHA-1 fingerprint.
    const auto fingerprint =
        TestSupport::openssl({u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha1"_s, u"-in"_s, leafPemPath});
    QVERIFY(QString::fromLatin1(fingerprint.out).remove(QLatin1Char(':')).contains(smtp->thumbprint));
}

void TestDemoWorkspace::demoLintsClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.dsw"_s);
    QCOMPARE(TestSupport::cli({u"workspace"_s, u"demo"_s, path}).exitCode, 0);
    for (const QString& target : {u"exchange2007"_s, u"postfix"_s}) {
        const auto lint = TestSupport::cli({u"lint"_s, u"-w"_s, path, u"--target"_s, target});
        QVERIFY2(lint.exitCode == 0, lint.out.constData());
        // Not only free of errors: the one finding is intended (the demo's keys are stored without a
        // passphrase, so that it opens without one); the Hub, the subscribed Edge and the trusted
        // demo CA leave no topology, trust or key finding.
        const auto json = TestSupport::cli({u"lint"_s, u"-w"_s, path, u"--target"_s, target, u"--json"_s});
        const QJsonArray findings = QJsonDocument::fromJson(json.out).object()[u"findings"_s].toArray();
        QStringList codes;
        for (const QJsonValue& finding : findings)
            codes << finding.toObject()[u"code"_s].toString();
        QCOMPARE(codes, QStringList{u"CERT-KEYS-UNPROTECTED"_s});
    }
}

void TestDemoWorkspace::refusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.dsw"_s);
    QVERIFY(TestSupport::writeFile(path, "keep"));
    const auto run = TestSupport::cli({u"workspace"_s, u"demo"_s, path});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(TestSupport::readFile(path), QByteArray("keep"));
}

// tests/data/export/demo.dsw is a snapshot of the demo that the export golden files are made
// from (the demo's keys are new each time). Everything but the keys and certificates must still be
// what DemoWorkspace::create() makes, or the golden files no longer show the bundled demo.
void TestDemoWorkspace::exportSnapshotMatchesTheDemo()
{
    const auto strip = [](QJsonObject json) {
        json.remove(u"trustedRoots"_s);
        QJsonArray servers = json.value(u"servers"_s).toArray();
        for (qsizetype i = 0; i < servers.size(); ++i) {
            QJsonObject server = servers.at(i).toObject();
            QJsonArray certificates = server.value(u"certificates"_s).toArray();
            QJsonArray kept;
            for (const QJsonValue& certificate : std::as_const(certificates)) {
                QJsonObject c = certificate.toObject();
                for (const QString& derived : {u"certificate"_s, u"chain"_s, u"privateKey"_s, u"thumbprint"_s,
                                               u"sha256"_s, u"serialNumber"_s, u"notBefore"_s, u"notAfter"_s})
                    c.remove(derived);
                kept << c;
            }
            server.insert(u"certificates"_s, kept);
            servers.replace(i, server);
        }
        json.insert(u"servers"_s, servers);
        return json;
    };
    const auto demo = DemoWorkspace::create();
    QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
    const auto snapshot =
        WorkspaceFile::load(QStringLiteral(DS_SOURCE_DIR) + u"/tests/data/export/demo.dsw"_s);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.errorMessage()));
    const QJsonObject expected = strip(demo->toJson());
    const QJsonObject actual = strip(snapshot->toJson());
    QVERIFY2(expected == actual, "tests/data/export/demo.dsw differs from the demo: recreate it with "
                                 "domainsecure-cli workspace demo and regenerate the golden files");
    QCOMPARE(snapshot->trustedRoots.size(), demo->trustedRoots.size());
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
