#include "crypto/certificate.h"
#include "crypto/certificaterequest.h"
#include "cryptotesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestCertificateRequest : public QObject
{
    Q_OBJECT

private slots:
    void opensslVerifiesRequest_data();
    void opensslVerifiesRequest();
    void idnBecomesALabel();
    void cnAddedToSans();
    void invalidNames_data();
    void invalidNames();
    void pemDerRoundTrip();
    void opensslCaSignsOurRequest();
};

void TestCertificateRequest::opensslVerifiesRequest_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("keyUsage");
    QTest::newRow("rsa:2048") << u"rsa:2048"_s << u"Digital Signature, Key Encipherment"_s;
    QTest::newRow("ec:p256") << u"ec:p256"_s << u"Digital Signature"_s;
    QTest::newRow("ec:p384") << u"ec:p384"_s << u"Digital Signature"_s;
}

void TestCertificateRequest::opensslVerifiesRequest()
{
    QFETCH(QString, spec);
    QFETCH(QString, keyUsage);
    auto keySpec = KeySpec::parse(spec);
    QVERIFY(keySpec.ok());
    auto key = PrivateKey::generate(keySpec.value());
    QVERIFY2(key.ok(), qPrintable(key.errorMessage()));
    auto subject = DistinguishedName::parse(u"CN=mail.contoso.example,O=Contoso\\, Ltd.,C=JP"_s);
    QVERIFY2(subject.ok(), qPrintable(subject.errorMessage()));
    auto request = CertificateRequest::create(subject.value(), {u"contoso.example"_s}, key.value());
    QVERIFY2(request.ok(), qPrintable(request.errorMessage()));
    QVERIFY(request->verify());

    const auto result =
        TestSupport::openssl({u"req"_s, u"-verify"_s, u"-noout"_s, u"-text"_s}, request->toPem());
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out + result.err);
    QVERIFY2(out.contains(u"verify OK"_s), qPrintable(out));
    QVERIFY2(out.contains(u"DNS:mail.contoso.example, DNS:contoso.example"_s), qPrintable(out));
    QVERIFY2(out.contains(u"TLS Web Server Authentication, TLS Web Client Authentication"_s),
             qPrintable(out));
    QVERIFY2(out.contains(keyUsage), qPrintable(out));
    QVERIFY2(out.contains(u"sha256With"_s) || out.contains(u"ecdsa-with-SHA256"_s), qPrintable(out));
    QVERIFY2(out.contains(u"O = \"Contoso, Ltd.\""_s), qPrintable(out));
    QCOMPARE(request->subject(), u"CN=mail.contoso.example,O=Contoso\\, Ltd.,C=JP"_s);
    QCOMPARE(request->extendedKeyUsages(), (QStringList{u"serverAuth"_s, u"clientAuth"_s}));
    QCOMPARE(request->spkiSha256(), key->spkiSha256());
}

void TestCertificateRequest::idnBecomesALabel()
{
    auto key = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(key.ok());
    auto request = CertificateRequest::create(DistinguishedName::parse(u"CN=mail.bücher.example"_s).value(),
                                              {u"BÜCHER.example"_s}, key.value());
    QVERIFY2(request.ok(), qPrintable(request.errorMessage()));
    QCOMPARE(request->names(), (QStringList{u"mail.xn--bcher-kva.example"_s, u"xn--bcher-kva.example"_s}));
    QCOMPARE(request->subjectName().commonName(), u"mail.xn--bcher-kva.example"_s);
}

void TestCertificateRequest::cnAddedToSans()
{
    auto key = PrivateKey::generate(KeySpec::ecP256());
    auto request = CertificateRequest::create(DistinguishedName::parse(u"CN=edge.contoso.example"_s).value(),
                                              {}, key.value());
    QVERIFY(request.ok());
    QCOMPARE(request->names(), QStringList{u"edge.contoso.example"_s});
}

void TestCertificateRequest::invalidNames_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cn with space") << u"CN=not a host"_s << u"ok.example"_s << u"subject CN"_s;
    QTest::newRow("san underscore") << u"CN=mail.example"_s << u"bad_name.example"_s << u"'_'"_s;
    QTest::newRow("san label too long")
        << u"CN=mail.example"_s << QString(64, u'a') + u".example"_s << u"longer than 63"_s;
    QTest::newRow("wildcard in middle") << u"CN=mail.example"_s << u"a.*.example"_s << u"wildcard"_s;
    QTest::newRow("leading hyphen") << u"CN=mail.example"_s << u"-a.example"_s << u"start or end"_s;
    QTest::newRow("no cn") << u"O=Contoso"_s << u"mail.example"_s << u"needs a CN"_s;
}

void TestCertificateRequest::invalidNames()
{
    QFETCH(QString, subject);
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    static const PrivateKey key = PrivateKey::generate(KeySpec::ecP256()).value();
    auto request = CertificateRequest::create(DistinguishedName::parse(subject).value(), {domain}, key);
    QVERIFY(!request.ok());
    QCOMPARE(request.error().code, ErrorCode::BadInput);
    QVERIFY2(request.errorMessage().contains(expected), qPrintable(request.errorMessage()));
}

void TestCertificateRequest::pemDerRoundTrip()
{
    auto key = PrivateKey::generate(KeySpec::ecP256());
    auto request = CertificateRequest::create(DistinguishedName::parse(u"CN=a.example"_s).value(),
                                              {u"b.example"_s}, key.value());
    QVERIFY(request.ok());
    auto fromPem = CertificateRequest::fromPem(request->toPem());
    QVERIFY(fromPem.ok());
    QCOMPARE(fromPem->toDer(), request->toDer());
    auto fromDer = CertificateRequest::fromDer(request->toDer());
    QVERIFY(fromDer.ok());
    QVERIFY(fromDer->verify());
    QVERIFY(!CertificateRequest::fromDer(request->toDer().left(40)).ok());
}

void TestCertificateRequest::opensslCaSignsOurRequest()
{
    QTemporaryDir dir;
    QVERIFY(CryptoTest::makeOpensslCa(dir));
    auto key = PrivateKey::generate(KeySpec::rsa(2048));
    auto request =
        CertificateRequest::create(DistinguishedName::parse(u"CN=mail.fabrikam.example,C=US"_s).value(),
                                   {u"fabrikam.example"_s}, key.value());
    QVERIFY(request.ok());
    QVERIFY(TestSupport::writeFile(dir.filePath(u"req.pem"_s), request->toPem()));
    QVERIFY(CryptoTest::opensslSign(dir, dir.filePath(u"req.pem"_s), dir.filePath(u"cert.pem"_s)));
    auto certificate = Certificate::fromPem(TestSupport::readFile(dir.filePath(u"cert.pem"_s)));
    QVERIFY(certificate.ok());
    QCOMPARE(certificate->spkiSha256(), key->spkiSha256());
    QCOMPARE(certificate->dnsNames(), (QStringList{u"mail.fabrikam.example"_s, u"fabrikam.example"_s}));
    QCOMPARE(certificate->extendedKeyUsages(), (QStringList{u"serverAuth"_s, u"clientAuth"_s}));
    QCOMPARE(certificate->issuer(), u"O=Test,CN=OpenSSL Test Root"_s);
}

QTEST_GUILESS_MAIN(TestCertificateRequest)
#include "tst_certificaterequest.moc"
