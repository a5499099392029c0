#include "crypto/certificate.h"
#include "model/partnercertificate.h"
#include "model/workspace.h"
#include "partnerpki.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// A partner certificate in the workspace: the pin is the public key's SHA-256 as the openssl CLI
// computes it, it survives a renewal with the same key, and the workspace file keeps it (and
// fields it does not know) without believing the stored summary.
class TestPartnerCertificate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pinIsOpensslPublicKeyDigest();
    void renewalWithSameKeyKeepsPin();
    void postfixFingerprintForm();
    void parsePin_data();
    void parsePin();
    void carriesDomain();
    void workspaceRoundTrip();
    void storedSummaryIsNotBelieved();
    void badEntriesAreErrorsWithPath_data();
    void badEntriesAreErrorsWithPath();
    void issuingRoots();

private:
    static Certificate load(const QString& file);
    QTemporaryDir m_dir;
};

Certificate TestPartnerCertificate::load(const QString& file)
{
    auto certificate = Certificate::fromPem(TestSupport::readFile(file));
    return certificate.ok() ? certificate.value() : Certificate();
}

void TestPartnerCertificate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.path();
    QVERIFY(PartnerPki::makeCa(dir, u"ca"_s, u"Partner Root"_s));
    QVERIFY(PartnerPki::makeCa(dir, u"other-ca"_s, u"Other Root"_s));
    QVERIFY(PartnerPki::makeLeaf(dir, u"ca"_s, u"mx"_s, {u"mx.b.example"_s, u"b.example"_s}));
    QVERIFY(PartnerPki::makeLeaf(dir, u"ca"_s, u"renewed"_s, {u"mx.b.example"_s, u"b.example"_s}, 700,
                                 dir + u"/mx.key"_s));
    QVERIFY(PartnerPki::makeLeaf(dir, u"ca"_s, u"hostonly"_s, {u"mx.b.example"_s, u"*.b.example"_s}));
}

void TestPartnerCertificate::pinIsOpensslPublicKeyDigest()
{
    const QString file = m_dir.filePath(u"mx.pem"_s);
    const QString expected = PartnerPki::opensslPublicKeyPin(file);
    QCOMPARE(expected.size(), 64);
    const PartnerCertificate entry =
        PartnerCertificate::fromCertificate(SmtpDomain::parse(u"b.example"_s).value(), load(file));
    QCOMPARE(entry.pin, expected);
    QVERIFY(entry.pin != entry.sha256); // the key's digest, not the certificate's
    QCOMPARE(entry.names, (QStringList{u"mx.b.example"_s, u"b.example"_s}));
    QVERIFY(entry.notAfter.isValid());
}

void TestPartnerCertificate::renewalWithSameKeyKeepsPin()
{
    const auto domain = SmtpDomain::parse(u"b.example"_s).value();
    const auto first = PartnerCertificate::fromCertificate(domain, load(m_dir.filePath(u"mx.pem"_s)));
    const auto renewed = PartnerCertificate::fromCertificate(domain, load(m_dir.filePath(u"renewed.pem"_s)));
    QVERIFY(first.sha256 != renewed.sha256);
    QCOMPARE(renewed.pin, first.pin);
    QCOMPARE(renewed.pin, PartnerPki::opensslPublicKeyPin(m_dir.filePath(u"renewed.pem"_s)));
}

void TestPartnerCertificate::postfixFingerprintForm()
{
    const QString file = m_dir.filePath(u"mx.pem"_s);
    const auto entry =
        PartnerCertificate::fromCertificate(SmtpDomain::parse(u"b.example"_s).value(), load(file));
    // openssl dgst -sha256 -c prints the form Postfix looks up (lowercase): uppercased here.
    const auto pubkey = TestSupport::openssl({u"x509"_s, u"-pubkey"_s, u"-noout"_s, u"-in"_s, file});
    const auto der = TestSupport::openssl({u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"DER"_s}, pubkey.out);
    const auto digest = TestSupport::openssl({u"dgst"_s, u"-sha256"_s, u"-c"_s}, der.out);
    QCOMPARE(digest.exitCode, 0);
    const QString colons = QString::fromLatin1(digest.out).section(u'=', 1).trimmed().toUpper();
    QCOMPARE(PartnerCertificate::postfixFingerprint(entry.pin), colons);
}

void TestPartnerCertificate::parsePin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    const QString hex = u"0123456789abcdef"_s.repeated(4);
    QTest::newRow("plain lowercase") << hex << true;
    QTest::newRow("uppercase") << hex.toUpper() << true;
    QTest::newRow("colons") << PartnerCertificate::postfixFingerprint(hex.toUpper()) << true;
    QTest::newRow("short") << hex.left(62) << false;
    QTest::newRow("not hex") << hex.left(63) + u'g' << false;
    QTest::newRow("newline injection") << hex.left(32) + u"\nX OK"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPartnerCertificate::parsePin()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    auto pin = PartnerCertificate::parsePin(text);
    QCOMPARE(pin.ok(), ok);
    if (ok)
        QCOMPARE(pin.value(), u"0123456789ABCDEF"_s.repeated(4));
}

