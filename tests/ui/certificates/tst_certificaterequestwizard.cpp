#include "certificates/certificaterequestwizard.h"
#include "certificates/countrycombobox.h"
#include "certificates/domainlisteditor.h"
#include "certificates/requestcompletionpage.h"
#include "document/workspacedocument.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/messagebox.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
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

// Click-through of the New Certificate Request wizard on real widgets: required fields, cross-field
// checks, a real key generated off the GUI thread, the pending request as one undo step, and the
// saved request verified by `openssl req -verify`.
class TestCertificateRequestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void subjectRequiresCommonName();
    void domainsSuggestAndRequireOne();
    void keyPageChecksFriendlyName();
    void generatesRequestAndSavesIt_data();
    void generatesRequestAndSavesIt();
    void commandFollowsTheOrganizationsRelease();
    void exchangeOnlineHasNoCommand();
    void saveRequestReportsWriteFailure();
    void cancelGenerationAddsNothing();
    void renewPrefillsPages();
    void helpIsShown();

private:
    void clickNext(QWizard& wizard);
    QAbstractButton* next(QWizard& wizard) { return wizard.button(QWizard::NextButton); }
    // Fills the pages up to the summary page.
    void fillToSummary(CertificateRequestWizard& wizard, const QString& keySpec);

    std::unique_ptr<WorkspaceDocument> m_document;
    QTemporaryDir m_dir;
};

void TestCertificateRequestWizard::initTestCase()
{
    UiTestSupport::initGuiTest();
    QVERIFY(m_dir.isValid());
}

void TestCertificateRequestWizard::init()
{
    m_document = std::make_unique<WorkspaceDocument>();
    Workspace workspace = UiTestSupport::demoWorkspace();
    workspace.servers.first().pendingRequests.clear();
    m_document->reset(workspace, {});
}

void TestCertificateRequestWizard::clickNext(QWizard& wizard)
{
    QAbstractButton* button = wizard.currentPage()->isCommitPage() ? wizard.button(QWizard::CommitButton)
                                                                   : wizard.button(QWizard::NextButton);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestCertificateRequestWizard::fillToSummary(CertificateRequestWizard& wizard, const QString& keySpec)
{
    wizard.show();
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::IntroductionPageId));
    QCOMPARE(wizard.findChild<QComboBox*>(u"serverCombo"_s)->currentData().toString(), u"EDGE01"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::SubjectPageId));
    auto* organization = wizard.findChild<QLineEdit*>(u"organizationEdit"_s);
    QTest::keyClicks(organization, u"Contoso, Ltd."_s);
    QVERIFY(wizard.findChild<CountryComboBox*>(u"countryCombo"_s)->setCode(u"JP"_s));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::DomainsPageId));
    auto* domainEdit = wizard.findChild<QLineEdit*>(u"domainEdit"_s);
    QTest::keyClicks(domainEdit, u"contoso.example"_s);
    QTest::mouseClick(wizard.findChild<QPushButton*>(u"addDomainButton"_s), Qt::LeftButton);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::KeyPageId));
    auto* keyType = wizard.findChild<QComboBox*>(u"keyTypeCombo"_s);
    const int index = keyType->findData(keySpec);
    QVERIFY(index >= 0);
    keyType->setCurrentIndex(index);
    clickIndicator(wizard.findChild<QCheckBox*>(u"exportableCheckBox"_s));
    auto* friendly = wizard.findChild<QLineEdit*>(u"friendlyNameEdit"_s);
    friendly->clear();
    QTest::keyClicks(friendly, u"Contoso domain security"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::SummaryPageId));
}

void TestCertificateRequestWizard::subjectRequiresCommonName()
{
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    wizard.show();
    clickNext(wizard);
    auto* commonName = wizard.findChild<QLineEdit*>(u"commonNameEdit"_s);
    // The server's FQDN is proposed.
    QCOMPARE(commonName->text(), u"mail.contoso.example"_s);
    commonName->clear();
    QVERIFY(!next(wizard)->isEnabled());
    QTest::keyClicks(commonName, u"not a host name"_s);
    QVERIFY(next(wizard)->isEnabled());
    // validatePage refuses a CN that is no DNS name and says why.
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::SubjectPageId));
    QVERIFY(!wizard.findChild<QLabel*>(u"subjectErrorLabel"_s)->text().isEmpty());
    commonName->clear();
    QTest::keyClicks(commonName, u"gw.contoso.example"_s);
    QVERIFY(wizard.findChild<QLabel*>(u"subjectErrorLabel"_s)->text().isEmpty());
    QTest::keyClicks(wizard.findChild<QLineEdit*>(u"organizationalUnitEdit"_s), u"Mail, Gateways"_s);
    QVERIFY(wizard.findChild<CountryComboBox*>(u"countryCombo"_s)->setCode(u"de"_s));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::DomainsPageId));
    QCOMPARE(wizard.subject(), u"CN=gw.contoso.example,OU=Mail\\, Gateways,C=DE"_s);
}

