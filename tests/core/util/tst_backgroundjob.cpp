// BackgroundJob: progress in order, cooperative cancel, result on the owner's thread, a job
// destroyed while its worker runs, and the worker inside an OpenSslThreadScope; waiting, abandoning,
// cancel call-backs, and parallelFor.
#include "crypto/opensslthreadscope.h"
#include "util/backgroundjob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

using namespace ds::core;

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

    void waitForFinishedDeliversTheResult()
    {
        BackgroundJob<int> job;
        QSignalSpy progress(&job, &BackgroundJobBase::progress);
        QSignalSpy finished(&job, &BackgroundJobBase::finished);
        job.waitForFinished(); // nothing runs: returns at once
        QCOMPARE(job.state(), BackgroundJobBase::State::Idle);
        job.start([](JobContext& context) {
            QThread::msleep(100);
            context.setProgress(1, 2);
            context.setProgress(2, 2);
            return 7;
        });
        job.waitForFinished(); // no event loop in between
        QCOMPARE(job.state(), BackgroundJobBase::State::Finished);
        QVERIFY(!job.isRunning());
        QCOMPARE(job.result().value(), 7);
        QCOMPARE(progress.count(), 2);
        QCOMPARE(progress.at(1).at(0).toInt(), 2);
        QCOMPARE(finished.count(), 1);
        QTest::qWait(20);
        QCOMPARE(finished.count(), 1); // delivered once
        QCOMPARE(progress.count(), 2);
    }

    void abandonDropsTheRun()
    {
        BackgroundJob<int> job;
        QSignalSpy finished(&job, &BackgroundJobBase::finished);
        auto entered = std::make_shared<std::atomic_bool>(false);
        auto stopped = std::make_shared<std::atomic_bool>(false);
        job.start([entered, stopped](JobContext& context) {
            entered->store(true);
            while (!context.isCancelled()) {
                context.setProgress(0, 0);
                QThread::msleep(2);
            }
            stopped->store(true);
            return 1;
        });
        QTRY_VERIFY(entered->load());
        QSignalSpy progress(&job, &BackgroundJobBase::progress);
        job.abandon();
        QCOMPARE(job.state(), BackgroundJobBase::State::Cancelled);
        QVERIFY(!job.isRunning());
        QTRY_VERIFY(stopped->load()); // the worker saw the cancel
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(progress.count(), 0);
        QVERIFY(!job.result().has_value());
        // The job starts again afterwards.
        job.start([](JobContext&) { return 3; });
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.result().value(), 3);
        // Abandoning a finished job changes nothing.
        job.abandon();
        QCOMPARE(job.state(), BackgroundJobBase::State::Finished);
    }

    void waitOnDestroyBlocksUntilTheWorkerReturned()
    {
        auto* job = new BackgroundJob<int>;
        job->setWaitOnDestroy(true);
        auto entered = std::make_shared<std::atomic_bool>(false);
        auto stopped = std::make_shared<std::atomic_bool>(false);
        job->start([entered, stopped](JobContext& context) {
            entered->store(true);
            while (!context.isCancelled())
                QThread::msleep(2);
            QThread::msleep(100); // clean-up after the cancel, which the destructor waits for
            stopped->store(true);
            return 1;
        });
        QTRY_VERIFY(entered->load());
        delete job;
        QVERIFY(stopped->load());
    }

    void onCancelCallsBackOnce()
    {
        BackgroundJob<int> job;
        QSignalSpy finished(&job, &BackgroundJobBase::finished);
        auto calls = std::make_shared<std::atomic_int>(0);
        auto registered = std::make_shared<std::atomic_bool>(false);
        job.start([calls, registered](JobContext& context) {
            auto stop = std::make_shared<std::atomic_bool>(false); // an API's own cancel flag
            context.onCancel([calls, stop] {
                calls->fetch_add(1);
                stop->store(true);
            });
            registered->store(true);
            while (!stop->load())
                QThread::msleep(2);
            // Registered once the token is cancelled: runs at once, on this thread.
            auto late = std::make_shared<std::atomic_bool>(false);
            context.onCancel([late] { late->store(true); });
            return late->load() ? 1 : 0;
        });
        QTRY_VERIFY(registered->load());
        job.cancel();
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(calls->load(), 1);
        QCOMPARE(job.result().value(), 1);
        QCOMPARE(job.state(), BackgroundJobBase::State::Cancelled);
    }

    void parallelForRunsEveryIndexInsideOpenSslThreadScope()
    {
        constexpr qsizetype count = 200;
        std::vector<std::atomic_int> calls(count);
        std::atomic_bool outsideScope{false};
        parallelFor(count, [&](qsizetype i) {
            calls[size_t(i)].fetch_add(1);
            if (!OpenSslThreadScope::isActive())
                outsideScope.store(true);
        });
        for (qsizetype i = 0; i < count; ++i)
            QCOMPARE(calls[size_t(i)].load(), 1);
        QVERIFY(!outsideScope.load());
        QVERIFY(!OpenSslThreadScope::isActive()); // not on the calling thread
        parallelFor(0, [&](qsizetype) { outsideScope.store(true); });
        QVERIFY(!outsideScope.load());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
