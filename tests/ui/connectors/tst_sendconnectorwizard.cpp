#include "connectors/connectortextpage.h"
#include "connectors/connectorwizardpage.h"
#include "connectors/sendconnectorwizard.h"
#include "connectors/valuelisteditor.h"
#include "document/workspacedocument.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// New Send Connector driven through its pages with real widgets (offscreen).
class TestSendConnectorWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nameAndAddressSpaceAreRequired();
    void partnerConnectorClickThrough();
    void exchangeOnlineCompletionShowsTheOutboundConnector();
    void badAddressSpaceShowsErrorAndBlocks();
    void domainSecurityRefusesWildcard();
    void domainSecurityThroughASmartHostIsKept();
    void smartHostRoutingNeedsAHost();
    void edgeWithoutHubSkipsSourceServerPage();

private:
    void toAddressSpacePage(SendConnectorWizard& wizard, const QString& name, SendUsage usage);
    static void next(QWizard& wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    static void addEntry(ValueListEditor* editor, const QString& text)
    {
        QTest::keyClicks(editor->entryEdit(), text);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
    }
    static QString pageError(QWizard& wizard)
    {
        return qobject_cast<ConnectorWizardPage*>(wizard.currentPage())->errorText();
    }
    WorkspaceDocument* m_document = nullptr;
    Workspace m_demo;
};

void TestSendConnectorWizard::initTestCase()
{
    UiTestSupport::initGuiTest();
    m_demo = UiTestSupport::demoWorkspace();
}

void TestSendConnectorWizard::init()
{
    delete m_document;
    m_document = new WorkspaceDocument(this);
    m_document->reset(m_demo, {});
}

void TestSendConnectorWizard::toAddressSpacePage(SendConnectorWizard& wizard, const QString& name,
                                                 SendUsage usage)
{
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(u"nameEdit"_s), name);
    auto* usageCombo = wizard.currentPage()->findChild<QComboBox*>(u"usageCombo"_s);
    usageCombo->setCurrentIndex(usageCombo->findData(int(usage)));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::AddressSpacePage));
}

void TestSendConnectorWizard::nameAndAddressSpaceAreRequired()
{
    SendConnectorWizard wizard(m_document);
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    toAddressSpacePage(wizard, u"To Woodgrove"_s, SendUsage::Partner);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(wizard.currentPage()->findChild<ValueListEditor*>(u"addressSpacesEditor"_s)->entryEdit(),
                     u"w"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestSendConnectorWizard::partnerConnectorClickThrough()
{
    SendConnectorWizard wizard(m_document);
    wizard.show();
    toAddressSpacePage(wizard, u"To Woodgrove"_s, SendUsage::Partner);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"addressSpacesEditor"_s),
             u"woodgrove.example"_s);
    // Typed but not added: Next adds it.
    QTest::keyClicks(wizard.currentPage()->findChild<ValueListEditor*>(u"addressSpacesEditor"_s)->entryEdit(),
                     u"SMTP:woodgrove-bank.example;5"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::NetworkPage));
    // Partner usage: DNS routing with domain security.
    QVERIFY(wizard.currentPage()->findChild<QRadioButton*>(u"dnsRoutingRadio"_s)->isChecked());
    QVERIFY(wizard.currentPage()->findChild<QCheckBox*>(u"domainSecureCheckBox"_s)->isChecked());
    auto* requireTls = wizard.currentPage()->findChild<QCheckBox*>(u"requireTlsCheckBox"_s);
    QVERIFY(requireTls->isEnabled());
    requireTls->setFocus();
    QTest::keyClick(requireTls, Qt::Key_Space);
    QVERIFY(requireTls->isChecked());
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::SourceServerPage));
    // The demo has a Hub Transport server: the page lists the Edge and the Hub.
    auto* sources = wizard.currentPage()->findChild<QListWidget*>(u"sourceServerList"_s);
    QCOMPARE(sources->count(), 2);
    QCOMPARE(sources->item(0)->text(), u"EDGE01"_s);
    QCOMPARE(sources->item(1)->text(), u"HUB01"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::SummaryPage));
    QVERIFY(qobject_cast<ConnectorTextPage*>(wizard.currentPage())->text().contains(u"To Woodgrove"_s));

    const int before = m_document->undoStack()->count();
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::CompletionPage));
    QCOMPARE(m_document->undoStack()->count(), before + 1);
    const SendConnector* created = m_document->workspace().sendConnector(u"To Woodgrove"_s);
    QVERIFY(created);
    QCOMPARE(created->usage, SendUsage::Partner);
    QCOMPARE(created->addressSpaces.size(), 2);
    QCOMPARE(created->addressSpaces.at(1).cost(), 5);
    QVERIFY(created->domainSecureEnabled);
    QVERIFY(created->dnsRoutingEnabled);
    QVERIFY(created->requireTLS);
    QVERIFY(created->sourceTransportServers.isEmpty());

    const QString command = qobject_cast<ConnectorTextPage*>(wizard.currentPage())->text();
    QVERIFY2(
        command.startsWith(u"New-SendConnector -Name 'To Woodgrove' -Usage 'Partner' -AddressSpaces "
                           u"'SMTP:woodgrove.example;1','SMTP:woodgrove-bank.example;5' -RequireTLS $true"_s),
        qPrintable(command));
    // Not on the send list yet: left to do.
    QVERIFY(command.contains(u"send list"_s));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);

    m_document->undoStack()->undo();
    QVERIFY(!m_document->workspace().sendConnector(u"To Woodgrove"_s));
    QCOMPARE(m_document->workspace(), m_demo);
}

