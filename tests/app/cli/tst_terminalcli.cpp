#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using TestSupport::cli;

// What the CLI does against hostile certificates: values are printed with their controls escaped,
// JSON keeps them exact, and the process holding keys cannot dump core.
class TestTerminalCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void certificateSubjectIsEscaped();
    void probeTranscriptIsEscaped();
    void cliIsNotDumpable();

private:
    QString ws() const { return m_dir->filePath(u"test.dsw"_s); }
    QString file(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// A common name that clears the screen (ESC [ 2 J) and starts a one-character CSI (U+009B).
const QString kHostileCn = u"evil\x1b[2J\u009b31mred"_s;

bool hasRawControls(const QByteArray& output)
{
    return output.contains('\x1b') || output.contains("\xc2\x9b");
}

// An SMTP server on loopback, in its own thread while the test waits for the CLI. The probe refuses
// replies with C0 controls, so this one sends what gets through: a banner with a one-character CSI
// (U+009B), a right-to-left override and a tab, an isolate in the EHLO reply and a C1 OSC (U+009D,
// set the window title) in the goodbye.
class HostileSmtpServer : public QThread
{
public:
    quint16 start()
    {
        QThread::start();
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        m_ready.release();
        if (!server.waitForNewConnection(30000))
            return;
        std::unique_ptr<QTcpSocket> client(server.nextPendingConnection());
        client->write("220 mx.evil.example \xc2\x9b"
                      "2J\xe2\x80\xae\tESMTP\r\n");
        while (client->state() == QAbstractSocket::ConnectedState) {
            if (!client->canReadLine() && !client->waitForReadyRead(10000))
                return;
            while (client->canReadLine()) {
                const QByteArray command = client->readLine().trimmed().toUpper();
                if (command.startsWith("EHLO"))
                    client->write("250-mx.evil.example\r\n250 SIZE 1000\xe2\x81\xa6\r\n");
                else if (command.startsWith("QUIT"))
                    client->write("221 bye\xc2\x9d"
                                  "0;owned\xc2\x9c\r\n");
                else
                    client->write("502 5.5.2 no\r\n");
                client->waitForBytesWritten(5000);
                if (command.startsWith("QUIT")) {
                    client->disconnectFromHost();
                    return;
                }
            }
        }
    }

private:
    QSemaphore m_ready;
    quint16 m_port = 0;
};

} // namespace

void TestTerminalCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const auto r = cli({u"workspace"_s, u"init"_s, u"-w"_s, ws(), u"--organization"_s, u"Contoso"_s,
                        u"--server"_s, u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestTerminalCli::certificateSubjectIsEscaped()
{
    const auto made = TestSupport::openssl(
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
         u"-nodes"_s, u"-keyout"_s, file(u"hostile.key"_s), u"-out"_s, file(u"hostile.pem"_s), u"-days"_s,
         u"30"_s, u"-utf8"_s, u"-subj"_s, u"/CN="_s + kHostileCn + u"/O=Test"_s});
    QVERIFY2(made.exitCode == 0, made.err.constData());

    const auto imported = cli({u"cert"_s, u"import"_s, file(u"hostile.pem"_s), u"-w"_s, ws()});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(!hasRawControls(imported.out), imported.out.constData());
    QVERIFY2(imported.out.contains("evil\\x1b[2J\\u009b31mred"), imported.out.constData());

    const auto listed = cli({u"cert"_s, u"list"_s, u"-w"_s, ws()});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!hasRawControls(listed.out), listed.out.constData());
    QVERIFY2(listed.out.contains("evil\\x1b[2J\\u009b31mred"), listed.out.constData());

    const auto json = cli({u"cert"_s, u"list"_s, u"--json"_s, u"-w"_s, ws()});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QVERIFY2(entry[u"subject"_s].toString().contains(kHostileCn), json.out.constData());
    const QString thumbprint = entry[u"thumbprint"_s].toString();

    const auto shown = cli({u"cert"_s, u"show"_s, thumbprint, u"-w"_s, ws()});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(!hasRawControls(shown.out), shown.out.constData());
    QVERIFY2(shown.out.contains("evil\\x1b[2J\\u009b31mred"), shown.out.constData());

    const auto shownJson = cli({u"cert"_s, u"show"_s, thumbprint, u"--json"_s, u"-w"_s, ws()});
    QCOMPARE(shownJson.exitCode, 0);
    const QJsonObject shownEntry = QJsonDocument::fromJson(shownJson.out).object();
    QCOMPARE(shownEntry[u"subject"_s].toString(), entry[u"subject"_s].toString());
    QVERIFY(shownEntry[u"subject"_s].toString().contains(kHostileCn));
}

void TestTerminalCli::probeTranscriptIsEscaped()
{
    for (const bool json : {false, true}) {
        HostileSmtpServer server;
        const quint16 port = server.start();
        QStringList arguments{
            u"probe"_s, u"127.0.0.1:%1"_s.arg(port), u"--level"_s, u"encrypt"_s, u"--timeout"_s, u"10"_s};
        if (json)
            arguments << u"--json"_s;
        const auto probed = cli(arguments);
        server.wait();
        QCOMPARE(probed.exitCode, 1); // no STARTTLS
        if (!json) {
            QVERIFY2(!hasRawControls(probed.out) && !probed.out.contains("\xe2\x80\xae") &&
                         !probed.out.contains("\xe2\x81\xa6") && !probed.out.contains("\xc2\x9d") &&
                         !probed.out.contains('\t'),
                     probed.out.constData());
            QVERIFY2(probed.out.contains("S: 220 mx.evil.example \\u009b2J\\u202e\\x09ESMTP"),
                     probed.out.constData());
            QVERIFY(probed.out.contains("S: 250 SIZE 1000\\u2066"));
            QVERIFY(probed.out.contains("S: 221 bye\\u009d0;owned\\u009c"));
            continue;
        }
        const QJsonObject report = QJsonDocument::fromJson(probed.out).object();
        const QString banner = report[u"smtp"_s][u"banner"_s].toString();
        QVERIFY2(banner.contains(u"mx.evil.example \u009b2J\u202e\tESMTP"_s), qPrintable(banner));
    }
}

void TestTerminalCli::cliIsNotDumpable()
{
    // cert import reads its --password-file before anything else; from stdin, it waits there.
    QProcess process;
    process.start(QStringLiteral(DS_CLI), {u"cert"_s, u"import"_s, u"--password-file"_s, u"/dev/stdin"_s,
                                           file(u"none.pfx"_s), u"-w"_s, ws()});
    QVERIFY(process.waitForStarted());
    const QString proc = u"/proc/%1/"_s.arg(process.processId());
    QByteArray coreLimit;
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QFile limits(proc + u"limits"_s);
        if (limits.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : limits.readAll().split('\n')) {
                if (line.startsWith("Max core file size"))
                    coreLimit = line.simplified();
            }
        }
        if (coreLimit == "Max core file size 0 0 bytes")
            break;
        QThread::msleep(20);
    }
    // Before disable() the limit is the test's own (hard: unlimited here), so this fails without it.
    QCOMPARE(coreLimit, QByteArray("Max core file size 0 0 bytes"));
    // A non-dumpable process's /proc entries belong to root; as root there is no telling.
    if (getuid() != 0)
        QCOMPARE(QFileInfo(proc + u"status"_s).ownerId(), 0u);

    process.write("secret\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 3); // none.pfx does not exist
}

QTEST_GUILESS_MAIN(TestTerminalCli)
#include "tst_terminalcli.moc"
