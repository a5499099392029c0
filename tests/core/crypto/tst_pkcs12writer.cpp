#include "crypto/certificateauthority.h"
#include "crypto/certificateimporter.h"
#include "crypto/pkcs12writer.h"
#include "cryptotesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

using CryptoTest::openssl;

class TestPkcs12Writer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensslShowsAlgorithm_data();
    void opensslShowsAlgorithm();
    void opensslExtractsKeyAndChain();
    void readsBackThroughImporter_data();
    void readsBackThroughImporter();
    void refusesWrongKeyAndEmptyPassword();

private:
    QByteArray write(Pkcs12Writer::Algorithm algorithm);
    QString info(const QByteArray& pfx, bool legacyOption = false);

    QTemporaryDir m_dir;
    CertificateAuthority m_root;
    Certificate m_leaf;
    PrivateKey m_key;
};

void TestPkcs12Writer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestSupport::writeFile(m_dir.filePath(u"pass"_s), "pfx pässword\n"));
    auto rootKey = PrivateKey::generate(KeySpec::ecP256());
    auto key = PrivateKey::generate(KeySpec::rsa(2048));
    QVERIFY(rootKey.ok() && key.ok());
    auto root = CertificateAuthority::makeRoot(DistinguishedName::parse(u"CN=PFX Root,C=JP"_s).value(),
                                               rootKey.value());
    QVERIFY(root.ok());
    m_root = root.value();
    m_key = key.value();
    auto leaf = m_root.issue(m_key.spkiDer(), DistinguishedName::parse(u"CN=mail.contoso.example"_s).value(),
                             {u"mail.contoso.example"_s}, {});
    QVERIFY(leaf.ok());
    m_leaf = leaf.value();
}

QByteArray TestPkcs12Writer::write(Pkcs12Writer::Algorithm algorithm)
{
    auto pfx = Pkcs12Writer::write(m_key, m_leaf, {m_root.certificate()}, u"pfx pässword"_s,
                                   u"Contoso Edge"_s, algorithm);
    if (!pfx.ok())
        qWarning() << pfx.errorMessage();
    return pfx.ok() ? pfx.value() : QByteArray();
}

QString TestPkcs12Writer::info(const QByteArray& pfx, bool legacyOption)
{
    QStringList arguments{u"pkcs12"_s, u"-info"_s, u"-noout"_s, u"-passin"_s,
                          u"file:"_s + m_dir.filePath(u"pass"_s)};
    if (legacyOption)
        arguments << u"-legacy"_s;
    const auto result = openssl(arguments, pfx);
    if (result.exitCode != 0)
        qWarning() << result.err;
    return result.exitCode == 0 ? QString::fromUtf8(result.err + result.out) : QString();
}

void TestPkcs12Writer::opensslShowsAlgorithm_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("modern") << false
                            << QStringList{u"MAC: sha256"_s, u"PBES2, PBKDF2, AES-256-CBC"_s,
                                           u"hmacWithSHA256"_s, u"Iteration 2048"_s};
    QTest::newRow("legacy") << true
                            << QStringList{u"MAC: sha1"_s, u"pbeWithSHA1And3-KeyTripleDES-CBC"_s,
                                           u"Iteration 2048"_s};
}

void TestPkcs12Writer::opensslShowsAlgorithm()
{
    QFETCH(bool, legacy);
    QFETCH(QStringList, expected);
    const QByteArray pfx = write(legacy ? Pkcs12Writer::Algorithm::Legacy : Pkcs12Writer::Algorithm::Modern);
    QVERIFY(!pfx.isEmpty());
    const QString text = info(pfx);
    QVERIFY2(!text.isEmpty(), "openssl pkcs12 -info failed");
    for (const QString& line : expected)
        QVERIFY2(text.contains(line), qPrintable(text));
    // Neither file needs anything from the legacy provider (no RC2/RC4), and the legacy file
    // has no PBES2 part that Windows Server 2003/2008 cannot read.
    QVERIFY2(!text.contains(u"RC2"_s), qPrintable(text));
    if (legacy)
        QVERIFY2(!text.contains(u"PBES2"_s), qPrintable(text));
    else
        QVERIFY2(!text.contains(u"TripleDES"_s), qPrintable(text));
}

void TestPkcs12Writer::opensslExtractsKeyAndChain()
{
    const QByteArray pfx = write(Pkcs12Writer::Algorithm::Modern);
    const QString pass = u"file:"_s + m_dir.filePath(u"pass"_s);
    const auto key = openssl({u"pkcs12"_s, u"-nocerts"_s, u"-nodes"_s, u"-passin"_s, pass}, pfx);
    QCOMPARE(key.exitCode, 0);
    QVERIFY(key.out.contains("friendlyName: Contoso Edge"));
    const auto pub = openssl({u"pkey"_s, u"-pubout"_s, u"-outform"_s, u"DER"_s}, key.out);
    QCOMPARE(pub.exitCode, 0);
    QCOMPARE(pub.out, m_key.spkiDer());
    const auto client = openssl({u"pkcs12"_s, u"-clcerts"_s, u"-nokeys"_s, u"-passin"_s, pass}, pfx);
    QVERIFY(client.out.contains(m_leaf.toPem()));
    const auto ca = openssl({u"pkcs12"_s, u"-cacerts"_s, u"-nokeys"_s, u"-passin"_s, pass}, pfx);
    QVERIFY(ca.out.contains(m_root.certificate().toPem()));
}

void TestPkcs12Writer::readsBackThroughImporter_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("modern") << false;
    QTest::newRow("legacy") << true;
}

void TestPkcs12Writer::readsBackThroughImporter()
{
    QFETCH(bool, legacy);
    const QByteArray pfx = write(legacy ? Pkcs12Writer::Algorithm::Legacy : Pkcs12Writer::Algorithm::Modern);
    auto bundle = CertificateImporter::importData(pfx, u"out.pfx"_s, u"pfx pässword"_s);
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    QCOMPARE(bundle->certificates.size(), 2);
    QVERIFY(bundle->certificates.at(0) == m_leaf);
    QVERIFY(bundle->certificates.at(1) == m_root.certificate());
    QCOMPARE(bundle->key.toPkcs8Der(), m_key.toPkcs8Der());
    QCOMPARE(bundle->friendlyName, u"Contoso Edge"_s);
    QVERIFY(!bundle->legacyPkcs12); // 3DES is in OpenSSL's default provider
    auto wrong = CertificateImporter::importData(pfx, u"out.pfx"_s, u"other"_s);
    QVERIFY(!wrong.ok());
}

void TestPkcs12Writer::refusesWrongKeyAndEmptyPassword()
{
    auto other = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(other.ok());
    auto wrongKey = Pkcs12Writer::write(other.value(), m_leaf, {}, u"pw"_s);
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.error().code, ErrorCode::BadInput);
    auto noPassword = Pkcs12Writer::write(m_key, m_leaf, {}, QString());
    QVERIFY(!noPassword.ok());
    QCOMPARE(noPassword.error().code, ErrorCode::Usage);
    auto noCertificate = Pkcs12Writer::write(m_key, Certificate(), {}, u"pw"_s);
    QVERIFY(!noCertificate.ok());
}

QTEST_GUILESS_MAIN(TestPkcs12Writer)
#include "tst_pkcs12writer.moc"