// With the organization on Exchange Online, the completion page shows the outbound connector the
// domain-secure send connector becomes there.
void TestSendConnectorWizard::exchangeOnlineCompletionShowsTheOutboundConnector()
{
    Workspace online = m_demo;
    online.exchangeVersion = ExchangeVersion::ExchangeOnline;
    m_document->reset(online, {});
    SendConnectorWizard wizard(m_document);
    wizard.show();
    toAddressSpacePage(wizard, u"To Woodgrove"_s, SendUsage::Partner);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"addressSpacesEditor"_s),
             u"woodgrove.example"_s);
    while (wizard.currentId() != int(SendConnectorWizard::SummaryPage)) {
        const int page = wizard.currentId();
        next(wizard);
        QVERIFY(wizard.currentId() != page);
    }
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::CompletionPage));
    const QString text = qobject_cast<ConnectorTextPage*>(wizard.currentPage())->text();
    QVERIFY2(text.contains(u"New-OutboundConnector -Name 'To Woodgrove'"_s), qPrintable(text));
    QVERIFY2(text.contains(u"-TlsSettings 'DomainValidation' -TlsDomain 'woodgrove.example'"_s) ||
                 text.contains(u"-TlsSettings DomainValidation -TlsDomain 'woodgrove.example'"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"New-SendConnector"_s));
}

void TestSendConnectorWizard::badAddressSpaceShowsErrorAndBlocks()
{
    SendConnectorWizard wizard(m_document);
    wizard.show();
    toAddressSpacePage(wizard, u"To Woodgrove"_s, SendUsage::Custom);
    auto* spaces = wizard.currentPage()->findChild<ValueListEditor*>(u"addressSpacesEditor"_s);
    addEntry(spaces, u"*woodgrove.example"_s);
    QVERIFY(spaces->isEmpty());
    QVERIFY(!spaces->errorLabel()->isHidden());
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::AddressSpacePage));
    spaces->entryEdit()->setText(u"woodgrove.example;101"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::AddressSpacePage));
    QVERIFY(spaces->errorLabel()->text().contains(u"101"_s));
}

void TestSendConnectorWizard::domainSecurityRefusesWildcard()
{
    SendConnectorWizard wizard(m_document);
    wizard.show();
    toAddressSpacePage(wizard, u"To Woodgrove"_s, SendUsage::Partner);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"addressSpacesEditor"_s),
             u"*.woodgrove.example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::AddressSpacePage));
    QVERIFY(!pageError(wizard).isEmpty());
}

void TestSendConnectorWizard::domainSecurityThroughASmartHostIsKept()
{
    // Exchange 2007 refuses it, Postfix does it: the wizard keeps it, lint for Exchange 2007 reports
    // it (the same rule as the CLI's, in core's Gate).
    SendConnectorWizard wizard(m_document);
    wizard.show();
    toAddressSpacePage(wizard, u"To Woodgrove"_s, SendUsage::Partner);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"addressSpacesEditor"_s),
             u"woodgrove.example"_s);
    next(wizard);
    QTest::mouseClick(wizard.currentPage()->findChild<QRadioButton*>(u"smartHostRadio"_s), Qt::LeftButton);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"smartHostsEditor"_s),
             u"relay.contoso.example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::SourceServerPage));
    QCOMPARE(wizard.connector().smartHosts, QStringList{u"relay.contoso.example"_s});
    QVERIFY(wizard.connector().domainSecureEnabled);
    QVERIFY(!wizard.connector().dnsRoutingEnabled);
}

void TestSendConnectorWizard::smartHostRoutingNeedsAHost()
{
    SendConnectorWizard wizard(m_document);
    wizard.show();
    toAddressSpacePage(wizard, u"Relay"_s, SendUsage::Internal);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"addressSpacesEditor"_s), u"*"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::NetworkPage));
    // Internal usage: smart hosts expected, none given yet.
    QVERIFY(wizard.currentPage()->findChild<QRadioButton*>(u"smartHostRadio"_s)->isChecked());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"smartHostsEditor"_s), u"10.0.0.5"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestSendConnectorWizard::edgeWithoutHubSkipsSourceServerPage()
{
    // A standalone Edge without a Hub: the connector belongs to the Edge itself, and Exchange shows
    // the Source Server page only for a Hub's send connectors.
    Workspace edgeOnly = m_demo;
    edgeOnly.servers.removeIf([](const Server& server) { return !server.isEdge(); });
    edgeOnly.servers.first().edgeSync = EdgeSync::Standalone;
    edgeOnly.sendConnectors.first().sourceTransportServers.clear();
    m_document->reset(edgeOnly, {});
    SendConnectorWizard wizard(m_document);
    wizard.show();
    toAddressSpacePage(wizard, u"To Woodgrove"_s, SendUsage::Partner);
    addEntry(wizard.currentPage()->findChild<ValueListEditor*>(u"addressSpacesEditor"_s),
             u"woodgrove.example"_s);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::NetworkPage));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::SummaryPage));
    QVERIFY(!wizard.visitedIds().contains(int(SendConnectorWizard::SourceServerPage)));
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::NetworkPage));
    next(wizard);
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SendConnectorWizard::CompletionPage));
    QVERIFY(m_document->workspace().sendConnector(u"To Woodgrove"_s)->sourceTransportServers.isEmpty());
}

QTEST_MAIN(TestSendConnectorWizard)
#include "tst_sendconnectorwizard.moc"
