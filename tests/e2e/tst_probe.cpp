// SmtpProbe against a real Postfix on loopback (one instance, a listener per case, see
// ProbeTestbed), with our client certificate taken from a workspace. For every TLS case the
// protocol, cipher, key-exchange group and verification verdict are compared with Debian's
// posttls-finger run against the same listener with the same trust anchor and certificate.
#include "model/certificatemanager.h"
#include "model/workspace.h"
#include "probe/smtpprobe.h"
#include "probetestbed.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace ds::core;

using namespace Qt::StringLiterals;
using Listener = ProbeTestbed::Listener;

class TestProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mutualAccepted();
    void unknownCaNotTrusted();
    void wrongNameMismatch();
    void noStarttls();
    void mutualWithoutCertificate();
    void mutualWithUntrustedCertificate();
    void encryptLevelDoesNotJudge();
    void chainSentAndBuilt();
    void nameOnlyInCommonName();
    void expiredAtInjectedTime();

private:
    ProbeOptions options(Listener listener) const;
    ProbeReport probe(const ProbeOptions& options);
    static const ProbeReport::NameMatch* match(const ProbeReport& report, const QString& reference);
    // Protocol, cipher, group and verdict of our report against posttls-finger's.
    void compareWithFinger(const ProbeReport& report, const ProbeTestbed::Finger& finger,
                           const QString& expectedVerdict);

    std::unique_ptr<ProbeTestbed> m_bed;
    Workspace m_workspace;
    static const inline QString kAcceptableCa = u"CN=DomainSecure Test CA,O=DomainSecure Tests"_s;
};

void TestProbe::initTestCase()
{
    QVERIFY2(QFileInfo(u"/usr/sbin/posttls-finger"_s).isExecutable(), "Debian's postfix package is needed");
    m_bed = std::make_unique<ProbeTestbed>(u"probe"_s, 71);
    QVERIFY2(m_bed->setUp(), qPrintable(m_bed->errorString()));

    // Our side as an administrator has it: server EDGE01 (mx.a.example) with the certificate from
    // the test CA imported with its key and enabled for SMTP, and the test CA as partner root.
    Server edge;
    edge.name = u"EDGE01"_s;
    edge.fqdn = u"mx.a.example"_s;
    m_workspace.organization = u"A"_s;
    m_workspace.servers << edge;
    CertificateManager::ImportOptions import;
    import.enable = Service::SMTP;
    auto imported =
        CertificateManager::importFile(m_workspace, m_bed->ourBundle(), {}, u"EDGE01"_s, import, {});
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    auto roots = CertificateManager::addTrustedRoots(m_workspace, TestSupport::readFile(m_bed->caFile()),
                                                     m_bed->caFile());
    QVERIFY2(roots.ok(), qPrintable(roots.errorMessage()));
    QVERIFY(m_workspace.servers.first().smtpCertificate());
}

ProbeOptions TestProbe::options(Listener listener) const
{
    ProbeOptions o;
    const Status target = o.setTarget(m_bed->target(listener));
    Q_ASSERT(target.ok());
    o.domain = u"b.example"_s;
    o.level = ProbeLevel::Secure;
    o.timeoutMs = 10000;
    const Status ws = o.useWorkspace(m_workspace, u"EDGE01"_s, {});
    Q_ASSERT(ws.ok());
    return o;
}

ProbeReport TestProbe::probe(const ProbeOptions& options)
{
    ProbeReport report = SmtpProbe(options).run();
    qDebug().noquote() << report.toText();
    return report;
}

const ProbeReport::NameMatch* TestProbe::match(const ProbeReport& report, const QString& reference)
{
    for (const ProbeReport::NameMatch& m : report.nameMatches) {
        if (m.reference == reference)
            return &m;
    }
    return nullptr;
}

void TestProbe::compareWithFinger(const ProbeReport& report, const ProbeTestbed::Finger& finger,
                                  const QString& expectedVerdict)
{
    QVERIFY2(finger.ok(), qPrintable(finger.output));
    QCOMPARE(finger.verdict, expectedVerdict);
    QCOMPARE(report.protocol, finger.protocol);
    QCOMPARE(report.cipher, finger.cipher);
    QCOMPARE(report.group.toLower(), finger.group.toLower());
    // posttls-finger's verdicts: Verified = trusted chain and a matching name; Untrusted = the
    // chain or (Postfix >= 3.x with OpenSSL's name checks) the name failed, with the reason.
    QCOMPARE(report.trusted && report.nameMatched, finger.verdict == u"Verified"_s);
    if (!report.trusted)
        QVERIFY2(finger.failureReason.startsWith(u"untrusted issuer"_s), qPrintable(finger.failureReason));
    else if (!report.nameMatched)
        QVERIFY2(finger.failureReason.contains(u"hostname mismatch"_s), qPrintable(finger.failureReason));
    else
        QVERIFY2(finger.failureReason.isEmpty(), qPrintable(finger.failureReason));
}