void TestCertificateRequestWizard::domainsSuggestAndRequireOne()
{
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    wizard.show();
    clickNext(wizard);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::DomainsPageId));
    auto* list = wizard.findChild<QListWidget*>(u"domainList"_s);
    auto* suggestions = wizard.findChild<QListWidget*>(u"suggestionList"_s);
    QCOMPARE(list->count(), 1); // the CN
    QCOMPARE(list->item(0)->text(), u"mail.contoso.example"_s);
    QVERIFY(!suggestions->findItems(u"contoso.example"_s, Qt::MatchExactly).isEmpty());
    // Remove everything: Next waits for a name.
    list->selectAll();
    QTest::mouseClick(wizard.findChild<QPushButton*>(u"removeDomainButton"_s), Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(!next(wizard)->isEnabled());
    // The suggestions go over with one click.
    QTest::mouseClick(wizard.findChild<QPushButton*>(u"addSuggestedButton"_s), Qt::LeftButton);
    QVERIFY(next(wizard)->isEnabled());
    QVERIFY(wizard.domains().contains(u"contoso.example"_s));
    QVERIFY(wizard.domains().contains(u"mail.contoso.example"_s));
    QCOMPARE(wizard.domains().size(), 2); // no duplicates
    // A bad name is refused by validatePage with the name in the message.
    QTest::keyClicks(wizard.findChild<QLineEdit*>(u"domainEdit"_s), u"bad_name..example"_s);
    QTest::keyClick(wizard.findChild<QLineEdit*>(u"domainEdit"_s), Qt::Key_Return);
    QCOMPARE(wizard.domains().size(), 3);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::DomainsPageId));
    QVERIFY2(wizard.findChild<QLabel*>(u"domainsErrorLabel"_s)->text().contains(u"bad_name..example"_s),
             qPrintable(wizard.findChild<QLabel*>(u"domainsErrorLabel"_s)->text()));
}

void TestCertificateRequestWizard::keyPageChecksFriendlyName()
{
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    wizard.show();
    for (int i = 0; i < 3; ++i)
        clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::KeyPageId));
    auto* friendly = wizard.findChild<QLineEdit*>(u"friendlyNameEdit"_s);
    QCOMPARE(friendly->text(), u"Microsoft Exchange"_s);
    QVERIFY(next(wizard)->isEnabled()); // the proposed default counts as filled in
    QVERIFY(!wizard.findChild<QLineEdit*>(u"passphraseEdit"_s)->isVisible()); // keys not protected
    friendly->clear();
    QVERIFY(!next(wizard)->isEnabled());
    QTest::keyClicks(friendly, QString(64, u'x'));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::KeyPageId));
    QVERIFY(wizard.findChild<QLabel*>(u"keyErrorLabel"_s)->text().contains(u"63"_s));
    QTest::keyClick(friendly, Qt::Key_Backspace);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::SummaryPageId));
}

void TestCertificateRequestWizard::generatesRequestAndSavesIt_data()
{
    QTest::addColumn<QString>("keySpec");
    QTest::addColumn<bool>("der");
    QTest::newRow("rsa:2048 PEM") << u"rsa:2048"_s << false;
    QTest::newRow("ec:p256 DER") << u"ec:p256"_s << true;
}

