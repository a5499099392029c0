#include "certificates/certificatecommands.h"
#include "certificates/certificaterequestwizard.h"
#include "certificates/enablecertificatedialog.h"
#include "certificates/exportcertificatedialog.h"
#include "certificates/trustedroottablemodel.h"
#include "commands/actionregistry.h"
#include "document/workspacedocument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/resultpane.h"
#include "store/workspacefile.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/messagebox.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

namespace {
// Check boxes and radio buttons react to clicks on their indicator and label only; a stretched
// button's centre may be neither.
void clickIndicator(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}
} // namespace

// The certificate commands through the window's actions (menu, context menu and actions pane
// share them): export checked with `openssl pkcs12`, enable, renew, remove with undo/redo, trusted
// roots.
class TestCertificateCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsFollowSelection();
    void exportPfx_data();
    void exportPfx();
    void exportPemAndRequest();
    void exportReportsWriteFailure();
    void enableAddsService();
    void renewOpensPrefilledWizard();
    void removeIsUndoable();
    void trustedRootsAddAndRemove();

private:
    void selectRow(int row);
    template <typename T> T* openDialog(const QString& action);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_thumbprint;
};

void TestCertificateCommands::initTestCase()
{
    UiTestSupport::initGuiTest();
    QVERIFY(m_dir.isValid());
}

void TestCertificateCommands::init()
{
    const QString path = m_dir.filePath(u"demo.dsw"_s);
    QVERIFY(WorkspaceFile::save(UiTestSupport::demoWorkspace(), path).ok());
    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->openFile(path), qPrintable(MessageBox::lastText()));
    m_window->show();
    m_window->showPage(PageKind::Certificates, u"EDGE01"_s);
    m_thumbprint = m_window->document()->workspace().servers.first().certificates.first().thumbprint;
}

void TestCertificateCommands::cleanup()
{
    m_window->document()->undoStack()->clear();
    MessageBox::setNextAnswer(QMessageBox::Discard);
    m_window.reset();
}

void TestCertificateCommands::selectRow(int row)
{
    auto* view = m_window->findChild<QTableView*>(u"resultView"_s);
    QVERIFY(view && view->model()->rowCount() > row);
    view->selectRow(row);
}

template <typename T> T* TestCertificateCommands::openDialog(const QString& action)
{
    QAction* qaction = m_window->actionRegistry()->action(action);
    if (!qaction || !qaction->isEnabled())
        return nullptr;
    qaction->trigger();
    return m_window->findChild<T*>();
}

void TestCertificateCommands::actionsFollowSelection()
{
    ActionRegistry* registry = m_window->actionRegistry();
    for (const QString& id : {u"cert.request"_s, u"cert.import"_s})
        QVERIFY2(registry->action(id)->isEnabled(), qPrintable(id));
    for (const QString& id : {u"cert.export"_s, u"cert.enable"_s, u"cert.renew"_s, u"cert.properties"_s})
        QVERIFY2(!registry->action(id)->isEnabled(), qPrintable(id));
    selectRow(0);
    for (const QString& id : {u"cert.export"_s, u"cert.enable"_s, u"cert.renew"_s, u"cert.properties"_s,
                              u"cert.copyThumbprint"_s, u"cert.remove"_s})
        QVERIFY2(registry->action(id)->isEnabled(), qPrintable(id));
    QVERIFY(!registry->action(u"request.export"_s)->isEnabled());
    registry->action(u"cert.copyThumbprint"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_thumbprint);
    selectRow(1); // the pending request
    QVERIFY(registry->action(u"request.export"_s)->isEnabled());
    QVERIFY(!registry->action(u"cert.export"_s)->isEnabled());
    // Menu and actions pane hold the same QAction objects.
    QVERIFY(m_window->menu(u"action"_s)->actions().contains(registry->action(u"cert.renew"_s)));
}

void TestCertificateCommands::exportPfx_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("modern") << false;
    QTest::newRow("legacy 3DES") << true;
}

