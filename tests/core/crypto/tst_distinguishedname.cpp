#include "crypto/certificateauthority.h"
#include "crypto/distinguishedname.h"
#include "cryptotesthelpers.h"

#include <QTest>
#include <openssl/x509.h>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestDistinguishedName : public QObject
{
    Q_OBJECT

private slots:
    void parseAndPrint_data();
    void parseAndPrint();
    void attributesInAsn1Order();
    void escapes_data();
    void escapes();
    void rejects_data();
    void rejects();
    void escapeValue_data();
    void escapeValue();
    void x509RoundTripMatchesOpenssl();
};

void TestDistinguishedName::parseAndPrint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::newRow("simple") << u"CN=mail.contoso.com,O=Contoso,C=JP"_s
                            << u"CN=mail.contoso.com,O=Contoso,C=JP"_s;
    QTest::newRow("spaces around commas")
        << u"CN=mail.contoso.com , O=Contoso,  C=JP"_s << u"CN=mail.contoso.com,O=Contoso,C=JP"_s;
    QTest::newRow("lower-case types, country")
        << u"cn=a.example,ou=IT,l=Tokyo,st=Tokyo,c=jp"_s << u"CN=a.example,OU=IT,L=Tokyo,ST=Tokyo,C=JP"_s;
    QTest::newRow("escaped comma") << u"CN=a.example,O=Contoso\\, Ltd."_s
                                   << u"CN=a.example,O=Contoso\\, Ltd."_s;
    QTest::newRow("Japanese") << u"CN=a.example,O=日本商事"_s << u"CN=a.example,O=日本商事"_s;
    QTest::newRow("hex UTF-8") << u"CN=a.example,O=\\E6\\97\\A5本"_s << u"CN=a.example,O=日本"_s;
    QTest::newRow("plus flattened") << u"CN=a.example+OU=Mail"_s << u"CN=a.example,OU=Mail"_s;
}

void TestDistinguishedName::parseAndPrint()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    auto dn = DistinguishedName::parse(text);
    QVERIFY2(dn.ok(), qPrintable(dn.errorMessage()));
    QCOMPARE(dn->toString(), printed);
    // Printing is a fixed point.
    auto again = DistinguishedName::parse(printed);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again.value(), dn.value());
}

void TestDistinguishedName::attributesInAsn1Order()
{
    auto dn = DistinguishedName::parse(u"CN=mail.contoso.com,OU=Mail,O=Contoso,C=JP"_s);
    QVERIFY(dn.ok());
    const auto attributes = dn->attributes();
    QCOMPARE(attributes.size(), 4);
    QCOMPARE(attributes.first().type, u"C"_s);
    QCOMPARE(attributes.last().type, u"CN"_s);
    QCOMPARE(dn->commonName(), u"mail.contoso.com"_s);
    QCOMPARE(dn->value(u"ou"_s), u"Mail"_s);
    QVERIFY(dn->value(u"L"_s).isEmpty());
}

void TestDistinguishedName::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("organization");
    QTest::newRow("comma") << u"O=A\\,B"_s << u"A,B"_s;
    QTest::newRow("plus") << u"O=A\\+B"_s << u"A+B"_s;
    QTest::newRow("quote") << u"O=\\\"Q\\\""_s << u"\"Q\""_s;
    QTest::newRow("backslash") << u"O=A\\\\B"_s << u"A\\B"_s;
    QTest::newRow("angle, semicolon, equals") << u"O=\\<x\\>\\;\\="_s << u"<x>;="_s;
    QTest::newRow("leading hash") << u"O=\\#1"_s << u"#1"_s;
    QTest::newRow("escaped trailing space") << u"O=A\\ "_s << u"A "_s;
    QTest::newRow("unescaped trailing spaces dropped") << u"O=A   "_s << u"A"_s;
    QTest::newRow("escaped leading space") << u"O=\\ A"_s << u" A"_s;
    QTest::newRow("hex comma") << u"O=A\\2CB"_s << u"A,B"_s;
}

void TestDistinguishedName::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, organization);
    auto dn = DistinguishedName::parse(text);
    QVERIFY2(dn.ok(), qPrintable(dn.errorMessage()));
    QCOMPARE(dn->value(u"O"_s), organization);
    // The printed form parses back to the same value.
    auto back = DistinguishedName::parse(dn->toString());
    QVERIFY2(back.ok(), qPrintable(dn->toString() + u": "_s + back.errorMessage()));
    QCOMPARE(back->value(u"O"_s), organization);
}

