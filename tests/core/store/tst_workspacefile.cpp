#include "crypto/certificaterequest.h"
#include "crypto/distinguishedname.h"
#include "crypto/privatekey.h"
#include "model/workspace.h"
#include "store/demoworkspace.h"
#include "store/workspacefile.h"
#include "testsupport.h"

#include <QCryptographicHash>
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

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void exchangeOnlineRoundTrips();
    void unknownFieldsSurvive();
    void saveIsAtomic();
    void fileModeIs0600();
    void damagedJsonReportsLineAndColumn();
    void newerVersionIsRefused();
    void otherFormatsAreRefused_data();
    void otherFormatsAreRefused();
    void missingFileIsAnIoError();
    void wrongTypesAreRefused_data();
    void wrongTypesAreRefused();
    void hostileValuesAreRefused_data();
    void hostileValuesAreRefused();
    void duplicateKeysAreRefused();
    void certificateSummaryComesFromTheDer();
    void nonRegularFilesAreRefused();

private:
    static Workspace sample();
};

Workspace TestWorkspaceFile::sample()
{
    // Real DER throughout: the loader derives the certificate and request summaries from it.
    auto demo = DemoWorkspace::create();
    Q_ASSERT(demo.ok());
    Workspace ws = demo.value();
    ws.organization = u"Contoso 株式会社"_s;
    ws.domains = {u"contoso.example"_s, u"contoso.test"_s};
    ws.domainSecure.send = {u"fabrikam.example"_s};
    ws.domainSecure.receive = {u"fabrikam.example"_s, u"woodgrove.example"_s};
    ws.passphraseVerifier = u"$scrypt$n=16384$abc$def"_s;
    ws.exchangeVersion = ExchangeVersion::Exchange2016;

    Server& server = ws.servers.first();
    CertificateEntry& cert = server.certificates.first();
    cert.privateKey = QByteArray("key-bytes");
    cert.keyEncrypted = true;
    cert.friendlyName = u"Domain security"_s;
    cert.services = Service::SMTP | Service::IIS;

    auto key = PrivateKey::generate(KeySpec::ecP256());
    auto subject = DistinguishedName::parse(u"CN=mail.contoso.example"_s);
    Q_ASSERT(key.ok() && subject.ok());
    auto csr = CertificateRequest::create(subject.value(), {u"mail.contoso.example"_s}, key.value());
    Q_ASSERT(csr.ok());
    PendingRequest request;
    request.thumbprint = QString::fromLatin1(
        QCryptographicHash::hash(key->spkiDer(), QCryptographicHash::Sha1).toHex().toUpper());
    request.csrDer = csr->toDer();
    request.privateKey = QByteArray("pending-key");
    request.exportable = true;
    request.friendlyName = u"Renewal"_s;
    request.subject = csr->subject();
    request.domains = csr->names();
    request.keySpec = u"ec:p256"_s;
    request.spkiSha256 = key->spkiSha256();
    request.created = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    server.pendingRequests << request;
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

// The organization on Exchange Online: "exchangeVersion": "online", read back as ExchangeOnline;
// an unknown release is refused with the values it may take.
void TestWorkspaceFile::exchangeOnlineRoundTrips()
{
    Workspace ws;
    ws.organization = u"Contoso"_s;
    ws.exchangeVersion = ExchangeVersion::ExchangeOnline;
    const QJsonObject json = ws.toJson();
    QCOMPARE(json[u"exchangeVersion"_s].toString(), u"online"_s);
    const auto back = Workspace::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->exchangeVersion, ExchangeVersion::ExchangeOnline);
    QJsonObject bad = json;
    bad[u"exchangeVersion"_s] = u"cloud"_s;
    const auto refused = Workspace::fromJson(bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"2016 or online"_s), qPrintable(refused.errorMessage()));
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