void TestProbe::mutualAccepted()
{
    const ProbeReport report = probe(options(Listener::Mutual));
    QCOMPARE(ProbeReport::resultName(report.result), u"success"_s);
    QVERIFY(report.error.isEmpty());

    // Every step, in order, each timed and ok.
    QStringList names;
    for (const ProbeReport::Step& step : report.steps) {
        names << step.name;
        QVERIFY2(step.ok, qPrintable(step.name));
        QVERIFY(step.startMs >= 0 && step.durationMs >= 0);
        QVERIFY(step.startMs + step.durationMs <= report.totalMs);
    }
    QCOMPARE(names, (QStringList{u"connect"_s, u"banner"_s, u"ehlo"_s, u"starttls"_s, u"tls"_s, u"ehlo-tls"_s,
                                 u"quit"_s}));
    QCOMPARE(report.address, m_bed->address(Listener::Mutual));
    QCOMPARE(report.ehloName, u"mx.a.example"_s); // the server's FQDN from the workspace
    QCOMPARE(report.serverName, u"b.example"_s);  // SNI: the partner domain for an IP literal
    QVERIFY(report.banner.startsWith(u"mx.b.example ESMTP"_s));
    QVERIFY(report.starttlsOffered);
    QVERIFY(!report.extensionsAfterTls.contains(u"STARTTLS"_s));

    QVERIFY(report.tlsEstablished);
    QCOMPARE(report.protocol, u"TLSv1.3"_s);
    QVERIFY(!report.cipher.isEmpty() && report.cipherBits >= 128);
    QVERIFY(!report.group.isEmpty());

    // The server's certificate and its verification.
    QVERIFY(report.trusted);
    QVERIFY(!report.expired);
    QVERIFY(report.trustSources.contains(u"workspace:1"_s));
    QCOMPARE(report.chainSent.size(), 2); // Postfix completes its chain from smtpd_tls_CAfile
    QCOMPARE(report.chainBuilt.size(), 2);
    const Certificate& leaf = report.chainSent.first().certificate;
    QCOMPARE(leaf.subject(), u"CN=mx.b.example,O=DomainSecure Tests"_s);
    QCOMPARE(leaf.issuer(), kAcceptableCa);
    QCOMPARE(leaf.keyType(), u"RSA"_s);
    QCOMPARE(leaf.keyBits(), 2048);
    QCOMPARE(leaf.extendedKeyUsages(), (QStringList{u"serverAuth"_s, u"clientAuth"_s}));
    const qint64 daysLeft = report.chainSent.first().daysLeft;
    QVERIFY2(daysLeft == 19 || daysLeft == 20, qPrintable(QString::number(daysLeft)));
    QCOMPARE(leaf.dnsNames(), (QStringList{u"mx.b.example"_s, u"b.example"_s}));
    // Secure level: the names of the partner domain, as Postfix's secure level checks them.
    QCOMPARE(report.referenceNames, (QStringList{u"b.example"_s, u".b.example"_s}));
    QVERIFY(report.nameMatched);
    QVERIFY(!report.nameOnlyInCn);
    QCOMPARE(match(report, u"b.example"_s)->matchedName, u"b.example"_s);
    QCOMPARE(match(report, u"b.example"_s)->referenceKind, u"domain"_s);
    QCOMPARE(match(report, u".b.example"_s)->matchedName, u"mx.b.example"_s);
    QCOMPARE(match(report, u".b.example"_s)->referenceKind, u"subdomain"_s);
    QCOMPARE(match(report, u".b.example"_s)->source, u"san"_s);

    // Mutual TLS: requested, the acceptable CA names, ours chains to one, and the verdict.
    const ProbeReport::ClientAuth& auth = report.clientAuth;
    QVERIFY(auth.requested);
    QCOMPARE(auth.acceptableCas, QStringList{kAcceptableCa});
    QVERIFY(auth.certificateConfigured);
    QVERIFY(auth.certificateSent);
    QCOMPARE(auth.subject, u"CN=mx.a.example,O=DomainSecure Tests"_s);
    QVERIFY(auth.chainsToAcceptableCa);
    QVERIFY(auth.hasClientAuthEku);
    QCOMPARE(auth.verdict, u"accepted"_s);

    // Postfix agrees: it verified our certificate.
    QVERIFY2(
        m_bed->postfix().waitForLog(
            QRegularExpression(u"postfix-probe/0/smtpd.*Trusted TLS connection established from"_s), 5000),
        qPrintable(m_bed->postfix().log().right(2000)));

    const ProbeTestbed::Finger finger =
        m_bed->posttlsFinger(Listener::Mutual, u"secure"_s, m_bed->path(u"ours.pem"_s),
                             m_bed->path(u"ours.key"_s), {u"b.example"_s, u".b.example"_s});
    compareWithFinger(report, finger, u"Verified"_s);
    QVERIFY(finger.ehloRejected.isEmpty());
    QCOMPARE(finger.matchedNames, QStringList{u"b.example"_s});
}

