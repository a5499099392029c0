#include "crypto/systemtruststore.h"
#include "model/connectorpresets.h"
#include "operations/partnerpinoperations.h"
#include "partnerpki.h"
#include "util/clock.h"
#include "validate/partnerpinrules.h"
#include "validate/validator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// The pinning rules and PartnerPinOperations: a pin's certificate must carry the partner domain
// (for Exchange and Postfix), a pin about to expire is a warning, a Postfix partner listener that
// trusts a public CA without a pin is an error; the operations add, refuse and remove pins.
class TestPartnerPinRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addPemAndDer();
    void addRefusesCaAndKeysAndBadDomains();
    void addTwiceIsNoChange();
    void removePin();
    void domainMissingIsAnErrorForBothTargets();
    void expiringPinIsAWarning();
    void systemStoreKnowsPublicRoots();
    void publicCaWithoutPinIsAnErrorForPostfix();

private:
    static QList<Finding> withCode(const QList<Finding>& findings, const QString& code);
    Workspace partnerWorkspace(const QByteArray& rootDer) const;
    QString pki(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QList<Finding> TestPartnerPinRules::withCode(const QList<Finding>& findings, const QString& code)
{
    QList<Finding> found;
    for (const Finding& finding : findings) {
        if (finding.code == code)
            found << finding;
    }
    return found;
}

void TestPartnerPinRules::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.path();
    QVERIFY(PartnerPki::makeCa(dir, u"ca"_s, u"Partner Root"_s));
    QVERIFY(PartnerPki::makeLeaf(dir, u"ca"_s, u"mx"_s, {u"mx.b.example"_s, u"b.example"_s}));
    QVERIFY(PartnerPki::makeLeaf(dir, u"ca"_s, u"hostonly"_s, {u"mx.b.example"_s}));
    QVERIFY(PartnerPki::makeLeaf(dir, u"ca"_s, u"short"_s, {u"b.example"_s}, 10));
    const auto der = TestSupport::openssl(
        {u"x509"_s, u"-in"_s, pki(u"mx.pem"_s), u"-outform"_s, u"DER"_s, u"-out"_s, pki(u"mx.der"_s)});
    QCOMPARE(der.exitCode, 0);
    // A PKCS#8 key and certificate in one PEM file: not a partner certificate to import.
    QVERIFY(TestSupport::writeFile(pki(u"withkey.pem"_s), TestSupport::readFile(pki(u"mx.pem"_s)) +
                                                              TestSupport::readFile(pki(u"mx.key"_s))));
}

Workspace TestPartnerPinRules::partnerWorkspace(const QByteArray& rootDer) const
{
    Workspace ws;
    ws.organization = u"Contoso"_s;
    Server server;
    server.name = u"EDGE01"_s;
    server.fqdn = u"mail.contoso.example"_s;
    ReceiveConnector partner = ConnectorPresets::receiveConnector(u"From B"_s, ReceiveUsage::Partner);
    partner.domainSecureEnabled = true;
    partner.partnerDomains = {SmtpDomain::parse(u"b.example"_s).value()};
    server.receiveConnectors << partner;
    ws.servers << server;
    ws.trustedRoots << rootDer;
    return ws;
}

void TestPartnerPinRules::addPemAndDer()
{
    const Workspace ws;
    for (const QString& name : {u"mx.pem"_s, u"mx.der"_s}) {
        auto change =
            PartnerPinOperations::addCertificate(ws, u"B.Example"_s, TestSupport::readFile(pki(name)), name);
        QVERIFY2(change.ok(), qPrintable(change.errorMessage()));
        QCOMPARE(change->workspace.partnerCertificates.size(), 1);
        const PartnerCertificate& added = change->workspace.partnerCertificates.first();
        QCOMPARE(added.domain.toString(), u"b.example"_s);
        QCOMPARE(added.pin, PartnerPki::opensslPublicKeyPin(pki(u"mx.pem"_s)));
        QVERIFY(change->description.contains(added.pin));
        QVERIFY(change->findings.isEmpty());
    }
}

