#include "crypto/keygenerationjob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace ds::core;

using namespace Qt::StringLiterals;

// Key generation off the calling thread, with progress and cancel (what the GUI's wizard uses).
class TestKeyGenerationJob : public QObject
{
    Q_OBJECT

private slots:
    void finishesWithKey_data();
    void finishesWithKey();
    void cancelEmitsCancelled();
    void destroyWhileRunning();
};

void TestKeyGenerationJob::finishesWithKey_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("rsa:2048") << u"rsa:2048"_s;
    QTest::newRow("ec:p384") << u"ec:p384"_s;
}

void TestKeyGenerationJob::finishesWithKey()
{
    QFETCH(QString, spec);
    KeyGenerationJob job;
    QSignalSpy finished(&job, &KeyGenerationJob::finished);
    QSignalSpy progress(&job, &KeyGenerationJob::progress);
    QVERIFY(!job.isRunning());
    job.start(KeySpec::parse(spec).value());
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(120000));
    QVERIFY(!job.isRunning());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.state(), KeyGenerationJob::State::Finished);
    QVERIFY(job.result().has_value());
    QVERIFY2(job.result()->ok(), qPrintable(job.result()->errorMessage()));
    const PrivateKey key = job.result()->value();
    QVERIFY(!key.isNull());
    QCOMPARE(key.description(), KeySpec::parse(spec)->description());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 100);
    QCOMPARE(progress.last().at(1).toInt(), 100);
    // start() again generates another key, for the spec it is given.
    job.start(KeySpec::parse(u"ec:p256"_s).value());
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.count(), 2);
    QVERIFY(job.result()->ok());
    QCOMPARE(job.result()->value().description(), KeySpec::parse(u"ec:p256"_s)->description());
    QVERIFY(job.result()->value().toPkcs8Der() != key.toPkcs8Der());
}

void TestKeyGenerationJob::cancelEmitsCancelled()
{
    KeyGenerationJob job;
    QSignalSpy finished(&job, &KeyGenerationJob::finished);
    job.start(KeySpec::rsa(4096));
    job.cancel();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.state(), KeyGenerationJob::State::Cancelled);
    // The cancel reached OpenSSL's callback: no key, a Cancelled error.
    QVERIFY(job.result().has_value());
    QVERIFY(!job.result()->ok());
    QCOMPARE(job.result()->error().code, ErrorCode::Cancelled);
    QVERIFY(!job.isRunning());
}

void TestKeyGenerationJob::destroyWhileRunning()
{
    auto* job = new KeyGenerationJob;
    job->start(KeySpec::rsa(4096));
    delete job; // the worker stops on its own and reports to nobody
    QThreadPool::globalInstance()->waitForDone(120000);
}

QTEST_GUILESS_MAIN(TestKeyGenerationJob)
#include "tst_keygenerationjob.moc"