void TestProbe::unknownCaNotTrusted()
{
    const ProbeReport report = probe(options(Listener::UnknownCa));
    QCOMPARE(ProbeReport::resultName(report.result), u"certificate-not-trusted"_s);
    QCOMPARE(report.failedStep, u"tls"_s);
    QVERIFY(report.tlsEstablished);
    QVERIFY(!report.trusted);
    QCOMPARE(report.trustErrorCode, 20); // X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    QVERIFY(!report.trustError.isEmpty());
    QCOMPARE(report.chainSent.first().certificate.issuer(), u"CN=Unknown Test CA,O=DomainSecure Tests"_s);
    QVERIFY(report.nameMatched); // the name is fine; the CA is not
    QVERIFY2(report.error.contains(u"Unknown Test CA"_s), qPrintable(report.error));
    QVERIFY2(report.hint.contains(u"trust add"_s), qPrintable(report.hint));
    QCOMPARE(report.clientAuth.verdict, u"not-requested"_s);

    const ProbeTestbed::Finger finger =
        m_bed->posttlsFinger(Listener::UnknownCa, u"secure"_s, {}, {}, {u"b.example"_s, u".b.example"_s});
    compareWithFinger(report, finger, u"Untrusted"_s);
}

void TestProbe::wrongNameMismatch()
{
    const ProbeReport report = probe(options(Listener::WrongName));
    QCOMPARE(ProbeReport::resultName(report.result), u"certificate-host-mismatch"_s);
    QVERIFY(report.trusted);
    QVERIFY(!report.nameMatched);
    QCOMPARE(report.nameMatches.size(), 2);
    for (const ProbeReport::NameMatch& m : report.nameMatches)
        QVERIFY2(m.matchedName.isEmpty(), qPrintable(m.reference));
    QVERIFY2(report.error.contains(u"mx.c.example, c.example"_s), qPrintable(report.error));
    QVERIFY2(report.error.contains(u"b.example, .b.example"_s), qPrintable(report.error));
    QVERIFY(!report.hint.isEmpty());

    const ProbeTestbed::Finger finger =
        m_bed->posttlsFinger(Listener::WrongName, u"secure"_s, {}, {}, {u"b.example"_s, u".b.example"_s});
    compareWithFinger(report, finger, u"Untrusted"_s);
    QVERIFY(finger.matchedNames.isEmpty());
}

void TestProbe::noStarttls()
{
    const ProbeReport report = probe(options(Listener::NoStarttls));
    QCOMPARE(ProbeReport::resultName(report.result), u"starttls-not-supported"_s);
    QCOMPARE(report.failedStep, u"ehlo"_s);
    QVERIFY(!report.starttlsOffered);
    QVERIFY(!report.tlsEstablished);
    QVERIFY(report.extensions.contains(u"PIPELINING"_s));
    QVERIFY(!report.hint.isEmpty());

    // posttls-finger sees the same: no TLS at all.
    const ProbeTestbed::Finger finger =
        m_bed->posttlsFinger(Listener::NoStarttls, u"secure"_s, {}, {}, {u"b.example"_s});
    QVERIFY2(!finger.ok(), qPrintable(finger.output));
    QVERIFY2(finger.output.contains(u"< 250 "_s), qPrintable(finger.output)); // it saw the EHLO reply
    QVERIFY(!finger.starttlsOffered);
}

