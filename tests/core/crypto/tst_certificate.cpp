#include "crypto/certificate.h"
#include "crypto/certificateauthority.h"
#include "cryptotesthelpers.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CryptoTest::openssl;
using CryptoTest::path;

class TestCertificate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identityMatchesOpenssl();
    void fieldsMatchOpenssl();
    void selfSignedAndCa();
    void derAndPemRoundTrip();
    void badData();
    void toEntrySummary();
    void textDump();

private:
    QTemporaryDir m_dir;
    Certificate m_leaf;
    Certificate m_ca;
};

void TestCertificate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(CryptoTest::makeOpensslCa(m_dir));
    QVERIFY(CryptoTest::makeOpensslLeaf(m_dir, u"leaf"_s, u"mail.fabrikam.example"_s));
    auto leaf = Certificate::fromPem(TestSupport::readFile(path(m_dir, u"leaf.pem"_s)));
    QVERIFY2(leaf.ok(), qPrintable(leaf.errorMessage()));
    m_leaf = leaf.value();
    auto ca = Certificate::fromPem(TestSupport::readFile(path(m_dir, u"ca.pem"_s)));
    QVERIFY(ca.ok());
    m_ca = ca.value();
}

void TestCertificate::identityMatchesOpenssl()
{
    const QString sha1 = CryptoTest::opensslFingerprint(path(m_dir, u"leaf.pem"_s));
    QCOMPARE(sha1.size(), 40);
    QCOMPARE(m_leaf.thumbprint(), sha1);
    QVERIFY(QRegularExpression(u"^[0-9A-F]{40}$"_s).match(m_leaf.thumbprint()).hasMatch());
    QCOMPARE(m_leaf.sha256Fingerprint(),
             CryptoTest::opensslFingerprint(path(m_dir, u"leaf.pem"_s), u"-sha256"_s));
    QCOMPARE(m_leaf.sha256Fingerprint().size(), 64);
    const auto serial = openssl({u"x509"_s, u"-in"_s, path(m_dir, u"leaf.pem"_s), u"-noout"_s, u"-serial"_s});
    QCOMPARE(QString(u"serial="_s + m_leaf.serialNumber()), QString::fromUtf8(serial.out).trimmed());
    // The public key digest is the one of the key file.
    const auto spki =
        openssl({u"pkey"_s, u"-in"_s, path(m_dir, u"leaf.key"_s), u"-pubout"_s, u"-outform"_s, u"DER"_s});
    QCOMPARE(m_leaf.spkiDer(), spki.out);
}

