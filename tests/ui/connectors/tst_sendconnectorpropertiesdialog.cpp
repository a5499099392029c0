#include "connectors/sendconnectorpropertiesdialog.h"
#include "connectors/sendnetworkeditor.h"
#include "connectors/valuelisteditor.h"
#include "document/workspacedocument.h"
#include "uitestsupport.h"
#include "validate/validator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// The send connector property dialog: tabs load the connector, edits apply as one undo step.
class TestSendConnectorPropertiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tabsShowTheConnector();
    void applyUndoRedo();
    void smartHostWithDomainSecurityIsLeftToLint();
    void tlsAuthenticationLevel();
    void sourceServerTabOnlyWithAHub();
    void sourceServerOnEdgeIsRefused();
    void addressSpaceTabHasNoBandAboveTheList();
    void okAppliesAndCloses();

private:
    const SendConnector& connector() const
    {
        return *m_document->workspace().sendConnector(u"To Fabrikam"_s);
    }
    QPushButton* button(SendConnectorPropertiesDialog& dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(which);
    }
    WorkspaceDocument* m_document = nullptr;
    Workspace m_demo;
};

void TestSendConnectorPropertiesDialog::initTestCase()
{
    UiTestSupport::initGuiTest();
    m_demo = UiTestSupport::demoWorkspace();
}

void TestSendConnectorPropertiesDialog::init()
{
    delete m_document;
    m_document = new WorkspaceDocument(this);
    m_document->reset(m_demo, {});
}

void TestSendConnectorPropertiesDialog::tabsShowTheConnector()
{
    SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
    dialog.show();
    QCOMPARE(dialog.tabs()->count(), 4);
    QCOMPARE(dialog.tabs()->tabText(1), u"Address Space"_s);
    QCOMPARE(dialog.tabs()->tabText(3), u"Source Server"_s);
    QCOMPARE(dialog.findChild<QLineEdit*>(u"nameEdit"_s)->text(), u"To Fabrikam"_s);
    QCOMPARE(dialog.findChild<ValueListEditor*>(u"addressSpacesEditor"_s)->values(),
             QStringList{u"SMTP:fabrikam.example;1"_s});
    QVERIFY(dialog.findChild<QRadioButton*>(u"dnsRoutingRadio"_s)->isChecked());
    QVERIFY(dialog.findChild<QCheckBox*>(u"domainSecureCheckBox"_s)->isChecked());
    QVERIFY(dialog.findChild<QCheckBox*>(u"requireTlsCheckBox"_s)->isChecked());
    // Require TLS excludes ignoring STARTTLS.
    QVERIFY(!dialog.findChild<QCheckBox*>(u"ignoreStartTlsCheckBox"_s)->isEnabled());
}

void TestSendConnectorPropertiesDialog::applyUndoRedo()
{
    SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
    dialog.show();
    auto* spaces = dialog.findChild<ValueListEditor*>(u"addressSpacesEditor"_s);
    QTest::keyClicks(spaces->entryEdit(), u"fabrikam-mail.example;2"_s);
    dialog.findChild<QLineEdit*>(u"maxMessageSizeEdit"_s)->setText(u"20MB"_s);
    QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());
    QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(connector().addressSpaces.size(), 2);
    QCOMPARE(connector().maxMessageSize, ByteSize::fromBytes(20 * 1024 * 1024));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace(), m_demo);
    QCOMPARE(spaces->values().size(), 1);
    m_document->undoStack()->redo();
    QCOMPARE(connector().addressSpaces.size(), 2);
}

void TestSendConnectorPropertiesDialog::smartHostWithDomainSecurityIsLeftToLint()
{
    // Exchange 2007 refuses domain security through a smart host, Postfix does it (it verifies the
    // partner's name on the smart host's certificate): the edit is kept and the Exchange 2007
    // validation reports it, as for the CLI.
    SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
    dialog.show();
    dialog.tabs()->setCurrentIndex(0);
    QTest::mouseClick(dialog.findChild<QRadioButton*>(u"smartHostRadio"_s), Qt::LeftButton);
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.errorText().contains(u"smart host"_s, Qt::CaseInsensitive));
    QCOMPARE(m_document->workspace(), m_demo);
    dialog.findChild<ValueListEditor*>(u"smartHostsEditor"_s)->setValues({u"relay.contoso.example"_s});
    QVERIFY(dialog.apply());
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(connector().smartHosts, QStringList{u"relay.contoso.example"_s});
    QVERIFY(connector().domainSecureEnabled);
    QStringList exchange;
    for (const Finding& finding : Validator::run(m_document->workspace(), ValidationTarget::Exchange2007))
        exchange << finding.code;
    QVERIFY(exchange.contains(u"SC-DS-SMARTHOST"_s));
    QStringList postfix;
    for (const Finding& finding : Validator::run(m_document->workspace(), ValidationTarget::Postfix))
        postfix << finding.code;
    QVERIFY(!postfix.contains(u"SC-DS-SMARTHOST"_s));
}

