#include "connectors/receiveauthenticationeditor.h"
#include "connectors/receiveconnectorpropertiesdialog.h"
#include "connectors/receivegeneraleditor.h"
#include "connectors/receivenetworkeditor.h"
#include "connectors/receivepermissionseditor.h"
#include "connectors/valuelisteditor.h"
#include "document/workspacedocument.h"
#include "uitestsupport.h"
#include "validate/finding.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// The receive connector property dialog: tabs load the connector, edits apply as one undo step.
class TestReceiveConnectorPropertiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tabsShowTheConnector();
    void applyUndoRedo();
    void badValueIsNotApplied();
    void sizeFieldAcceptsWhatTheValidatorAccepts();
    void newValidationErrorIsNotApplied();
    void renameAndOk();
    void cancelChangesNothing();
    void opensAtAFindingsTab();

private:
    const ReceiveConnector& connector(const QString& name = u"From Fabrikam"_s) const
    {
        return *m_document->workspace().server(u"EDGE01"_s)->receiveConnector(name);
    }
    QPushButton* button(ReceiveConnectorPropertiesDialog& dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(which);
    }
    WorkspaceDocument* m_document = nullptr;
    Workspace m_demo;
};

void TestReceiveConnectorPropertiesDialog::initTestCase()
{
    UiTestSupport::initGuiTest();
    m_demo = UiTestSupport::demoWorkspace();
}

void TestReceiveConnectorPropertiesDialog::init()
{
    delete m_document;
    m_document = new WorkspaceDocument(this);
    m_document->reset(m_demo, {});
}

void TestReceiveConnectorPropertiesDialog::tabsShowTheConnector()
{
    ReceiveConnectorPropertiesDialog dialog(m_document, u"EDGE01"_s, u"From Fabrikam"_s);
    dialog.show();
    QTabWidget* tabs = dialog.tabs();
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(0), u"General"_s);
    QCOMPARE(tabs->tabText(3), u"Permission Groups"_s);
    QCOMPARE(dialog.findChild<QLineEdit*>(u"nameEdit"_s)->text(), u"From Fabrikam"_s);
    QCOMPARE(dialog.findChild<QLineEdit*>(u"fqdnEdit"_s)->text(), u"mail.contoso.example"_s);
    QCOMPARE(dialog.findChild<QLineEdit*>(u"maxMessageSizeEdit"_s)->text(), u"10MB"_s);
    QCOMPARE(dialog.findChild<ValueListEditor*>(u"remoteRangesEditor"_s)->values(),
             (QStringList{u"198.51.100.0/28"_s, u"203.0.113.25"_s}));
    QVERIFY(dialog.findChild<QCheckBox*>(u"domainSecureCheckBox"_s)->isChecked());
    QVERIFY(dialog.findChild<QCheckBox*>(u"partnersCheckBox"_s)->isChecked());
    QVERIFY(!dialog.findChild<QCheckBox*>(u"anonymousUsersCheckBox"_s)->isChecked());
    // Exchange users do not exist on an Edge server.
    QVERIFY(!dialog.findChild<QCheckBox*>(u"exchangeUsersCheckBox"_s)->isEnabled());
    QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
}

void TestReceiveConnectorPropertiesDialog::applyUndoRedo()
{
    ReceiveConnectorPropertiesDialog dialog(m_document, u"EDGE01"_s, u"From Fabrikam"_s);
    dialog.show();
    auto* banner = dialog.findChild<QLineEdit*>(u"bannerEdit"_s);
    QTest::keyClicks(banner, u"220 Contoso gateway"_s);
    auto* ranges = dialog.findChild<ValueListEditor*>(u"remoteRangesEditor"_s);
    QTest::keyClicks(ranges->entryEdit(), u"192.0.2.77"_s);
    QTest::mouseClick(dialog.findChild<QCheckBox*>(u"basicAuthCheckBox"_s), Qt::LeftButton);
    QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());
    const int before = m_document->undoStack()->count();
    QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(m_document->undoStack()->count(), before + 1);
    QCOMPARE(connector().banner, u"220 Contoso gateway"_s);
    QCOMPARE(connector().remoteIPRanges.size(), 3);
    QVERIFY(connector().authMechanism.testFlag(AuthMechanism::BasicAuth));
    QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());

    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace(), m_demo);
    // The open dialog follows the undo.
    QCOMPARE(banner->text(), QString());
    m_document->undoStack()->redo();
    QCOMPARE(connector().banner, u"220 Contoso gateway"_s);
    QCOMPARE(banner->text(), u"220 Contoso gateway"_s);
}

