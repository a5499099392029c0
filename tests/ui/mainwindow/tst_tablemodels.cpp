#include "certificates/certificatetablemodel.h"
#include "certificates/trustedroottablemodel.h"
#include "connectors/receiveconnectortablemodel.h"
#include "connectors/sendconnectortablemodel.h"
#include "document/workspacedocument.h"
#include "domainsecurity/domainsecuretablemodel.h"
#include "mainwindow/navigationmodel.h"
#include "mainwindow/servertablemodel.h"
#include "operations/partnerpinoperations.h"
#include "partnerpki.h"
#include "uitestsupport.h"
#include "util/clock.h"
#include "widgets/icons.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// Every item model of the window under QAbstractItemModelTester, through edits and undo.
class TestTableModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTester_data();
    void modelsPassTester();
    void navigationModelPassesTester();
    void certificateStatusFollowsClock();
    void certificateStatusShowsUntrusted();
    void domainSecurityShowsConnectors();
    void domainSecurityShowsPins();

private:
    std::unique_ptr<WorkspaceTableModel> make(const QString& kind, WorkspaceDocument* document);
};

void TestTableModels::initTestCase()
{
    UiTestSupport::initGuiTest();
}

std::unique_ptr<WorkspaceTableModel> TestTableModels::make(const QString& kind, WorkspaceDocument* document)
{
    std::unique_ptr<WorkspaceTableModel> model;
    if (kind == u"servers"_s)
        model = std::make_unique<ServerTableModel>(document);
    else if (kind == u"receive"_s)
        model = std::make_unique<ReceiveConnectorTableModel>(document);
    else if (kind == u"send"_s)
        model = std::make_unique<SendConnectorTableModel>(document);
    else if (kind == u"domains"_s)
        model = std::make_unique<DomainSecureTableModel>(document);
    else if (kind == u"certificates"_s)
        model = std::make_unique<CertificateTableModel>(document);
    else
        model = std::make_unique<TrustedRootTableModel>(document);
    model->setServer(u"EDGE01"_s);
    return model;
}

void TestTableModels::modelsPassTester_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    QTest::newRow("servers") << u"servers"_s << 2; // the demo's EDGE01 and HUB01
    QTest::newRow("receive") << u"receive"_s << 1;
    QTest::newRow("send") << u"send"_s << 1;
    QTest::newRow("domains") << u"domains"_s << 1;
    QTest::newRow("certificates") << u"certificates"_s << 2;
    QTest::newRow("roots") << u"roots"_s << 1; // the demo CA
}

void TestTableModels::modelsPassTester()
{
    QFETCH(QString, kind);
    QFETCH(int, rows);
    WorkspaceDocument document;
    document.reset(UiTestSupport::demoWorkspace(), {});
    auto model = make(kind, &document);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), rows);
    for (int row = 0; row < rows; ++row) {
        QVERIFY(!model->idAt(row).isEmpty());
        QCOMPARE(model->rowOf(model->idAt(row)), row);
        QCOMPARE(model->index(row, 0).data(WorkspaceTableModel::IdRole).toString(), model->idAt(row));
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).isValid());
    }
    proxy.sort(0);
    // Edits reset the model; the testers check the signals.
    QVERIFY(document
                .edit(u"clear"_s,
                      [](Workspace& w) {
                          w.servers.first().receiveConnectors.clear();
                          w.servers.first().certificates.clear();
                          w.sendConnectors.clear();
                          w.domainSecure.send.clear();
                          w.domainSecure.receive.clear();
                          return Status();
                      })
                .ok());
    document.undoStack()->undo();
    QCOMPARE(model->rowCount(), rows);
    model->setServer(u"NOSUCH"_s);
    model->setServer(u"EDGE01"_s);
}

void TestTableModels::navigationModelPassesTester()
{
    NavigationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Workspace workspace = UiTestSupport::demoWorkspace();
    model.update(workspace);
    QVERIFY(model.indexOf(PageKind::Certificates, u"EDGE01"_s).isValid());
    workspace.servers << Server{u"EDGE02"_s, u"mail2.contoso.example"_s};
    model.update(workspace);
    QVERIFY(model.indexOf(PageKind::ReceiveConnectors, u"EDGE02"_s).isValid());
    model.retranslate();
    // Each server shows its role: icon, tooltip, and the tree follows a role change.
    const auto roleOf = [&](const QString& server) {
        const QModelIndex index = model.indexOf(PageKind::Server, server);
        return qMakePair(index.data(NavigationModel::EdgeRole).toBool(),
                         index.data(Qt::ToolTipRole).toString());
    };
    QCOMPARE(roleOf(u"EDGE01"_s), qMakePair(true, u"EDGE01 (Edge Transport)"_s));
    QCOMPARE(roleOf(u"HUB01"_s), qMakePair(false, u"HUB01 (Hub Transport)"_s));
    const QModelIndex edge = model.indexOf(PageKind::Server, u"EDGE01"_s);
    const QModelIndex hub = model.indexOf(PageKind::Server, u"HUB01"_s);
    QCOMPARE(edge.data(Qt::DecorationRole).value<QIcon>().cacheKey(), Icons::server(true).cacheKey());
    QCOMPARE(hub.data(Qt::DecorationRole).value<QIcon>().cacheKey(), Icons::server(false).cacheKey());
    QVERIFY(Icons::server(true).cacheKey() != Icons::server(false).cacheKey());
    workspace.server(u"EDGE02"_s)->role = ServerRole::Hub;
    model.update(workspace);
    QCOMPARE(roleOf(u"EDGE02"_s), qMakePair(false, u"EDGE02 (Hub Transport)"_s));
}

