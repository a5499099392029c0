#include "connectors/connectortextpage.h"
#include "connectors/connectorwizardpage.h"
#include "connectors/receiveconnectorwizard.h"
#include "connectors/receivegeneraleditor.h"
#include "connectors/receivenetworkeditor.h"
#include "connectors/valuelisteditor.h"
#include "document/workspacedocument.h"
#include "uitestsupport.h"
#include "validate/receiveusagerules.h"
#include "widgets/messagebox.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// New Receive Connector driven through its pages with real widgets (offscreen).
class TestReceiveConnectorWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nameIsRequired();
    void internalConnectorSkipsTheLocalPage();
    void partnerConnectorClickThrough();
    void exchangeOnlineCompletionShowsTheInboundConnector();
    void badRangeShowsErrorAndBlocks();
    void partnerRefusesAllAddresses();
    void duplicateNameIsRefused();
    void internetSkipsRemotePage();
    void customDefaultsToAllRemoteAddresses();
    void helpShowsThePagesHelp();

private:
    void fillIntroduction(ReceiveConnectorWizard& wizard, const QString& name, ReceiveUsage usage);
    static void next(QWizard& wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    static ValueListEditor* listEditor(QWizard& wizard, const QString& name)
    {
        return wizard.currentPage()->findChild<ValueListEditor*>(name);
    }
    static void addEntry(ValueListEditor* editor, const QString& text)
    {
        QTest::keyClicks(editor->entryEdit(), text);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
    }
    WorkspaceDocument* m_document = nullptr;
    Workspace m_demo;
};

void TestReceiveConnectorWizard::initTestCase()
{
    UiTestSupport::initGuiTest();
    m_demo = UiTestSupport::demoWorkspace();
}

void TestReceiveConnectorWizard::init()
{
    delete m_document;
    m_document = new WorkspaceDocument(this);
    m_document->reset(m_demo, {});
}

void TestReceiveConnectorWizard::fillIntroduction(ReceiveConnectorWizard& wizard, const QString& name,
                                                  ReceiveUsage usage)
{
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::IntroductionPage));
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"nameEdit"_s), name);
    auto* usageCombo = wizard.currentPage()->findChild<QComboBox*>(u"usageCombo"_s);
    usageCombo->setCurrentIndex(usageCombo->findData(int(usage)));
}

void TestReceiveConnectorWizard::nameIsRequired()
{
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"nameEdit"_s), u"   "_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"nameEdit"_s), u"X"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestReceiveConnectorWizard::internalConnectorSkipsTheLocalPage()
{
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillIntroduction(wizard, u"From Inside"_s, ReceiveUsage::Internal);
    next(wizard);
    // No bindings page: Internal listens on its usage's own binding (RC-USAGE-BINDINGS).
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::RemoteNetworkPage));
    QCOMPARE(wizard.connector().bindings, ReceiveUsageRules::fixedBindings(ReceiveUsage::Internal));
}

void TestReceiveConnectorWizard::partnerConnectorClickThrough()
{
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillIntroduction(wizard, u"From Woodgrove"_s, ReceiveUsage::Partner);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::LocalNetworkPage));
    // The console's default: every local address, port 25.
    QCOMPARE(listEditor(wizard, u"bindingsEditor"_s)->values(), QStringList{u"0.0.0.0:25"_s});
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"fqdnEdit"_s), u"Mail.Contoso.Example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::RemoteNetworkPage));
    // A partner connector starts with no remote range: Next waits for one.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    addEntry(listEditor(wizard, u"remoteRangesEditor"_s), u"192.0.2.0/28"_s);
    addEntry(listEditor(wizard, u"remoteRangesEditor"_s), u"203.0.113.40-203.0.113.41"_s);
    addEntry(listEditor(wizard, u"partnerDomainsEditor"_s), u"woodgrove.example"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::SummaryPage));
    auto* summary = qobject_cast<ConnectorTextPage*>(wizard.currentPage());
    QVERIFY(summary->text().contains(u"EDGE01\\From Woodgrove"_s));
    QVERIFY(summary->text().contains(u"192.0.2.0/28, 203.0.113.40-203.0.113.41"_s));
    QVERIFY(summary->text().contains(u"Partners"_s));

    const int before = m_document->undoStack()->count();
    QVERIFY(!m_document->workspace().server(u"EDGE01"_s)->receiveConnector(u"From Woodgrove"_s));
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::CompletionPage));
    QVERIFY(wizard.created());
    QCOMPARE(m_document->undoStack()->count(), before + 1);

    const ReceiveConnector* created =
        m_document->workspace().server(u"EDGE01"_s)->receiveConnector(u"From Woodgrove"_s);
    QVERIFY(created);
    QCOMPARE(created->usage, ReceiveUsage::Partner);
    QVERIFY(created->domainSecureEnabled);
    QVERIFY(created->authMechanism.testFlag(AuthMechanism::Tls));
    QCOMPARE(created->permissionGroups, PermissionGroups(PermissionGroup::Partners));
    QCOMPARE(created->remoteIPRanges.size(), 2);
    QCOMPARE(created->fqdn.toString(), u"mail.contoso.example"_s);
    QCOMPARE(created->partnerDomains.size(), 1);

    auto* completion = qobject_cast<ConnectorTextPage*>(wizard.currentPage());
    const QString command = completion->text();
    QVERIFY2(command.startsWith(u"New-ReceiveConnector -Name 'From Woodgrove' -Usage 'Partner' -Bindings "
                                u"'0.0.0.0:25' -RemoteIPRanges '192.0.2.0/28','203.0.113.40-203.0.113.41' "
                                u"-Fqdn 'mail.contoso.example'"_s),
             qPrintable(command));
    QVERIFY(command.contains(u"-Server 'EDGE01'"_s));
    // The partner domain is not on the receive list yet: the completion says so.
    QVERIFY(command.contains(u"woodgrove.example"_s));
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    m_document->undoStack()->undo();
    QVERIFY(!m_document->workspace().server(u"EDGE01"_s)->receiveConnector(u"From Woodgrove"_s));
    QCOMPARE(m_document->workspace(), m_demo);
    m_document->undoStack()->redo();
    QVERIFY(m_document->workspace().server(u"EDGE01"_s)->receiveConnector(u"From Woodgrove"_s));
}

