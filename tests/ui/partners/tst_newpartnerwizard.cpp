#include "connectors/connectortextpage.h"
#include "connectors/connectorwizardpage.h"
#include "connectors/valuelisteditor.h"
#include "document/workspacedocument.h"
#include "partners/newpartnerwizard.h"
#include "store/workspacefile.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "validate/validator.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// New Partner: four objects in one undo step, then a workspace that lint passes.
class TestNewPartnerWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createsFourThingsInOneUndoStep();
    void summaryFollowsTheOrganizationsRelease();
    void summaryForExchangeOnline();
    void requiredFieldsBlockNext();
    void takenPartnerNameIsRefused();
    void allAddressesGatewayIsRefused();
    void setupIsAllOrNothing();

private:
    void fillPartner(NewPartnerWizard& wizard, const QString& name, const QString& domain);
    static void next(QWizard& wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    static void addEntry(ValueListEditor* editor, const QString& text)
    {
        QTest::keyClicks(editor->entryEdit(), text);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
    }
    WorkspaceDocument* m_document = nullptr;
    Workspace m_demo;
};

void TestNewPartnerWizard::initTestCase()
{
    UiTestSupport::initGuiTest();
    m_demo = UiTestSupport::demoWorkspace();
}

void TestNewPartnerWizard::init()
{
    delete m_document;
    m_document = new WorkspaceDocument(this);
    m_document->reset(m_demo, {});
}

void TestNewPartnerWizard::fillPartner(NewPartnerWizard& wizard, const QString& name, const QString& domain)
{
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::PartnerPage));
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"partnerNameEdit"_s), name);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"partnerDomainsEditor"_s), domain);
}

// The summary's commands are those of the organization's Exchange release: from 2010 SP1 the
// lists take the missing domains with @{Add=…} instead of being written back whole.
void TestNewPartnerWizard::summaryFollowsTheOrganizationsRelease()
{
    Workspace workspace = m_demo;
    workspace.exchangeVersion = ExchangeVersion::Exchange2016;
    m_document->reset(workspace, {});
    NewPartnerWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillPartner(wizard, u"Woodgrove"_s, u"woodgrove.example"_s);
    next(wizard);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"remoteRangesEditor"_s), u"192.0.2.16/28"_s);
    next(wizard);
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"fqdnEdit"_s), u"mail.contoso.example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::SummaryPage));
    const QString summary = qobject_cast<ConnectorTextPage*>(wizard.currentPage())->text();
    QVERIFY2(summary.contains(u"-TLSReceiveDomainSecureList @{Add="_s), qPrintable(summary));
    QVERIFY(!summary.contains(u"Set-TransportConfig -TLSReceiveDomainSecureList $receiveList"_s));
}

// An organization on Exchange Online: the summary shows the partner's inbound and outbound
// connectors there, not the on-premises commands.
void TestNewPartnerWizard::summaryForExchangeOnline()
{
    Workspace workspace = m_demo;
    workspace.exchangeVersion = ExchangeVersion::ExchangeOnline;
    m_document->reset(workspace, {});
    NewPartnerWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillPartner(wizard, u"Woodgrove"_s, u"woodgrove.example"_s);
    next(wizard);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"remoteRangesEditor"_s), u"192.0.2.16/28"_s);
    next(wizard);
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"fqdnEdit"_s), u"mail.contoso.example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::SummaryPage));
    const QString summary = qobject_cast<ConnectorTextPage*>(wizard.currentPage())->text();
    QVERIFY2(summary.contains(u"New-InboundConnector -Name 'DomainSecure inbound woodgrove.example' "
                              u"-ConnectorType 'Partner' -SenderDomains 'woodgrove.example'"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"-SenderIPAddresses '192.0.2.16/28' -RestrictDomainsToIPAddresses $true"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"-TlsSettings 'DomainValidation' -TlsDomain 'woodgrove.example'"_s),
             qPrintable(summary));
    for (const QString& onPremises :
         {u"New-ReceiveConnector"_s, u"New-SendConnector"_s, u"TransportConfig"_s})
        QVERIFY2(!summary.contains(onPremises), qPrintable(onPremises));
    // Only the new partner's connectors, not Fabrikam's.
    QVERIFY(!summary.contains(u"fabrikam"_s, Qt::CaseInsensitive));
}