void TestPartnerPinRules::addRefusesCaAndKeysAndBadDomains()
{
    const Workspace ws;
    auto ca = PartnerPinOperations::addCertificate(ws, u"b.example"_s,
                                                   TestSupport::readFile(pki(u"ca.pem"_s)), u"ca.pem"_s);
    QVERIFY(!ca.ok());
    QVERIFY2(ca.errorMessage().contains(u"CA certificate"_s), qPrintable(ca.errorMessage()));
    auto key = PartnerPinOperations::addCertificate(
        ws, u"b.example"_s, TestSupport::readFile(pki(u"withkey.pem"_s)), u"withkey.pem"_s);
    QVERIFY(!key.ok());
    QVERIFY2(key.errorMessage().contains(u"private key"_s), qPrintable(key.errorMessage()));
    auto domain = PartnerPinOperations::addCertificate(ws, u"*.b.example"_s,
                                                       TestSupport::readFile(pki(u"mx.pem"_s)), u"mx.pem"_s);
    QVERIFY(!domain.ok());
    auto garbage = PartnerPinOperations::addCertificate(ws, u"b.example"_s, "not a certificate", u"x.pem"_s);
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.error().code, ErrorCode::BadInput);
}

void TestPartnerPinRules::addTwiceIsNoChange()
{
    auto first = PartnerPinOperations::addCertificate(Workspace{}, u"b.example"_s,
                                                      TestSupport::readFile(pki(u"mx.pem"_s)), u"mx.pem"_s);
    QVERIFY(first.ok());
    auto second = PartnerPinOperations::addCertificate(first->workspace, u"b.example"_s,
                                                       TestSupport::readFile(pki(u"mx.der"_s)), u"mx.der"_s);
    QVERIFY(second.ok());
    QVERIFY(second->alreadyPresent);
    QCOMPARE(second->workspace, first->workspace);
}

void TestPartnerPinRules::removePin()
{
    auto added = PartnerPinOperations::addCertificate(Workspace{}, u"b.example"_s,
                                                      TestSupport::readFile(pki(u"mx.pem"_s)), u"mx.pem"_s);
    QVERIFY(added.ok());
    const QString pin = added->added.pin;
    // The Postfix form (pairs with ':', lowercase) names the same pin.
    auto removed = PartnerPinOperations::removePin(added->workspace, u"b.example"_s,
                                                   PartnerCertificate::postfixFingerprint(pin).toLower());
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QVERIFY(removed->workspace.partnerCertificates.isEmpty());
    auto otherDomain = PartnerPinOperations::removePin(added->workspace, u"c.example"_s, pin);
    QVERIFY(!otherDomain.ok());
    QVERIFY(otherDomain.errorMessage().contains(u"c.example"_s));
    QVERIFY(!PartnerPinOperations::removePin(added->workspace, u"b.example"_s, u"1234"_s).ok());
}

void TestPartnerPinRules::domainMissingIsAnErrorForBothTargets()
{
    auto change = PartnerPinOperations::addCertificate(
        Workspace{}, u"b.example"_s, TestSupport::readFile(pki(u"hostonly.pem"_s)), u"h.pem"_s);
    QVERIFY(change.ok());
    // The operation reports it with the change.
    QCOMPARE(withCode(change->findings, u"PIN-DOMAIN-MISSING"_s).size(), 1);
    for (ValidationTarget target : {ValidationTarget::Exchange2007, ValidationTarget::Postfix}) {
        const auto found = withCode(Validator::run(change->workspace, target), u"PIN-DOMAIN-MISSING"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Finding::Severity::Error);
        QCOMPARE(found.first().location.id, u"b.example"_s);
        QVERIFY(found.first().message.contains(u"mx.b.example"_s));
    }
}

