#include "connectors/receiveauthenticationeditor.h"
#include "connectors/receiveconnectorpropertiesdialog.h"
#include "connectors/receiveconnectorwizard.h"
#include "connectors/receivegeneraleditor.h"
#include "connectors/receivenetworkeditor.h"
#include "connectors/receivepermissionseditor.h"
#include "connectors/sendaddressspaceeditor.h"
#include "connectors/sendconnectorpropertiesdialog.h"
#include "connectors/sendconnectorwizard.h"
#include "connectors/sendgeneraleditor.h"
#include "connectors/sendnetworkeditor.h"
#include "connectors/sendsourceservereditor.h"
#include "connectors/valuelisteditor.h"
#include "document/workspacedocument.h"
#include "model/connectorpresets.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// The editor widgets that the wizards and the property dialogs share: load → apply keeps every
// field, edits land in the right field, bad text names the field, and both entry points use them.
class TestConnectorEditors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void receiveEditorsRoundTrip();
    void receiveGeneralEditsAndErrors();
    void receiveUsageAppliesPreset();
    void receiveAuthenticationSubOptions();
    void receivePermissionsKeepCustom();
    void sendEditorsRoundTrip();
    void sendNetworkClearsSmartHostsForDns();
    void sameEditorsInWizardAndDialog();

private:
    Workspace m_demo;
};

void TestConnectorEditors::initTestCase()
{
    UiTestSupport::initGuiTest();
    m_demo = UiTestSupport::demoWorkspace();
}

void TestConnectorEditors::receiveEditorsRoundTrip()
{
    ReceiveConnector original = m_demo.servers.first().receiveConnectors.first();
    original.banner = u"220 Contoso"_s;
    original.maxRecipientsPerMessage = 321;
    original.connectionTimeout = TimeSpan::fromSeconds(3600);
    original.enabled = false;
    original.authMechanism |= AuthMechanism::ExchangeServer;

    ReceiveGeneralEditor general(ReceiveGeneralEditor::Name | ReceiveGeneralEditor::Usage |
                                 ReceiveGeneralEditor::Fqdn | ReceiveGeneralEditor::Details);
    ReceiveNetworkEditor network(ReceiveNetworkEditor::Local | ReceiveNetworkEditor::Remote |
                                 ReceiveNetworkEditor::PartnerDomains);
    ReceiveAuthenticationEditor authentication;
    ReceivePermissionsEditor permissions;
    general.load(original);
    network.load(original);
    authentication.load(original);
    permissions.load(original);

    ReceiveConnector copy; // every field comes from the editors
    copy.comment = original.comment;
    copy.usage = original.usage;
    QVERIFY(general.apply(copy).ok());
    QVERIFY(network.apply(copy).ok());
    authentication.apply(copy);
    permissions.apply(copy);
    QCOMPARE(copy, original);
}

void TestConnectorEditors::receiveGeneralEditsAndErrors()
{
    const ReceiveConnector original = m_demo.servers.first().receiveConnectors.first();
    ReceiveGeneralEditor editor(ReceiveGeneralEditor::Name | ReceiveGeneralEditor::Fqdn |
                                ReceiveGeneralEditor::Details);
    editor.load(original);
    QSignalSpy changed(&editor, &ConnectorEditor::changed);
    QVERIFY(changed.isValid());
    editor.findChild<QSpinBox*>(u"maxRecipientsSpinBox"_s)->setValue(50);
    QCOMPARE(changed.count(), 1);
    ReceiveConnector edited = original;
    QVERIFY(editor.apply(edited).ok());
    QCOMPARE(edited.maxRecipientsPerMessage, 50);

    editor.findChild<QLineEdit*>(u"fqdnEdit"_s)->setText(u"mail..contoso"_s);
    ReceiveConnector refused = original;
    const Status bad = editor.apply(refused);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorMessage().startsWith(u"FQDN: "_s), qPrintable(bad.errorMessage()));
    QCOMPARE(refused, original); // nothing half-applied

    editor.findChild<QLineEdit*>(u"fqdnEdit"_s)->clear();
    editor.findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"A\\B"_s);
    QVERIFY(editor.apply(refused).errorMessage().startsWith(u"Name: "_s));
    editor.findChild<QLineEdit*>(u"nameEdit"_s)->clear();
    QVERIFY(!editor.isComplete());
}

void TestConnectorEditors::receiveUsageAppliesPreset()
{
    ReceiveGeneralEditor editor(ReceiveGeneralEditor::Name | ReceiveGeneralEditor::Usage);
    ReceiveConnector connector = ConnectorPresets::receiveConnector(u"X"_s, ReceiveUsage::Custom);
    editor.load(connector);
    auto* usage = editor.findChild<QComboBox*>(u"usageCombo"_s);
    usage->setCurrentIndex(usage->findData(int(ReceiveUsage::Partner)));
    QVERIFY(editor.findChild<QLabel*>(u"usageDescription"_s)->text().contains(u"Partner"_s));
    QVERIFY(editor.apply(connector).ok());
    QCOMPARE(connector.usage, ReceiveUsage::Partner);
    QVERIFY(connector.domainSecureEnabled);
    QCOMPARE(connector.permissionGroups, PermissionGroups(PermissionGroup::Partners));
}

