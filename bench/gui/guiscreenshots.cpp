// Renders the console for docs/screenshots.sh: the main window on the demo workspace (a few
// pages), the Export dialog (preview, diff, refused) and the Test Connection dialog after a probe
// of a loopback SMTP server without STARTTLS. One PNG per view and language.
//
//   guiscreenshots OUTDIR LANGUAGE(en|ja)

#include "document/workspacedocument.h"
#include "export/exportdialog.h"
#include "mainwindow/mainwindow.h"
#include "probe/proberesulttree.h"
#include "probe/testconnectiondialog.h"
#include "store/demoworkspace.h"
#include "util/translator.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool shoot(QWidget* widget, const QString& path)
{
    settle();
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

// Answers EHLO without STARTTLS, so the probe ends with starttls-not-supported and a fix hint.
void serveWithoutStarttls(QTcpServer* server)
{
    QObject::connect(server, &QTcpServer::newConnection, server, [server] {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            socket->setParent(server);
            socket->write("220 mx.fabrikam.example ESMTP\r\n");
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                while (socket->canReadLine()) {
                    const QByteArray line = socket->readLine().toUpper();
                    if (line.startsWith("EHLO"))
                        socket->write("250-mx.fabrikam.example\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n");
                    else if (line.startsWith("QUIT"))
                        socket->write("221 2.0.0 Bye\r\n");
                    else
                        socket->write("502 5.5.2 Error: command not recognized\r\n");
                }
            });
        }
    });
    server->listen(QHostAddress::LocalHost, 0);
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or data
    MessageBox::setNoninteractive(true);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: guiscreenshots OUTDIR en|ja\n";
        return 2;
    }
    const QDir outDir(args.at(1));
    const QString language = args.at(2);
    Translator::install(language);
    auto file = [&](const QString& name) { return outDir.filePath(u"%1-%2.png"_s.arg(name, language)); };
    bool ok = true;

    auto demo = DemoWorkspace::create();
    if (!demo.ok()) {
        QTextStream(stderr) << demo.errorMessage() << '\n';
        return 1;
    }
    MainWindow window;
    window.document()->reset(demo.value(), {});
    window.resize(1100, 680);
    window.show();
    ok &= shoot(&window, file(u"main-window"_s));
    const QString server = demo->servers.first().name;
    window.showPage(PageKind::Certificates, server);
    ok &= shoot(&window, file(u"certificates"_s));
    window.showPage(PageKind::SendConnectors);
    ok &= shoot(&window, file(u"send-connectors"_s));

    // Export: the preview, then the diff after an edit, then a refused export.
    QTemporaryDir dir;
    {
        ExportDialog dialog(window.document(), server, &window);
        dialog.setTarget(u"postfix"_s);
        dialog.setFolder(dir.filePath(u"export"_s));
        dialog.show();
        ok &= shoot(&dialog, file(u"export-preview"_s));
        dialog.write();
        (void)window.document()->edit(u"banner"_s, [](Workspace& w) {
            if (!w.servers.first().receiveConnectors.isEmpty())
                w.servers.first().receiveConnectors.first().banner = u"220 mail.contoso.example ready"_s;
            return Status();
        });
        auto* files = dialog.findChild<QTreeWidget*>(u"fileList"_s);
        for (int i = 0; i < files->topLevelItemCount(); ++i) {
            if (dialog.comparison().value(i).state == ExportComparison::State::Changed) {
                files->setCurrentItem(files->topLevelItem(i));
                break;
            }
        }
        dialog.findChild<QTabWidget*>(u"fileTabs"_s)->setCurrentIndex(1);
        ok &= shoot(&dialog, file(u"export-diff"_s));
        (void)window.document()->edit(u"broken banner"_s, [](Workspace& w) {
            if (!w.servers.first().receiveConnectors.isEmpty())
                w.servers.first().receiveConnectors.first().banner = u"hello"_s;
            return Status();
        });
        ok &= shoot(&dialog, file(u"export-refused"_s));
        window.document()->undoStack()->undo();
        window.document()->undoStack()->undo();
    }

    // Test Connection from the partner send connector, against a local server without STARTTLS.
    {
        QTcpServer smtp;
        serveWithoutStarttls(&smtp);
        TestConnectionDialog dialog(window.document(), &window);
        if (!demo->sendConnectors.isEmpty())
            dialog.setSendConnector(demo->sendConnectors.first().name);
        dialog.setHost(u"127.0.0.1"_s, smtp.serverPort());
        dialog.setTimeoutSeconds(10);
        dialog.show();
        QEventLoop loop;
        QObject::connect(&dialog, &TestConnectionDialog::probeFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (dialog.start())
            loop.exec();
        dialog.resultTree()->expandAll();
        ok &= shoot(&dialog, file(u"test-connection"_s));
    }
    return ok ? 0 : 1;
}
