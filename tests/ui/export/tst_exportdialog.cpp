#include "commands/actionregistry.h"
#include "document/workspacedocument.h"
#include "export/exportdialog.h"
#include "export/exporter.h"
#include "export/postfixapplier.h"
#include "export/postfixapplywidget.h"
#include "export/postfixexporter.h"
#include "mainwindow/mainwindow.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "util/translator.h"
#include "validate/finding.h"
#include "validate/validator.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// The Export dialog on the demo workspace: preview, blocking lint errors, Write, diff, Apply.
class TestExportDialog : public QObject
{
    Q_OBJECT

    struct Ui
    {
        QTreeWidget* files;
        QTreeWidget* findings;
        QPlainTextEdit* preview;
        QPlainTextEdit* diff;
        QPushButton* write;
        QLineEdit* folder;
        QLabel* status;
    };

    static Ui ui(ExportDialog& dialog)
    {
        Ui u{dialog.findChild<QTreeWidget*>(u"fileList"_s),
             dialog.findChild<QTreeWidget*>(u"findingsView"_s),
             dialog.findChild<QPlainTextEdit*>(u"previewView"_s),
             dialog.findChild<QPlainTextEdit*>(u"diffView"_s),
             dialog.findChild<QPushButton*>(u"writeButton"_s),
             dialog.findChild<QLineEdit*>(u"folderEdit"_s),
             dialog.findChild<QLabel*>(u"exportStatusLabel"_s)};
        if (!u.files || !u.findings || !u.preview || !u.diff || !u.write || !u.folder || !u.status)
            qFatal("export dialog widgets missing");
        return u;
    }

    static QStringList listed(QTreeWidget* files)
    {
        QStringList names;
        for (int i = 0; i < files->topLevelItemCount(); ++i)
            names << files->topLevelItem(i)->text(0);
        return names;
    }

    static QTreeWidgetItem* item(QTreeWidget* files, const QString& name)
    {
        const auto found = files->findItems(name, Qt::MatchExactly, 0);
        return found.value(0);
    }

    QTemporaryDir m_dir;
    Workspace m_demo;

private slots:
    void initTestCase()
    {
        UiTestSupport::initGuiTest();
        Translator::install(u"en"_s);
        QVERIFY(m_dir.isValid());
        m_demo = UiTestSupport::demoWorkspace();
    }

    // The target list is core's (the targets of lint --target); the workspace's release is selected.
    void listsEveryTarget()
    {
        Workspace workspace = m_demo;
        WorkspaceDocument document;
        document.reset(workspace, {});
        {
            ExportDialog dialog(&document, u"EDGE01"_s);
            auto* combo = dialog.findChild<QComboBox*>(u"targetComboBox"_s);
            QVERIFY(combo);
            QStringList targets;
            for (int i = 0; i < combo->count(); ++i) {
                targets << combo->itemData(i).toString();
                QCOMPARE(combo->itemText(i), Exporter::create(targets.last())->displayName());
            }
            QCOMPARE(targets, Exporter::targets());
            QStringList lintTargets;
            for (const ValidationTarget target : Validator::targets())
                lintTargets << Validator::targetName(target);
            QCOMPARE(targets, lintTargets);
            QCOMPARE(dialog.target(), u"exchange2007"_s);
        }
        workspace.exchangeVersion = ExchangeVersion::Exchange2013;
        document.reset(workspace, {});
        ExportDialog dialog(&document, u"EDGE01"_s);
        QCOMPARE(dialog.target(), u"exchange2013"_s);
        QVERIFY(dialog.findChild<QComboBox*>(u"targetComboBox"_s)->currentText().contains(u"2013"_s));
    }

