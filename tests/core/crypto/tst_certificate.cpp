#include "crypto/certificate.h"
#include "crypto/certificateauthority.h"
#include "cryptotesthelpers.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

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
    void textDump();
    void fingerprintIsTheOneFormat();
    void keyAndIssuerFields();
    void v1RootActsAsCa();
    void compactedKeepsTheSummary();
    void matchesHost_data();
    void matchesHost();
    void hostNamesOnlyInCnWithoutSans();
    void matchesIpAddress();

private:
    // A self-signed certificate made by the openssl CLI with the given CN and, unless empty, the
    // subjectAltName extension value (e.g. "DNS:mx.b.example,IP:192.0.2.7").
    Certificate opensslCertificate(const QString& commonName, const QString& subjectAltName);

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

void TestCertificate::textDump()
{
    const QString text = m_leaf.textDump();
    QVERIFY2(text.contains(m_leaf.thumbprint()), qPrintable(text));
    QVERIFY2(text.contains(u"mail.fabrikam.example"_s), qPrintable(text));
    QVERIFY2(text.contains(m_leaf.sha256Fingerprint()), qPrintable(text));
}

void TestCertificate::fingerprintIsTheOneFormat()
{
    // Uppercase hex without separators: what `openssl x509 -fingerprint` prints, without the colons.
    const QString leafPem = path(m_dir, u"leaf.pem"_s);
    const QByteArray der = m_leaf.toDer();
    QCOMPARE(Certificate::fingerprint(der, Certificate::Digest::Sha1),
             CryptoTest::opensslFingerprint(leafPem));
    QCOMPARE(Certificate::fingerprint(der, Certificate::Digest::Sha256),
             CryptoTest::opensslFingerprint(leafPem, u"-sha256"_s));
    const auto printed =
        openssl({u"x509"_s, u"-in"_s, leafPem, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s});
    QCOMPARE(Certificate::fingerprint(der, Certificate::Digest::Sha256),
             QString::fromUtf8(printed.out).trimmed().section(u'=', 1).remove(u':'));
    QVERIFY(QRegularExpression(u"^[0-9A-F]{64}$"_s)
                .match(Certificate::fingerprint(der, Certificate::Digest::Sha256))
                .hasMatch());
    // thumbprint() and sha256Fingerprint() are the same text.
    QCOMPARE(m_leaf.thumbprint(), Certificate::fingerprint(der, Certificate::Digest::Sha1));
    QCOMPARE(m_leaf.sha256Fingerprint(), Certificate::fingerprint(der, Certificate::Digest::Sha256));
    // Any DER (a pending request's thumbprint is the SHA-1 of its public key's DER).
    const auto spkiSha1 = openssl({u"dgst"_s, u"-sha1"_s, u"-r"_s}, m_leaf.spkiDer());
    QCOMPARE(Certificate::fingerprint(m_leaf.spkiDer(), Certificate::Digest::Sha1),
             QString::fromUtf8(spkiSha1.out).section(u' ', 0, 0).toUpper());
    QVERIFY(Certificate::fingerprint({}, Certificate::Digest::Sha1).isEmpty());
}

Certificate TestCertificate::opensslCertificate(const QString& commonName, const QString& subjectAltName)
{
    const QString key = path(m_dir, u"names.key"_s);
    if (!QFile::exists(key)) {
        const auto made = openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                                   u"ec_paramgen_curve:P-256"_s, u"-out"_s, key});
        if (made.exitCode != 0)
            qWarning() << made.err;
    }
    QStringList arguments{u"req"_s,   u"-x509"_s, u"-key"_s,     key,     u"-subj"_s, u"/CN="_s + commonName,
                          u"-days"_s, u"2"_s,     u"-outform"_s, u"DER"_s};
    if (!subjectAltName.isEmpty())
        arguments << u"-addext"_s << u"subjectAltName="_s + subjectAltName;
    const auto result = openssl(arguments);
    if (result.exitCode != 0)
        qWarning() << result.err;
    auto certificate = Certificate::fromDer(result.out);
    return certificate.ok() ? certificate.value() : Certificate();
}