void TestTableModels::certificateStatusFollowsClock()
{
    WorkspaceDocument document;
    document.reset(UiTestSupport::demoWorkspace(), {});
    CertificateTableModel model(&document);
    model.setServer(u"EDGE01"_s);
    const QModelIndex status = model.index(0, CertificateTableModel::StatusColumn);
    // The demo certificate is issued for a year from now: move the clock relative to its dates.
    const CertificateEntry& entry = document.workspace().servers.first().certificates.first();
    QVERIFY(entry.notAfter.isValid());
    FixedClock clock(entry.notBefore.addDays(1));
    // Restores the previous clock on every way out, also when a comparison fails: a dangling
    // FixedClock crashes later tests.
    struct ClockGuard
    {
        const Clock* previous = &Clock::current();
        ~ClockGuard() { Clock::setCurrent(previous); }
    } guard;
    Clock::setCurrent(&clock);
    QCOMPARE(status.data().toString(), u"Valid"_s);
    QVERIFY(!status.data(Qt::ForegroundRole).isValid());
    clock.setTime(entry.notAfter.addDays(-10));
    QCOMPARE(status.data().toString(), u"Expiring soon"_s);
    clock.setTime(entry.notAfter.addDays(1));
    QCOMPARE(status.data().toString(), u"Expired"_s);
    QVERIFY(status.data(Qt::ForegroundRole).isValid());
    clock.setTime(entry.notBefore.addDays(-1));
    QCOMPARE(status.data().toString(), u"Not yet valid"_s);
    Clock::setCurrent(guard.previous);
    QCOMPARE(model.index(1, CertificateTableModel::StatusColumn).data().toString(), u"Pending request"_s);
    QCOMPARE(model.kindAt(1), ObjectKind::PendingRequest);
}

void TestTableModels::certificateStatusShowsUntrusted()
{
    WorkspaceDocument document;
    Workspace workspace = UiTestSupport::demoWorkspace();
    const QList<QByteArray> roots = workspace.trustedRoots;
    workspace.trustedRoots.clear(); // the demo CA is no longer trusted
    workspace.servers.first().certificates.first().chainDer.clear();
    document.reset(workspace, {});
    CertificateTableModel model(&document);
    model.setServer(u"EDGE01"_s);
    QCOMPARE(model.index(0, CertificateTableModel::StatusColumn).data().toString(), u"Untrusted"_s);
    QVERIFY(model.index(0, CertificateTableModel::StatusColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, CertificateTableModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
    // Trusting the root again (an edit) is seen at once: the model's trust cache follows the workspace.
    QVERIFY(document
                .edit(u"trust"_s,
                      [&roots](Workspace& w) {
                          w.trustedRoots = roots;
                          return Status();
                      })
                .ok());
    QCOMPARE(model.index(0, CertificateTableModel::StatusColumn).data().toString(), u"Valid"_s);
}

void TestTableModels::domainSecurityShowsConnectors()
{
    WorkspaceDocument document;
    document.reset(UiTestSupport::demoWorkspace(), {});
    DomainSecureTableModel model(&document);
    QCOMPARE(model.index(0, DomainSecureTableModel::SendConnectorColumn).data().toString(), u"To Fabrikam"_s);
    QCOMPARE(model.index(0, DomainSecureTableModel::ReceiveConnectorColumn).data().toString(),
             u"EDGE01\\From Fabrikam"_s);
    QCOMPARE(model.index(0, DomainSecureTableModel::CertificateColumn).data().toString(), u"Ready"_s);

    // Findings on the domain's list entries (from the Validation pane), counted per domain.
    const QString domain = model.index(0, DomainSecureTableModel::DomainColumn).data().toString();
    QCOMPARE(model.index(0, DomainSecureTableModel::FindingsColumn).data().toString(), u"None"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Finding error;
    error.location = FindingLocation::ofListDomain(u"send"_s, domain.toUpper());
    Finding warning = error;
    warning.severity = Finding::Severity::Warning;
    Finding elsewhere = error;
    elsewhere.location = FindingLocation::ofListDomain(u"receive"_s, u"other.example"_s);
    model.setFindings({error, warning, elsewhere});
    QCOMPARE(changed.count(), 1);
    const QString text = model.index(0, DomainSecureTableModel::FindingsColumn).data().toString();
    QVERIFY2(text.contains(u"1 error"_s) && text.contains(u"1 warning"_s), qPrintable(text));
}

void TestTableModels::domainSecurityShowsPins()
{
    Workspace workspace = UiTestSupport::demoWorkspace();
    WorkspaceDocument document;
    document.reset(workspace, {});
    DomainSecureTableModel model(&document);
    const QString domain = model.index(0, DomainSecureTableModel::DomainColumn).data().toString();
    QCOMPARE(model.index(0, DomainSecureTableModel::PinsColumn).data().toString(), u"None"_s);

    QTemporaryDir dir;
    QVERIFY(PartnerPki::makeCa(dir.path(), u"ca"_s, u"Partner Root"_s));
    QVERIFY(PartnerPki::makeLeaf(dir.path(), u"ca"_s, u"mx"_s, {u"mx."_s + domain, domain}));
    auto pinned = PartnerPinOperations::addCertificate(
        workspace, domain, TestSupport::readFile(dir.filePath(u"mx.pem"_s)), u"mx.pem"_s);
    QVERIFY2(pinned.ok(), qPrintable(pinned.errorMessage()));
    document.reset(pinned->workspace, {});
    const QString pin = pinned->added.pin;
    const QString shown = model.index(0, DomainSecureTableModel::PinsColumn).data().toString();
    QVERIFY2(shown.startsWith(pin.left(12)), qPrintable(shown));
    const QString tip = model.index(0, DomainSecureTableModel::PinsColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(pin) && tip.contains(u"CN=mx."_s + domain), qPrintable(tip));
}

QTEST_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