void TestCertificate::fieldsMatchOpenssl()
{
    // openssl -subj "/CN=…/O=Test" puts CN first in ASN.1 order, so RFC 4514 prints it last.
    QCOMPARE(m_leaf.subject(), u"O=Test,CN=mail.fabrikam.example"_s);
    QCOMPARE(m_leaf.commonName(), u"mail.fabrikam.example"_s);
    QCOMPARE(m_leaf.issuer(), u"O=Test,CN=OpenSSL Test Root"_s);
    const auto printed = openssl({u"x509"_s, u"-in"_s, path(m_dir, u"leaf.pem"_s), u"-noout"_s, u"-subject"_s,
                                  u"-nameopt"_s, u"RFC2253"_s});
    QCOMPARE(QString::fromUtf8(printed.out).trimmed(), QString(u"subject="_s + m_leaf.subject()));
    QCOMPARE(m_leaf.dnsNames(), QStringList{u"mail.fabrikam.example"_s});
    QCOMPARE(m_leaf.extendedKeyUsages(), (QStringList{u"serverAuth"_s, u"clientAuth"_s}));
    QVERIFY(m_leaf.keyUsage().contains(u"digitalSignature"_s));
    QCOMPARE(m_leaf.keyDescription(), u"EC P-256"_s);
    QCOMPARE(m_leaf.signatureAlgorithm(), u"sha256WithRSAEncryption"_s);
    // Validity as openssl prints it (10 days).
    const auto dates = openssl({u"x509"_s, u"-in"_s, path(m_dir, u"leaf.pem"_s), u"-noout"_s, u"-enddate"_s,
                                u"-dateopt"_s, u"iso_8601"_s});
    QCOMPARE(dates.exitCode, 0);
    const QString end = QString::fromUtf8(dates.out).trimmed().section(u'=', 1);
    // Read as ISO 8601: a format string with Z would read "…Z" as local time in Qt 6.4.
    QCOMPARE(m_leaf.notAfter(), QDateTime::fromString(QString(end).replace(u' ', u'T'), Qt::ISODate));
    QCOMPARE(m_leaf.notBefore().daysTo(m_leaf.notAfter()), 10);
    QCOMPARE(m_leaf.notAfter().timeSpec(), Qt::UTC);
    QVERIFY(m_leaf.isValidAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(!m_leaf.isValidAt(m_leaf.notAfter().addSecs(1)));
    QVERIFY(!m_leaf.isValidAt(m_leaf.notBefore().addSecs(-1)));
}

void TestCertificate::selfSignedAndCa()
{
    QVERIFY(m_ca.isSelfSigned());
    QVERIFY(m_ca.isCa());
    QVERIFY(!m_leaf.isSelfSigned());
    QVERIFY(!m_leaf.isCa());
    QVERIFY(m_leaf.isSignedBy(m_ca));
    QVERIFY(!m_leaf.isSignedBy(m_leaf));
    QVERIFY(m_ca.isSignedBy(m_ca));
    // A certificate whose subject equals its issuer but signed by another key is not self-signed.
    auto key = PrivateKey::generate(KeySpec::ecP256());
    auto other = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(key.ok() && other.ok());
    auto name = DistinguishedName::parse(u"CN=same.example"_s);
    auto root = CertificateAuthority::makeRoot(name.value(), key.value());
    QVERIFY(root.ok());
    auto issued = root->issue(other->spkiDer(), name.value(), {u"same.example"_s}, {});
    QVERIFY(issued.ok());
    QCOMPARE(issued->subject(), issued->issuer());
    QVERIFY(!issued->isSelfSigned());
}

void TestCertificate::derAndPemRoundTrip()
{
    const auto der = openssl({u"x509"_s, u"-in"_s, path(m_dir, u"leaf.pem"_s), u"-outform"_s, u"DER"_s});
    QCOMPARE(m_leaf.toDer(), der.out);
    QCOMPARE(m_leaf.toPem(), TestSupport::readFile(path(m_dir, u"leaf.pem"_s)));
    auto fromDer = Certificate::fromDer(der.out);
    QVERIFY(fromDer.ok());
    QVERIFY(fromDer.value() == m_leaf);
    QCOMPARE(fromDer->thumbprint(), m_leaf.thumbprint());
}

void TestCertificate::badData()
{
    auto trailing = Certificate::fromDer(m_leaf.toDer() + "x");
    QVERIFY(!trailing.ok());
    QCOMPARE(trailing.error().code, ErrorCode::BadInput);
    auto truncated = Certificate::fromDer(m_leaf.toDer().chopped(10));
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().code, ErrorCode::BadInput);
    auto noPem = Certificate::fromPem("hello");
    QVERIFY(!noPem.ok());
    QCOMPARE(noPem.error().code, ErrorCode::BadInput);
    const Certificate null;
    QVERIFY(null.isNull());
    QVERIFY(null.dnsNames().isEmpty());
    QVERIFY(null.subject().isEmpty());
}

void TestCertificate::toEntrySummary()
{
    const CertificateEntry entry = m_leaf.toEntry();
    QCOMPARE(entry.certificateDer, m_leaf.toDer());
    QCOMPARE(entry.thumbprint, m_leaf.thumbprint());
    QCOMPARE(entry.sha256, m_leaf.sha256Fingerprint());
    QCOMPARE(entry.subject, m_leaf.subject());
    QCOMPARE(entry.issuer, m_leaf.issuer());
    QCOMPARE(entry.domains, m_leaf.dnsNames());
    QCOMPARE(entry.serialNumber, m_leaf.serialNumber());
    QCOMPARE(entry.notBefore, m_leaf.notBefore());
    QCOMPARE(entry.notAfter, m_leaf.notAfter());
    QCOMPARE(entry.keyDescription, u"EC P-256"_s);
    QCOMPARE(entry.extendedKeyUsages, (QStringList{u"serverAuth"_s, u"clientAuth"_s}));
    QVERIFY(!entry.selfSigned);
    QVERIFY(!entry.hasPrivateKey());
    QVERIFY(!entry.services);
    QVERIFY(m_ca.toEntry().selfSigned);
}

void TestCertificate::textDump()
{
    const QString text = m_leaf.textDump();
    QVERIFY2(text.contains(m_leaf.thumbprint()), qPrintable(text));
    QVERIFY2(text.contains(u"mail.fabrikam.example"_s), qPrintable(text));
    QVERIFY2(text.contains(m_leaf.sha256Fingerprint()), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
