#include "connectors/receiveconnectorpropertiesdialog.h"
#include "connectors/sendconnectorpropertiesdialog.h"
#include "document/workspacedocument.h"
#include "document/workspacepassphrasedialog.h"
#include "export/exporter.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/resultpane.h"
#include "uitestsupport.h"
#include "util/translator.h"
#include "validate/validator.h"
#include "validation/findingtablemodel.h"
#include "validation/findingtarget.h"
#include "validation/validationpane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <functional>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

class TestValidationPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsTheValidatorsFindingsLive();
    void targetSwitchesRules();
    void targetsAreTheExportTargets();
    void targetFollowsTheRelease();
    void profileCheckAddsStigFindings();
    void activatingReceiveFindingOpensNetworkTab();
    void activatingSendFindingOpensAddressSpaceTab();
    void activatingServerFindingShowsCertificates();
    void activatingUnprotectedKeysOpensPassphraseDialog();
    void activatingTopologyFindingShowsServers();
    void activatingMissingRootShowsTrustedRoots();
    void locationOfEveryObjectKind();
    void modelPassesModelTester();
    void japaneseSummary();

private:
    void waitForValidation();
    int rowOf(const QString& code) const;
    // Applies change as one edit, waits for the revalidation, returns the row of the finding code.
    int breakAndFind(const QString& code, const std::function<void(Workspace&)>& change);
    // Activates the view's row the way a user does: current row, then Enter.
    void activateRow(int proxyRow);

    std::unique_ptr<MainWindow> m_window;
    ValidationPane* m_pane = nullptr;
};

void TestValidationPane::initTestCase()
{
    UiTestSupport::initGuiTest();
}

void TestValidationPane::init()
{
    Translator::install(u"en"_s);
    m_window = std::make_unique<MainWindow>();
    m_window->document()->reset(UiTestSupport::demoWorkspace(), QString());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_pane = m_window->validationPane();
    QVERIFY(m_pane);
    waitForValidation();
}

void TestValidationPane::waitForValidation()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isPending(), 10000);
}

int TestValidationPane::rowOf(const QString& code) const
{
    const QAbstractItemModel* proxy = m_pane->view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, FindingTableModel::CodeColumn).data().toString() == code)
            return row;
    }
    return -1;
}

int TestValidationPane::breakAndFind(const QString& code, const std::function<void(Workspace&)>& change)
{
    const Status edited = m_window->document()->edit(u"break"_s, [&](Workspace& w) {
        change(w);
        return Status();
    });
    if (!edited.ok())
        return -1;
    waitForValidation();
    return rowOf(code);
}

void TestValidationPane::activateRow(int proxyRow)
{
    QTableView* view = m_pane->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(proxyRow, 0));
    QTest::keyClick(view, Qt::Key_Return);
}

void TestValidationPane::listsTheValidatorsFindingsLive()
{
    QCOMPARE(m_pane->model()->findings(), Validator::run(m_window->document()->workspace()));
    QVERIFY(m_window->findChild<QDockWidget*>(u"validationDock"_s)->isVisible());
    const QString server = m_window->document()->workspace().servers.first().name;
    const QString connector =
        m_window->document()->workspace().servers.first().receiveConnectors.first().name;
    QCOMPARE(rowOf(u"RC-REMOTE-EMPTY"_s), -1);

    QSignalSpy changed(m_pane, &ValidationPane::findingsChanged);
    QVERIFY(m_window->document()
                ->edit(u"clear ranges"_s,
                       [&](Workspace& w) {
                           w.server(server)->receiveConnector(connector)->remoteIPRanges.clear();
                           return Status();
                       })
                .ok());
    waitForValidation();
    QVERIFY(changed.count() >= 1);
    const int row = rowOf(u"RC-REMOTE-EMPTY"_s);
    QVERIFY(row >= 0);
    const QAbstractItemModel* proxy = m_pane->view()->model();
    QCOMPARE(proxy->index(row, FindingTableModel::ObjectColumn).data().toString(),
             server + u'\\' + connector);
    QCOMPARE(proxy->index(row, FindingTableModel::SeverityColumn).data().toString(), u"error"_s);
    // Errors sort first.
    QCOMPARE(proxy->index(0, FindingTableModel::SeverityColumn).data().toString(), u"error"_s);
    QVERIFY(m_window->findChild<QLabel*>(u"validationSummaryLabel"_s)->text().contains(u"error"_s));

    // Undo removes the finding again, with no other action.
    m_window->document()->undoStack()->undo();
    waitForValidation();
    QCOMPARE(rowOf(u"RC-REMOTE-EMPTY"_s), -1);
    QCOMPARE(m_pane->model()->findings(), Validator::run(m_window->document()->workspace()));
}