// With the organization on Exchange Online, the completion page shows the partner's inbound
// connector there (Exchange Online has no receive connectors of its own).
void TestReceiveConnectorWizard::exchangeOnlineCompletionShowsTheInboundConnector()
{
    Workspace online = m_demo;
    online.exchangeVersion = ExchangeVersion::ExchangeOnline;
    online.domainSecure.receive << u"woodgrove.example"_s;
    m_document->reset(online, {});
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillIntroduction(wizard, u"From Woodgrove"_s, ReceiveUsage::Partner);
    next(wizard);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::RemoteNetworkPage));
    addEntry(listEditor(wizard, u"remoteRangesEditor"_s), u"192.0.2.0/28"_s);
    addEntry(listEditor(wizard, u"partnerDomainsEditor"_s), u"woodgrove.example"_s);
    next(wizard);
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::CompletionPage));
    const QString text = qobject_cast<ConnectorTextPage*>(wizard.currentPage())->text();
    QVERIFY2(text.contains(u"New-InboundConnector -Name 'DomainSecure inbound woodgrove.example'"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"'192.0.2.0/28'"_s), qPrintable(text));
    QVERIFY(!text.contains(u"New-ReceiveConnector"_s));
}

void TestReceiveConnectorWizard::badRangeShowsErrorAndBlocks()
{
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillIntroduction(wizard, u"From Woodgrove"_s, ReceiveUsage::Partner);
    next(wizard);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::RemoteNetworkPage));
    ValueListEditor* ranges = listEditor(wizard, u"remoteRangesEditor"_s);
    addEntry(ranges, u"192.0.2.300"_s);
    QVERIFY(ranges->isEmpty());
    QVERIFY(!ranges->errorLabel()->isHidden());
    QVERIFY(ranges->errorLabel()->text().contains(u"192.0.2.300"_s));
    // The text is still in the field, so Next is offered, but it re-parses and stays.
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::RemoteNetworkPage));
    auto* page = qobject_cast<ConnectorWizardPage*>(wizard.currentPage());
    QVERIFY(!page->errorText().isEmpty());
    // A bad entry edited in place also blocks Next.
    ranges->entryEdit()->clear();
    ranges->setValues({u"192.0.2.0/28"_s});
    ranges->listWidget()->item(0)->setText(u"192.0.2.0/99"_s);
    QVERIFY(ranges->hasErrors());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    ranges->listWidget()->item(0)->setText(u"192.0.2.0/29"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::SummaryPage));
    QCOMPARE(m_document->workspace(), m_demo);
}

void TestReceiveConnectorWizard::partnerRefusesAllAddresses()
{
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillIntroduction(wizard, u"From Anyone"_s, ReceiveUsage::Partner);
    next(wizard);
    next(wizard);
    addEntry(listEditor(wizard, u"remoteRangesEditor"_s), u"0.0.0.0/0"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::RemoteNetworkPage));
    QVERIFY(!qobject_cast<ConnectorWizardPage*>(wizard.currentPage())->errorText().isEmpty());
}

void TestReceiveConnectorWizard::duplicateNameIsRefused()
{
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillIntroduction(wizard, u"From Fabrikam"_s, ReceiveUsage::Partner);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::IntroductionPage));
    QVERIFY(
        qobject_cast<ConnectorWizardPage*>(wizard.currentPage())->errorText().contains(u"From Fabrikam"_s));
}

void TestReceiveConnectorWizard::internetSkipsRemotePage()
{
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillIntroduction(wizard, u"Internet"_s, ReceiveUsage::Internet);
    next(wizard);
    // Port 25 on every address is taken by From Fabrikam for its ranges; Internet covers them too,
    // which Exchange allows (the more specific connector wins).
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::SummaryPage));
    QCOMPARE(wizard.connector().remoteIPRanges, QList<IpRange>{IpRange::allIPv4()});
    QCOMPARE(wizard.connector().permissionGroups, PermissionGroups(PermissionGroup::AnonymousUsers));
}

void TestReceiveConnectorWizard::customDefaultsToAllRemoteAddresses()
{
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    fillIntroduction(wizard, u"Relay"_s, ReceiveUsage::Custom);
    next(wizard);
    ValueListEditor* bindings = listEditor(wizard, u"bindingsEditor"_s);
    bindings->setValues({u"192.0.2.5:2525"_s});
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ReceiveConnectorWizard::RemoteNetworkPage));
    QCOMPARE(listEditor(wizard, u"remoteRangesEditor"_s)->values(),
             QStringList{u"0.0.0.0-255.255.255.255"_s});
}

void TestReceiveConnectorWizard::helpShowsThePagesHelp()
{
    ReceiveConnectorWizard wizard(m_document, u"EDGE01"_s);
    wizard.show();
    const int before = MessageBox::count();
    QTest::mouseClick(wizard.button(QWizard::HelpButton), Qt::LeftButton);
    QCOMPARE(MessageBox::count(), before + 1);
    QCOMPARE(MessageBox::lastText(), wizard.helpText(ReceiveConnectorWizard::IntroductionPage));
    QVERIFY(MessageBox::lastText().contains(u"Partner"_s));
}

QTEST_MAIN(TestReceiveConnectorWizard)
#include "tst_receiveconnectorwizard.moc"
