#include "document/workspacedocument.h"
#include "servers/serverpropertiesdialog.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// The server property page with real widgets (offscreen): an Edge's subscription is changed
// through ServerOperations as one undo step; a Hub has none; a refused change leaves the workspace.
class TestServerPropertiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void edgeShowsItsSubscription();
    void hubHasNoSubscription();
    void changeIsOneUndoStep();
    void subscribingWithoutHubIsRefused();

private:
    QComboBox* sync(ServerPropertiesDialog& dialog)
    {
        return dialog.findChild<QComboBox*>(u"edgeSyncComboBox"_s);
    }
    WorkspaceDocument* m_document = nullptr;
    Workspace m_demo;
};

void TestServerPropertiesDialog::initTestCase()
{
    UiTestSupport::initGuiTest();
    m_demo = UiTestSupport::demoWorkspace();
}

void TestServerPropertiesDialog::init()
{
    delete m_document;
    m_document = new WorkspaceDocument(this);
    m_document->reset(m_demo, {});
}

void TestServerPropertiesDialog::edgeShowsItsSubscription()
{
    ServerPropertiesDialog dialog(m_document, u"edge01"_s);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), u"EDGE01 Properties"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"nameLabel"_s)->text(), u"EDGE01"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"fqdnLabel"_s)->text(), u"mail.contoso.example"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"roleLabel"_s)->text(), u"Edge Transport"_s);
    QVERIFY(sync(dialog)->isEnabled());
    QCOMPARE(dialog.edgeSync(), EdgeSync::Subscribed);
    auto* description = dialog.findChild<QLabel*>(u"edgeSyncDescription"_s);
    QVERIFY2(description->text().contains(u"Hub"_s), qPrintable(description->text()));
    dialog.setEdgeSync(EdgeSync::Standalone);
    QVERIFY2(description->text().contains(u"this Edge itself"_s), qPrintable(description->text()));
    dialog.setCurrentField(u"edgeSync"_s);
    QVERIFY(dialog.focusWidget() == sync(dialog));
}

void TestServerPropertiesDialog::hubHasNoSubscription()
{
    ServerPropertiesDialog dialog(m_document, u"HUB01"_s);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel*>(u"roleLabel"_s)->text(), u"Hub Transport"_s);
    QVERIFY(!sync(dialog)->isEnabled());
    QCOMPARE(dialog.edgeSync(), EdgeSync::Standalone);
    QVERIFY(dialog.apply());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestServerPropertiesDialog::changeIsOneUndoStep()
{
    ServerPropertiesDialog dialog(m_document, u"EDGE01"_s);
    dialog.show();
    sync(dialog)->setCurrentIndex(sync(dialog)->findData(int(EdgeSync::Standalone)));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_document->workspace().server(u"EDGE01"_s)->edgeSync, EdgeSync::Standalone);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), u"Change server EDGE01"_s);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace(), m_demo);
    m_document->undoStack()->redo();
    QVERIFY(!m_document->workspace().server(u"EDGE01"_s)->isSubscribedEdge());
}

void TestServerPropertiesDialog::subscribingWithoutHubIsRefused()
{
    // No Hub Transport server to hold the send connector and the lists: the rules refuse the
    // subscription, the dialog says which rule, and nothing changes.
    Workspace edgeOnly = m_demo;
    edgeOnly.servers.removeIf([](const Server& server) { return !server.isEdge(); });
    edgeOnly.servers.first().edgeSync = EdgeSync::Standalone;
    edgeOnly.sendConnectors.first().sourceTransportServers.clear();
    m_document->reset(edgeOnly, {});
    ServerPropertiesDialog dialog(m_document, u"EDGE01"_s);
    dialog.show();
    dialog.setEdgeSync(EdgeSync::Subscribed);
    dialog.accept();
    QVERIFY(dialog.isVisible()); // not closed
    auto* error = dialog.findChild<QLabel*>(u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"EDGESYNC-NO-HUB"_s), qPrintable(error->text()));
    QCOMPARE(m_document->workspace(), edgeOnly);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

QTEST_MAIN(TestServerPropertiesDialog)
#include "tst_serverpropertiesdialog.moc"
