#include "certificates/certificatefiledrophandler.h"
#include "certificates/importcertificatewizard.h"
#include "crypto/certificate.h"
#include "document/workspacedocument.h"
#include "mainwindow/mainwindow.h"
#include "model/certificatemanager.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/messagebox.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
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

// Click-through of the Import Certificate wizard: a CA's answer to a pending request (PEM with its
// chain), a PKCS#12 file with a wrong and then the right password, the confirmation before the
// default SMTP certificate is replaced, and a file dropped on the main window.
class TestImportCertificateWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importsIssuedCertificate();
    void pkcs12AsksForPassword();
    void missingFileBlocksNext();
    void cancelReadingKeepsWorkspace();
    void dropOpensWizard();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList& arguments);
    void clickNext(QWizard& wizard);

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDocument> m_document;
    QString m_requestThumbprint;
    QString m_oldSmtpThumbprint;
};

bool TestImportCertificateWizard::openssl(const QStringList& arguments)
{
    const auto result = TestSupport::openssl(arguments);
    if (result.exitCode != 0)
        qWarning() << arguments << result.err;
    return result.exitCode == 0;
}

void TestImportCertificateWizard::initTestCase()
{
    UiTestSupport::initGuiTest();
    QVERIFY(m_dir.isValid());
    // A partner-trusted CA (the openssl CLI), and a key + certificate pair for the PKCS#12 test.
    QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                     u"-nodes"_s, u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, path(u"ca.pem"_s), u"-days"_s,
                     u"30"_s, u"-subj"_s, u"/CN=Import Test Root/O=Test"_s, u"-addext"_s,
                     u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                     u"keyUsage=critical,keyCertSign,cRLSign"_s}));
}

void TestImportCertificateWizard::init()
{
    Workspace workspace = UiTestSupport::demoWorkspace();
    workspace.servers.first().pendingRequests.clear();
    workspace.trustedRoots << Certificate::fromPem(TestSupport::readFile(path(u"ca.pem"_s)))->toDer();
    CertificateManager::RequestParams params;
    params.subject = u"CN=mail.contoso.example,O=Contoso"_s;
    params.domains = {u"mail.contoso.example"_s, u"contoso.example"_s};
    params.keySpec = KeySpec::ecP256();
    params.friendlyName = u"Contoso 2027"_s;
    auto created = CertificateManager::createRequest(workspace, u"EDGE01"_s, params, {});
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_requestThumbprint = created->request.thumbprint;
    m_oldSmtpThumbprint = workspace.servers.first().smtpCertificate()->thumbprint;
    m_document = std::make_unique<WorkspaceDocument>();
    m_document->reset(workspace, {});

    // The CA answers the request: issued.pem + ca.pem in one file, as many CAs send it.
    QVERIFY(TestSupport::writeFile(path(u"request.req"_s), created->csrPem));
    QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"request.req"_s), u"-CA"_s, path(u"ca.pem"_s),
                     u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s, u"-out"_s, path(u"issued.pem"_s),
                     u"-days"_s, u"20"_s, u"-copy_extensions"_s, u"copyall"_s}));
    QVERIFY(TestSupport::writeFile(path(u"answer.pem"_s), TestSupport::readFile(path(u"issued.pem"_s)) +
                                                              TestSupport::readFile(path(u"ca.pem"_s))));
}