void TestValidationPane::targetSwitchesRules()
{
    const Workspace& workspace = m_window->document()->workspace();
    m_pane->setTarget(ValidationTarget::Postfix);
    waitForValidation();
    QCOMPARE(m_pane->model()->findings(), Validator::run(workspace, ValidationTarget::Postfix));
    m_pane->setTarget(ValidationTarget::Exchange2007);
    waitForValidation();
    QCOMPARE(m_pane->model()->findings(), Validator::run(workspace, ValidationTarget::Exchange2007));
}

// "Rules for" lists every target of `lint --target` and of the Export dialog (Validator::targets()),
// each named as the exporter names its release; the organization's Exchange release is selected.
void TestValidationPane::targetsAreTheExportTargets()
{
    auto* combo = m_pane->findChild<QComboBox*>(u"validationTargetCombo"_s);
    QVERIFY(combo);
    QStringList names;
    for (int i = 0; i < combo->count(); ++i) {
        const auto target = ValidationTarget(combo->itemData(i).toInt());
        names << Validator::targetName(target);
        QCOMPARE(combo->itemText(i), Validator::targetDisplayName(target));
    }
    QCOMPARE(names, Exporter::targets());
    QCOMPARE(combo->currentText(), u"Exchange Server 2007"_s);

    Workspace workspace = m_window->document()->workspace();
    workspace.exchangeVersion = ExchangeVersion::Exchange2016;
    WorkspaceDocument document;
    document.reset(workspace, {});
    ValidationPane pane(&document);
    QCOMPARE(pane.target(), ValidationTarget::Exchange2016);
    QCOMPARE(pane.findChild<QComboBox*>(u"validationTargetCombo"_s)->currentText(),
             u"Exchange Server 2016, 2019 and Subscription Edition"_s);
    QTRY_VERIFY(!pane.isPending());
    QCOMPARE(pane.model()->findings(), Validator::run(workspace, ValidationTarget::Exchange2016));
}

// When the organization's Exchange release changes (and on undo), "Rules for" follows it.
void TestValidationPane::targetFollowsTheRelease()
{
    QCOMPARE(m_pane->target(), ValidationTarget::Exchange2007);
    QVERIFY(m_window->document()
                ->edit(u"release"_s,
                       [](Workspace& w) {
                           w.exchangeVersion = ExchangeVersion::Exchange2013;
                           return Status();
                       })
                .ok());
    QCOMPARE(m_pane->target(), ValidationTarget::Exchange2013);
    waitForValidation();
    QCOMPARE(m_pane->model()->findings(),
             Validator::run(m_window->document()->workspace(), ValidationTarget::Exchange2013));
    // Another edit keeps a target picked by hand; an undo of the release follows it back.
    m_pane->setTarget(ValidationTarget::Postfix);
    QVERIFY(m_window->document()
                ->edit(u"rename"_s,
                       [](Workspace& w) {
                           w.organization = u"Renamed"_s;
                           return Status();
                       })
                .ok());
    QCOMPARE(m_pane->target(), ValidationTarget::Postfix);
    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->workspace().exchangeVersion, ExchangeVersion::Exchange2007);
    QCOMPARE(m_pane->target(), ValidationTarget::Exchange2007);
}

