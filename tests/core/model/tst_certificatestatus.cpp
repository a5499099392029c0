#include "crypto/certificateauthority.h"
#include "cryptotesthelpers.h"
#include "model/certificatestatus.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

using CryptoTest::ScopedClock;

// Status by the injectable clock; every FixedClock is removed again (ScopedClock).
class TestCertificateStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void byTime_data();
    void byTime();
    void expiringSoonBoundary();
    void noPrivateKey();
    void untrustedSaysWhy();
    void expiredWinsOverUntrusted();
    void pendingRequest();
    void names();

private:
    CertificateEntry entry(bool withKey) const;
    ChainVerifier trustingVerifier() const;

    CertificateAuthority m_root;
    Certificate m_leaf;
    QDateTime m_start;
};

void TestCertificateStatus::initTestCase()
{
    auto rootKey = PrivateKey::generate(KeySpec::ecP256());
    auto key = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(rootKey.ok() && key.ok());
    m_start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    ScopedClock clock(m_start); // validity starts at the clock's now
    auto root = CertificateAuthority::makeRoot(DistinguishedName::parse(u"CN=Status Root"_s).value(),
                                               rootKey.value());
    QVERIFY(root.ok());
    m_root = root.value();
    auto leaf = m_root.issue(key->spkiDer(), DistinguishedName::parse(u"CN=mail.contoso.example"_s).value(),
                             {u"mail.contoso.example"_s}, {});
    QVERIFY(leaf.ok());
    m_leaf = leaf.value();
    QCOMPARE(m_leaf.notBefore(), m_start);
    QCOMPARE(m_leaf.notAfter(), m_start.addDays(365));
}