void TestCertificateRequestWizard::generatesRequestAndSavesIt()
{
    QFETCH(QString, keySpec);
    QFETCH(bool, der);
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    fillToSummary(wizard, keySpec);
    const QString command = wizard.findChild<QPlainTextEdit*>(u"commandText"_s)->toPlainText();
    QVERIFY2(command.contains(u"New-ExchangeCertificate -GenerateRequest -Path 'EDGE01.req'"_s),
             qPrintable(command));
    QVERIFY2(command.contains(u"-SubjectName 'C=JP, O=\"Contoso, Ltd.\", CN=mail.contoso.example'"_s),
             qPrintable(command));
    QVERIFY(command.contains(u"-DomainName 'mail.contoso.example','contoso.example'"_s));
    QVERIFY(command.contains(u"-PrivateKeyExportable $true -FriendlyName 'Contoso domain security'"_s));
    QCOMPARE(command.startsWith(u"#"_s), keySpec.startsWith(u"ec"_s)); // no EC keys in Exchange 2007
    QTest::mouseClick(wizard.findChild<QPushButton*>(u"copyCommandButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), command);
    const int undoBefore = m_document->undoStack()->count();
    QVERIFY(m_document->workspace().servers.first().pendingRequests.isEmpty());

    clickNext(wizard); // Generate (commit)
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::GenerationPageId));
    QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 120000);
    QVERIFY(wizard.findChild<QLabel*>(u"generationStatusLabel"_s)->text().contains(u"EDGE01"_s));
    const QList<PendingRequest>& pending = m_document->workspace().servers.first().pendingRequests;
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().friendlyName, u"Contoso domain security"_s);
    QVERIFY(pending.first().exportable);
    QCOMPARE(pending.first().keySpec, keySpec);
    QCOMPARE(m_document->undoStack()->count(), undoBefore + 1);
    QVERIFY(m_document->isModified());

    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::CompletionPageId));
    QVERIFY(wizard.findChild<QLabel*>(u"resultLabel"_s)->text().contains(pending.first().thumbprint));
    const QString path = m_dir.filePath(keySpec.left(2) + u".req"_s);
    if (der)
        clickIndicator(wizard.findChild<QRadioButton*>(u"derRadio"_s));
    QCOMPARE(wizard.findChild<QRadioButton*>(u"derRadio"_s)->isChecked(), der);
    auto* pathEdit = wizard.findChild<QLineEdit*>(u"requestPathEdit"_s);
    pathEdit->clear();
    QTest::keyClicks(pathEdit, path);
    QTest::mouseClick(wizard.findChild<QPushButton*>(u"saveRequestButton"_s), Qt::LeftButton);
    QVERIFY2(wizard.findChild<QLabel*>(u"savedLabel"_s)->text().contains(u"Saved"_s),
             qPrintable(wizard.findChild<QLabel*>(u"savedLabel"_s)->text()));

    // The saved request is a real PKCS#10 that OpenSSL verifies, with our subject and names.
    QStringList arguments = {u"req"_s, u"-verify"_s, u"-noout"_s, u"-text"_s, u"-in"_s, path};
    if (der)
        arguments << u"-inform"_s << u"DER"_s;
    const auto verified = TestSupport::openssl(arguments);
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    const QString output = QString::fromUtf8(verified.out + verified.err);
    QVERIFY2(output.contains(u"verify OK"_s) ||
                 output.contains(u"Certificate request self-signature verify OK"_s),
             qPrintable(output));
    QVERIFY2(output.contains(u"CN = mail.contoso.example"_s) || output.contains(u"CN=mail.contoso.example"_s),
             qPrintable(output));
    QVERIFY(output.contains(u"DNS:contoso.example"_s));
    QVERIFY(output.contains(u"Contoso, Ltd."_s));
    QCOMPARE(TestSupport::readFile(path).startsWith("-----BEGIN CERTIFICATE REQUEST-----"), !der);
    QTest::mouseClick(wizard.findChild<QPushButton*>(u"copyRequestButton"_s), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"-----BEGIN CERTIFICATE REQUEST-----"_s));

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    // One undo step takes the whole request away.
    m_document->undoStack()->undo();
    QVERIFY(m_document->workspace().servers.first().pendingRequests.isEmpty());
    m_document->undoStack()->redo();
    QCOMPARE(m_document->workspace().servers.first().pendingRequests.size(), 1);
}

// With the organization on Exchange 2016 (also 2019 and SE) the summary shows that release's form:
// the request is returned and written by Set-Content, as -Path and -RequestFile are gone.
void TestCertificateRequestWizard::commandFollowsTheOrganizationsRelease()
{
    Workspace workspace = m_document->workspace();
    workspace.exchangeVersion = ExchangeVersion::Exchange2016;
    m_document->reset(workspace, {});
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    fillToSummary(wizard, u"rsa:2048"_s);
    const QString command = wizard.findChild<QPlainTextEdit*>(u"commandText"_s)->toPlainText();
    QVERIFY2(command.startsWith(u"$request = New-ExchangeCertificate -GenerateRequest -SubjectName"_s),
             qPrintable(command));
    QVERIFY2(command.endsWith(u"\nSet-Content -Path 'EDGE01.req' -Value $request"_s), qPrintable(command));
    QVERIFY(!command.contains(u"-RequestFile"_s));
}

// Exchange Online has no certificate of the organization's own: the summary says so instead of
// showing an on-premises command.
void TestCertificateRequestWizard::exchangeOnlineHasNoCommand()
{
    Workspace workspace = m_document->workspace();
    workspace.exchangeVersion = ExchangeVersion::ExchangeOnline;
    m_document->reset(workspace, {});
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    fillToSummary(wizard, u"rsa:2048"_s);
    const QString command = wizard.findChild<QPlainTextEdit*>(u"commandText"_s)->toPlainText();
    QVERIFY2(command.contains(u"Microsoft's certificate"_s), qPrintable(command));
    QVERIFY(!command.contains(u"New-ExchangeCertificate"_s));
}

