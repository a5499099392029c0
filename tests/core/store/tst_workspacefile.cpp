#include "model/workspace.h"
#include "store/workspacefile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void unknownFieldsSurvive();
    void saveIsAtomic();
    void fileModeIs0600();
    void damagedJsonReportsLineAndColumn();
    void newerVersionIsRefused();
    void otherFormatsAreRefused_data();
    void otherFormatsAreRefused();
    void missingFileIsAnIoError();

private:
    static Workspace sample();
};

Workspace TestWorkspaceFile::sample()
{
    Workspace ws;
    ws.organization = u"Contoso 株式会社"_s;
    ws.domains = {u"contoso.example"_s, u"contoso.test"_s};
    ws.domainSecure.send = {u"fabrikam.example"_s};
    ws.domainSecure.receive = {u"fabrikam.example"_s, u"woodgrove.example"_s};
    ws.trustedRoots = {QByteArray("\x30\x82\x01\x00root", 8)};
    ws.passphraseVerifier = u"$scrypt$n=16384$abc$def"_s;

    Server server;
    server.name = u"EDGE01"_s;
    server.fqdn = u"mail.contoso.example"_s;
    CertificateEntry cert;
    cert.certificateDer = QByteArray("\x30\x82\x02\x00leaf", 8);
    cert.chainDer = {QByteArray("inter"), QByteArray("root")};
    cert.privateKey = QByteArray("key-bytes");
    cert.keyEncrypted = true;
    cert.exportable = true;
    cert.friendlyName = u"Domain security"_s;
    cert.services = Service::SMTP | Service::IIS;
    cert.internalOnly = false;
    cert.thumbprint = u"78E1BE82F683EE6D8CB9B9266FC1185AE0890C41"_s;
    cert.sha256 = QString(64, QLatin1Char('A'));
    cert.subject = u"CN=mail.contoso.example,O=Contoso"_s;
    cert.issuer = u"CN=Contoso Demo CA"_s;
    cert.domains = {u"mail.contoso.example"_s, u"contoso.example"_s};
    cert.serialNumber = u"01AB"_s;
    cert.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    cert.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    cert.selfSigned = false;
    cert.keyDescription = u"RSA 2048"_s;
    cert.extendedKeyUsages = {u"serverAuth"_s, u"clientAuth"_s};
    server.certificates << cert;
    PendingRequest request;
    request.thumbprint = u"0123456789ABCDEF0123456789ABCDEF01234567"_s;
    request.csrDer = QByteArray("csr");
    request.privateKey = QByteArray("pending-key");
    request.exportable = true;
    request.friendlyName = u"Renewal"_s;
    request.subject = u"CN=mail.contoso.example"_s;
    request.domains = {u"mail.contoso.example"_s};
    request.keySpec = u"ec:p256"_s;
    request.spkiSha256 = QByteArray(32, '\x11');
    request.created = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    server.pendingRequests << request;
    ReceiveConnector receive;
    receive.name = u"From Fabrikam"_s;
    server.receiveConnectors << receive;
    ws.servers << server;
    SendConnector send;
    send.name = u"To Fabrikam"_s;
    ws.sendConnectors << send;
    return ws;
}

void TestWorkspaceFile::roundTripKeepsEveryField()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.dsw"_s);
    const Workspace original = sample();
    QVERIFY2(WorkspaceFile::save(original, path).ok(), "save failed");
    auto loaded = WorkspaceFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->organization, original.organization);
    QCOMPARE(loaded->servers.at(0).certificates.at(0), original.servers.at(0).certificates.at(0));
    QCOMPARE(loaded->servers.at(0).pendingRequests.at(0), original.servers.at(0).pendingRequests.at(0));
    QVERIFY(loaded.value() == original);
    // Saving what was loaded gives the same bytes.
    QCOMPARE(WorkspaceFile::serialize(loaded.value()), WorkspaceFile::serialize(original));
}

