// SmtpProbe against small scripted servers on 127.0.0.1: no listener, silence, garbage, refusal,
// no STARTTLS, and a cancel. The TLS cases run against real Postfix in tests/e2e/tst_probe.
#include "probe/smtpprobe.h"
#include "scriptedsmtpserver.h"

#include <QtTest>
#include <thread>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestSmtpProbe : public QObject
{
    Q_OBJECT

private:
    static ProbeOptions options(quint16 port, int timeoutMs = 1000)
    {
        ProbeOptions o;
        o.host = u"127.0.0.1"_s;
        o.port = port;
        o.domain = u"b.example"_s;
        o.ehloName = u"mx.a.example"_s;
        o.timeoutMs = timeoutMs;
        return o;
    }
    static const ProbeReport::Step* step(const ProbeReport& report, const QString& name)
    {
        for (const ProbeReport::Step& s : report.steps) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }

private slots:
    void nothingListens()
    {
        const quint16 port = ScriptedSmtpServer::unusedPort();
        const ProbeReport report = SmtpProbe(options(port)).run();
        QCOMPARE(report.result, ProbeReport::Result::ValidationFailure);
        QCOMPARE(report.failedStep, u"connect"_s);
        QVERIFY2(report.error.contains(u"Connection refused"_s), qPrintable(report.error));
        QVERIFY2(report.error.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(report.error));
        QVERIFY(!report.hint.isEmpty());
        QCOMPARE(report.steps.size(), 1);
        QVERIFY(!report.steps.first().ok);
    }

    void silentBeforeBanner()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::SilentBanner);
        const ProbeReport report = SmtpProbe(options(server.port(), 500)).run();
        QCOMPARE(report.failedStep, u"banner"_s);
        QVERIFY2(report.error.contains(u"did not answer"_s), qPrintable(report.error));
        QVERIFY(step(report, u"connect"_s)->ok);
    }

    void silentAfterBanner()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::SilentAfterBanner);
        const ProbeReport report = SmtpProbe(options(server.port(), 700)).run();
        QCOMPARE(report.result, ProbeReport::Result::ValidationFailure);
        QCOMPARE(report.failedStep, u"ehlo"_s);
        QVERIFY2(report.error.contains(u"did not answer while waiting for the EHLO reply"_s),
                 qPrintable(report.error));
        QCOMPARE(report.banner, u"silent.test ESMTP"_s);
        QVERIFY(step(report, u"banner"_s)->ok);
        QVERIFY(!step(report, u"ehlo"_s)->ok);
        QTRY_VERIFY(server.received().contains("EHLO mx.a.example"));
    }

    void garbage()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::Garbage);
        const ProbeReport report = SmtpProbe(options(server.port())).run();
        QCOMPARE(report.result, ProbeReport::Result::ValidationFailure);
        QCOMPARE(report.failedStep, u"banner"_s);
        QVERIFY2(report.error.contains(u"not an SMTP reply: \"HTTP/1.1 400 Bad Request\""_s),
                 qPrintable(report.error));
        QVERIFY(report.hint.contains(u"does not behave like an SMTP server"_s));
    }

    // A bare "\r\n" once made the reply parser read a fourth byte that is not there (ASan:
    // heap-buffer-overflow; a Qt assertion in debug builds).
    void blankLine()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::BlankLine);
        const ProbeReport report = SmtpProbe(options(server.port())).run();
        QCOMPARE(report.result, ProbeReport::Result::ValidationFailure);
        QCOMPARE(report.failedStep, u"banner"_s);
        QVERIFY2(report.error.contains(u"not an SMTP reply: \"\""_s), qPrintable(report.error));
    }

    void refusedBanner()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::RefuseBanner);
        const ProbeReport report = SmtpProbe(options(server.port())).run();
        QCOMPARE(report.failedStep, u"banner"_s);
        QVERIFY2(report.error.contains(u"554"_s), qPrintable(report.error));
    }

    void noStarttls()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::NoStarttls);
        QList<ProbeReport::TranscriptLine> live;
        QStringList progress;
        SmtpProbe::Callbacks callbacks;
        callbacks.transcript = [&live](const ProbeReport::TranscriptLine& line) { live << line; };
        callbacks.progress = [&progress](const QString& s, int) { progress << s; };
        const ProbeReport report = SmtpProbe(options(server.port())).run(callbacks);
        QCOMPARE(report.result, ProbeReport::Result::StarttlsNotSupported);
        QCOMPARE(ProbeReport::resultName(report.result), u"starttls-not-supported"_s);
        QVERIFY(!report.starttlsOffered);
        QCOMPARE(report.extensions, (QStringList{u"PIPELINING"_s, u"SIZE 10240000"_s, u"8BITMIME"_s}));
        QVERIFY(!report.tlsEstablished);
        // The probe leaves politely.
        QVERIFY(step(report, u"quit"_s) && step(report, u"quit"_s)->ok);
        QTRY_VERIFY(server.received().contains("QUIT"));
        QVERIFY(!server.received().contains("STARTTLS"));
        // The live transcript is the report's transcript, in order.
        QCOMPARE(live.size(), report.transcript.size());
        QCOMPARE(live.first().text, report.transcript.first().text);
        QVERIFY(report.transcript.size() >= 8);
        QCOMPARE(progress.first(), u"connect"_s);
        QCOMPARE(progress.last(), u"done"_s);
        const QJsonObject json = report.toJson();
        QCOMPARE(json[u"result"_s].toString(), u"starttls-not-supported"_s);
        QCOMPARE(json[u"smtp"_s][u"starttlsOffered"_s].toBool(true), false);
        QCOMPARE(json[u"failedStep"_s].toString(), u"ehlo"_s);
    }

    void cancelWhileWaiting()
    {
        ScriptedSmtpServer server(ScriptedSmtpServer::Behaviour::SilentAfterBanner);
        // A timeout far beyond the test's own limit: only the cancel can end the wait.
        SmtpProbe probe(options(server.port(), 3600 * 1000));
        SmtpProbe::Callbacks callbacks;
        std::thread canceller;
        callbacks.progress = [&](const QString& s, int) {
            if (s == u"ehlo"_s)
                canceller = std::thread([&probe]() { probe.cancel(); });
        };
        const ProbeReport report = probe.run(callbacks);
        canceller.join();
        QCOMPARE(report.result, ProbeReport::Result::Cancelled);
        QCOMPARE(report.failedStep, u"ehlo"_s);
        QVERIFY(!report.success());
    }

    void unreadableCaFile()
    {
        ProbeOptions o = options(ScriptedSmtpServer::unusedPort());
        o.caFiles << u"/nonexistent/ca.pem"_s;
        const ProbeReport report = SmtpProbe(o).run();
        QCOMPARE(report.failedStep, u"setup"_s);
        QVERIFY(report.error.contains(u"/nonexistent/ca.pem"_s));
        QVERIFY(report.steps.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmtpProbe)
#include "tst_smtpprobe.moc"