// "Also check: DISA STIG: Exchange 2019 Edge" adds the profile's findings (lint --profile
// stig-ex19-edge); off by default, and off again removes them.
void TestValidationPane::profileCheckAddsStigFindings()
{
    auto* check = m_pane->findChild<QCheckBox*>(u"validationProfileCheck"_s);
    QVERIFY(check);
    QVERIFY(!check->isChecked());
    QVERIFY2(check->text().contains(Validator::profileDisplayName(u"stig-ex19-edge"_s)),
             qPrintable(check->text()));
    const Workspace& workspace = m_window->document()->workspace();
    const auto stigRows = [this] {
        int rows = 0;
        for (const Finding& f : m_pane->model()->findings())
            rows += f.code.startsWith(u"EX19-ED-"_s) ? 1 : 0;
        return rows;
    };
    QCOMPARE(stigRows(), 0);
    check->click();
    QCOMPARE(m_pane->profiles(), QStringList{u"stig-ex19-edge"_s});
    waitForValidation();
    QCOMPARE(m_pane->model()->findings(),
             Validator::run(workspace, m_pane->target(), QStringList{u"stig-ex19-edge"_s}));
    QVERIFY(stigRows() > 0);
    check->click();
    waitForValidation();
    QCOMPARE(stigRows(), 0);
    QVERIFY(m_pane->profiles().isEmpty());
}

void TestValidationPane::activatingReceiveFindingOpensNetworkTab()
{
    const QString server = m_window->document()->workspace().servers.first().name;
    const QString connector =
        m_window->document()->workspace().servers.first().receiveConnectors.first().name;
    const int row = breakAndFind(u"RC-REMOTE-EMPTY"_s, [&](Workspace& w) {
        w.server(server)->receiveConnector(connector)->remoteIPRanges.clear();
    });
    QVERIFY(row >= 0);
    m_window->showPage(PageKind::SendConnectors); // somewhere else first
    activateRow(row);
    ReceiveConnectorPropertiesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ReceiveConnectorPropertiesDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->tabs()->tabText(dialog->tabs()->currentIndex()), u"Network"_s);
    QCOMPARE(m_window->currentPage(), PageKind::ReceiveConnectors);
    QCOMPARE(m_window->resultPane()->selection().first(), connector);
    dialog->reject();
}

void TestValidationPane::activatingSendFindingOpensAddressSpaceTab()
{
    const QString connector = m_window->document()->workspace().sendConnectors.first().name;
    const int row = breakAndFind(u"SC-ADDRESS-EMPTY"_s,
                                 [&](Workspace& w) { w.sendConnector(connector)->addressSpaces.clear(); });
    QVERIFY(row >= 0);
    activateRow(row);
    SendConnectorPropertiesDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SendConnectorPropertiesDialog*>()) && dialog->isVisible());
    auto* tabs = dialog->findChild<QTabWidget*>();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), u"Address Space"_s);
    QCOMPARE(m_window->currentPage(), PageKind::SendConnectors);
    dialog->reject();
}

void TestValidationPane::activatingServerFindingShowsCertificates()
{
    const QString server = m_window->document()->workspace().servers.first().name;
    const int row =
        breakAndFind(u"CERT-SMTP-MISSING"_s, [&](Workspace& w) { w.server(server)->certificates.clear(); });
    QVERIFY(row >= 0);
    activateRow(row);
    QCOMPARE(m_window->currentPage(), PageKind::Certificates);
    QCOMPARE(m_window->currentServer(), server);
}

void TestValidationPane::activatingUnprotectedKeysOpensPassphraseDialog()
{
    const int row = rowOf(u"CERT-KEYS-UNPROTECTED"_s); // the demo's keys have no passphrase
    QVERIFY(row >= 0);
    activateRow(row);
    WorkspacePassphraseDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<WorkspacePassphraseDialog*>()) && dialog->isVisible());
    dialog->reject();
}