void TestCertificateCommands::exportPfx()
{
    QFETCH(bool, legacy);
    selectRow(0);
    auto* dialog = openDialog<ExportCertificateDialog>(u"cert.export"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* pfx = dialog->findChild<QRadioButton*>(u"pfxRadio"_s);
    QVERIFY(pfx->isEnabled()); // the demo key is exportable
    clickIndicator(pfx);
    QVERIFY(pfx->isChecked());
    if (legacy)
        clickIndicator(dialog->findChild<QCheckBox*>(u"legacyCheckBox"_s));
    const QString path = m_dir.filePath(legacy ? u"legacy.pfx"_s : u"modern.pfx"_s);
    auto* pathEdit = dialog->findChild<QLineEdit*>(u"pathEdit"_s);
    pathEdit->setText(path);
    // A missing or mismatched password is refused in the dialog.
    QVERIFY(!dialog->exportNow());
    QVERIFY(dialog->findChild<QLabel*>(u"errorLabel"_s)->text().contains(u"password"_s));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"passwordEdit"_s), u"s3cret pfx"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"confirmPasswordEdit"_s), u"s3cret"_s);
    QVERIFY(!dialog->exportNow());
    QVERIFY(!QFileInfo::exists(path));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"confirmPasswordEdit"_s), u" pfx"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"commandLabel"_s)->text().contains(u"Export-ExchangeCertificate"_s));
    dialog->accept();
    QVERIFY2(QFileInfo::exists(path), qPrintable(dialog->findChild<QLabel*>(u"errorLabel"_s)->text()));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // openssl reads it with the password: key, certificate and the CA.
    const auto info = TestSupport::openssl(
        {u"pkcs12"_s, u"-info"_s, u"-in"_s, path, u"-passin"_s, u"pass:s3cret pfx"_s, u"-nodes"_s});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    const QString output = QString::fromUtf8(info.out + info.err);
    QVERIFY(output.contains(u"BEGIN PRIVATE KEY"_s));
    QVERIFY(output.contains(u"mail.contoso.example"_s));
    QVERIFY(output.contains(u"DomainSecure Demo CA"_s));
    QCOMPARE(output.contains(u"pbeWithSHA1And3-KeyTripleDES-CBC"_s), legacy);
    const auto wrong =
        TestSupport::openssl({u"pkcs12"_s, u"-in"_s, path, u"-passin"_s, u"pass:wrong"_s, u"-noout"_s});
    QVERIFY(wrong.exitCode != 0);
}

void TestCertificateCommands::exportPemAndRequest()
{
    selectRow(0);
    auto* dialog = openDialog<ExportCertificateDialog>(u"cert.export"_s);
    QVERIFY(dialog);
    const QString path = m_dir.filePath(u"cert.cer"_s);
    dialog->findChild<QLineEdit*>(u"pathEdit"_s)->setText(path);
    dialog->accept();
    const auto text =
        TestSupport::openssl({u"x509"_s, u"-in"_s, path, u"-noout"_s, u"-fingerprint"_s, u"-sha1"_s});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY(QString::fromUtf8(text.out).remove(u':').contains(m_thumbprint));
    QTRY_VERIFY(!m_window->findChild<ExportCertificateDialog*>());

    // The pending request exports as PKCS#10 (PEM or DER only).
    selectRow(1);
    dialog = openDialog<ExportCertificateDialog>(u"request.export"_s);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QRadioButton*>(u"pfxRadio"_s)->isVisibleTo(dialog));
    const QString request = m_dir.filePath(u"again.req"_s);
    dialog->findChild<QLineEdit*>(u"pathEdit"_s)->setText(request);
    clickIndicator(dialog->findChild<QRadioButton*>(u"derRadio"_s));
    dialog->accept();
    const auto verified = TestSupport::openssl(
        {u"req"_s, u"-in"_s, request, u"-inform"_s, u"DER"_s, u"-noout"_s, u"-subject"_s});
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
}

void TestCertificateCommands::exportReportsWriteFailure()
{
    if (!TestSupport::faultUnderTest()) {
        // The dialog in a process of its own whose writes into the folder fail (ds_faultinject):
        // every write on a full disk, or the rename with EIO.
        const std::pair<QString, QString> faults[] = {{u"write"_s, u"ENOSPC"_s}, {u"rename"_s, u"EIO"_s}};
        for (const auto& [op, error] : faults) {
            QTemporaryDir folder;
            const QString path = folder.filePath(u"cert.cer"_s);
            QVERIFY(TestSupport::writeFile(path, "previous\n"));
            TestSupport::Fault fault;
            fault.op = op;
            fault.error = error;
            fault.repeat = true;
            fault.pathPrefix = folder.path();
            const auto r = TestSupport::rerunUnderFault(fault, u"exportReportsWriteFailure"_s);
            QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
            QCOMPARE(TestSupport::readFile(path), QByteArray("previous\n"));
            QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"cert.cer"_s});
        }
        // A dangling symbolic link as the target: refused, nothing written where it points.
        QTemporaryDir elsewhere;
        const QString link = m_dir.filePath(u"link.cer"_s);
        QVERIFY(QFile::link(elsewhere.filePath(u"planted.cer"_s), link));
        selectRow(0);
        auto* dialog = openDialog<ExportCertificateDialog>(u"cert.export"_s);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"pathEdit"_s)->setText(link);
        QVERIFY(!dialog->exportNow());
        const QString error = dialog->findChild<QLabel*>(u"errorLabel"_s)->text();
        QVERIFY2(error.contains(link) && error.contains(u"symbolic link"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(elsewhere.filePath(u"planted.cer"_s)));
        dialog->reject();
        return;
    }
    const QString path = TestSupport::faultFolder() + u"/cert.cer"_s;
    selectRow(0);
    auto* dialog = openDialog<ExportCertificateDialog>(u"cert.export"_s);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(u"pathEdit"_s)->setText(path);
    QVERIFY(!dialog->exportNow());
    QVERIFY(dialog->isVisible()); // stays open with the error
    const QString error = dialog->findChild<QLabel*>(u"errorLabel"_s)->text();
    QVERIFY2(error.contains(path) && error.contains(TestSupport::faultReason()), qPrintable(error));
    QCOMPARE(TestSupport::readFile(path), QByteArray("previous\n"));
    dialog->reject();
}