void TestProbe::mutualWithoutCertificate()
{
    ProbeOptions o = options(Listener::Mutual);
    o.clientCertificateDer.clear();
    o.clientKeyDer.clear();
    o.clientChainDer.clear();
    const ProbeReport report = probe(o);
    QCOMPARE(ProbeReport::resultName(report.result), u"validation-failure"_s);
    const ProbeReport::ClientAuth& auth = report.clientAuth;
    QVERIFY(auth.requested);
    QCOMPARE(auth.acceptableCas, QStringList{kAcceptableCa});
    QVERIFY(!auth.certificateConfigured);
    QVERIFY(!auth.certificateSent);
    QVERIFY2(auth.verdict.startsWith(u"rejected-"_s), qPrintable(auth.verdict));
    QVERIFY(!auth.verdictDetail.isEmpty());
    QVERIFY2(report.hint.contains(u"--server"_s), qPrintable(report.hint));

    // Postfix (req_ccert) answers the EHLO after TLS with 421; posttls-finger saw the same.
    QCOMPARE(auth.verdict, u"rejected-reply"_s);
    QCOMPARE(report.failedStep, u"ehlo-tls"_s);
    QVERIFY2(auth.verdictDetail.contains(u"No client certificate presented"_s),
             qPrintable(auth.verdictDetail));
    const ProbeTestbed::Finger finger =
        m_bed->posttlsFinger(Listener::Mutual, u"secure"_s, {}, {}, {u"b.example"_s, u".b.example"_s});
    compareWithFinger(report, finger, u"Verified"_s);
    QCOMPARE(auth.verdictDetail, finger.ehloRejected);
}

void TestProbe::mutualWithUntrustedCertificate()
{
    ProbeOptions o = options(Listener::Mutual);
    o.clientCertificateDer = m_bed->der(u"rogue.pem"_s);
    o.clientKeyDer = m_bed->keyDer(u"rogue.key"_s);
    o.clientChainDer.clear();
    const ProbeReport report = probe(o);
    QCOMPARE(ProbeReport::resultName(report.result), u"validation-failure"_s);
    const ProbeReport::ClientAuth& auth = report.clientAuth;
    QVERIFY(auth.requested);
    QVERIFY(auth.certificateSent);
    QVERIFY(!auth.chainsToAcceptableCa);
    QVERIFY(auth.hasClientAuthEku);
    QVERIFY2(auth.verdict.startsWith(u"rejected-"_s), qPrintable(auth.verdict));
    QVERIFY(!auth.verdictDetail.isEmpty());
    QVERIFY2(report.error.contains(u"refused our client certificate"_s) ||
                 report.error.contains(u"after our client certificate"_s),
             qPrintable(report.error));
    QVERIFY2(report.hint.contains(u"DomainSecure Test CA"_s), qPrintable(report.hint));
    // The server's own certificate was still judged and fine.
    QVERIFY(report.trusted);

    QCOMPARE(auth.verdict, u"rejected-reply"_s);
    QVERIFY2(auth.verdictDetail.contains(u"Client certificate not trusted"_s),
             qPrintable(auth.verdictDetail));
    const ProbeTestbed::Finger finger =
        m_bed->posttlsFinger(Listener::Mutual, u"secure"_s, m_bed->path(u"rogue.pem"_s),
                             m_bed->path(u"rogue.key"_s), {u"b.example"_s, u".b.example"_s});
    compareWithFinger(report, finger, u"Verified"_s);
    QCOMPARE(auth.verdictDetail, finger.ehloRejected);
}

void TestProbe::encryptLevelDoesNotJudge()
{
    ProbeOptions o = options(Listener::UnknownCa);
    o.level = ProbeLevel::Encrypt;
    const ProbeReport report = probe(o);
    QCOMPARE(ProbeReport::resultName(report.result), u"success"_s);
    QVERIFY(!report.trusted); // still reported
    QCOMPARE(report.level, u"encrypt"_s);

    const ProbeTestbed::Finger finger = m_bed->posttlsFinger(Listener::UnknownCa, u"encrypt"_s, {}, {}, {});
    QVERIFY2(finger.ok(), qPrintable(finger.output));
    QCOMPARE(report.protocol, finger.protocol);
    QCOMPARE(report.cipher, finger.cipher);
}