// Replaces the value at a path such as "sendConnectors/0/domainSecureEnabled" in the sample.
static QJsonValue replaced(const QJsonValue& value, QStringList path, const QJsonValue& with)
{
    if (path.isEmpty())
        return with;
    const QString step = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        array[step.toInt()] = replaced(array.at(step.toInt()), path, with);
        return array;
    }
    QJsonObject object = value.toObject();
    object[step] = replaced(object.value(step), path, with);
    return object;
}

void TestWorkspaceFile::wrongTypesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bool as string") << u"sendConnectors/0/domainSecureEnabled"_s << QJsonValue(u"true"_s)
                                    << u"sendConnectors[0].domainSecureEnabled: expected true or false"_s;
    QTest::newRow("servers number") << u"servers"_s << QJsonValue(5) << u"servers: expected an array"_s;
    QTest::newRow("exchange version number")
        << u"exchangeVersion"_s << QJsonValue(2016) << u"exchangeVersion: expected a string"_s;
    QTest::newRow("private key number") << u"servers/0/certificates/0/privateKey"_s << QJsonValue(12)
                                        << u"servers[0].certificates[0].privateKey: expected base64"_s;
    QTest::newRow("huge number")
        << u"servers/0/receiveConnectors/0/maxRecipientsPerMessage"_s << QJsonValue(1e300)
        << u"servers[0].receiveConnectors[0].maxRecipientsPerMessage: expected a whole"_s;
    QTest::newRow("fraction") << u"sendConnectors/0/port"_s << QJsonValue(25.5)
                              << u"sendConnectors[0].port: expected a whole"_s;
    QTest::newRow("garbage root") << u"trustedRoots"_s << QJsonValue(QJsonArray{u"bm90IGEgY2VydA=="_s})
                                  << u"trustedRoots[0]:"_s;
    QTest::newRow("root not base64") << u"trustedRoots"_s << QJsonValue(QJsonArray{u"!!"_s})
                                     << u"trustedRoots[0]: expected base64"_s;
    QTest::newRow("domains object") << u"domainSecure/send"_s << QJsonValue(QJsonObject{})
                                    << u"domainSecure.send: expected an array"_s;
    QTest::newRow("organization number")
        << u"organization"_s << QJsonValue(1) << u"organization: expected a string"_s;
}

void TestWorkspaceFile::wrongTypesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonValue root = QJsonDocument::fromJson(WorkspaceFile::serialize(sample())).object();
    const QJsonObject changed = replaced(root, path.split(u'/'), value).toObject();
    auto loaded = WorkspaceFile::parse(QJsonDocument(changed).toJson(), u"t.dsw"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::BadInput);
    QVERIFY2(loaded.errorMessage().startsWith(u"t.dsw: "_s + expected), qPrintable(loaded.errorMessage()));
}

void TestWorkspaceFile::hostileValuesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown exchange version")
        << u"exchangeVersion"_s << QJsonValue(u"2003"_s) << u"exchangeVersion"_s;
    QTest::newRow("server name traversal")
        << u"servers/0/name"_s << QJsonValue(u"../../../tmp/x"_s) << u"servers[0].name"_s;
    QTest::newRow("server fqdn CRLF")
        << u"servers/0/fqdn"_s << QJsonValue(u"mail.contoso.example\r\nMAIL FROM:<a@b.example>"_s)
        << u"servers[0].fqdn"_s;
    QTest::newRow("connector name") << u"servers/0/receiveConnectors/0/name"_s << QJsonValue(u"a\\b"_s)
                                    << u"servers[0].receiveConnectors[0].name"_s;
    QTest::newRow("banner LF") << u"servers/0/receiveConnectors/0/banner"_s
                               << QJsonValue(u"220 ok\nsmtpd_tls_security_level = none"_s)
                               << u"servers[0].receiveConnectors[0].banner"_s;
    QTest::newRow("ip range") << u"servers/0/receiveConnectors/0/remoteIPRanges"_s
                              << QJsonValue(QJsonArray{u"10.0.0.300"_s})
                              << u"servers[0].receiveConnectors[0].remoteIPRanges[0]"_s;
    QTest::newRow("accepted domain") << u"domains"_s << QJsonValue(QJsonArray{u"a b.example"_s})
                                     << u"domains[0]"_s;
    QTest::newRow("list entry LF") << u"domainSecure/send"_s
                                   << QJsonValue(QJsonArray{u"fabrikam.example\n"_s})
                                   << u"domainSecure.send[0]"_s;
    QTest::newRow("source server") << u"sendConnectors/0/sourceTransportServers"_s
                                   << QJsonValue(QJsonArray{u"../EDGE"_s})
                                   << u"sendConnectors[0].sourceTransportServers[0]"_s;
    QTest::newRow("certificate DER") << u"servers/0/certificates/0/certificate"_s << QJsonValue(u"MIIBAA=="_s)
                                     << u"servers[0].certificates[0].certificate"_s;
}