void TestPartnerCertificate::carriesDomain()
{
    const auto domain = SmtpDomain::parse(u"b.example"_s).value();
    QVERIFY(PartnerCertificate::fromCertificate(domain, load(m_dir.filePath(u"mx.pem"_s))).carriesDomain());
    // A wildcard stands for a subdomain, never for b.example itself.
    QVERIFY(!PartnerCertificate::fromCertificate(domain, load(m_dir.filePath(u"hostonly.pem"_s)))
                 .carriesDomain());
    const auto other = SmtpDomain::parse(u"c.example"_s).value();
    QVERIFY(!PartnerCertificate::fromCertificate(other, load(m_dir.filePath(u"mx.pem"_s))).carriesDomain());
}

void TestPartnerCertificate::workspaceRoundTrip()
{
    Workspace ws;
    ws.organization = u"Contoso"_s;
    auto entry = PartnerCertificate::fromCertificate(SmtpDomain::parse(u"b.example"_s).value(),
                                                     load(m_dir.filePath(u"mx.pem"_s)));
    entry.unknown.insert(u"futureField"_s, 42);
    ws.partnerCertificates << entry;
    QJsonObject json = ws.toJson();
    QCOMPARE(json.value(u"partnerCertificates"_s).toArray().size(), 1);
    auto back = Workspace::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->partnerCertificates, ws.partnerCertificates);
    QCOMPARE(back->partnerCertificates.first().unknown.value(u"futureField"_s).toInt(), 42);
    QCOMPARE(back->pinsOf(u"B.EXAMPLE"_s), QStringList{entry.pin});
    // Without pins the member is not written, so older files read as before.
    QVERIFY(!Workspace{}.toJson().contains(u"partnerCertificates"_s));
}

void TestPartnerCertificate::storedSummaryIsNotBelieved()
{
    Workspace ws;
    const auto entry = PartnerCertificate::fromCertificate(SmtpDomain::parse(u"b.example"_s).value(),
                                                           load(m_dir.filePath(u"mx.pem"_s)));
    ws.partnerCertificates << entry;
    QJsonObject json = ws.toJson();
    QJsonArray array = json.value(u"partnerCertificates"_s).toArray();
    QJsonObject stored = array.first().toObject();
    stored[u"pin"_s] = u"AB"_s.repeated(32);
    stored[u"notAfter"_s] = u"2099-01-01T00:00:00Z"_s;
    array[0] = stored;
    json[u"partnerCertificates"_s] = array;
    auto back = Workspace::fromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back->partnerCertificates.first().pin, entry.pin);
    QCOMPARE(back->partnerCertificates.first().notAfter, entry.notAfter);
}

void TestPartnerCertificate::badEntriesAreErrorsWithPath_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    const QString der = QString::fromLatin1(TestSupport::readFile(m_dir.filePath(u"mx.pem"_s)));
    auto certificate = Certificate::fromPem(der.toLatin1());
    const QString base64 = QString::fromLatin1(certificate->toDer().toBase64());
    QTest::newRow("not an array") << QJsonValue(u"x"_s) << u"partnerCertificates:"_s;
    QTest::newRow("not an object") << QJsonValue(QJsonArray{1}) << u"partnerCertificates[0]:"_s;
    QTest::newRow("bad domain") << QJsonValue(QJsonArray{QJsonObject{{u"domain"_s, u"*.b.example"_s},
                                                                     {u"certificate"_s, base64}}})
                                << u"partnerCertificates[0].domain:"_s;
    QTest::newRow("no certificate") << QJsonValue(QJsonArray{QJsonObject{{u"domain"_s, u"b.example"_s}}})
                                    << u"partnerCertificates[0].certificate:"_s;
    QTest::newRow("not base64") << QJsonValue(QJsonArray{QJsonObject{{u"domain"_s, u"b.example"_s},
                                                                     {u"certificate"_s, u"@@"_s}}})
                                << u"partnerCertificates[0].certificate:"_s;
    QTest::newRow("not DER") << QJsonValue(QJsonArray{QJsonObject{{u"domain"_s, u"b.example"_s},
                                                                  {u"certificate"_s, u"AAAA"_s}}})
                             << u"partnerCertificates[0].certificate:"_s;
    QTest::newRow("names wrong type")
        << QJsonValue(QJsonArray{
               QJsonObject{{u"domain"_s, u"b.example"_s}, {u"certificate"_s, base64}, {u"names"_s, 3}}})
        << u"partnerCertificates[0].names:"_s;
}

void TestPartnerCertificate::badEntriesAreErrorsWithPath()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QJsonObject json = Workspace{}.toJson();
    json[u"partnerCertificates"_s] = value;
    auto back = Workspace::fromJson(json);
    QVERIFY(!back.ok());
    QVERIFY2(back.errorMessage().startsWith(path), qPrintable(back.errorMessage()));
}

void TestPartnerCertificate::issuingRoots()
{
    const QByteArray root = load(m_dir.filePath(u"ca.pem"_s)).toDer();
    const QByteArray other = load(m_dir.filePath(u"other-ca.pem"_s)).toDer();
    const auto entry = PartnerCertificate::fromCertificate(SmtpDomain::parse(u"b.example"_s).value(),
                                                           load(m_dir.filePath(u"mx.pem"_s)));
    QCOMPARE(PartnerCertificate::issuingRoots({other, root}, {entry}), QList<QByteArray>{root});
    QVERIFY(PartnerCertificate::issuingRoots({other}, {entry}).isEmpty());
}

QTEST_GUILESS_MAIN(TestPartnerCertificate)
#include "tst_partnercertificate.moc"