void TestCertificateStatus::cleanup()
{
    // Every test restored the system clock.
    QVERIFY(qAbs(Clock::current().now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

CertificateEntry TestCertificateStatus::entry(bool withKey) const
{
    CertificateEntry result = CertificateEntry::fromCertificate(m_leaf);
    if (withKey)
        result.privateKey = "stored key";
    return result;
}

ChainVerifier TestCertificateStatus::trustingVerifier() const
{
    ChainVerifier verifier;
    verifier.setSystemStorePath(QString());
    verifier.addTrustedRoot(m_root.certificate());
    return verifier;
}

void TestCertificateStatus::byTime_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<CertificateStatus>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("before notBefore") << -1 << CertificateStatus::NotYetValid << u"not valid before"_s;
    QTest::newRow("first day") << 0 << CertificateStatus::Valid << QString();
    QTest::newRow("mid-life") << 200 << CertificateStatus::Valid << QString();
    QTest::newRow("35 days left") << 330 << CertificateStatus::Valid << QString();
    QTest::newRow("20 days left") << 345 << CertificateStatus::ExpiringSoon << u"expires in 20 day"_s;
    QTest::newRow("last day") << 364 << CertificateStatus::ExpiringSoon << u"expires in 1 day"_s;
    QTest::newRow("day after") << 366 << CertificateStatus::Expired << u"expired on 2027-01-01"_s;
}

void TestCertificateStatus::byTime()
{
    QFETCH(int, day);
    QFETCH(CertificateStatus, status);
    QFETCH(QString, mentions);
    ScopedClock clock(m_start.addDays(day).addSecs(day < 0 ? 0 : 1));
    const CertificateStatusReport time = CertificateStatusEvaluator::evaluateTime(entry(true));
    QCOMPARE(time.status, status);
    QVERIFY2(time.reason.contains(mentions), qPrintable(time.reason));
    if (day == 345)
        QCOMPARE(time.daysLeft, 20);
    const CertificateStatusReport full =
        CertificateStatusEvaluator::evaluate(entry(true), trustingVerifier());
    QCOMPARE(full.status, status);
    if (status == CertificateStatus::Valid || status == CertificateStatus::ExpiringSoon) {
        QVERIFY2(full.trusted, qPrintable(full.trustReason));
        QVERIFY(full.usableForSmtp());
    } else {
        QVERIFY(!full.usableForSmtp());
    }
}

void TestCertificateStatus::expiringSoonBoundary()
{
    {
        ScopedClock clock(m_leaf.notAfter().addDays(-30).addSecs(-1));
        QCOMPARE(CertificateStatusEvaluator::evaluateTime(entry(true)).status, CertificateStatus::Valid);
    }
    {
        ScopedClock clock(m_leaf.notAfter().addDays(-30).addSecs(1));
        QCOMPARE(CertificateStatusEvaluator::evaluateTime(entry(true)).status,
                 CertificateStatus::ExpiringSoon);
    }
    QCOMPARE(CertificateStatusEvaluator::kExpiringSoonDays, 30);
}

void TestCertificateStatus::noPrivateKey()
{
    ScopedClock clock(m_start.addDays(10));
    const CertificateStatusReport report =
        CertificateStatusEvaluator::evaluate(entry(false), trustingVerifier());
    QCOMPARE(report.status, CertificateStatus::NoPrivateKey);
    QVERIFY(report.trusted);
    QVERIFY(!report.usableForSmtp());
    QVERIFY2(report.reason.contains(u"private key"_s), qPrintable(report.reason));
}

void TestCertificateStatus::untrustedSaysWhy()
{
    ScopedClock clock(m_start.addDays(10));
    ChainVerifier verifier;
    verifier.setSystemStorePath(QString());
    const CertificateStatusReport report = CertificateStatusEvaluator::evaluate(entry(true), verifier);
    QCOMPARE(report.status, CertificateStatus::Untrusted);
    QVERIFY(!report.trusted);
    QVERIFY2(report.reason.contains(u"Status Root"_s), qPrintable(report.reason));
    QVERIFY2(report.trustReason.contains(u"Status Root"_s), qPrintable(report.trustReason));
    // A damaged stored certificate is untrusted too, not a crash.
    CertificateEntry damaged = entry(true);
    damaged.certificateDer = "damaged";
    QCOMPARE(CertificateStatusEvaluator::evaluate(damaged, verifier).status, CertificateStatus::Untrusted);
}

void TestCertificateStatus::expiredWinsOverUntrusted()
{
    ScopedClock clock(m_start.addDays(400));
    ChainVerifier verifier;
    verifier.setSystemStorePath(QString());
    QCOMPARE(CertificateStatusEvaluator::evaluate(entry(true), verifier).status, CertificateStatus::Expired);
    QCOMPARE(CertificateStatusEvaluator::evaluate(entry(false), verifier).status, CertificateStatus::Expired);
}

void TestCertificateStatus::pendingRequest()
{
    PendingRequest request;
    request.created = m_start;
    const CertificateStatusReport report = CertificateStatusEvaluator::evaluate(request);
    QCOMPARE(report.status, CertificateStatus::PendingRequest);
    QVERIFY2(report.reason.contains(u"2026-01-01"_s), qPrintable(report.reason));
    QVERIFY(!report.usableForSmtp());
}

void TestCertificateStatus::names()
{
    const QList<std::pair<CertificateStatus, QString>> expected = {
        {CertificateStatus::Valid, u"Valid"_s},
        {CertificateStatus::ExpiringSoon, u"ExpiringSoon"_s},
        {CertificateStatus::Expired, u"Expired"_s},
        {CertificateStatus::NotYetValid, u"NotYetValid"_s},
        {CertificateStatus::Untrusted, u"Untrusted"_s},
        {CertificateStatus::NoPrivateKey, u"NoPrivateKey"_s},
        {CertificateStatus::PendingRequest, u"PendingRequest"_s}};
    for (const auto& [status, name] : expected) {
        QCOMPARE(CertificateStatusEvaluator::name(status), name);
        QVERIFY(!CertificateStatusEvaluator::displayName(status).isEmpty());
    }
    QCOMPARE(CertificateStatusEvaluator::displayName(CertificateStatus::NotYetValid), u"Not yet valid"_s);
}

QTEST_GUILESS_MAIN(TestCertificateStatus)
#include "tst_certificatestatus.moc"
