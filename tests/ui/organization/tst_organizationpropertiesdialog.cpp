#include "document/workspacedocument.h"
#include "export/exportdialog.h"
#include "mainwindow/actionspane.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationmodel.h"
#include "organization/organizationpropertiesdialog.h"
#include "uitestsupport.h"
#include "util/translator.h"
#include "validation/validationpane.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// Organization Properties with real widgets (offscreen): the Exchange release combo lists every
// release of the model, a change is one undo step through OrganizationOperations, and the dialog is
// reached from the Organization node (context menu, actions pane, Action menu); the Validation
// pane's rules and the Export dialog's target follow the release.
class TestOrganizationPropertiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheOrganization();
    void changeIsOneUndoStep();
    void cancelAndUnchangedDoNothing();
    void reachedFromTheOrganizationNode();

private:
    static QComboBox* combo(QDialog& dialog)
    {
        return dialog.findChild<QComboBox*>(u"exchangeVersionComboBox"_s);
    }
    static void clickOk(QDialog& dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }
    WorkspaceDocument* m_document = nullptr;
    Workspace m_demo;
};

void TestOrganizationPropertiesDialog::initTestCase()
{
    UiTestSupport::initGuiTest();
    Translator::install(u"en"_s);
    m_demo = UiTestSupport::demoWorkspace();
}

void TestOrganizationPropertiesDialog::init()
{
    delete m_document;
    m_document = new WorkspaceDocument(this);
    m_document->reset(m_demo, {});
}

void TestOrganizationPropertiesDialog::showsTheOrganization()
{
    OrganizationPropertiesDialog dialog(m_document);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel*>(u"organizationNameLabel"_s)->text(), m_demo.organization);
    QVERIFY(!m_demo.domains.isEmpty());
    QVERIFY(dialog.findChild<QLabel*>(u"acceptedDomainsLabel"_s)->text().contains(m_demo.domains.first()));
    QComboBox* releases = combo(dialog);
    QVERIFY(releases);
    const QList<ExchangeVersion> all = ExchangeVersions::all();
    QCOMPARE(releases->count(), all.size());
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(ExchangeVersion(releases->itemData(i).toInt()), all.at(i));
        QCOMPARE(releases->itemText(i), ExchangeVersions::displayName(all.at(i)));
    }
    QCOMPARE(dialog.exchangeVersion(), m_demo.exchangeVersion);
    QCOMPARE(releases->currentText(), ExchangeVersions::displayName(m_demo.exchangeVersion));
}

void TestOrganizationPropertiesDialog::changeIsOneUndoStep()
{
    QCOMPARE(m_document->workspace().exchangeVersion, ExchangeVersion::Exchange2007);
    const int steps = m_document->undoStack()->count();
    OrganizationPropertiesDialog dialog(m_document);
    dialog.show();
    QComboBox* releases = combo(dialog);
    releases->setFocus();
    releases->setCurrentIndex(releases->findData(int(ExchangeVersion::Exchange2016)));
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_document->workspace().exchangeVersion, ExchangeVersion::Exchange2016);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QVERIFY2(m_document->undoStack()->undoText().contains(
                 ExchangeVersions::displayName(ExchangeVersion::Exchange2016)),
             qPrintable(m_document->undoStack()->undoText()));
    Workspace expected = m_demo;
    expected.exchangeVersion = ExchangeVersion::Exchange2016;
    QCOMPARE(m_document->workspace(), expected); // nothing else changed
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace(), m_demo);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->workspace().exchangeVersion, ExchangeVersion::Exchange2016);
}

void TestOrganizationPropertiesDialog::cancelAndUnchangedDoNothing()
{
    const int steps = m_document->undoStack()->count();
    {
        OrganizationPropertiesDialog dialog(m_document);
        dialog.show();
        dialog.setExchangeVersion(ExchangeVersion::Exchange2013);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    QCOMPARE(m_document->workspace(), m_demo);
    OrganizationPropertiesDialog dialog(m_document);
    dialog.show();
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_document->undoStack()->count(), steps); // no empty undo step
    QVERIFY(!m_document->isModified());
}

void TestOrganizationPropertiesDialog::reachedFromTheOrganizationNode()
{
    MainWindow window;
    window.document()->reset(m_demo, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(u"action_organization.properties"_s);
    QVERIFY(action);
    QVERIFY(window.findChild<QMenu*>(u"actionMenu"_s)->actions().contains(action));

    // The Organization node: its actions pane and its context menu offer the action.
    QTreeView* tree = window.navigationView();
    const QModelIndex organization =
        static_cast<NavigationModel*>(tree->model())->indexOf(PageKind::Organization);
    QVERIFY(organization.isValid());
    tree->setCurrentIndex(organization);
    QVERIFY(window.actionsPane()->actions().contains(action));
    QVERIFY(action->isEnabled());
    bool offered = false;
    QTimer::singleShot(0, &window, [&] {
        if (auto* menu = window.findChild<QMenu*>(u"navigationContextMenu"_s)) {
            offered = menu->actions().contains(action);
            menu->close();
        }
    });
    emit tree->customContextMenuRequested(tree->visualRect(organization).center());
    QVERIFY(offered);

    // The release changed there is what the Validation pane and the Export dialog start from.
    QCOMPARE(window.validationPane()->target(), ValidationTarget::Exchange2007);
    action->trigger();
    OrganizationPropertiesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<OrganizationPropertiesDialog*>()) && dialog->isVisible());
    combo(*dialog)->setCurrentIndex(combo(*dialog)->findData(int(ExchangeVersion::Exchange2013)));
    clickOk(*dialog);
    QCOMPARE(window.document()->workspace().exchangeVersion, ExchangeVersion::Exchange2013);
    QCOMPARE(window.validationPane()->target(), ValidationTarget::Exchange2013);
    {
        ExportDialog exportDialog(window.document(), u"EDGE01"_s);
        QCOMPARE(exportDialog.target(), u"exchange2013"_s);
    }
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->workspace().exchangeVersion, ExchangeVersion::Exchange2007);
    QCOMPARE(window.validationPane()->target(), ValidationTarget::Exchange2007);
    ExportDialog exportDialog(window.document(), u"EDGE01"_s);
    QCOMPARE(exportDialog.target(), u"exchange2007"_s);
}

QTEST_MAIN(TestOrganizationPropertiesDialog)
#include "tst_organizationpropertiesdialog.moc"