void TestCertificateRequestWizard::saveRequestReportsWriteFailure()
{
    if (!TestSupport::faultUnderTest()) {
        // The wizard in a process of its own whose writes into the folder fail (ds_faultinject).
        const std::pair<QString, QString> faults[] = {{u"write"_s, u"ENOSPC"_s}, {u"fsync"_s, u"EIO"_s}};
        for (const auto& [op, error] : faults) {
            QTemporaryDir folder;
            const QString path = folder.filePath(u"EDGE01.req"_s);
            QVERIFY(TestSupport::writeFile(path, "previous\n"));
            TestSupport::Fault fault;
            fault.op = op;
            fault.error = error;
            fault.repeat = true;
            fault.pathPrefix = folder.path();
            const auto r = TestSupport::rerunUnderFault(fault, u"saveRequestReportsWriteFailure"_s);
            QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
            QCOMPARE(TestSupport::readFile(path), QByteArray("previous\n"));
            QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"EDGE01.req"_s});
        }
        return;
    }
    const QString path = TestSupport::faultFolder() + u"/EDGE01.req"_s;
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    fillToSummary(wizard, u"ec:p256"_s);
    clickNext(wizard); // Generate
    QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 120000);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::CompletionPageId));
    auto* pathEdit = wizard.findChild<QLineEdit*>(u"requestPathEdit"_s);
    pathEdit->clear();
    QTest::keyClicks(pathEdit, path);
    QTest::mouseClick(wizard.findChild<QPushButton*>(u"saveRequestButton"_s), Qt::LeftButton);
    const QString text = wizard.findChild<QLabel*>(u"savedLabel"_s)->text();
    QVERIFY2(!text.contains(u"Saved"_s), qPrintable(text));
    QVERIFY2(text.contains(path) && text.contains(TestSupport::faultReason()), qPrintable(text));
    QCOMPARE(TestSupport::readFile(path), QByteArray("previous\n"));
    wizard.reject();
}

void TestCertificateRequestWizard::cancelGenerationAddsNothing()
{
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    fillToSummary(wizard, u"rsa:4096"_s);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(CertificateRequestWizard::GenerationPageId));
    auto* cancel = wizard.findChild<QPushButton*>(u"cancelGenerationButton"_s);
    QVERIFY(!next(wizard)->isEnabled());
    // A 4096-bit key takes long enough to be stopped; if it was faster, the test says so.
    if (!next(wizard)->isEnabled())
        QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY2(!next(wizard)->isEnabled(), "the 4096-bit key was generated before Cancel");
    QVERIFY(wizard.findChild<QLabel*>(u"generationStatusLabel"_s)->text().contains(u"cancelled"_s));
    QCOMPARE(cancel->text(), u"&Retry"_s);
    QTest::qWait(200);
    QVERIFY(m_document->workspace().servers.first().pendingRequests.isEmpty());
    QVERIFY(!m_document->isModified());
    wizard.reject();
}

void TestCertificateRequestWizard::renewPrefillsPages()
{
    const CertificateEntry entry = m_document->workspace().servers.first().certificates.first();
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    wizard.setTemplate(entry);
    wizard.show();
    clickNext(wizard);
    QCOMPARE(wizard.findChild<QLineEdit*>(u"commonNameEdit"_s)->text(), u"mail.contoso.example"_s);
    QCOMPARE(wizard.findChild<QLineEdit*>(u"organizationEdit"_s)->text(), u"Contoso"_s);
    QCOMPARE(wizard.findChild<CountryComboBox*>(u"countryCombo"_s)->code(), u"JP"_s);
    clickNext(wizard);
    QCOMPARE(wizard.domains(), entry.domains);
    clickNext(wizard);
    QCOMPARE(wizard.keySpec().toString(), u"rsa:2048"_s);
    QCOMPARE(wizard.friendlyName(), entry.friendlyName);
    QVERIFY(wizard.exportable());
}

void TestCertificateRequestWizard::helpIsShown()
{
    CertificateRequestWizard wizard(m_document.get(), u"EDGE01"_s);
    wizard.show();
    clickNext(wizard);
    const int before = MessageBox::count();
    QTest::mouseClick(wizard.button(QWizard::HelpButton), Qt::LeftButton);
    QCOMPARE(MessageBox::count(), before + 1);
    QVERIFY(MessageBox::lastText().contains(u"common name"_s));
}

QTEST_MAIN(TestCertificateRequestWizard)
#include "tst_certificaterequestwizard.moc"