void TestWorkspaceFile::unknownFieldsSurvive()
{
    QJsonObject root = QJsonDocument::fromJson(WorkspaceFile::serialize(sample())).object();
    root[u"futureTopLevel"_s] = u"kept"_s;
    QJsonObject server = root[u"servers"_s].toArray().at(0).toObject();
    server[u"futureServerField"_s] = 42;
    QJsonObject cert = server[u"certificates"_s].toArray().at(0).toObject();
    cert[u"futureCertField"_s] = QJsonObject{{u"a"_s, true}};
    server[u"certificates"_s] = QJsonArray{cert};
    root[u"servers"_s] = QJsonArray{server};

    auto loaded = WorkspaceFile::parse(QJsonDocument(root).toJson(), u"test"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    const QJsonObject again = QJsonDocument::fromJson(WorkspaceFile::serialize(loaded.value())).object();
    QCOMPARE(again[u"futureTopLevel"_s].toString(), u"kept"_s);
    const QJsonObject againServer = again[u"servers"_s].toArray().at(0).toObject();
    QCOMPARE(againServer[u"futureServerField"_s].toInt(), 42);
    QCOMPARE(
        againServer[u"certificates"_s].toArray().at(0).toObject()[u"futureCertField"_s].toObject()[u"a"_s],
        QJsonValue(true));
}

void TestWorkspaceFile::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.dsw"_s);
    QVERIFY(WorkspaceFile::save(sample(), path).ok());
    const QByteArray before = TestSupport::readFile(path);

    // Make every write past 64 bytes fail (EFBIG), as a full disk would; this works as root too.
    Workspace changed = sample();
    changed.organization = u"Changed"_s;
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = old;
    tiny.rlim_cur = 64;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    const Status status = WorkspaceFile::save(changed, path);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);

    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Io);
    QVERIFY(status.errorMessage().contains(path));
    QCOMPARE(TestSupport::readFile(path), before);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"ws.dsw"_s});
}

void TestWorkspaceFile::fileModeIs0600()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.dsw"_s);
    QVERIFY(WorkspaceFile::save(sample(), path).ok());
    struct stat info
    {
    };
    QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, 0600u);
    // Overwriting a file that was world-readable tightens it too.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QVERIFY(WorkspaceFile::save(sample(), path).ok());
    QCOMPARE(stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, 0600u);
}

void TestWorkspaceFile::damagedJsonReportsLineAndColumn()
{
    QByteArray data = WorkspaceFile::serialize(sample());
    // Break the third line: a missing colon there.
    QList<QByteArray> lines = data.split('\n');
    QVERIFY(lines.size() > 5);
    lines[2] = "        \"receive\" [";
    data = lines.join('\n');
    auto loaded = WorkspaceFile::parse(data, u"broken.dsw"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::BadInput);
    QVERIFY2(loaded.errorMessage().startsWith(u"broken.dsw:3:"_s), qPrintable(loaded.errorMessage()));

    QVERIFY(!WorkspaceFile::parse("", u"empty.dsw"_s).ok());
    QVERIFY(WorkspaceFile::parse("", u"empty.dsw"_s).errorMessage().contains(u"empty"_s));
}

void TestWorkspaceFile::newerVersionIsRefused()
{
    QJsonObject root = QJsonDocument::fromJson(WorkspaceFile::serialize(sample())).object();
    root[u"version"_s] = WorkspaceFile::kCurrentVersion + 1;
    auto loaded = WorkspaceFile::parse(QJsonDocument(root).toJson(), u"new.dsw"_s);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorMessage().contains(u"newer"_s), qPrintable(loaded.errorMessage()));
}

void TestWorkspaceFile::otherFormatsAreRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("other format") << QByteArray(R"({"format":"other","version":1})");
    QTest::newRow("no version") << QByteArray(R"({"format":"domainsecure-workspace"})");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
    QTest::newRow("server without name")
        << QByteArray(R"({"format":"domainsecure-workspace","version":1,"servers":[{"fqdn":"x.example"}]})");
}

void TestWorkspaceFile::otherFormatsAreRefused()
{
    QFETCH(QByteArray, data);
    auto loaded = WorkspaceFile::parse(data, u"x.dsw"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::BadInput);
    QVERIFY(loaded.errorMessage().startsWith(u"x.dsw"_s));
}

void TestWorkspaceFile::missingFileIsAnIoError()
{
    auto loaded = WorkspaceFile::load(u"/nonexistent/ws.dsw"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::Io);
    QVERIFY(loaded.errorMessage().contains(u"/nonexistent/ws.dsw"_s));
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