void TestDistinguishedName::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("three-letter country") << u"CN=a.example,C=JPN"_s << u"JPN"_s;
    QTest::newRow("one-letter country") << u"CN=a.example,C=J"_s << u"two-letter"_s;
    QTest::newRow("digit country") << u"CN=a.example,C=J1"_s << u"two-letter"_s;
    QTest::newRow("non-ASCII country") << u"CN=a.example,C=日本"_s << u"two-letter"_s;
    QTest::newRow("unknown type") << u"CN=a.example,E=x@y"_s << u"\"E\""_s;
    QTest::newRow("no equals") << u"CN=a.example,Contoso"_s << u"Contoso"_s;
    QTest::newRow("stray comma") << u"CN=a.example,,O=x"_s << u"stray comma"_s;
    QTest::newRow("trailing comma") << u"CN=a.example,"_s << u"separator"_s;
    QTest::newRow("empty value") << u"CN=,O=x"_s << u"empty value"_s;
    QTest::newRow("bad escape") << u"O=a\\qb"_s << u"\\q"_s;
    QTest::newRow("lone backslash") << u"O=ab\\"_s << u"backslash"_s;
    QTest::newRow("unescaped quote") << u"O=a\"b"_s << u"escaped"_s;
    QTest::newRow("unescaped semicolon") << u"O=a;b"_s << u"escaped"_s;
    QTest::newRow("hex value") << u"O=#0403"_s << u"hexadecimal"_s;
    QTest::newRow("control character") << u"O=a\u0001b"_s << u"control"_s;
    QTest::newRow("CN too long") << QString(u"CN="_s + QString(65, u'a')) << u"64"_s;
}

void TestDistinguishedName::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    auto dn = DistinguishedName::parse(text);
    QVERIFY(!dn.ok());
    QCOMPARE(dn.error().code, ErrorCode::BadInput);
    QVERIFY2(dn.errorMessage().contains(mentions), qPrintable(dn.errorMessage()));
}

void TestDistinguishedName::escapeValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"Contoso"_s << u"Contoso"_s;
    QTest::newRow("specials") << u"a,b+c\"d\\e<f>g;h"_s << u"a\\,b\\+c\\\"d\\\\e\\<f\\>g\\;h"_s;
    QTest::newRow("leading hash and space") << u"#x"_s << u"\\#x"_s;
    QTest::newRow("leading space") << u" x"_s << u"\\ x"_s;
    QTest::newRow("trailing space") << u"x "_s << u"x\\ "_s;
    QTest::newRow("inner hash and space kept") << u"a #b"_s << u"a #b"_s;
    QTest::newRow("equals kept") << u"a=b"_s << u"a=b"_s;
}

void TestDistinguishedName::escapeValue()
{
    QFETCH(QString, value);
    QFETCH(QString, escaped);
    QCOMPARE(DistinguishedName::escapeValue(value), escaped);
}

void TestDistinguishedName::x509RoundTripMatchesOpenssl()
{
    auto dn = DistinguishedName::parse(u"CN=mail.contoso.example,OU=Mail\\, Edge,O=Contoso+L=東京,C=JP"_s);
    QVERIFY2(dn.ok(), qPrintable(dn.errorMessage()));
    X509_name_st* name = dn->toX509Name();
    QVERIFY(name);
    const DistinguishedName back = DistinguishedName::fromX509Name(name);
    X509_NAME_free(name);
    QCOMPARE(back, dn.value());

    // A certificate with this subject: openssl prints the same RFC 2253/4514 text.
    auto key = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(key.ok());
    auto certificate = CertificateAuthority::selfSigned(dn.value(), {}, key.value(), 30);
    QVERIFY2(certificate.ok(), qPrintable(certificate.errorMessage()));
    const auto printed = CryptoTest::openssl(
        {u"x509"_s, u"-noout"_s, u"-subject"_s, u"-nameopt"_s, u"RFC2253,-esc_msb"_s}, certificate->toPem());
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(QString::fromUtf8(printed.out).trimmed(), QString(u"subject="_s + dn->toString()));
    QCOMPARE(certificate->subject(), dn->toString());
}

QTEST_GUILESS_MAIN(TestDistinguishedName)
#include "tst_distinguishedname.moc"