void TestValidationPane::activatingTopologyFindingShowsServers()
{
    // The demo without its Hub: the subscribed Edge has nothing to get its lists from.
    const int row = breakAndFind(u"DS-EDGESYNC-NO-HUB"_s, [](Workspace& w) {
        w.servers.removeIf([](const Server& server) { return !server.isEdge(); });
    });
    QVERIFY(row >= 0);
    m_window->showPage(PageKind::SendConnectors); // somewhere else first
    activateRow(row);
    QCOMPARE(m_window->currentPage(), PageKind::Servers);
    QCOMPARE(m_window->resultPane()->selection().first(), u"EDGE01"_s);
}

void TestValidationPane::activatingMissingRootShowsTrustedRoots()
{
    // A trusted certificate without its issuer: the Edge's own certificate, issued by the demo CA,
    // stands in for a partner's intermediate CA whose root was not added.
    QString thumbprint;
    const int row = breakAndFind(u"TRUST-ROOT-MISSING"_s, [&](Workspace& w) {
        const CertificateEntry& smtp = *w.servers.first().smtpCertificate();
        w.trustedRoots = {smtp.certificateDer};
        thumbprint = smtp.thumbprint;
    });
    QVERIFY(row >= 0);
    activateRow(row);
    QCOMPARE(m_window->currentPage(), PageKind::TrustedRoots);
    QCOMPARE(m_window->resultPane()->selection().first(), thumbprint);
}

void TestValidationPane::locationOfEveryObjectKind()
{
    struct Case
    {
        FindingLocation location;
        ObjectKind kind;
        QString field;
    };
    const QList<Case> cases{
        {FindingLocation::ofReceiveConnector(u"EDGE01"_s, u"From Fabrikam"_s).at(u"banner"_s),
         ObjectKind::ReceiveConnector, u"banner"_s},
        {FindingLocation::ofSendConnector(u"To Fabrikam"_s).at(u"addressSpaces"_s), ObjectKind::SendConnector,
         u"addressSpaces"_s},
        {FindingLocation::ofCertificate(u"EDGE01"_s, u"AB12"_s), ObjectKind::Certificate, QString()},
        {FindingLocation::ofListDomain(u"send"_s, u"fabrikam.example"_s), ObjectKind::SecureDomain,
         QString()},
        {FindingLocation::ofServer(u"EDGE01"_s), ObjectKind::Server, QString()},
        {FindingLocation::ofTrustedRoot(u"CD34"_s), ObjectKind::TrustedRoot, QString()},
        {FindingLocation::workspace(), ObjectKind::None, QString()},
    };
    for (const Case& c : cases) {
        Finding finding;
        finding.location = c.location;
        const FindingTarget target = FindingTarget::of(finding);
        QVERIFY2(target.kind == c.kind, qPrintable(c.location.toString()));
        QCOMPARE(target.server, c.location.server);
        QCOMPARE(target.id, c.location.id);
        QCOMPARE(target.field, c.field);
    }
}

void TestValidationPane::modelPassesModelTester()
{
    FindingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(Validator::run(UiTestSupport::demoWorkspace()));
    Finding finding;
    finding.code = u"X"_s;
    finding.severity = Finding::Severity::Warning;
    model.setFindings({finding, finding});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.count(Finding::Severity::Warning), 2);
    QCOMPARE(model.count(Finding::Severity::Error), 0);
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestValidationPane::japaneseSummary()
{
    Translator::install(u"ja"_s);
    QCOMPARE(QLocale().language(), QLocale::Japanese); // dates follow the language too
    QCoreApplication::processEvents();
    auto* label = m_window->findChild<QLabel*>(u"validationSummaryLabel"_s);
    QVERIFY(!label->text().isEmpty());
    for (const QChar c : label->text())
        QVERIFY2(!c.isLetter() || c.unicode() > 0x2000, qPrintable(label->text())); // no Latin words
    QCOMPARE(m_window->findChild<QDockWidget*>(u"validationDock"_s)->windowTitle().isEmpty(), false);
    QVERIFY(m_window->findChild<QDockWidget*>(u"validationDock"_s)->windowTitle() != u"Validation"_s);
    Translator::install(u"en"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
}

QTEST_MAIN(TestValidationPane)
#include "tst_validationpane.moc"
