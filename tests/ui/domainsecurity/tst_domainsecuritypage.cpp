#include "document/workspacedocument.h"
#include "domainsecurity/domainsecurelistmodel.h"
#include "domainsecurity/domainsecuritypage.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

using Direction = DomainSecureLists::Direction;

// The Domain Security page: both lists with each domain's state, undoable add and remove.
class TestDomainSecurityPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void modelsPassTheTester();
    void demoDomainIsServed();
    void addDomainIsUndoable();
    void badDomainIsRefused();
    void removeSelectedIsUndoable();
    void stateFollowsTheConnectors();

private:
    static QString cell(DomainSecureListModel* model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }
    WorkspaceDocument* m_document = nullptr;
    Workspace m_demo;
};

void TestDomainSecurityPage::initTestCase()
{
    UiTestSupport::initGuiTest();
    m_demo = UiTestSupport::demoWorkspace();
}

void TestDomainSecurityPage::init()
{
    delete m_document;
    m_document = new WorkspaceDocument(this);
    m_document->reset(m_demo, {});
}

void TestDomainSecurityPage::modelsPassTheTester()
{
    DomainSecureListModel send(m_document, Direction::Send);
    DomainSecureListModel receive(m_document, Direction::Receive);
    QAbstractItemModelTester sendTester(&send, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester receiveTester(&receive, QAbstractItemModelTester::FailureReportingMode::QtTest);
    (void)m_document->edit(u"add"_s, [](Workspace& w) {
        (void)w.domainSecure.add(Direction::Send, u"woodgrove.example"_s);
        return Status();
    });
    QCOMPARE(send.rowCount(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(send.rowCount(), 1);
}

void TestDomainSecurityPage::demoDomainIsServed()
{
    DomainSecurityPage page(m_document);
    DomainSecureListModel* send = page.model(Direction::Send);
    DomainSecureListModel* receive = page.model(Direction::Receive);
    QCOMPARE(send->rowCount(), 1);
    QCOMPARE(cell(send, 0, DomainSecureListModel::DomainColumn), u"fabrikam.example"_s);
    QCOMPARE(cell(send, 0, DomainSecureListModel::ConnectorColumn), u"To Fabrikam"_s);
    QCOMPARE(cell(send, 0, DomainSecureListModel::DomainSecurityColumn), u"On, TLS required"_s);
    QCOMPARE(cell(receive, 0, DomainSecureListModel::ConnectorColumn), u"EDGE01\\From Fabrikam"_s);
    QCOMPARE(cell(receive, 0, DomainSecureListModel::DomainSecurityColumn), u"On, TLS required"_s);
    QVERIFY(send->stateAt(0) != DomainSecureListModel::State::Error);
    QVERIFY(receive->stateAt(0) != DomainSecureListModel::State::Error);
    QCOMPARE(cell(send, 0, DomainSecureListModel::CertificateColumn).isEmpty(), false);
}

void TestDomainSecurityPage::addDomainIsUndoable()
{
    DomainSecurityPage page(m_document);
    page.show();
    auto* edit = page.findChild<QLineEdit*>(u"receiveDomainEdit"_s);
    QTest::keyClicks(edit, u"Woodgrove.Example"_s);
    QTest::mouseClick(page.findChild<QPushButton*>(u"receiveAddButton"_s), Qt::LeftButton);
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(m_document->workspace().domainSecure.receive,
             (QStringList{u"fabrikam.example"_s, u"woodgrove.example"_s}));
    QCOMPARE(m_document->workspace().domainSecure.send, QStringList{u"fabrikam.example"_s});
    DomainSecureListModel* receive = page.model(Direction::Receive);
    QCOMPARE(receive->rowCount(), 2);
    // No connector serves it yet.
    QCOMPARE(cell(receive, 1, DomainSecureListModel::ConnectorColumn), u"None"_s);
    QCOMPARE(receive->stateAt(1), DomainSecureListModel::State::Error);
    QVERIFY(!receive->findingsAt(1).isEmpty());
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(receive->rowCount(), 1);
    QCOMPARE(m_document->workspace(), m_demo);
}

void TestDomainSecurityPage::badDomainIsRefused()
{
    DomainSecurityPage page(m_document);
    QVERIFY(!page.addDomains(Direction::Send, u"*.woodgrove.example"_s));
    QVERIFY(!page.errorText(Direction::Send).isEmpty());
    QVERIFY(!page.findChild<QLabel*>(u"sendErrorLabel"_s)->isHidden());
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->workspace(), m_demo);
    // Several at once, one bad: none is added.
    QVERIFY(!page.addDomains(Direction::Send, u"a.example, bad domain"_s));
    QCOMPARE(m_document->workspace(), m_demo);
}

void TestDomainSecurityPage::removeSelectedIsUndoable()
{
    DomainSecurityPage page(m_document);
    page.show();
    QTableView* view = page.view(Direction::Send);
    auto* remove = page.findChild<QPushButton*>(u"sendRemoveButton"_s);
    QVERIFY(!remove->isEnabled());
    view->selectRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_document->workspace().domainSecure.send.isEmpty());
    QCOMPARE(m_document->workspace().domainSecure.receive, QStringList{u"fabrikam.example"_s});
    QCOMPARE(page.model(Direction::Send)->rowCount(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->workspace(), m_demo);
    QCOMPARE(page.model(Direction::Send)->rowCount(), 1);
}

void TestDomainSecurityPage::stateFollowsTheConnectors()
{
    DomainSecurityPage page(m_document);
    DomainSecureListModel* send = page.model(Direction::Send);
    (void)m_document->edit(u"off"_s, [](Workspace& w) {
        w.sendConnector(u"To Fabrikam"_s)->domainSecureEnabled = false;
        return Status();
    });
    QCOMPARE(cell(send, 0, DomainSecureListModel::DomainSecurityColumn), u"Off"_s);
    QCOMPARE(send->stateAt(0), DomainSecureListModel::State::Error);
    QCOMPARE(send->index(0, 0).data(DomainSecureListModel::StateRole).toInt(),
             int(DomainSecureListModel::State::Error));
    m_document->undoStack()->undo();
    QCOMPARE(cell(send, 0, DomainSecureListModel::DomainSecurityColumn), u"On, TLS required"_s);
    (void)m_document->edit(u"no cert"_s, [](Workspace& w) {
        w.servers.first().certificates.clear();
        return Status();
    });
    QCOMPARE(send->stateAt(0), DomainSecureListModel::State::Error);
    QVERIFY(cell(send, 0, DomainSecureListModel::CertificateColumn).contains(u"EDGE01"_s));
}

QTEST_MAIN(TestDomainSecurityPage)
#include "tst_domainsecuritypage.moc"