void TestImportCertificateWizard::clickNext(QWizard& wizard)
{
    QAbstractButton* button = wizard.currentPage()->isCommitPage() ? wizard.button(QWizard::CommitButton)
                                                                   : wizard.button(QWizard::NextButton);
    QVERIFY2(button->isEnabled(), qPrintable(wizard.currentPage()->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestImportCertificateWizard::importsIssuedCertificate()
{
    ImportCertificateWizard wizard(m_document.get(), u"EDGE01"_s);
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the file is required
    QTest::keyClicks(wizard.findChild<QLineEdit*>(u"fileEdit"_s), path(u"answer.pem"_s));
    clickNext(wizard);
    // No password page for PEM.
    QCOMPARE(wizard.currentId(), int(ImportCertificateWizard::PreviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
    const QString details = wizard.findChild<QLabel*>(u"detailsLabel"_s)->text();
    QVERIFY2(details.contains(u"mail.contoso.example"_s), qPrintable(details));
    QVERIFY(details.contains(u"contoso.example"_s));
    QVERIFY(details.contains(u"Import Test Root"_s));
    const QString match = wizard.findChild<QLabel*>(u"matchedRequestLabel"_s)->text();
    QVERIFY2(match.contains(m_requestThumbprint) && match.contains(u"Contoso 2027"_s), qPrintable(match));
    // The chain as a tree: the root, and the certificate below it, both fine.
    auto* tree = wizard.findChild<QTreeWidget*>(u"certificationPathTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Import Test Root"_s);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), u"mail.contoso.example"_s);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), u"OK"_s);
    // Expiring within 30 days (issued for 20).
    QVERIFY2(wizard.findChild<QLabel*>(u"statusLabel"_s)->text().contains(u"Expiring"_s, Qt::CaseInsensitive),
             qPrintable(wizard.findChild<QLabel*>(u"statusLabel"_s)->text()));
    clickNext(wizard);

    QCOMPARE(wizard.currentId(), int(ImportCertificateWizard::ServicesPageId));
    auto* smtp = wizard.findChild<QCheckBox*>(u"smtpCheckBox"_s);
    QVERIFY(smtp->isChecked() && smtp->isEnabled());
    QCOMPARE(wizard.findChild<QLineEdit*>(u"friendlyNameEdit"_s)->text(), u"Contoso 2027"_s);
    QVERIFY(wizard.findChild<QLabel*>(u"servicesNoteLabel"_s)->text().contains(m_oldSmtpThumbprint));
    // EDGE01 has an SMTP certificate: No keeps everything as it is.
    MessageBox::setNextAnswer(QMessageBox::No);
    clickNext(wizard);
    QVERIFY(MessageBox::lastText().contains(u"Replace the default SMTP certificate of EDGE01"_s));
    QCOMPARE(wizard.currentId(), int(ImportCertificateWizard::ServicesPageId));
    QCOMPARE(m_document->workspace().servers.first().certificates.size(), 1);
    QVERIFY(!m_document->isModified());
    // Yes imports (off the GUI thread) and moves on.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportCertificateWizard::CompletionPageId), 30000);

    const Server& edge = m_document->workspace().servers.first();
    QCOMPARE(edge.certificates.size(), 2);
    QVERIFY(edge.pendingRequests.isEmpty()); // completed
    const CertificateEntry& imported = edge.certificates.last();
    QVERIFY(imported.hasPrivateKey());
    QCOMPARE(imported.friendlyName, u"Contoso 2027"_s);
    QCOMPARE(imported.services, Services(Service::SMTP));
    QCOMPARE(imported.chainDer.size(), 1);
    QCOMPARE(edge.smtpCertificate()->thumbprint, imported.thumbprint);
    QVERIFY(!edge.certificate(m_oldSmtpThumbprint)->services.testFlag(Service::SMTP));

    const QString commands = wizard.findChild<QPlainTextEdit*>(u"commandText"_s)->toPlainText();
    QVERIFY2(
        commands.contains(u"Import-ExchangeCertificate -Path '.\\answer.pem' -FriendlyName 'Contoso 2027' | "
                          "Enable-ExchangeCertificate -Services 'SMTP'"_s),
        qPrintable(commands));
    QVERIFY(wizard.findChild<QLabel*>(u"resultLabel"_s)->text().contains(u"completed the pending request"_s));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);

    // One undo step restores the request and the old SMTP certificate.
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace().servers.first().pendingRequests.size(), 1);
    QCOMPARE(m_document->workspace().servers.first().smtpCertificate()->thumbprint, m_oldSmtpThumbprint);
}

