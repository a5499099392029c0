// BackgroundJob: progress in order, cooperative cancel, result on the owner's thread, a job
// destroyed while its worker runs, and the worker inside an OpenSslThreadScope.
#include "crypto/opensslthreadscope.h"
#include "util/backgroundjob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

class TestBackgroundJob : public QObject
{
    Q_OBJECT

private slots:
    void progressInOrderThenResult()
    {
        BackgroundJob<int> job;
        QSignalSpy started(&job, &BackgroundJobBase::started);
        QSignalSpy progress(&job, &BackgroundJobBase::progress);
        QSignalSpy finished(&job, &BackgroundJobBase::finished);
        QThread* resultThread = nullptr;
        connect(&job, &BackgroundJobBase::finished, this, [&] { resultThread = QThread::currentThread(); });
        job.start([](JobContext& context) {
            for (int i = 1; i <= 5; ++i)
                context.setProgress(i, 5, QString::number(i));
            return 42;
        });
        QCOMPARE(started.count(), 1);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(progress.count(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
            QCOMPARE(progress.at(i).at(1).toInt(), 5);
            QCOMPARE(progress.at(i).at(2).toString(), QString::number(i + 1));
        }
        QCOMPARE(job.state(), BackgroundJobBase::State::Finished);
        QCOMPARE(job.result().value(), 42);
        QCOMPARE(resultThread, QThread::currentThread());
    }

    void cancelStopsTheWork()
    {
        BackgroundJob<int> job;
        QSignalSpy finished(&job, &BackgroundJobBase::finished);
        auto entered = std::make_shared<std::atomic_bool>(false);
        job.start([entered](JobContext& context) {
            entered->store(true);
            int rounds = 0;
            while (!context.isCancelled()) {
                QThread::msleep(5);
                ++rounds;
            }
            return rounds;
        });
        QTRY_VERIFY(entered->load());
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.state(), BackgroundJobBase::State::Cancelled);
        QVERIFY(job.result().has_value());
    }

    void ownerDestroyedMidRun()
    {
        auto* job = new BackgroundJob<int>;
        auto entered = std::make_shared<std::atomic_bool>(false);
        auto stopped = std::make_shared<std::atomic_bool>(false);
        job->start([entered, stopped](JobContext& context) {
            entered->store(true);
            while (!context.isCancelled()) {
                context.setProgress(0, 0);
                QThread::msleep(2);
            }
            stopped->store(true);
            return 1;
        });
        QTRY_VERIFY(entered->load());
        delete job;
        QTRY_VERIFY(stopped->load()); // the worker saw the cancel and returned to nobody
        QTest::qWait(20);
    }

    void workerRunsInsideOpenSslThreadScope()
    {
        QVERIFY(!OpenSslThreadScope::isActive());
        BackgroundJob<bool> job;
        QSignalSpy finished(&job, &BackgroundJobBase::finished);
        job.start([](JobContext&) { return OpenSslThreadScope::isActive(); });
        QVERIFY(finished.wait(10000));
        QVERIFY(job.result().value());
    }

    void restartDropsTheFirstRun()
    {
        BackgroundJob<int> job;
        QSignalSpy finished(&job, &BackgroundJobBase::finished);
        job.start([](JobContext& context) {
            while (!context.isCancelled())
                QThread::msleep(2);
            return 1;
        });
        job.start([](JobContext&) { return 2; });
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.result().value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