void TestCertificateCommands::enableAddsService()
{
    selectRow(0);
    auto* dialog = openDialog<EnableCertificateDialog>(u"cert.enable"_s);
    QVERIFY(dialog);
    auto* smtp = dialog->findChild<QCheckBox*>(u"smtpCheckBox"_s);
    QVERIFY(smtp->isChecked() && !smtp->isEnabled()); // services are never taken away
    clickIndicator(dialog->findChild<QCheckBox*>(u"imapCheckBox"_s));
    QVERIFY(dialog->findChild<QLabel*>(u"commandLabel"_s)->text().contains(u"-Services 'IMAP'"_s));
    dialog->accept();
    const auto services = [this] {
        return m_window->document()->workspace().servers.first().certificates.first().services;
    };
    QCOMPARE(services(), Services(Service::SMTP) | Service::IMAP);
    m_window->document()->undoStack()->undo();
    QCOMPARE(services(), Services(Service::SMTP));
}

void TestCertificateCommands::renewOpensPrefilledWizard()
{
    selectRow(0);
    auto* wizard = openDialog<CertificateRequestWizard>(u"cert.renew"_s);
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->windowTitle(), u"Renew Certificate"_s);
    QCOMPARE(wizard->domains(), (QStringList{u"mail.contoso.example"_s, u"contoso.example"_s}));
    QVERIFY(wizard->subject().contains(u"O=Contoso"_s));
    wizard->reject();
}

void TestCertificateCommands::removeIsUndoable()
{
    selectRow(0);
    const auto certificates = [this] {
        return m_window->document()->workspace().servers.first().certificates;
    };
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->actionRegistry()->action(u"cert.remove"_s)->trigger();
    QCOMPARE(certificates().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->actionRegistry()->action(u"cert.remove"_s)->trigger();
    // The SMTP certificate: the question says what stops.
    QVERIFY(MessageBox::lastText().contains(u"SMTP certificate"_s));
    QVERIFY(certificates().isEmpty());
    m_window->findChild<QAction*>(u"action_edit.undo"_s)->trigger();
    QCOMPARE(certificates().size(), 1);
    QCOMPARE(certificates().first().thumbprint, m_thumbprint);
    m_window->findChild<QAction*>(u"action_edit.redo"_s)->trigger();
    QVERIFY(certificates().isEmpty());
}

void TestCertificateCommands::trustedRootsAddAndRemove()
{
    const QString ca = m_dir.filePath(u"partner-ca.pem"_s);
    const auto made = TestSupport::openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                            u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s,
                                            m_dir.filePath(u"partner-ca.key"_s), u"-out"_s, ca, u"-days"_s,
                                            u"30"_s, u"-subj"_s, u"/CN=Fabrikam Root/O=Fabrikam"_s,
                                            u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    WorkspaceDocument* document = m_window->document();
    const qsizetype before = document->workspace().trustedRoots.size();
    QVERIFY(CertificateCommands::addTrustedRootFile(document, ca).ok());
    QCOMPARE(document->workspace().trustedRoots.size(), before + 1);
    // Not a certificate: a clear error, nothing changes.
    const Status bad = CertificateCommands::addTrustedRootFile(document, m_dir.filePath(u"partner-ca.key"_s));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorMessage().contains(u"partner-ca.key"_s), qPrintable(bad.errorMessage()));
    QCOMPARE(document->workspace().trustedRoots.size(), before + 1);

    m_window->showPage(PageKind::TrustedRoots);
    auto* view = m_window->findChild<QTableView*>(u"resultView"_s);
    QCOMPARE(view->model()->rowCount(), int(before + 1));
    QVERIFY(m_window->actionRegistry()->action(u"trust.add"_s)->isEnabled());
    m_window->resultPane()->select(
        {TrustedRootTableModel::thumbprintOf(document->workspace().trustedRoots.last())});
    QCOMPARE(m_window->resultPane()->selection().count(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->actionRegistry()->action(u"trust.remove"_s)->trigger();
    QCOMPARE(document->workspace().trustedRoots.size(), before);
    document->undoStack()->undo();
    QCOMPARE(document->workspace().trustedRoots.size(), before + 1);
}

QTEST_MAIN(TestCertificateCommands)
#include "tst_certificatecommands.moc"