void TestCertificate::keyAndIssuerFields()
{
    // An RSA certificate made by the openssl CLI, read as the probe reads a server's certificate.
    const QString file = path(m_dir, u"rsa.der"_s);
    const auto made = openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                               path(m_dir, u"rsa.key"_s), u"-out"_s, file, u"-outform"_s, u"DER"_s,
                               u"-subj"_s, u"/O=B Org/CN=mx.b.example"_s, u"-days"_s, u"90"_s, u"-addext"_s,
                               u"subjectAltName=DNS:mx.b.example,DNS:b.example"_s, u"-addext"_s,
                               u"extendedKeyUsage=serverAuth,clientAuth"_s});
    QCOMPARE(made.exitCode, 0);
    auto read = Certificate::fromDer(TestSupport::readFile(file));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    const Certificate& rsa = read.value();
    auto field = [&file](const QString& option) {
        const auto r = openssl({u"x509"_s, u"-in"_s, file, u"-inform"_s, u"DER"_s, u"-noout"_s, u"-nameopt"_s,
                                u"RFC2253"_s, u"-dateopt"_s, u"iso_8601"_s, option});
        return QString::fromUtf8(r.out).trimmed().section(QLatin1Char('='), 1);
    };
    QCOMPARE(rsa.subject(), field(u"-subject"_s));
    QCOMPARE(rsa.issuer(), field(u"-issuer"_s));
    QCOMPARE(rsa.subject(), u"CN=mx.b.example,O=B Org"_s);
    QCOMPARE(rsa.commonName(), u"mx.b.example"_s);
    QCOMPARE(rsa.dnsNames(), (QStringList{u"mx.b.example"_s, u"b.example"_s}));
    QCOMPARE(rsa.extendedKeyUsages(), (QStringList{u"serverAuth"_s, u"clientAuth"_s}));
    QCOMPARE(rsa.serialNumber(), field(u"-serial"_s));
    // ISO form "2027-03-05 08:12:16Z"; a format string with Z would read it as local time in Qt 6.4.
    QCOMPARE(rsa.notAfter(), QDateTime::fromString(field(u"-enddate"_s).replace(u' ', u'T'), Qt::ISODate));
    QCOMPARE(rsa.keyType(), u"RSA"_s);
    QCOMPARE(rsa.keyBits(), 2048);
    QVERIFY(rsa.keyGroup().isEmpty());
    QVERIFY(rsa.isSelfIssued());
    QCOMPARE(rsa.sha256Fingerprint(), CryptoTest::opensslFingerprint(file, u"-sha256"_s));

    QCOMPARE(m_leaf.keyType(), u"EC"_s);
    QCOMPARE(m_leaf.keyBits(), 256);
    QCOMPARE(m_leaf.keyGroup(), u"prime256v1"_s);
    QVERIFY(!m_leaf.isSelfIssued());
    QVERIFY(!m_leaf.actsAsCa());
    QVERIFY(m_ca.isSelfIssued());
    QVERIFY(m_ca.actsAsCa());
    const Certificate null;
    QVERIFY(null.keyType().isEmpty());
    QCOMPARE(null.keyBits(), 0);
    QVERIFY(null.keyGroup().isEmpty());
    QVERIFY(!null.isSelfIssued());
    QVERIFY(!null.actsAsCa());
}

void TestCertificate::v1RootActsAsCa()
{
    // A version 1 self-signed certificate has no basicConstraints: not isCa(), but OpenSSL's
    // verifier accepts it as a root (X509_check_ca), which the probe reports.
    const auto request = openssl({u"req"_s, u"-new"_s, u"-key"_s, path(m_dir, u"ca.key"_s), u"-subj"_s,
                                  u"/CN=Version 1 Root"_s, u"-out"_s, path(m_dir, u"v1.csr"_s)});
    QCOMPARE(request.exitCode, 0);
    const auto signedV1 = openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(m_dir, u"v1.csr"_s), u"-signkey"_s,
                                   path(m_dir, u"ca.key"_s), u"-days"_s, u"5"_s, u"-outform"_s, u"DER"_s});
    QCOMPARE(signedV1.exitCode, 0);
    auto v1 = Certificate::fromDer(signedV1.out);
    QVERIFY2(v1.ok(), qPrintable(v1.errorMessage()));
    QVERIFY2(v1->textDump().startsWith(u"Version: 1\n"_s), qPrintable(v1->textDump()));
    QVERIFY(!v1->isCa());
    QVERIFY(v1->actsAsCa());
    QVERIFY(v1->isSelfIssued());
}

void TestCertificate::compactedKeepsTheSummary()
{
    const Certificate compact = m_leaf.compacted();
    QVERIFY(compact.isCompact());
    QVERIFY(!m_leaf.isCompact());
    QCOMPARE(compact.thumbprint(), m_leaf.thumbprint());
    QCOMPARE(compact.sha256Fingerprint(), m_leaf.sha256Fingerprint());
    QCOMPARE(compact.subject(), m_leaf.subject());
    QCOMPARE(compact.issuer(), m_leaf.issuer());
    QCOMPARE(compact.commonName(), m_leaf.commonName());
    QCOMPARE(compact.dnsNames(), m_leaf.dnsNames());
    QCOMPARE(compact.serialNumber(), m_leaf.serialNumber());
    QCOMPARE(compact.notBefore(), m_leaf.notBefore());
    QCOMPARE(compact.notAfter(), m_leaf.notAfter());
    QCOMPARE(compact.isSelfSigned(), m_leaf.isSelfSigned());
    QCOMPARE(compact.keyDescription(), m_leaf.keyDescription());
    QCOMPARE(compact.extendedKeyUsages(), m_leaf.extendedKeyUsages());
    QCOMPARE(compact.isCa(), m_leaf.isCa());
    QCOMPARE(compact.spkiSha256(), m_leaf.spkiSha256());
    // The rest parses the DER again.
    QCOMPARE(compact.keyType(), u"EC"_s);
    QCOMPARE(compact.keyGroup(), u"prime256v1"_s);
    QVERIFY(compact.matchesHost(u"mail.fabrikam.example"_s));
    QVERIFY(m_ca.compacted().actsAsCa());
    QVERIFY(compact == m_leaf);
}

