// CertificateInspector: summary fields checked against the openssl CLI, and the name-matching
// rules (exact, one-label wildcard, ".domain" subdomains, CN only without DNS SANs).
#include "probe/certificateinspector.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <QtTest>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace {

X509* load(const QString& path)
{
    const QByteArray der = TestSupport::readFile(path);
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return d2i_X509(nullptr, &data, der.size());
}

QString field(const QString& path, const QString& option)
{
    const auto r = TestSupport::openssl({u"x509"_s, u"-in"_s, path, u"-inform"_s, u"DER"_s, u"-noout"_s,
                                         u"-nameopt"_s, u"RFC2253"_s, option});
    return QString::fromUtf8(r.out).trimmed().section(QLatin1Char('='), 1);
}

} // namespace

class TestCertificateInspector : public QObject
{
    Q_OBJECT

private slots:
    void describe()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        const QString path = d + u"/c.der"_s;
        QCOMPARE(
            TestSupport::openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                  u"-keyout"_s, d + u"/k.pem"_s, u"-out"_s, path, u"-outform"_s, u"DER"_s,
                                  u"-subj"_s, u"/O=B Org/CN=mx.b.example"_s, u"-days"_s, u"90"_s,
                                  u"-addext"_s, u"subjectAltName=DNS:mx.b.example,DNS:b.example"_s,
                                  u"-addext"_s, u"extendedKeyUsage=serverAuth,clientAuth"_s})
                .exitCode,
            0);
        X509* x = load(path);
        QVERIFY(x);
        const QDateTime notAfter =
            QDateTime::fromString(field(path, u"-enddate"_s).simplified(), u"MMM d HH:mm:ss yyyy 'GMT'"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto c = CertificateInspector::describe(x, now);
        X509_free(x);
        QCOMPARE(c.subject, field(path, u"-subject"_s).trimmed());
        QCOMPARE(c.issuer, field(path, u"-issuer"_s).trimmed());
        QCOMPARE(c.subject, u"CN=mx.b.example,O=B Org"_s);
        QCOMPARE(c.commonName, u"mx.b.example"_s);
        QCOMPARE(c.dnsNames, (QStringList{u"mx.b.example"_s, u"b.example"_s}));
        QCOMPARE(c.extendedKeyUsages, (QStringList{u"serverAuth"_s, u"clientAuth"_s}));
        QCOMPARE(c.keyType, u"RSA"_s);
        QCOMPARE(c.keyBits, 2048);
        QCOMPARE(c.serialNumber, field(path, u"-serial"_s));
        QVERIFY(c.selfIssued);
        QCOMPARE(c.notAfter.toSecsSinceEpoch(), notAfter.toSecsSinceEpoch() - notAfter.offsetFromUtc());
        QVERIFY(c.daysLeft == 89 || c.daysLeft == 90);
        const QString fingerprint =
            QString::fromUtf8(TestSupport::openssl({u"x509"_s, u"-in"_s, path, u"-inform"_s, u"DER"_s,
                                                    u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s})
                                  .out)
                .trimmed()
                .section(QLatin1Char('='), 1);
        QCOMPARE(c.sha256, fingerprint);
        // A fixed "now" after expiry gives negative days left.
        X509* again = load(path);
        QVERIFY(CertificateInspector::describe(again, c.notAfter.addDays(3)).daysLeft <= -3);
        X509_free(again);
    }

    void nameMatches_data()
    {
        QTest::addColumn<QString>("presented");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << u"mx.b.example"_s << u"mx.b.example"_s << true;
        QTest::newRow("case, trailing dot") << u"MX.B.Example."_s << u"mx.b.example"_s << true;
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
        QTest::newRow("empty") << u""_s << u"b.example"_s << false;
    }
    void nameMatches()
    {
        QFETCH(QString, presented);
        QFETCH(QString, reference);
        QFETCH(bool, matches);
        QCOMPARE(CertificateInspector::nameMatches(presented, reference), matches);
    }

    void cnOnlyWithoutSans()
    {
        ProbeReport::Certificate c;
        c.commonName = u"mx.b.example"_s;
        auto matches = CertificateInspector::matchNames(c, {u"mx.b.example"_s, u"b.example"_s},
                                                        {u"host"_s, u"domain"_s});
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches[0].matchedName, u"mx.b.example"_s);
        QCOMPARE(matches[0].source, u"cn"_s);
        QVERIFY(matches[1].matchedName.isEmpty());
        // With DNS SANs present, the CN is ignored (RFC 6125).
        c.dnsNames = {u"other.example"_s};
        matches = CertificateInspector::matchNames(c, {u"mx.b.example"_s}, {u"host"_s});
        QVERIFY(matches[0].matchedName.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificateInspector)
#include "tst_certificateinspector.moc"