void TestWorkspaceFile::hostileValuesAreRefused()
{
    wrongTypesAreRefused();
}

void TestWorkspaceFile::duplicateKeysAreRefused()
{
    const QByteArray good = WorkspaceFile::serialize(sample());
    QVERIFY(WorkspaceFile::parse(good, u"d.dsw"_s).ok());
    // A second "domainSecureEnabled" later in the same connector object.
    QByteArray data = good;
    const qsizetype at = data.indexOf("\"domainSecureEnabled\"");
    QVERIFY(at > 0);
    data.insert(at, "\"domainSecureEnabled\": false, ");
    auto loaded = WorkspaceFile::parse(data, u"d.dsw"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::BadInput);
    QVERIFY2(loaded.errorMessage().contains(u"appears twice"_s), qPrintable(loaded.errorMessage()));
    // The same key in different objects, and an escaped spelling of a key, are told apart right.
    data = good;
    data.insert(data.indexOf("\"organization\""), "\"org\\u0061nization\": \"x\", ");
    QVERIFY(!WorkspaceFile::parse(data, u"d.dsw"_s).ok());
}

void TestWorkspaceFile::certificateSummaryComesFromTheDer()
{
    const Workspace original = sample();
    QJsonObject root = QJsonDocument::fromJson(WorkspaceFile::serialize(original)).object();
    QJsonValue changed = replaced(root, {u"servers"_s, u"0"_s, u"certificates"_s, u"0"_s, u"thumbprint"_s},
                                  u"0000000000000000000000000000000000000000"_s);
    changed = replaced(changed, {u"servers"_s, u"0"_s, u"certificates"_s, u"0"_s, u"notAfter"_s},
                       u"2099-01-01T00:00:00Z"_s);
    changed = replaced(changed, {u"servers"_s, u"0"_s, u"pendingRequests"_s, u"0"_s, u"subject"_s},
                       u"CN=evil.example"_s);
    auto loaded = WorkspaceFile::parse(QJsonDocument(changed.toObject()).toJson(), u"s.dsw"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->servers.at(0).certificates.at(0).thumbprint,
             original.servers.at(0).certificates.at(0).thumbprint);
    QCOMPARE(loaded->servers.at(0).certificates.at(0).notAfter,
             original.servers.at(0).certificates.at(0).notAfter);
    QCOMPARE(loaded->servers.at(0).pendingRequests.at(0).subject, u"CN=mail.contoso.example"_s);
}

void TestWorkspaceFile::nonRegularFilesAreRefused()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo.dsw"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& path : {u"/dev/zero"_s, fifo, dir.path()}) {
        auto loaded = WorkspaceFile::load(path); // would block on the FIFO or grow on /dev/zero
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::BadInput);
        QVERIFY2(loaded.errorMessage().contains(u"not a regular file"_s), qPrintable(loaded.errorMessage()));
    }
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