void TestConnectorEditors::receiveAuthenticationSubOptions()
{
    ReceiveAuthenticationEditor editor;
    ReceiveConnector connector = ConnectorPresets::receiveConnector(u"X"_s, ReceiveUsage::Partner);
    editor.load(connector);
    auto* tls = editor.findChild<QCheckBox*>(u"tlsCheckBox"_s);
    auto* domainSecure = editor.findChild<QCheckBox*>(u"domainSecureCheckBox"_s);
    QVERIFY(domainSecure->isEnabled());
    tls->setChecked(false);
    QVERIFY(!domainSecure->isEnabled());
    editor.apply(connector);
    QVERIFY(!connector.domainSecureEnabled);
    QVERIFY(!connector.authMechanism.testFlag(AuthMechanism::Tls));
    tls->setChecked(true);
    editor.findChild<QCheckBox*>(u"basicAuthCheckBox"_s)->setChecked(true);
    editor.findChild<QCheckBox*>(u"basicRequireTlsCheckBox"_s)->setChecked(true);
    editor.apply(connector);
    QVERIFY(connector.domainSecureEnabled);
    QCOMPARE(connector.authMechanism, AuthMechanisms(AuthMechanism::Tls | AuthMechanism::BasicAuth |
                                                     AuthMechanism::BasicAuthRequireTLS));
}

void TestConnectorEditors::receivePermissionsKeepCustom()
{
    ReceivePermissionsEditor editor;
    ReceiveConnector connector;
    connector.permissionGroups = PermissionGroup::Custom | PermissionGroup::Partners;
    editor.load(connector);
    editor.findChild<QCheckBox*>(u"anonymousUsersCheckBox"_s)->setChecked(true);
    editor.apply(connector);
    QCOMPARE(connector.permissionGroups,
             PermissionGroups(PermissionGroup::Custom | PermissionGroup::Partners |
                              PermissionGroup::AnonymousUsers));
}

void TestConnectorEditors::sendEditorsRoundTrip()
{
    SendConnector original = m_demo.sendConnectors.first();
    original.port = 2525;
    original.enabled = false;
    original.maxMessageSize = ByteSize::unlimited();
    SendGeneralEditor general(SendGeneralEditor::Name | SendGeneralEditor::Usage |
                              SendGeneralEditor::Details);
    SendAddressSpaceEditor spaces;
    SendNetworkEditor network;
    SendSourceServerEditor sources;
    sources.setServers({u"EDGE01"_s});
    general.load(original);
    spaces.load(original);
    network.load(original);
    sources.load(original);
    SendConnector copy;
    copy.usage = original.usage;
    copy.comment = original.comment;
    QVERIFY(general.apply(copy).ok());
    QVERIFY(spaces.apply(copy).ok());
    QVERIFY(network.apply(copy).ok());
    sources.apply(copy);
    QCOMPARE(copy, original);
}

void TestConnectorEditors::sendNetworkClearsSmartHostsForDns()
{
    SendConnector connector = ConnectorPresets::sendConnector(u"Relay"_s, SendUsage::Internal);
    connector.smartHosts = {u"relay.contoso.example"_s};
    connector.smartHostAuthMechanism = SmartHostAuthMechanism::ExchangeServer;
    SendNetworkEditor editor;
    editor.load(connector);
    QVERIFY(editor.findChild<QRadioButton*>(u"smartHostRadio"_s)->isChecked());
    QVERIFY(editor.smartHostsEditor()->isEnabled());
    editor.findChild<QRadioButton*>(u"dnsRoutingRadio"_s)->setChecked(true);
    QVERIFY(!editor.smartHostsEditor()->isEnabled());
    QVERIFY(editor.apply(connector).ok());
    QVERIFY(connector.dnsRoutingEnabled);
    QVERIFY(connector.smartHosts.isEmpty());
    QCOMPARE(connector.smartHostAuthMechanism, SmartHostAuthMechanism::None);
}

void TestConnectorEditors::sameEditorsInWizardAndDialog()
{
    WorkspaceDocument document;
    document.reset(m_demo, {});
    ReceiveConnectorWizard receiveWizard(&document, u"EDGE01"_s);
    ReceiveConnectorPropertiesDialog receiveDialog(&document, u"EDGE01"_s, u"From Fabrikam"_s);
    // One widget class, two entry points.
    QCOMPARE(receiveWizard.findChildren<ReceiveNetworkEditor*>().size(), 2); // local and remote pages
    QCOMPARE(receiveWizard.findChildren<ReceiveGeneralEditor*>().size(), 2); // introduction and FQDN
    QCOMPARE(receiveDialog.findChildren<ReceiveNetworkEditor*>().size(), 1);
    QCOMPARE(receiveDialog.findChildren<ReceiveGeneralEditor*>().size(), 1);
    QVERIFY(receiveWizard.findChild<ValueListEditor*>(u"remoteRangesEditor"_s));
    QVERIFY(receiveDialog.findChild<ValueListEditor*>(u"remoteRangesEditor"_s));

    SendConnectorWizard sendWizard(&document);
    SendConnectorPropertiesDialog sendDialog(&document, u"To Fabrikam"_s);
    for (QObject* parent : std::initializer_list<QObject*>{&sendWizard, &sendDialog}) {
        QCOMPARE(parent->findChildren<SendGeneralEditor*>().size(), 1);
        QCOMPARE(parent->findChildren<SendAddressSpaceEditor*>().size(), 1);
        QCOMPARE(parent->findChildren<SendNetworkEditor*>().size(), 1);
        QCOMPARE(parent->findChildren<SendSourceServerEditor*>().size(), 1);
    }
}

QTEST_MAIN(TestConnectorEditors)
#include "tst_connectoreditors.moc"