void TestProbe::chainSentAndBuilt()
{
    const ProbeReport report = probe(options(Listener::Plain));
    QCOMPARE(ProbeReport::resultName(report.result), u"success"_s);
    QCOMPARE(report.clientAuth.verdict, u"not-requested"_s);
    // Without smtpd_tls_CAfile Postfix sends only its leaf; the chain as built adds the
    // workspace's partner root. (With a CA file OpenSSL completes the chain it sends.)
    QCOMPARE(report.chainSent.size(), 1);
    QCOMPARE(report.chainBuilt.size(), 2);
    const Certificate& root = report.chainBuilt.last().certificate;
    QCOMPARE(root.subject(), kAcceptableCa);
    QVERIFY(root.actsAsCa() && root.isSelfIssued());
    QCOMPARE(root.keyType(), u"EC"_s);
    QCOMPARE(root.keyBits(), 256);
    QCOMPARE(root.keyGroup(), u"prime256v1"_s);
    QCOMPARE(report.chainBuilt.first().certificate.sha256Fingerprint(),
             report.chainSent.first().certificate.sha256Fingerprint());
    // The product's one fingerprint format: openssl's, without the colons.
    const QString expected =
        QString::fromUtf8(TestSupport::openssl({u"x509"_s, u"-in"_s, m_bed->caFile(), u"-noout"_s,
                                                u"-fingerprint"_s, u"-sha256"_s})
                              .out.trimmed()
                              .split('=')
                              .last())
            .remove(u':');
    QCOMPARE(root.sha256Fingerprint(), expected);

    const QJsonObject json = report.toJson();
    QCOMPARE(json[u"tls"_s][u"chainBuilt"_s].toArray().size(), 2);
    QCOMPARE(json[u"tls"_s][u"chainSent"_s][0][u"keyBits"_s].toInt(), 2048);
    QCOMPARE(json[u"tls"_s][u"chainBuilt"_s][1][u"sha256"_s].toString(), expected);

    const ProbeTestbed::Finger finger =
        m_bed->posttlsFinger(Listener::Plain, u"secure"_s, {}, {}, {u"b.example"_s, u".b.example"_s});
    compareWithFinger(report, finger, u"Verified"_s);
}

void TestProbe::nameOnlyInCommonName()
{
    const ProbeReport report = probe(options(Listener::CnOnly));
    // Postfix (and so this probe) still accepts a CN-only name, with a warning.
    QCOMPARE(ProbeReport::resultName(report.result), u"success"_s);
    QVERIFY(report.chainSent.first().certificate.dnsNames().isEmpty());
    QVERIFY(report.nameMatched);
    QVERIFY(report.nameOnlyInCn);
    QCOMPARE(match(report, u".b.example"_s)->source, u"cn"_s);
    QCOMPARE(match(report, u".b.example"_s)->matchedName, u"mx.b.example"_s);
    QVERIFY(match(report, u"b.example"_s)->matchedName.isEmpty());
    QVERIFY2(report.hint.contains(u"only in the CN"_s), qPrintable(report.hint));
    QVERIFY(report.toText().contains(u"WARNING: the name is only in the CN"_s));
    QCOMPARE(report.toJson()[u"names"_s][u"onlyInCommonName"_s].toBool(), true);

    const ProbeTestbed::Finger finger =
        m_bed->posttlsFinger(Listener::CnOnly, u"secure"_s, {}, {}, {u"b.example"_s, u".b.example"_s});
    compareWithFinger(report, finger, u"Verified"_s);
}

void TestProbe::expiredAtInjectedTime()
{
    // The probe judges validity at Clock::current(): 25 days on, the server's certificate (20
    // days) has expired while the CA (30 days) has not.
    const Clock* previous = &Clock::current();
    FixedClock later(QDateTime::currentDateTimeUtc().addDays(25));
    Clock::setCurrent(&later);
    const ProbeReport report = probe(options(Listener::Plain));
    Clock::setCurrent(previous);
    QCOMPARE(ProbeReport::resultName(report.result), u"certificate-expired"_s);
    QCOMPARE(report.failedStep, u"tls"_s);
    QVERIFY(report.expired);
    QVERIFY(!report.trusted);
    QCOMPARE(report.trustErrorCode, 10); // X509_V_ERR_CERT_HAS_EXPIRED
    QVERIFY(report.chainSent.first().daysLeft < 0);
    QVERIFY2(report.hint.contains(u"renew"_s), qPrintable(report.hint));
}

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
