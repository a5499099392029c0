#include "crypto/keygenerationjob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

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
    KeyGenerationJob job(KeySpec::parse(spec).value());
    QSignalSpy finished(&job, &KeyGenerationJob::finished);
    QSignalSpy failed(&job, &KeyGenerationJob::failed);
    QSignalSpy cancelled(&job, &KeyGenerationJob::cancelled);
    QSignalSpy progress(&job, &KeyGenerationJob::progress);
    QVERIFY(!job.isRunning());
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(120000));
    QVERIFY(!job.isRunning());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(cancelled.count(), 0);
    const PrivateKey key = finished.first().first().value<PrivateKey>();
    QVERIFY(!key.isNull());
    QCOMPARE(key.description(), KeySpec::parse(spec)->description());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 100);
    // start() runs once.
    job.start();
    QVERIFY(!job.isRunning());
}

void TestKeyGenerationJob::cancelEmitsCancelled()
{
    KeyGenerationJob job(KeySpec::rsa(4096));
    QSignalSpy finished(&job, &KeyGenerationJob::finished);
    QSignalSpy cancelled(&job, &KeyGenerationJob::cancelled);
    job.start();
    job.cancel();
    QVERIFY(cancelled.wait(120000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!job.isRunning());
}

void TestKeyGenerationJob::destroyWhileRunning()
{
    auto* job = new KeyGenerationJob(KeySpec::rsa(4096));
    job->start();
    delete job; // the worker stops on its own and reports to nobody
    QThreadPool::globalInstance()->waitForDone(120000);
}

QTEST_GUILESS_MAIN(TestKeyGenerationJob)
#include "tst_keygenerationjob.moc"
