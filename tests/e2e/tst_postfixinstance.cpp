#include "postfixinstance.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// The test helper itself: a private instance starts on its loopback address, delivers a local
// message into its virtual Maildir, reports queue state and stops (also from the destructor).
class TestPostfixInstance : public QObject
{
    Q_OBJECT

private slots:
    void deliversLocallyAndStops()
    {
        qint64 pid = 0;
        QString root;
        {
            PostfixInstance mx(
                {u"t"_s, u"127.0.0.41"_s, u"t.example"_s, u"mx.t.example"_s, u"127.0.0.41:2525"_s});
            QVERIFY2(mx.create(), qPrintable(mx.errorString()));
            root = mx.root();
            QCOMPARE(mx.mainValue(u"myhostname"_s), u"mx.t.example"_s);
            QVERIFY2(mx.addMailbox(u"user@t.example"_s), qPrintable(mx.errorString()));
            QByteArray checkOutput;
            QVERIFY2(mx.check(&checkOutput), qPrintable(mx.errorString()));
            QVERIFY2(mx.start(), qPrintable(mx.errorString()));
            QVERIFY(mx.isRunning());

            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.41"_s, 2525);
            QVERIFY(socket.waitForConnected(5000));
            QVERIFY(socket.waitForReadyRead(5000));
            QVERIFY2(socket.readLine().startsWith("220 mx.t.example"), "banner names myhostname");
            socket.abort();

            QVERIFY2(mx.sendmail(u"root@t.example"_s, u"user@t.example"_s,
                                 "Subject: hello\nTo: user@t.example\n\nbody line\n"),
                     qPrintable(mx.errorString()));
            QVERIFY2(mx.waitForMailbox(u"user@t.example"_s), qPrintable(mx.log()));
            const QList<QByteArray> messages = mx.mailbox(u"user@t.example"_s);
            QCOMPARE(messages.size(), 1);
            QVERIFY(messages.first().contains("Subject: hello"));
            QVERIFY(messages.first().contains("body line"));
            QVERIFY(mx.waitForLog(QRegularExpression(u"postfix-t/virtual.*status=sent"_s), 5000));
            QVERIFY(mx.queue().isEmpty());

            // Unknown recipients are refused at submission time by the virtual map: it bounces.
            QVERIFY(mx.sendmail(u"root@t.example"_s, u"nobody@t.example"_s, "Subject: x\n\nx\n"));
            QVERIFY(mx.waitForLog(QRegularExpression(u"nobody@t.example.*status=bounced"_s), 10000));
            pid = mx.queueDir().isEmpty() ? 0 : 1;
        } // destructor stops
        QVERIFY(pid != 0);
        QVERIFY2(!QDir(root).exists(), "temporary directory removed");
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.41"_s, 2525);
        QVERIFY(!socket.waitForConnected(1000));
    }

    void refusesATakenPort()
    {
        // Another process holds the instance's listener: start() must say so, not "succeed" by
        // connecting to that other process while the master died on bind().
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(u"127.0.0.43"_s), 2525));
        PostfixInstance mx(
            {u"u"_s, u"127.0.0.43"_s, u"u.example"_s, u"mx.u.example"_s, u"127.0.0.43:2525"_s});
        QVERIFY2(mx.create(), qPrintable(mx.errorString()));
        QVERIFY(!mx.start(5000));
        QVERIFY2(mx.errorString().contains(u"127.0.0.43:2525 is already in use"_s),
                 qPrintable(mx.errorString()));
        QVERIFY(!mx.isRunning());
        squatter.close();
        QVERIFY2(mx.start(), qPrintable(mx.errorString())); // free again: it starts
        QVERIFY(mx.isRunning());
        QVERIFY(mx.stop());
    }
};

QTEST_GUILESS_MAIN(TestPostfixInstance)
#include "tst_postfixinstance.moc"
