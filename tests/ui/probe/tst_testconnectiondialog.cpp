#include "commands/actionregistry.h"
#include "document/workspacedocument.h"
#include "fakednsserver.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/resultpane.h"
#include "probe/proberesulttree.h"
#include "probe/testconnectiondialog.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "util/translator.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

namespace {
// A loopback SMTP server in the test's thread: greets, answers EHLO without STARTTLS and QUIT,
// or (silent) goes quiet after the greeting.
class LoopbackSmtp : public QTcpServer
{
public:
    explicit LoopbackSmtp(bool silent)
        : m_silent(silent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                socket->setParent(this);
                socket->write("220 loopback.test ESMTP\r\n");
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    while (socket->canReadLine()) {
                        const QByteArray line = socket->readLine().trimmed().toUpper();
                        commands << QString::fromLatin1(line);
                        if (m_silent)
                            continue;
                        if (line.startsWith("EHLO"))
                            socket->write("250-loopback.test\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n");
                        else if (line.startsWith("QUIT")) {
                            socket->write("221 bye\r\n");
                            socket->disconnectFromHost();
                        } else
                            socket->write("502 5.5.2 not implemented\r\n");
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QStringList commands;

private:
    bool m_silent;
};

QString resultValue(TestConnectionDialog& dialog)
{
    QTreeWidgetItem* result = dialog.resultTree()->section(u"Result"_s);
    return result ? result->text(1) : QString();
}
} // namespace

// The Test Connection dialog: a real ProbeJob against loopback servers, real widgets.
class TestTestConnectionDialog : public QObject
{
    Q_OBJECT

    Workspace m_demo;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        UiTestSupport::initGuiTest();
        Translator::install(u"en"_s);
        m_demo = UiTestSupport::demoWorkspace();
    }

    void starttlsNotSupported()
    {
        LoopbackSmtp server(false);
        QVERIFY(server.isListening());
        WorkspaceDocument document;
        document.reset(m_demo, {});
        TestConnectionDialog dialog(&document);
        dialog.setHost(u"127.0.0.1"_s, server.serverPort());
        dialog.setDomain(u"loopback.test"_s);
        dialog.setTimeoutSeconds(10);
        const auto options = dialog.options();
        QVERIFY2(options.ok(), qPrintable(options.errorMessage()));
        QVERIFY(options->hasClientCertificate()); // EDGE01's SMTP certificate, from the workspace
        QCOMPARE(options->port, server.serverPort());

        auto* start = dialog.findChild<QPushButton*>(u"startButton"_s);
        auto* cancel = dialog.findChild<QPushButton*>(u"cancelTestButton"_s);
        auto* save = dialog.findChild<QPushButton*>(u"saveReportButton"_s);
        QVERIFY(start && cancel && save);
        QVERIFY(start->isEnabled() && !cancel->isEnabled() && !save->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isRunning() || dialog.report().has_value());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 30000);

        QCOMPARE(resultValue(dialog), u"starttls-not-supported"_s);
        QVERIFY(!dialog.resultTree()
                     ->findItems(u"starttls-not-supported"_s, Qt::MatchExactly | Qt::MatchRecursive, 1)
                     .isEmpty());
        QVERIFY(dialog.resultTree()->section(u"Steps"_s));
        QVERIFY(dialog.resultTree()->section(u"Steps"_s)->childCount() >= 3); // connect, banner, ehlo
        const QString transcript = dialog.findChild<QPlainTextEdit*>(u"transcriptView"_s)->toPlainText();
        QVERIFY2(transcript.contains(u"S: 220 loopback.test ESMTP"_s), qPrintable(transcript));
        QVERIFY2(transcript.contains(u"C: EHLO"_s), qPrintable(transcript));
        QVERIFY(server.commands.value(0).startsWith(u"EHLO MAIL.CONTOSO.EXAMPLE"_s) ||
                server.commands.value(0).startsWith(u"EHLO "_s));
        QVERIFY(save->isEnabled() && start->isEnabled() && !cancel->isEnabled());