void TestPartnerPinRules::expiringPinIsAWarning()
{
    auto change = PartnerPinOperations::addCertificate(
        Workspace{}, u"b.example"_s, TestSupport::readFile(pki(u"short.pem"_s)), u"s.pem"_s);
    QVERIFY(change.ok());
    const QDateTime notAfter = change->added.notAfter;
    const FixedClock soon(notAfter.addDays(-PartnerPinRules::kExpiryWarningDays + 1));
    auto found =
        withCode(Validator::run(change->workspace, ValidationTarget::Postfix, soon), u"PIN-EXPIRING"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Finding::Severity::Warning);
    const FixedClock early(notAfter.addDays(-PartnerPinRules::kExpiryWarningDays - 1));
    QVERIFY(withCode(Validator::run(change->workspace, ValidationTarget::Postfix, early), u"PIN-EXPIRING"_s)
                .isEmpty());
    const FixedClock late(notAfter.addDays(1));
    found = withCode(Validator::run(change->workspace, ValidationTarget::Postfix, late), u"PIN-EXPIRED"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Finding::Severity::Error);
}

void TestPartnerPinRules::systemStoreKnowsPublicRoots()
{
    const QStringList files = QDir(SystemTrustStore::kDefaultDirectory).entryList({u"*.pem"_s}, QDir::Files);
    QVERIFY2(!files.isEmpty(), "the system CA store /etc/ssl/certs is empty");
    auto publicRoot = Certificate::fromPem(
        TestSupport::readFile(SystemTrustStore::kDefaultDirectory + u'/' + files.first()));
    QVERIFY(publicRoot.ok());
    QVERIFY(SystemTrustStore::contains(publicRoot.value()));
    auto ourRoot = Certificate::fromPem(TestSupport::readFile(pki(u"ca.pem"_s)));
    QVERIFY(!SystemTrustStore::contains(ourRoot.value()));
}

void TestPartnerPinRules::publicCaWithoutPinIsAnErrorForPostfix()
{
    const QStringList files = QDir(SystemTrustStore::kDefaultDirectory).entryList({u"*.pem"_s}, QDir::Files);
    QVERIFY(!files.isEmpty());
    const QByteArray publicRoot =
        Certificate::fromPem(
            TestSupport::readFile(SystemTrustStore::kDefaultDirectory + u'/' + files.first()))
            ->toDer();
    Workspace ws = partnerWorkspace(publicRoot);
    auto found = withCode(Validator::run(ws, ValidationTarget::Postfix), u"PIN-PUBLIC-CA-UNPINNED"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Finding::Severity::Error);
    QCOMPARE(found.first().location.id, u"From B"_s);
    // The fix is an action with the domain to pin, not a command line in the hint.
    QCOMPARE(found.first().fix.action, FindingFix::Action::PinPartnerCertificate);
    QVERIFY(!found.first().fix.argument.isEmpty());
    QVERIFY(!found.first().hint.contains(u"--domain"_s));
    QCOMPARE(found.first().fix.toJson()[u"action"_s].toString(), u"pin-partner-certificate"_s);
    // Exchange matches the partner's domain itself; the rule is Postfix's.
    QVERIFY(
        withCode(Validator::run(ws, ValidationTarget::Exchange2007), u"PIN-PUBLIC-CA-UNPINNED"_s).isEmpty());
    // A private partner root needs no pin for this rule.
    Workspace privateRoot =
        partnerWorkspace(Certificate::fromPem(TestSupport::readFile(pki(u"ca.pem"_s)))->toDer());
    QVERIFY(withCode(Validator::run(privateRoot, ValidationTarget::Postfix), u"PIN-PUBLIC-CA-UNPINNED"_s)
                .isEmpty());
    // With the partner's key pinned the finding goes.
    auto pinned = PartnerPinOperations::addCertificate(ws, u"b.example"_s,
                                                       TestSupport::readFile(pki(u"mx.pem"_s)), u"mx.pem"_s);
    QVERIFY(pinned.ok());
    QVERIFY(
        withCode(Validator::run(pinned->workspace, ValidationTarget::Postfix), u"PIN-PUBLIC-CA-UNPINNED"_s)
            .isEmpty());
}

QTEST_GUILESS_MAIN(TestPartnerPinRules)
#include "tst_partnerpinrules.moc"
