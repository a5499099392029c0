// `domainsecure-cli probe` as the real binary against a real Postfix on loopback (ProbeTestbed):
// the workspace is built through the CLI itself (workspace init, cert import --enable SMTP,
// trust add), so the client certificate and key reach the probe only through the workspace.
// Checks the JSON schema fields (docs/probe.md), the text output and the exit codes.
#include "fakednsserver.h"
#include "probetestbed.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Listener = ProbeTestbed::Listener;
using TestSupport::cli;

class TestProbeCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void successJson();
    void failuresAndExitCodes_data();
    void failuresAndExitCodes();
    void noClientCertificate();
    void savePartnerCertificate();
    void textOutput();
    void usageErrors_data();
    void usageErrors();
    void badInput();
    void mxLookupWithoutDns();
    void mxHostsInOrder();

private:
    QString ws() const { return m_dir.filePath(u"a.dsw"_s); }
    TestSupport::ProcessResult probe(const QStringList& arguments);
    static QJsonObject json(const TestSupport::ProcessResult& r);

    QTemporaryDir m_dir;
    std::unique_ptr<ProbeTestbed> m_bed;
};

void TestProbeCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bed = std::make_unique<ProbeTestbed>(u"probecli"_s, 81);
    QVERIFY2(m_bed->setUp(), qPrintable(m_bed->errorString()));
    auto r = cli({u"workspace"_s, u"init"_s, u"-w"_s, ws(), u"--organization"_s, u"A"_s, u"--server"_s,
                  u"EDGE01"_s, u"--fqdn"_s, u"mx.a.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"cert"_s, u"import"_s, u"-w"_s, ws(), m_bed->ourBundle(), u"--enable"_s, u"SMTP"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"trust"_s, u"add"_s, u"-w"_s, ws(), m_bed->caFile()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

TestSupport::ProcessResult TestProbeCli::probe(const QStringList& arguments)
{
    return cli(QStringList{u"probe"_s} + arguments);
}

QJsonObject TestProbeCli::json(const TestSupport::ProcessResult& r)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString() << r.out << r.err;
    return document.object();
}

void TestProbeCli::successJson()
{
    const auto r = probe({m_bed->target(Listener::Mutual), u"--domain"_s, u"b.example"_s, u"-w"_s, ws(),
                          u"--json"_s, u"--timeout"_s, u"10"_s});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QVERIFY(r.err.isEmpty());
    const QJsonObject o = json(r);
    QCOMPARE(o[u"schema"_s].toString(), u"domainsecure-probe/2"_s);
    QCOMPARE(o[u"result"_s].toString(), u"success"_s);
    QCOMPARE(o[u"success"_s].toBool(), true);
    QCOMPARE(o[u"host"_s].toString(), m_bed->address(Listener::Mutual));
    QCOMPARE(o[u"port"_s].toInt(), 2525);
    QCOMPARE(o[u"level"_s].toString(), u"secure"_s);
    QCOMPARE(o[u"ehloName"_s].toString(), u"mx.a.example"_s);
    QVERIFY(QDateTime::fromString(o[u"startedAt"_s].toString(), Qt::ISODate).isValid());
    QVERIFY(o[u"totalMs"_s].toInteger(-1) >= 0);

    const QJsonArray steps = o[u"steps"_s].toArray();
    QCOMPARE(steps.size(), 7);
    for (const QJsonValue& step : steps) {
        QVERIFY(step[u"ok"_s].toBool());
        QVERIFY(step[u"durationMs"_s].isDouble());
        QVERIFY(step[u"startMs"_s].isDouble());
    }
    QCOMPARE(steps[4][u"name"_s].toString(), u"tls"_s);
    QVERIFY(o[u"transcript"_s].toArray().size() > 10);
    QCOMPARE(o[u"transcript"_s][0][u"direction"_s].toString(), u"info"_s);

    const QJsonObject tls = o[u"tls"_s].toObject();
    QCOMPARE(tls[u"established"_s].toBool(), true);
    QCOMPARE(tls[u"protocol"_s].toString(), u"TLSv1.3"_s);
    QVERIFY(!tls[u"cipher"_s].toString().isEmpty());
    QVERIFY(!tls[u"group"_s].toString().isEmpty());
    const QJsonObject leaf = tls[u"chainSent"_s][0].toObject();
    for (const QString& field :
         {u"subject"_s, u"issuer"_s, u"notBefore"_s, u"notAfter"_s, u"daysLeft"_s, u"keyType"_s, u"keyBits"_s,
          u"extendedKeyUsages"_s, u"dnsNames"_s, u"sha256"_s})
        QVERIFY2(leaf.contains(field), qPrintable(field));
    QCOMPARE(leaf[u"keyType"_s].toString(), u"RSA"_s);
    QCOMPARE(tls[u"chainBuilt"_s].toArray().size(), 2);

    const QJsonObject names = o[u"names"_s].toObject();
    QCOMPARE(names[u"matched"_s].toBool(), true);
    QCOMPARE(names[u"onlyInCommonName"_s].toBool(), false);
    QCOMPARE(names[u"matches"_s][1][u"reference"_s].toString(), u".b.example"_s);
    QCOMPARE(names[u"matches"_s][1][u"certificateName"_s].toString(), u"mx.b.example"_s);
    QCOMPARE(names[u"matches"_s][1][u"source"_s].toString(), u"san"_s);

    const QJsonObject trust = o[u"trust"_s].toObject();
    QCOMPARE(trust[u"trusted"_s].toBool(), true);
    QVERIFY(trust[u"sources"_s].toArray().contains(u"workspace:1"_s));

    const QJsonObject auth = o[u"clientAuth"_s].toObject();
    QCOMPARE(auth[u"requested"_s].toBool(), true);
    QCOMPARE(auth[u"acceptableCas"_s].toArray(),
             QJsonArray{u"CN=DomainSecure Test CA,O=DomainSecure Tests"_s});
    QCOMPARE(auth[u"certificateSent"_s].toBool(), true);
    QCOMPARE(auth[u"chainsToAcceptableCa"_s].toBool(), true);
    QCOMPARE(auth[u"hasClientAuthEku"_s].toBool(), true);
    QCOMPARE(auth[u"verdict"_s].toString(), u"accepted"_s);
}

void TestProbeCli::failuresAndExitCodes_data()
{
    QTest::addColumn<int>("listener");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("failedStep");
    QTest::newRow("unknown CA") << int(Listener::UnknownCa) << u"certificate-not-trusted"_s << u"tls"_s;
    QTest::newRow("wrong name") << int(Listener::WrongName) << u"certificate-host-mismatch"_s << u"tls"_s;
    QTest::newRow("no STARTTLS") << int(Listener::NoStarttls) << u"starttls-not-supported"_s << u"ehlo"_s;
}

void TestProbeCli::failuresAndExitCodes()
{
    QFETCH(int, listener);
    QFETCH(QString, result);
    QFETCH(QString, failedStep);
    const auto r =
        probe({m_bed->target(Listener(listener)), u"--domain"_s, u"b.example"_s, u"-w"_s, ws(), u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = json(r);
    QCOMPARE(o[u"result"_s].toString(), result);
    QCOMPARE(o[u"success"_s].toBool(true), false);
    QCOMPARE(o[u"failedStep"_s].toString(), failedStep);
    QVERIFY(!o[u"error"_s].toString().isEmpty());
    QVERIFY(!o[u"hint"_s].toString().isEmpty());
}

void TestProbeCli::noClientCertificate()
{
    const auto r = probe({m_bed->target(Listener::Mutual), u"--domain"_s, u"b.example"_s, u"-w"_s, ws(),
                          u"--no-client-cert"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = json(r);
    QCOMPARE(o[u"result"_s].toString(), u"validation-failure"_s);
    QCOMPARE(o[u"ehloName"_s].toString(), u"mx.a.example"_s);
    const QJsonObject auth = o[u"clientAuth"_s].toObject();
    QCOMPARE(auth[u"requested"_s].toBool(), true);
    QCOMPARE(auth[u"certificateSent"_s].toBool(true), false);
    QVERIFY2(auth[u"verdict"_s].toString().startsWith(u"rejected-"_s),
             qPrintable(auth[u"verdict"_s].toString()));
    QVERIFY(!auth[u"verdictDetail"_s].toString().isEmpty());
}

void TestProbeCli::savePartnerCertificate()
{
    // A failed probe pins nothing and leaves the workspace file alone.
    const QByteArray before = TestSupport::readFile(ws());
    auto r = probe({m_bed->target(Listener::WrongName), u"--domain"_s, u"b.example"_s, u"-w"_s, ws(),
                    u"--save-partner-cert"_s, u"--timeout"_s, u"10"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("nothing is pinned"), r.err.constData());
    QCOMPARE(TestSupport::readFile(ws()), before);

    // A verified partner: the certificate it presented is pinned, the pin is its public key's.
    r = probe({m_bed->target(Listener::Mutual), u"--domain"_s, u"b.example"_s, u"-w"_s, ws(),
               u"--save-partner-cert"_s, u"--json"_s, u"--timeout"_s, u"10"_s});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QJsonObject pinned = json(r)[u"partnerCertificate"_s].toObject();
    QCOMPARE(pinned[u"domain"_s].toString(), u"b.example"_s);
    QVERIFY(pinned[u"added"_s].toBool());
    const auto list = cli({u"partner"_s, u"cert"_s, u"list"_s, u"-w"_s, ws(), u"--json"_s});
    const QJsonArray pins = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(pins.size(), 1);
    QCOMPARE(pins.at(0)[u"pin"_s].toString(), pinned[u"pin"_s].toString());
    const QString sha256 = json(r)[u"tls"_s][u"chainSent"_s][0][u"sha256"_s].toString();
    QCOMPARE(pins.at(0)[u"sha256"_s].toString(), sha256);

    // Without HOST or --domain: a usage error.
    r = probe({u"--domain"_s, u"b.example"_s, u"-w"_s, ws(), u"--save-partner-cert"_s});
    QCOMPARE(r.exitCode, 2);
    // Leave the workspace as the other tests expect it.
    r = cli({u"partner"_s, u"cert"_s, u"remove"_s, u"--domain"_s, u"b.example"_s, u"--pin"_s,
             pinned[u"pin"_s].toString(), u"-w"_s, ws()});
    QCOMPARE(r.exitCode, 0);
}

void TestProbeCli::textOutput()
{
    // Without a workspace: the test CA from --ca-file, no client certificate, the plain listener.
    const auto r = probe(
        {m_bed->target(Listener::Plain), u"--domain"_s, u"b.example"_s, u"--ca-file"_s, m_bed->caFile()});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"S: 220 mx.b.example ESMTP"_s), qPrintable(out));
    QVERIFY(out.contains(u"C: STARTTLS"_s));
    QVERIFY(out.contains(u"Chain as sent:"_s));
    QVERIFY(out.contains(u"Chain as built:"_s));
    QVERIFY(out.contains(u".b.example (subdomain): matched by mx.b.example (san)"_s));
    QVERIFY(out.contains(u"Client certificate: not requested"_s));
    QVERIFY(out.contains(u"Result: success (level secure"_s));
    QVERIFY(out.contains(u"file:"_s + m_bed->caFile()));
}

void TestProbeCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("two hosts") << QStringList{u"a.example"_s, u"b.example"_s};
    QTest::newRow("port 0") << QStringList{u"127.0.0.1:0"_s};
    QTest::newRow("bad port") << QStringList{u"127.0.0.1:smtp"_s};
    QTest::newRow("bad level") << QStringList{u"127.0.0.1"_s, u"--level"_s, u"paranoid"_s};
    QTest::newRow("bad timeout") << QStringList{u"127.0.0.1"_s, u"--timeout"_s, u"-1"_s};
    QTest::newRow("bad domain") << QStringList{u"127.0.0.1"_s, u"--domain"_s, u"b..example"_s};
    QTest::newRow("server without workspace") << QStringList{u"127.0.0.1"_s, u"--server"_s, u"EDGE01"_s};
    QTest::newRow("port with host") << QStringList{u"127.0.0.1:25"_s, u"--port"_s, u"25"_s};
    QTest::newRow("bad nameserver") << QStringList{u"--domain"_s, u"b.example"_s, u"--nameserver"_s,
                                                   u"dns"_s};
}

void TestProbeCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const auto r = probe(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith("domainsecure-cli: "));
    QCOMPARE(r.err.count('\n'), 1); // one clear line
}

void TestProbeCli::badInput()
{
    auto r = probe({m_bed->target(Listener::Plain), u"--ca-file"_s, u"/nonexistent/ca.pem"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("/nonexistent/ca.pem"));
    r = probe({m_bed->target(Listener::Plain), u"-w"_s, ws(), u"--server"_s, u"EDGE09"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("EDGE09"));
}

void TestProbeCli::mxLookupWithoutDns()
{
    // A nameserver that never answers (TEST-NET-1): a clear I/O error, no probe.
    const auto r = probe({u"--domain"_s, u"b.example"_s, u"--nameserver"_s, u"192.0.2.1"_s, u"--timeout"_s,
                          u"1"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("DNS gave no usable answer for b.example"), r.err.constData());
}

void TestProbeCli::mxHostsInOrder()
{
    // A fake DNS server: b.example's MX hosts are two of the testbed's listeners (named by their
    // addresses, so that no other DNS is needed to reach them), listed out of order.
    const QMap<QByteArray, FakeDnsServer::Zone> zones{{"b.example",
                                                       {{{20, m_bed->address(Listener::WrongName).toLatin1()},
                                                         {10, m_bed->address(Listener::Plain).toLatin1()}},
                                                        {},
                                                        0}}};
    FakeDnsServer dns(u"127.0.0.154"_s, zones);
    QVERIFY2(dns.isListening(), "binding UDP 127.0.0.154:53 needs root");
    const auto r = probe({u"--domain"_s, u"b.example"_s, u"--nameserver"_s, u"127.0.0.154"_s, u"--port"_s,
                          u"2525"_s, u"--ca-file"_s, m_bed->caFile(), u"--json"_s});
    QCOMPARE(r.exitCode, 1); // the second MX has the wrong certificate
    const QJsonObject o = json(r);
    QCOMPARE(o[u"schema"_s].toString(), u"domainsecure-probe-mx/1"_s);
    QCOMPARE(o[u"domain"_s].toString(), u"b.example"_s);
    QCOMPARE(o[u"success"_s].toBool(true), false);
    const QJsonArray mx = o[u"mx"_s].toArray();
    QCOMPARE(mx.size(), 2);
    QCOMPARE(mx[0][u"host"_s].toString(), m_bed->address(Listener::Plain));
    QCOMPARE(mx[0][u"preference"_s].toInt(), 10);
    QCOMPARE(mx[1][u"host"_s].toString(), m_bed->address(Listener::WrongName));
    const QJsonArray reports = o[u"reports"_s].toArray();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports[0][u"schema"_s].toString(), u"domainsecure-probe/2"_s);
    QCOMPARE(reports[0][u"port"_s].toInt(), 2525);
    QCOMPARE(reports[0][u"result"_s].toString(), u"success"_s);
    QCOMPARE(reports[1][u"result"_s].toString(), u"certificate-host-mismatch"_s);

    // Text mode lists the MX hosts before the probes.
    const auto text = probe({u"--domain"_s, u"b.example"_s, u"--nameserver"_s, u"127.0.0.154"_s, u"--port"_s,
                             u"2525"_s, u"--ca-file"_s, m_bed->caFile()});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(
        text.out.startsWith(QByteArray("MX 10 " + m_bed->address(Listener::Plain).toLatin1() + "\nMX 20 ")),
        text.out.left(200).constData());
}

QTEST_GUILESS_MAIN(TestProbeCli)
#include "tst_probecli.moc"