void TestCertificate::matchesHost_data()
{
    QTest::addColumn<QString>("presented"); // the certificate's DNS subjectAltName
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << u"mx.b.example"_s << u"mx.b.example"_s << true;
    QTest::newRow("reference case, trailing dot") << u"mx.b.example"_s << u" MX.B.Example. "_s << true;
    QTest::newRow("certificate case") << u"MX.B.Example"_s << u"mx.b.example"_s << true;
    // RFC 5280 names have no trailing dot; OpenSSL compares the certificate's name as it is.
    QTest::newRow("certificate trailing dot") << u"mx.b.example."_s << u"mx.b.example"_s << false;
    QTest::newRow("other host") << u"mx.c.example"_s << u"mx.b.example"_s << false;
    QTest::newRow("domain exact") << u"b.example"_s << u"b.example"_s << true;
    QTest::newRow("host is not domain") << u"mx.b.example"_s << u"b.example"_s << false;
    QTest::newRow("subdomain") << u"mx.b.example"_s << u".b.example"_s << true;
    QTest::newRow("deep subdomain") << u"a.mx.b.example"_s << u".b.example"_s << true;
    QTest::newRow("domain is not subdomain") << u"b.example"_s << u".b.example"_s << false;
    QTest::newRow("suffix trick") << u"evilb.example"_s << u".b.example"_s << false;
    QTest::newRow("wildcard one label") << u"*.b.example"_s << u"mx.b.example"_s << true;
    QTest::newRow("wildcard two labels") << u"*.b.example"_s << u"a.mx.b.example"_s << false;
    QTest::newRow("wildcard not domain") << u"*.b.example"_s << u"b.example"_s << false;
    QTest::newRow("wildcard vs subdomain") << u"*.b.example"_s << u".b.example"_s << true;
    QTest::newRow("partial wildcard") << u"f*.b.example"_s << u"fx.b.example"_s << false;
    QTest::newRow("wildcard over one label") << u"*.example"_s << u"b.example"_s << false;
    QTest::newRow("empty reference") << u"b.example"_s << u""_s << false;
    QTest::newRow("dot reference") << u"b.example"_s << u"."_s << false;
}

void TestCertificate::matchesHost()
{
    QFETCH(QString, presented);
    QFETCH(QString, reference);
    QFETCH(bool, matches);
    const Certificate certificate = opensslCertificate(u"not-a-host"_s, u"DNS:"_s + presented);
    QVERIFY(!certificate.isNull());
    QCOMPARE(certificate.dnsNames(), QStringList{presented});
    QString matched = u"stale"_s;
    QCOMPARE(certificate.matchesHost(reference, &matched), matches);
    QCOMPARE(matched, matches ? presented : QString());
    QCOMPARE(certificate.matchesHost(reference), matches);
}

void TestCertificate::hostNamesOnlyInCnWithoutSans()
{
    const Certificate cnOnly = opensslCertificate(u"mx.b.example"_s, {});
    QVERIFY(!cnOnly.isNull());
    QVERIFY(cnOnly.dnsNames().isEmpty());
    QString matched;
    QVERIFY(cnOnly.matchesHost(u"mx.b.example"_s, &matched));
    QCOMPARE(matched, u"mx.b.example"_s);
    QVERIFY(cnOnly.matchesHost(u".b.example"_s));
    QVERIFY(!cnOnly.matchesHost(u"b.example"_s));
    // With DNS SANs present, the CN is ignored (RFC 6125).
    const Certificate withSans = opensslCertificate(u"mx.b.example"_s, u"DNS:other.example"_s);
    QVERIFY(!withSans.isNull());
    QVERIFY(!withSans.matchesHost(u"mx.b.example"_s));
    QVERIFY(withSans.matchesHost(u"other.example"_s));
}

void TestCertificate::matchesIpAddress()
{
    const Certificate certificate =
        opensslCertificate(u"mx.b.example"_s, u"IP:192.0.2.7,IP:2001:db8::25,DNS:mx.b.example"_s);
    QVERIFY(!certificate.isNull());
    QVERIFY(certificate.matchesIpAddress(u"192.0.2.7"_s));
    QVERIFY(certificate.matchesIpAddress(u" 2001:DB8:0:0::25 "_s));
    QVERIFY(!certificate.matchesIpAddress(u"192.0.2.8"_s));
    QVERIFY(!certificate.matchesIpAddress(u"mx.b.example"_s));
    QVERIFY(!certificate.matchesIpAddress(QString()));
    // Addresses are not host names, and the other way round.
    QVERIFY(!certificate.matchesHost(u"192.0.2.7"_s));
    QVERIFY(certificate.matchesHost(u"mx.b.example"_s));
    QVERIFY(!m_leaf.matchesIpAddress(u"192.0.2.7"_s));
    QVERIFY(!Certificate().matchesIpAddress(u"192.0.2.7"_s));
    QVERIFY(!Certificate().matchesHost(u"mx.b.example"_s));
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