// The Exchange 2010+ TLS authentication level and TLS domain: the domain is taken only with
// DomainValidation, checked as core checks it, and applied as one undo step.
void TestSendConnectorPropertiesDialog::tlsAuthenticationLevel()
{
    SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
    dialog.show();
    auto* level = dialog.findChild<QComboBox*>(u"tlsAuthLevelCombo"_s);
    auto* domain = dialog.findChild<QLineEdit*>(u"tlsDomainEdit"_s);
    QVERIFY(level && domain);
    QCOMPARE(TlsAuthLevel(level->currentData().toInt()), TlsAuthLevel::Unset);
    QVERIFY(!domain->isEnabled());
    level->setCurrentIndex(level->findData(int(TlsAuthLevel::DomainValidation)));
    QVERIFY(domain->isEnabled());
    domain->setText(u"fabrikam.example';"_s);
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.errorText().contains(u"TLS domain"_s), qPrintable(dialog.errorText()));
    QCOMPARE(m_document->workspace(), m_demo);
    domain->setText(u"*.Fabrikam.example"_s);
    QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
    QCOMPARE(connector().tlsAuthLevel, TlsAuthLevel::DomainValidation);
    QCOMPARE(connector().tlsDomain, u"*.fabrikam.example"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace(), m_demo);
}

void TestSendConnectorPropertiesDialog::sourceServerTabOnlyWithAHub()
{
    {
        // The demo has a Hub Transport server: the tab lists both servers, the connector sends from
        // the subscribed Edge.
        SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
        dialog.show();
        QVERIFY(dialog.tabs()->isTabVisible(3));
        auto* list = dialog.findChild<QListWidget*>(u"sourceServerList"_s);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), u"EDGE01"_s);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    }
    // A standalone Edge without a Hub: Exchange shows no Source Server tab there.
    Workspace edgeOnly = m_demo;
    edgeOnly.servers.removeIf([](const Server& server) { return !server.isEdge(); });
    edgeOnly.servers.first().edgeSync = EdgeSync::Standalone;
    edgeOnly.sendConnectors.first().sourceTransportServers.clear();
    m_document->reset(edgeOnly, {});
    {
        SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
        dialog.show();
        QVERIFY(!dialog.tabs()->isTabVisible(3));
    }
    // A connector that names a source server anyway keeps the tab, so that it can be cleared.
    edgeOnly.sendConnectors.first().sourceTransportServers = {u"EDGE01"_s};
    m_document->reset(edgeOnly, {});
    SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
    dialog.show();
    QVERIFY(dialog.tabs()->isTabVisible(3));
    auto* list = dialog.findChild<QListWidget*>(u"sourceServerList"_s);
    QCOMPARE(list->count(), 1);
    list->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
    QVERIFY(connector().sourceTransportServers.isEmpty());
}

void TestSendConnectorPropertiesDialog::sourceServerOnEdgeIsRefused()
{
    // Checking a source server where every server is an Edge is refused (SC-SOURCE-EDGE).
    Workspace edgeOnly = m_demo;
    edgeOnly.servers.removeIf([](const Server& server) { return !server.isEdge(); });
    edgeOnly.servers.first().edgeSync = EdgeSync::Standalone;
    edgeOnly.sendConnectors.first().sourceTransportServers = {u"EDGE01"_s};
    m_document->reset(edgeOnly, {});
    SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
    dialog.show();
    auto* list = dialog.findChild<QListWidget*>(u"sourceServerList"_s);
    list->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(dialog.apply());
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.errorText().contains(u"SC-SOURCE-EDGE"_s) || dialog.errorText().contains(u"Edge"_s),
             qPrintable(dialog.errorText()));
    QCOMPARE(dialog.tabs()->currentIndex(), 3);
}

void TestSendConnectorPropertiesDialog::addressSpaceTabHasNoBandAboveTheList()
{
    SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
    dialog.resize(526, 600);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCurrentField(u"addressSpaces"_s);
    auto* label = dialog.findChild<QLabel*>(u"addressSpacesLabel"_s);
    auto* editor = dialog.findChild<ValueListEditor*>(u"addressSpacesEditor"_s);
    QVERIFY(label && editor);
    QTRY_VERIFY(label->isVisible());
    // The label is as high as its text, and the list starts right below it.
    QVERIFY2(label->height() <= label->heightForWidth(label->width()) + 2,
             qPrintable(u"label %1 px for %2 px of text"_s.arg(label->height())
                            .arg(label->heightForWidth(label->width()))));
    const int gap = editor->geometry().top() - label->geometry().bottom();
    QVERIFY2(gap >= 0 && gap <= 24, qPrintable(u"gap %1 px"_s.arg(gap)));
    QVERIFY(editor->height() > 3 * label->height());
}

void TestSendConnectorPropertiesDialog::okAppliesAndCloses()
{
    SendConnectorPropertiesDialog dialog(m_document, u"To Fabrikam"_s);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QCheckBox*>(u"requireTlsCheckBox"_s), Qt::LeftButton);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!connector().requireTLS);
    m_document->undoStack()->undo();
    QVERIFY(connector().requireTLS);
}

QTEST_MAIN(TestSendConnectorPropertiesDialog)
#include "tst_sendconnectorpropertiesdialog.moc"
