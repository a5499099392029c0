// ProbeReport's chain certificates: core/crypto's Certificate with the days left when the probe
// judged it, and their JSON (docs/probe.md) checked against the openssl CLI, the fingerprint in
// the product's one format. The TLS cases that fill a whole report run in tests/e2e/tst_probe.
#include "probe/probereport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

namespace {

QString field(const QString& path, const QString& option)
{
    // iso_8601 dates: the default form pads a one-digit day with a space ("Mar  5"), which no
    // single QDateTime format reads on every day of the month.
    const auto r = TestSupport::openssl({u"x509"_s, u"-in"_s, path, u"-inform"_s, u"DER"_s, u"-noout"_s,
                                         u"-nameopt"_s, u"RFC2253"_s, u"-dateopt"_s, u"iso_8601"_s, option});
    return QString::fromUtf8(r.out).trimmed().section(QLatin1Char('='), 1);
}

} // namespace

class TestProbeReport : public QObject
{
    Q_OBJECT

private slots:
    void chainCertificate()
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
        const auto certificate = Certificate::fromDer(TestSupport::readFile(path));
        QVERIFY2(certificate.ok(), qPrintable(certificate.errorMessage()));
        const QDateTime notAfter =
            // ISO form "2027-03-05 08:12:16Z"; a format string with Z would read it as local time in Qt 6.4.
            QDateTime::fromString(field(path, u"-enddate"_s).replace(u' ', u'T'), Qt::ISODate);
        QVERIFY2(notAfter.isValid(), qPrintable(field(path, u"-enddate"_s)));

        const auto c =
            ProbeReport::ChainCertificate::at(certificate.value(), QDateTime::currentDateTimeUtc());
        QVERIFY(c.daysLeft == 89 || c.daysLeft == 90);
        // A fixed "now" after expiry gives negative days left.
        QVERIFY(ProbeReport::ChainCertificate::at(certificate.value(), notAfter.addDays(3)).daysLeft <= -3);
        QCOMPARE(ProbeReport::ChainCertificate::at(Certificate(), notAfter).daysLeft, 0);

        const QJsonObject json = c.toJson();
        QCOMPARE(json[u"subject"_s].toString(), field(path, u"-subject"_s));
        QCOMPARE(json[u"issuer"_s].toString(), field(path, u"-issuer"_s));
        QCOMPARE(json[u"subject"_s].toString(), u"CN=mx.b.example,O=B Org"_s);
        QCOMPARE(json[u"commonName"_s].toString(), u"mx.b.example"_s);
        QCOMPARE(json[u"dnsNames"_s].toArray(), (QJsonArray{u"mx.b.example"_s, u"b.example"_s}));
        QCOMPARE(json[u"serialNumber"_s].toString(), field(path, u"-serial"_s));
        QCOMPARE(json[u"notAfter"_s].toString(), notAfter.toString(Qt::ISODate));
        QCOMPARE(json[u"notBefore"_s].toString(), certificate->notBefore().toString(Qt::ISODate));
        QCOMPARE(json[u"daysLeft"_s].toInteger(), c.daysLeft);
        QCOMPARE(json[u"keyType"_s].toString(), u"RSA"_s);
        QCOMPARE(json[u"keyBits"_s].toInt(), 2048);
        QCOMPARE(json[u"curve"_s].toString(), QString());
        QCOMPARE(json[u"extendedKeyUsages"_s].toArray(), (QJsonArray{u"serverAuth"_s, u"clientAuth"_s}));
        QCOMPARE(json[u"isCa"_s].toBool(), certificate->actsAsCa());
        QCOMPARE(json[u"selfIssued"_s].toBool(), true);
        // The one fingerprint format: openssl's digest without the colons.
        const QString fingerprint =
            QString::fromUtf8(TestSupport::openssl({u"x509"_s, u"-in"_s, path, u"-inform"_s, u"DER"_s,
                                                    u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s})
                                  .out)
                .trimmed()
                .section(QLatin1Char('='), 1)
                .remove(u':');
        QCOMPARE(json[u"sha256"_s].toString(), fingerprint);
        QVERIFY(QRegularExpression(u"^[0-9A-F]{64}$"_s).match(json[u"sha256"_s].toString()).hasMatch());
        QCOMPARE(json[u"sha256"_s].toString(), certificate->sha256Fingerprint());
        QCOMPARE(json.size(), 15);

        // The report carries the chains into its JSON and text.
        ProbeReport report;
        report.tlsEstablished = true;
        report.chainSent << c;
        report.chainBuilt << c << c;
        const QJsonObject tls = report.toJson()[u"tls"_s].toObject();
        QCOMPARE(tls[u"chainSent"_s].toArray().size(), 1);
        QCOMPARE(tls[u"chainBuilt"_s].toArray().size(), 2);
        QCOMPARE(tls[u"chainSent"_s][0].toObject(), json);
        const QString text = report.toText(false);
        QVERIFY2(text.contains(u"  [0] CN=mx.b.example,O=B Org\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"RSA 2048"_s), qPrintable(text));
        QVERIFY2(text.contains(u"      names mx.b.example, b.example\n"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestProbeReport)
#include "tst_probereport.moc"
