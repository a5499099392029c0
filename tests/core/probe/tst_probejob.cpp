// ProbeJob: the probe runs off the calling thread, with live transcript, progress and finished.
#include "probe/probejob.h"
#include "scriptedsmtpserver.h"

#include <QtTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestProbeJob : public QObject
{
    Q_OBJECT

private slots:
    void runsInWorkerAndReports()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::NoStarttls);
        ProbeJob job;
        QSignalSpy lines(&job, &ProbeJob::transcriptLine);
        QSignalSpy progress(&job, &ProbeJob::progress);
        QSignalSpy finished(&job, &ProbeJob::finished);
        ProbeOptions options;
        options.host = u"127.0.0.1"_s;
        options.port = server.port();
        options.timeoutMs = 2000;
        QVERIFY(job.start(options));
        QVERIFY(!job.start(options) || finished.count() == 1); // one probe at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        const ProbeReport report = job.result().value();
        QCOMPARE(report.result, ProbeReport::Result::StarttlsNotSupported);
        QCOMPARE(lines.count(), report.transcript.size());
        QCOMPARE(lines.first().first().value<ProbeReport::TranscriptLine>().text,
                 report.transcript.first().text);
        QCOMPARE(progress.last().at(0).toInt(), 100); // percent done
        QCOMPARE(progress.last().at(1).toInt(), 100); // of 100
        QVERIFY(!job.isRunning());
    }

    void cancel()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::SilentAfterBanner);
        ProbeJob job;
        QSignalSpy finished(&job, &ProbeJob::finished);
        connect(&job, &ProbeJob::progress, &job, [&job](int, int, const QString& step) {
            if (step == u"ehlo"_s)
                job.cancel();
        });
        ProbeOptions options;
        options.host = u"127.0.0.1"_s;
        options.port = server.port();
        options.timeoutMs = 3600 * 1000;
        QVERIFY(job.start(options));
        QVERIFY(finished.wait(20000));
        QCOMPARE(job.state(), ProbeJob::State::Cancelled);
        QCOMPARE(job.result()->result, ProbeReport::Result::Cancelled);
    }

    void destroyWhileRunning()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::SilentAfterBanner);
        auto job = std::make_unique<ProbeJob>();
        QSignalSpy progress(job.get(), &ProbeJob::progress);
        ProbeOptions options;
        options.host = u"127.0.0.1"_s;
        options.port = server.port();
        options.timeoutMs = 3600 * 1000;
        QVERIFY(job->start(options));
        QTRY_VERIFY(progress.count() >= 2);
        job.reset(); // cancels and waits: returns instead of hanging for an hour
        QVERIFY(!job);
    }
};

QTEST_GUILESS_MAIN(TestProbeJob)
#include "tst_probejob.moc"