        const QString path = m_dir.filePath(u"report.json"_s);
        if (TestSupport::faultUnderTest()) {
            // Run again by saveReportsWriteFailure: the folder's writes fail (ds_faultinject).
            const QString failing = TestSupport::faultFolder() + u"/report.json"_s;
            const int boxes = MessageBox::count();
            QVERIFY(!dialog.save(failing));
            QCOMPARE(MessageBox::count(), boxes + 1);
            QVERIFY2(MessageBox::lastText().contains(failing) &&
                         MessageBox::lastText().contains(TestSupport::faultReason()),
                     qPrintable(MessageBox::lastText()));
            QCOMPARE(TestSupport::readFile(failing), QByteArray("previous\n"));
            return;
        }
        QVERIFY(dialog.save(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"result"_s).toString(), u"starttls-not-supported"_s);
    }

    void saveReportsWriteFailure()
    {
        // starttlsNotSupported once more in a process whose writes into a folder fail: Save shows
        // the error naming the file and the reason, the previous report stays.
        const std::pair<QString, QString> faults[] = {{u"write"_s, u"ENOSPC"_s}, {u"rename"_s, u"EIO"_s}};
        for (const auto& [op, error] : faults) {
            QTemporaryDir folder;
            const QString path = folder.filePath(u"report.json"_s);
            QVERIFY(TestSupport::writeFile(path, "previous\n"));
            TestSupport::Fault fault;
            fault.op = op;
            fault.error = error;
            fault.repeat = true;
            fault.pathPrefix = folder.path();
            const auto r = TestSupport::rerunUnderFault(fault, u"starttlsNotSupported"_s);
            QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
            QCOMPARE(TestSupport::readFile(path), QByteArray("previous\n"));
            QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
                     QStringList{u"report.json"_s});
        }
    }

    void cancelStopsSilentServer()
    {
        LoopbackSmtp server(true);
        WorkspaceDocument document;
        document.reset(m_demo, {});
        TestConnectionDialog dialog(&document);
        dialog.setHost(u"127.0.0.1"_s, server.serverPort());
        dialog.setTimeoutSeconds(300); // only cancel can end it in time
        QVERIFY(dialog.start());
        QTRY_VERIFY_WITH_TIMEOUT(server.commands.size() >= 1, 30000); // EHLO sent, no reply comes
        auto* cancel = dialog.findChild<QPushButton*>(u"cancelTestButton"_s);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 30000);
        QCOMPARE(resultValue(dialog), u"cancelled"_s);
        QVERIFY(!dialog.isRunning());
    }

    void closingWhileRunningDoesNotHang()
    {
        LoopbackSmtp server(true);
        WorkspaceDocument document;
        document.reset(m_demo, {});
        auto* dialog = new TestConnectionDialog(&document);
        dialog->setHost(u"127.0.0.1"_s, server.serverPort());
        dialog->setTimeoutSeconds(300);
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(server.commands.size() >= 1, 30000);
        bool finished = false;
        connect(dialog, &QDialog::finished, this, [&finished] { finished = true; });
        dialog->show();
        dialog->reject(); // cancels, then closes once the worker returned
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        delete dialog;
    }

    void badInputIsReported()
    {
        WorkspaceDocument document;
        document.reset(m_demo, {});
        TestConnectionDialog dialog(&document);
        dialog.setHost(QString());
        QVERIFY(!dialog.findChild<QPushButton*>(u"startButton"_s)->isEnabled());
        QVERIFY(!dialog.options().ok());
        dialog.setHost(u"127.0.0.1"_s);
        dialog.findChild<QLineEdit*>(u"caFileEdit"_s)->setText(m_dir.filePath(u"missing.pem"_s));
        QVERIFY(!dialog.start());
        QVERIFY(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"missing.pem"_s));
    }

    void fromConnectors()
    {
        WorkspaceDocument document;
        document.reset(m_demo, {});
        const SendConnector& send = m_demo.sendConnectors.first();
        TestConnectionDialog fromSend(&document);
        fromSend.setSendConnector(send.name);
        QCOMPARE(fromSend.findChild<QLineEdit*>(u"domainEdit"_s)->text(), send.plainDomains().value(0));
        QVERIFY(!fromSend.findChild<QComboBox*>(u"hostComboBox"_s)->currentText().isEmpty());

        const Server& edge = m_demo.servers.first();
        const ReceiveConnector& receive = edge.receiveConnectors.first();
        TestConnectionDialog fromReceive(&document);
        fromReceive.setReceiveConnector(edge.name, receive.name);
        const auto options = fromReceive.options();
        QVERIFY2(options.ok(), qPrintable(options.errorMessage()));
        QCOMPARE(options->port, receive.bindings.first().port());
        if (receive.bindings.first().isAnyAddress())
            QVERIFY(options->host == u"127.0.0.1"_s || options->host == u"::1"_s);
        QCOMPARE(options->ehloName, edge.fqdn);

        // No client certificate: nothing of ours is presented.
        fromReceive.setClientCertificate(false);
        QVERIFY(!fromReceive.options()->hasClientCertificate());
    }

    // A send connector that routes by DNS: the host list is filled from the partner domain's MX
    // records, most preferred first; a host the user typed before the answer came is kept.
    void mxHostsFromDns()
    {
        Workspace workspace = m_demo;
        SendConnector& send = workspace.sendConnectors.first();
        send.dnsRoutingEnabled = true;
        send.smartHosts.clear();
        const QByteArray domain = send.plainDomains().value(0).toLatin1();
        QVERIFY(!domain.isEmpty());
        FakeDnsServer dns(u"127.0.0.154"_s,
                          {{domain, {{{20, "mx2." + domain}, {10, "mx1." + domain}}, {}, 0}}});
        QVERIFY2(dns.isListening(), "binding UDP 127.0.0.154:53 needs root, as the e2e tests do");
        WorkspaceDocument document;
        document.reset(workspace, {});
        const IpAddress nameserver = IpAddress::fromString(u"127.0.0.154"_s).value();

        TestConnectionDialog dialog(&document);
        dialog.setNameserver(nameserver);
        dialog.setSendConnector(send.name);
        auto* host = dialog.findChild<QComboBox*>(u"hostComboBox"_s);
        QCOMPARE(host->currentText(), QString::fromLatin1(domain)); // until DNS answers
        QTRY_COMPARE(host->count(), 2);
        QCOMPARE(host->itemText(0), QString::fromLatin1("mx1." + domain));
        QCOMPARE(host->itemText(1), QString::fromLatin1("mx2." + domain));
        QCOMPARE(host->currentText(), QString::fromLatin1("mx1." + domain));

        TestConnectionDialog typed(&document);
        typed.setNameserver(nameserver);
        typed.setSendConnector(send.name);
        auto* typedHost = typed.findChild<QComboBox*>(u"hostComboBox"_s);
        typedHost->setEditText(u"gateway.example"_s); // before the answer is delivered
        QTRY_COMPARE(typedHost->count(), 2);
        QCOMPARE(typedHost->currentText(), u"gateway.example"_s);
        QVERIFY(dns.queries() >= 2);
    }

    void commandsOpenTheDialog()
    {
        MainWindow window;
        window.document()->reset(m_demo, {});
        window.showPage(PageKind::SendConnectors);
        auto* view = window.findChild<QTableView*>(u"resultView"_s);
        QVERIFY(view && view->model()->rowCount() > 0);
        view->selectRow(0);
        QAction* action = window.actionRegistry()->action(u"send.testConnection"_s);
        QVERIFY(action);
        window.actionRegistry()->updateEnabled();
        QVERIFY(action->isEnabled());
        action->trigger();
        auto* dialog = window.findChild<TestConnectionDialog*>();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit*>(u"domainEdit"_s)->text().isEmpty());
        dialog->reject();
        QVERIFY(window.actionRegistry()->action(u"receive.testConnection"_s));
        QVERIFY(window.actionRegistry()->action(u"tools.testConnection"_s));
    }
};

QTEST_MAIN(TestTestConnectionDialog)
#include "tst_testconnectiondialog.moc"