    void previewListsEveryFile_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("postfix") << u"postfix"_s;
        QTest::newRow("exchange") << u"exchange2007"_s;
        QTest::newRow("exchange2016") << u"exchange2016"_s;
        QTest::newRow("exchange-online") << u"exchange-online"_s;
    }
    void previewListsEveryFile()
    {
        QFETCH(QString, target);
        WorkspaceDocument document;
        document.reset(m_demo, {});
        ExportDialog dialog(&document, u"EDGE01"_s);
        dialog.setTarget(target);
        QCOMPARE(dialog.target(), target);
        const Ui u = ui(dialog);
        QVERIFY2(dialog.result().has_value(), qPrintable(u.status->text()));

        // The list shows exactly what the exporter makes, in its order.
        const auto expected = Exporter::create(target)->run(m_demo, {u"EDGE01"_s, {}});
        QVERIFY2(expected.ok(), qPrintable(expected.errorMessage()));
        QVERIFY(!expected->files.isEmpty());
        QCOMPARE(listed(u.files), expected->fileNames());
        // Exchange Online writes one script for the organization: the server is not chosen.
        QCOMPARE(dialog.findChild<QComboBox*>(u"serverComboBox"_s)->isEnabled(),
                 target != u"exchange-online"_s);

        // Each text file's preview is its content; a key file's is not.
        for (const ExportFile& file : expected->files) {
            u.files->setCurrentItem(item(u.files, file.name));
            if (file.secret) {
                QVERIFY(!u.preview->toPlainText().contains(u"PRIVATE KEY"_s));
                QVERIFY(u.preview->toPlainText().contains(u"0600"_s));
            } else if (!file.content.contains('\0')) {
                // The view shows lines; the Exchange script has CRLF line ends.
                QCOMPARE(u.preview->toPlainText(),
                         QString::fromUtf8(file.content).replace(u"\r\n"_s, u"\n"_s));
            }
            QVERIFY(u.preview->isReadOnly());
        }
    }

    void blockingFindingsDisableWrite()
    {
        Workspace broken = m_demo;
        QVERIFY(!broken.servers.first().receiveConnectors.isEmpty());
        broken.servers.first().receiveConnectors.first().banner = u"hello there"_s;
        WorkspaceDocument document;
        document.reset(broken, {});
        ExportDialog dialog(&document, u"EDGE01"_s);
        dialog.setTarget(u"postfix"_s);
        dialog.setFolder(m_dir.filePath(u"refused"_s));
        const Ui u = ui(dialog);

        QVERIFY(!dialog.result().has_value());
        QCOMPARE(u.files->topLevelItemCount(), 0);
        QVERIFY(!u.write->isEnabled());
        QVERIFY(u.status->text().contains(u"refused"_s));
        bool bannerFinding = false;
        for (int i = 0; i < u.findings->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* finding = u.findings->topLevelItem(i);
            if (finding->data(0, Qt::UserRole).toString() == u"RC-BANNER-220"_s) {
                bannerFinding = true;
                QCOMPARE(finding->text(0), Finding::severityText(Finding::Severity::Error));
                QVERIFY(finding->text(2).contains(u"hello there"_s));
            }
        }
        QVERIFY(bannerFinding);

        // Fixing the workspace (an undoable edit) lifts the block live.
        QVERIFY(document
                    .edit(u"fix banner"_s,
                          [](Workspace& w) {
                              w.servers.first().receiveConnectors.first().banner.clear();
                              return Status();
                          })
                    .ok());
        QVERIFY(dialog.result().has_value());
        QVERIFY(u.write->isEnabled());
        QVERIFY(u.files->topLevelItemCount() > 0);
        // And undo brings it back.
        document.undoStack()->undo();
        QVERIFY(!u.write->isEnabled());
        QVERIFY(!QDir(m_dir.filePath(u"refused"_s)).exists());
    }

    void writeCreatesFilesThenDiffShowsChanges()
    {
        WorkspaceDocument document;
        document.reset(m_demo, {});
        ExportDialog dialog(&document, u"EDGE01"_s);
        dialog.setTarget(u"postfix"_s);
        const QString folder = m_dir.filePath(u"out"_s);
        dialog.setFolder(folder);
        const Ui u = ui(dialog);
        QVERIFY(dialog.result().has_value());
        for (const ExportComparison::Entry& entry : dialog.comparison())
            QCOMPARE(entry.state, ExportComparison::State::New);

        QVERIFY(u.write->isEnabled());
        QTest::mouseClick(u.write, Qt::LeftButton);
        const ExportResult written = *dialog.result();
        for (const ExportFile& file : written.files) {
            QFile out(QDir(folder).filePath(file.name));
            QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(file.name));
            QCOMPARE(out.readAll(), file.content);
            if (file.secret) {
                const auto mode = QFileInfo(out.fileName()).permissions();
                QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
                QVERIFY(!(mode & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                  QFileDevice::WriteOther)));
            }
        }
        QVERIFY(u.status->text().startsWith(u"Wrote"_s));
        for (const ExportComparison::Entry& entry : dialog.comparison())
            QCOMPARE(entry.state, ExportComparison::State::Unchanged);
        u.files->setCurrentItem(u.files->topLevelItem(0));
        QVERIFY(u.diff->toPlainText().contains(u"Unchanged"_s));

        // A change in the workspace shows up as a diff of the files it touches only.
        QVERIFY(document
                    .edit(u"banner"_s,
                          [](Workspace& w) {
                              w.servers.first().receiveConnectors.first().banner =
                                  u"220 changed.example ready"_s;
                              return Status();
                          })
                    .ok());
        QString name;
        for (const ExportComparison::Entry& entry : dialog.comparison()) {
            if (entry.state == ExportComparison::State::Changed && entry.textDiff)
                name = entry.name;
        }
        QVERIFY(!name.isEmpty());
        QTreeWidgetItem* changed = item(u.files, name);
        QVERIFY(changed);
        QVERIFY2(changed->text(1).startsWith(u"changed"_s), qPrintable(changed->text(1)));
        u.files->setCurrentItem(changed);
        const QString diff = u.diff->toPlainText();
        QVERIFY2(diff.startsWith(u"@@ -"_s), qPrintable(diff));
        bool added = false;
        for (const QString& line : diff.split(u'\n')) {
            if (line.startsWith(u'+') && line.contains(u"changed.example ready"_s))
                added = true;
            QVERIFY2(!(line.startsWith(u'-') && line.contains(u"changed.example"_s)), qPrintable(line));
        }
        QVERIFY2(added, qPrintable(diff));
        int unchanged = 0;
        for (const ExportComparison::Entry& entry : dialog.comparison())
            unchanged += entry.state == ExportComparison::State::Unchanged ? 1 : 0;
        QVERIFY(unchanged > 0);

        // Writing again replaces the changed file (after the confirmation) and all is current again.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog.write());
        for (const ExportComparison::Entry& entry : dialog.comparison())
            QCOMPARE(entry.state, ExportComparison::State::Unchanged);
    }

    void applyToPostfixRunsOffThread()
    {
        const QString config = m_dir.filePath(u"postfix-config"_s);
        QVERIFY(QDir().mkpath(config));
        QVERIFY(QFile::copy(u"/usr/share/postfix/main.cf.debian"_s, config + u"/main.cf"_s));
        QVERIFY(QFile::copy(u"/usr/share/postfix/master.cf.dist"_s, config + u"/master.cf"_s));
        WorkspaceDocument document;
        document.reset(m_demo, {});
        ExportDialog dialog(&document, u"EDGE01"_s);
        dialog.setTarget(u"postfix"_s);
        auto* apply = dialog.findChild<PostfixApplyWidget*>();
        QVERIFY(apply && apply->isVisibleTo(&dialog));
        auto* button = dialog.findChild<QPushButton*>(u"applyButton"_s);
        QVERIFY(!button->isEnabled()); // no directory yet
        apply->setConfigDirectory(config);
        QVERIFY(button->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(apply->isRunning() || QFileInfo(config + u"/domainsecure"_s).isDir());
        QTRY_VERIFY_WITH_TIMEOUT(!apply->isRunning(), 60000);
        auto* status = dialog.findChild<QLabel*>(u"applyStatusLabel"_s);
        QVERIFY2(status->text().startsWith(u"Applied"_s), qPrintable(status->text()));
        QVERIFY(QFileInfo(config + u"/domainsecure/"_s + PostfixApplier::kManifest).isFile());
        QVERIFY(!dialog.findChild<QPlainTextEdit*>(u"applyLogView"_s)->toPlainText().isEmpty());

        // A second apply changes nothing.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!apply->isRunning(), 60000);
        QVERIFY2(status->text().contains(u"already up to date"_s), qPrintable(status->text()));
    }

    // A certificate the administrator configured globally is not replaced until the checkbox
    // allows it; main.cf stays byte-for-byte as it was in between.
    void applyReplacesGlobalSettingsOnlyWhenAllowed()
    {
        const QString config = m_dir.filePath(u"postfix-admin-config"_s);
        QVERIFY(QDir().mkpath(config));
        QByteArray main = TestSupport::readFile(u"/usr/share/postfix/main.cf.debian"_s);
        main += "smtpd_tls_cert_file = /etc/ssl/certs/ssl-cert-snakeoil.pem\n";
        QVERIFY(TestSupport::writeFile(config + u"/main.cf"_s, main));
        QVERIFY(QFile::copy(u"/usr/share/postfix/master.cf.dist"_s, config + u"/master.cf"_s));
        WorkspaceDocument document;
        document.reset(m_demo, {});
        ExportDialog dialog(&document, u"EDGE01"_s);
        dialog.setTarget(u"postfix"_s);
        auto* apply = dialog.findChild<PostfixApplyWidget*>();
        auto* button = dialog.findChild<QPushButton*>(u"applyButton"_s);
        auto* allow = dialog.findChild<QCheckBox*>(u"allowGlobalChangeCheckBox"_s);
        auto* status = dialog.findChild<QLabel*>(u"applyStatusLabel"_s);
        QVERIFY(apply && button && allow && status);
        QVERIFY(!allow->isChecked());
        apply->setConfigDirectory(config);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!apply->isRunning(), 60000);
        QVERIFY2(status->text().contains(u"smtpd_tls_cert_file"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"--allow-global-change"_s), qPrintable(status->text()));
        QCOMPARE(TestSupport::readFile(config + u"/main.cf"_s), main);
        QVERIFY(!QFileInfo::exists(config + u"/domainsecure"_s));

        QTest::mouseClick(allow, Qt::LeftButton, {}, QPoint(2, allow->height() / 2));
        QVERIFY(allow->isChecked());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!apply->isRunning(), 60000);
        QVERIFY2(status->text().startsWith(u"Applied"_s), qPrintable(status->text()));
        const auto postconf =
            TestSupport::run(u"/usr/sbin/postconf"_s, {u"-c"_s, config, u"-h"_s, u"smtpd_tls_cert_file"_s});
        QCOMPARE(postconf.out.trimmed(), QByteArray("$config_directory/domainsecure/smtp-cert.pem"));
    }

    void nonExportableKeyNeedsTheCheckbox()
    {
        Workspace workspace = m_demo;
        CertificateEntry* smtp = nullptr;
        for (CertificateEntry& entry : workspace.servers.first().certificates) {
            if (&entry == workspace.servers.first().smtpCertificate())
                smtp = &entry;
        }
        QVERIFY(smtp && smtp->hasPrivateKey());
        smtp->exportable = false;
        WorkspaceDocument document;
        document.reset(workspace, {});
        ExportDialog dialog(&document, u"EDGE01"_s);
        dialog.setTarget(u"postfix"_s);
        const Ui u = ui(dialog);
        auto* include = dialog.findChild<QCheckBox*>(u"includePrivateKeyCheckBox"_s);
        QVERIFY(include && include->isVisibleTo(&dialog) && include->isEnabled() && !include->isChecked());
        // Refused as the CLI refuses it: nothing to write or apply.
        QVERIFY(!dialog.result().has_value());
        QVERIFY2(u.status->text().contains(u"not exportable"_s), qPrintable(u.status->text()));
        QVERIFY(!u.write->isEnabled());
        auto* apply = dialog.findChild<PostfixApplyWidget*>();
        apply->setConfigDirectory(m_dir.path());
        QVERIFY(!dialog.findChild<QPushButton*>(u"applyButton"_s)->isEnabled());

        // The administrator's choice: the bundle with the key, and Apply.
        QTest::mouseClick(include, Qt::LeftButton, {}, QPoint(8, include->height() / 2));
        QVERIFY(include->isChecked());
        QVERIFY2(dialog.result().has_value(), qPrintable(u.status->text()));
        QVERIFY(dialog.result()->fileNames().contains(u"domainsecure/smtp-key.pem"_s));
        QVERIFY(dialog.findChild<QPushButton*>(u"applyButton"_s)->isEnabled());

        // Not offered where it means nothing: the Exchange script, or an exportable key.
        dialog.setTarget(u"exchange2007"_s);
        QVERIFY(!include->isVisibleTo(&dialog));
        dialog.setTarget(u"postfix"_s);
        QVERIFY(include->isVisibleTo(&dialog));
        QVERIFY(!include->isChecked()); // asked again
        QVERIFY(!dialog.result().has_value());
        QVERIFY(document
                    .edit(u"exportable"_s,
                          [](Workspace& w) {
                              for (CertificateEntry& entry : w.servers.first().certificates)
                                  entry.exportable = true;
                              return Status();
                          })
                    .ok());
        QVERIFY(!include->isVisibleTo(&dialog));
        QVERIFY2(dialog.result().has_value(), qPrintable(u.status->text()));
    }

    void commandOpensDialog()
    {
        MainWindow window;
        window.document()->reset(m_demo, {});
        QAction* action = window.actionRegistry()->action(u"export.configuration"_s);
        QVERIFY(action);
        window.actionRegistry()->updateEnabled();
        QVERIFY(action->isEnabled());
        QVERIFY(window.menu(u"action"_s)->actions().contains(action));
        action->trigger();
        auto* dialog = window.findChild<ExportDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->server(), u"EDGE01"_s);
        dialog->reject();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