void TestReceiveConnectorPropertiesDialog::badValueIsNotApplied()
{
    ReceiveConnectorPropertiesDialog dialog(m_document, u"EDGE01"_s, u"From Fabrikam"_s);
    dialog.show();
    auto* size = dialog.findChild<QLineEdit*>(u"maxMessageSizeEdit"_s);
    size->setText(u"ten megabytes"_s);
    dialog.tabs()->setCurrentIndex(2);
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.errorText().startsWith(u"Maximum message size"_s));
    QCOMPARE(dialog.tabs()->currentIndex(), 0);
    QCOMPARE(m_document->workspace(), m_demo);
    QCOMPARE(m_document->undoStack()->count(), 0);

    size->setText(u"20MB"_s);
    auto* ranges = dialog.findChild<ValueListEditor*>(u"remoteRangesEditor"_s);
    ranges->listWidget()->item(0)->setText(u"198.51.100.0/24x"_s);
    QVERIFY(!dialog.apply());
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
    QVERIFY(dialog.errorText().contains(u"198.51.100.0/24x"_s));
    QCOMPARE(m_document->workspace(), m_demo);
}

void TestReceiveConnectorPropertiesDialog::newValidationErrorIsNotApplied()
{
    ReceiveConnectorPropertiesDialog dialog(m_document, u"EDGE01"_s, u"From Fabrikam"_s);
    dialog.show();
    dialog.findChild<QLineEdit*>(u"bannerEdit"_s)->setText(u"Welcome"_s);
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.errorText().contains(u"220"_s), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.tabs()->currentIndex(), 0);
    dialog.findChild<QLineEdit*>(u"bannerEdit"_s)->clear();
    dialog.findChild<QLineEdit*>(u"inactivityTimeoutEdit"_s)->setText(u"00:10:00"_s);
    QVERIFY(!dialog.apply());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(m_document->workspace(), m_demo);
}

void TestReceiveConnectorPropertiesDialog::renameAndOk()
{
    ReceiveConnectorPropertiesDialog dialog(m_document, u"EDGE01"_s, u"From Fabrikam"_s);
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Fabrikam inbound"_s);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_document->workspace().server(u"EDGE01"_s)->receiveConnector(u"Fabrikam inbound"_s));
    QVERIFY(!m_document->workspace().server(u"EDGE01"_s)->receiveConnector(u"From Fabrikam"_s));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace(), m_demo);
}

void TestReceiveConnectorPropertiesDialog::cancelChangesNothing()
{
    ReceiveConnectorPropertiesDialog dialog(m_document, u"EDGE01"_s, u"From Fabrikam"_s);
    dialog.show();
    dialog.findChild<QLineEdit*>(u"bannerEdit"_s)->setText(u"220 changed"_s);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_document->workspace(), m_demo);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestReceiveConnectorPropertiesDialog::opensAtAFindingsTab()
{
    ReceiveConnectorPropertiesDialog dialog(m_document, u"EDGE01"_s, u"From Fabrikam"_s);
    dialog.setCurrentField(u"authMechanism"_s);
    QCOMPARE(dialog.tabs()->currentWidget(), dialog.findChild<ReceiveAuthenticationEditor*>());
    dialog.setCurrentField(u"remoteIPRanges"_s);
    QCOMPARE(dialog.tabs()->currentWidget(), dialog.findChild<ReceiveNetworkEditor*>());
    // The partner domains are edited beside the remote ranges, not on a tab of their own name.
    dialog.setCurrentField(u"permissionGroups"_s);
    QCOMPARE(dialog.tabs()->currentWidget(), dialog.findChild<ReceivePermissionsEditor*>());
    dialog.setCurrentField(u"partnerDomains"_s);
    QCOMPARE(dialog.tabs()->currentWidget(), dialog.findChild<ReceiveNetworkEditor*>());
}

void TestReceiveConnectorPropertiesDialog::sizeFieldAcceptsWhatTheValidatorAccepts()
{
    ReceiveConnectorPropertiesDialog dialog(m_document, u"EDGE01"_s, u"From Fabrikam"_s);
    dialog.show();
    auto* size = dialog.findChild<QLineEdit*>(u"maxMessageSizeEdit"_s);
    // The field suggests what core accepts: a receive connector's size is never unlimited.
    QCOMPARE(size->placeholderText(), ReceiveConnector::maxMessageSizeRange());
    QVERIFY(!size->placeholderText().contains(u"unlimited"_s, Qt::CaseInsensitive));
    for (const QString& refused : {u"unlimited"_s, u"2GB"_s, u"63KB"_s}) {
        size->setText(refused);
        QVERIFY2(!dialog.apply(), qPrintable(refused));
        QVERIFY2(dialog.errorText().startsWith(u"Maximum message size"_s), qPrintable(dialog.errorText()));
        QCOMPARE(m_document->workspace(), m_demo);
    }
    QVERIFY(dialog.errorText().contains(u"2GB"_s) || dialog.errorText().contains(u"64KB"_s));
    for (const QString& accepted : {u"64KB"_s, u"2047MB"_s}) {
        size->setText(accepted);
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
        QCOMPARE(connector().maxMessageSize, ByteSize::parse(accepted).value());
    }
}

QTEST_MAIN(TestReceiveConnectorPropertiesDialog)
#include "tst_receiveconnectorpropertiesdialog.moc"