void TestNewPartnerWizard::createsFourThingsInOneUndoStep()
{
    NewPartnerWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillPartner(wizard, u"Woodgrove"_s, u"woodgrove.example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::GatewaysPage));
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"remoteRangesEditor"_s), u"192.0.2.16/28"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::ServerPage));
    QCOMPARE(wizard.currentPage()->findChild<QComboBox*>(u"serverCombo"_s)->currentText(), u"EDGE01"_s);
    QCOMPARE(wizard.currentPage()->findChild<ValueListEditor*>(u"bindingsEditor"_s)->values(),
             QStringList{u"0.0.0.0:25"_s});
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"fqdnEdit"_s), u"mail.contoso.example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::SummaryPage));
    const QString summary = qobject_cast<ConnectorTextPage*>(wizard.currentPage())->text();
    QVERIFY(summary.contains(u"EDGE01\\From Woodgrove"_s));
    QVERIFY(summary.contains(u"New-SendConnector -Name 'To Woodgrove' -Usage 'Partner'"_s));
    // The lists keep what is there and add the partner (Exchange 2007 sets a list as a whole).
    QVERIFY(summary.contains(u"foreach ($domain in @('woodgrove.example'))"_s));
    QVERIFY(summary.contains(u"Set-TransportConfig -TLSReceiveDomainSecureList $receiveList"_s));
    QVERIFY(summary.contains(u"Set-TransportConfig -TLSSendDomainSecureList $sendList"_s));

    QUndoStack* stack = m_document->undoStack();
    const int before = stack->count();
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::ResultPage));
    QVERIFY(wizard.created());

    // One undo step holding the four changes.
    QCOMPARE(stack->count(), before + 1);
    const QUndoCommand* step = stack->command(stack->count() - 1);
    QCOMPARE(step->text(), u"New partner Woodgrove"_s);

    const Workspace& w = m_document->workspace();
    const ReceiveConnector* receive = w.server(u"EDGE01"_s)->receiveConnector(u"From Woodgrove"_s);
    QVERIFY(receive);
    QCOMPARE(receive->usage, ReceiveUsage::Partner);
    QVERIFY(receive->domainSecureEnabled);
    QVERIFY(receive->requireTLS);
    QCOMPARE(receive->remoteIPRanges, QList<IpRange>{IpRange::parse(u"192.0.2.16/28"_s).value()});
    QCOMPARE(receive->partnerDomains, QList<SmtpDomain>{SmtpDomain::parse(u"woodgrove.example"_s).value()});
    const SendConnector* send = w.sendConnector(u"To Woodgrove"_s);
    QVERIFY(send);
    QVERIFY(send->domainSecureEnabled);
    QCOMPARE(send->plainDomains(), QStringList{u"woodgrove.example"_s});
    // The demo has a Hub: the organization's connector is sent from the partner's (subscribed) Edge.
    QCOMPARE(send->sourceTransportServers, QStringList{u"EDGE01"_s});
    QVERIFY(w.domainSecure.contains(DomainSecureLists::Direction::Send, u"woodgrove.example"_s));
    QVERIFY(w.domainSecure.contains(DomainSecureLists::Direction::Receive, u"woodgrove.example"_s));

    // Validation runs and nothing about the new partner is an error.
    QVERIFY(!Finding::hasErrors(wizard.remainingFindings()));
    const QString result = qobject_cast<ConnectorTextPage*>(wizard.currentPage())->text();
    QVERIFY(result.contains(u"Woodgrove"_s));
    const QList<Finding> all = Validator::run(w);
    QVERIFY2(!Finding::hasErrors(all), qPrintable(all.isEmpty() ? QString() : all.first().toText()));

    // lint (the CLI) agrees: exit 0.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partner.dsw"_s);
    QVERIFY(WorkspaceFile::save(w, path).ok());
    const TestSupport::ProcessResult lint = TestSupport::cli({u"lint"_s, u"-w"_s, path});
    QVERIFY2(lint.exitCode == 0, QByteArray(lint.out + lint.err).constData());

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    // A single undo removes all four.
    stack->undo();
    QCOMPARE(m_document->workspace(), m_demo);
    stack->redo();
    QVERIFY(m_document->workspace().sendConnector(u"To Woodgrove"_s));
    QVERIFY(m_document->workspace().domainSecure.contains(DomainSecureLists::Direction::Receive,
                                                          u"woodgrove.example"_s));
}

void TestNewPartnerWizard::requiredFieldsBlockNext()
{
    NewPartnerWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"partnerNameEdit"_s), u"Woodgrove"_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no domain yet
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"partnerDomainsEditor"_s),
             u"*.woodgrove.example"_s);
    // A wildcard is not a domain-secure list entry: refused by the value type.
    QVERIFY(!wizard.currentPage()
                 ->findChild<ValueListEditor*>(u"partnerDomainsEditor"_s)
                 ->errorLabel()
                 ->isHidden());
    next(wizard);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::PartnerPage));
    wizard.currentPage()
        ->findChild<ValueListEditor*>(u"partnerDomainsEditor"_s)
        ->entryEdit()
        ->setText(u"woodgrove.example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::GatewaysPage));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestNewPartnerWizard::takenPartnerNameIsRefused()
{
    NewPartnerWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillPartner(wizard, u"Fabrikam"_s, u"fabrikam2.example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::PartnerPage));
    QVERIFY(qobject_cast<ConnectorWizardPage*>(wizard.currentPage())->errorText().contains(u"To Fabrikam"_s));
}

void TestNewPartnerWizard::allAddressesGatewayIsRefused()
{
    NewPartnerWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillPartner(wizard, u"Woodgrove"_s, u"woodgrove.example"_s);
    next(wizard);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"remoteRangesEditor"_s),
             u"0.0.0.0-255.255.255.255"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(NewPartnerWizard::GatewaysPage));
    QVERIFY(!qobject_cast<ConnectorWizardPage*>(wizard.currentPage())->errorText().isEmpty());
}

void TestNewPartnerWizard::setupIsAllOrNothing()
{
    PartnerSetup setup;
    setup.partnerName = u"Fabrikam"_s; // "To Fabrikam" exists: the second step would fail
    setup.domains << SmtpDomain::parse(u"fabrikam2.example"_s).value();
    setup.gatewayRanges << IpRange::parse(u"192.0.2.1"_s).value();
    setup.bindings << Binding::parse(u"0.0.0.0:25"_s).value();
    setup.server = u"NOSUCH"_s;
    QVERIFY(!m_document->apply(PartnerOperations::create(m_document->workspace(), setup)).ok());
    setup.server = u"EDGE01"_s;
    const Status refused = m_document->apply(PartnerOperations::create(m_document->workspace(), setup));
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(u"From Fabrikam"_s) ||
            refused.errorMessage().contains(u"To Fabrikam"_s));
    QVERIFY(refused.error().rule == u"RC-NAME-DUPLICATE"_s || refused.error().rule == u"SC-NAME-DUPLICATE"_s);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->workspace(), m_demo);
}

QTEST_MAIN(TestNewPartnerWizard)
#include "tst_newpartnerwizard.moc"