void TestImportCertificateWizard::pkcs12AsksForPassword()
{
    // A certificate with its key in a PKCS#12 file (no pending request).
    QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, path(u"gw.key"_s),
                     u"-out"_s, path(u"gw.csr"_s), u"-subj"_s, u"/CN=gw.contoso.example"_s, u"-addext"_s,
                     u"subjectAltName=DNS:gw.contoso.example"_s, u"-addext"_s,
                     u"extendedKeyUsage=serverAuth,clientAuth"_s}));
    QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"gw.csr"_s), u"-CA"_s, path(u"ca.pem"_s),
                     u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s, u"-out"_s, path(u"gw.pem"_s),
                     u"-days"_s, u"25"_s, u"-copy_extensions"_s, u"copyall"_s}));
    QVERIFY(openssl({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, path(u"gw.key"_s), u"-in"_s, path(u"gw.pem"_s),
                     u"-certfile"_s, path(u"ca.pem"_s), u"-name"_s, u"Gateway"_s, u"-passout"_s,
                     u"pass:right horse"_s, u"-out"_s, path(u"gw.pfx"_s)}));

    // The organization runs Exchange 2013: the command reads the file's bytes (-FileData).
    Workspace workspace = m_document->workspace();
    workspace.exchangeVersion = ExchangeVersion::Exchange2013;
    m_document->reset(workspace, {});
    ImportCertificateWizard wizard(m_document.get(), u"EDGE01"_s);
    wizard.setFile(path(u"gw.pfx"_s));
    wizard.show();
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportCertificateWizard::PasswordPageId));
    auto* password = wizard.findChild<QLineEdit*>(u"passwordEdit"_s);
    auto* status = wizard.findChild<QLabel*>(u"passwordStatusLabel"_s);
    QTest::keyClicks(password, u"wrong"_s);
    clickNext(wizard);
    // The check runs off the GUI thread; the page stays and says why.
    QTRY_VERIFY_WITH_TIMEOUT(
        password->isEnabled() && !status->text().isEmpty() && !status->text().contains(u"Opening"_s), 30000);
    QCOMPARE(wizard.currentId(), int(ImportCertificateWizard::PasswordPageId));
    QVERIFY2(status->text().contains(u"gw.pfx"_s), qPrintable(status->text()));
    password->clear();
    QTest::keyClicks(password, u"right horse"_s);
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportCertificateWizard::PreviewPageId), 30000);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.findChild<QLabel*>(u"detailsLabel"_s)->text().contains(u"in the file"_s));
    QVERIFY(wizard.findChild<QLabel*>(u"detailsLabel"_s)->text().contains(u"PKCS#12"_s));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportCertificateWizard::ServicesPageId));
    QCOMPARE(wizard.findChild<QLineEdit*>(u"friendlyNameEdit"_s)->text(), u"Gateway"_s);
    // Import without SMTP: no question, the default stays.
    clickIndicator(wizard.findChild<QCheckBox*>(u"smtpCheckBox"_s));
    const int boxes = MessageBox::count();
    clickNext(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportCertificateWizard::CompletionPageId), 30000);
    QCOMPARE(MessageBox::count(), boxes);
    const Server& edge = m_document->workspace().servers.first();
    QCOMPARE(edge.certificates.size(), 2);
    QCOMPARE(edge.certificates.last().subject, u"CN=gw.contoso.example"_s);
    QVERIFY(edge.certificates.last().hasPrivateKey());
    QCOMPARE(edge.certificates.last().services, Services());
    QCOMPARE(edge.smtpCertificate()->thumbprint, m_oldSmtpThumbprint);
    QCOMPARE(edge.pendingRequests.size(), 1); // not this one's
    const QString commands = wizard.findChild<QPlainTextEdit*>(u"commandText"_s)->toPlainText();
    QVERIFY2(commands.contains(u"-Password (Get-Credential).Password"_s), qPrintable(commands));
    QVERIFY2(commands.startsWith(u"Import-ExchangeCertificate -FileData ([Byte[]](Get-Content -Path "
                                 u"'.\\gw.pfx' -Encoding Byte -ReadCount 0))"_s),
             qPrintable(commands));
    QVERIFY(!commands.contains(u"right horse"_s)); // passwords never go into commands
    QVERIFY(!commands.contains(u"Enable-ExchangeCertificate"_s));
}

void TestImportCertificateWizard::missingFileBlocksNext()
{
    ImportCertificateWizard wizard(m_document.get(), u"EDGE01"_s);
    wizard.setFile(path(u"nosuch.cer"_s));
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportCertificateWizard::FilePageId));
    QVERIFY(wizard.findChild<QLabel*>(u"fileErrorLabel"_s)->text().contains(u"nosuch.cer"_s));
    // A file that is no certificate: the preview says so and Next stays off.
    QVERIFY(TestSupport::writeFile(path(u"garbage.cer"_s), "this is not a certificate\n"));
    wizard.setFile(path(u"garbage.cer"_s));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(ImportCertificateWizard::PreviewPageId));
    auto* loading = wizard.findChild<QLabel*>(u"loadingLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        loading->text().contains(u"garbage.cer"_s) && !loading->text().startsWith(u"Reading"_s), 30000);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!m_document->isModified());
}

void TestImportCertificateWizard::cancelReadingKeepsWorkspace()
{
    ImportCertificateWizard wizard(m_document.get(), u"EDGE01"_s);
    wizard.setFile(path(u"answer.pem"_s));
    wizard.show();
    clickNext(wizard);
    // Cancel at once (the read may already be done on a fast machine: then Retry reads again).
    auto* cancel = wizard.findChild<QPushButton*>(u"cancelLoadingButton"_s);
    QTest::mouseClick(cancel, Qt::LeftButton);
    if (cancel->text() == u"&Retry"_s) {
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
    wizard.reject();
    QVERIFY(!m_document->isModified());
}

void TestImportCertificateWizard::dropOpensWizard()
{
    MainWindow window;
    window.document()->reset(m_document->workspace(), {});
    auto* handler = window.findChild<CertificateFileDropHandler*>();
    QVERIFY(handler);
    handler->handle({path(u"answer.pem"_s)});
    auto* wizard = window.findChild<ImportCertificateWizard*>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->file(), path(u"answer.pem"_s));
    QCOMPARE(wizard->server(), u"EDGE01"_s);
    wizard->reject();
}

QTEST_MAIN(TestImportCertificateWizard)
#include "tst_importcertificatewizard.moc"
