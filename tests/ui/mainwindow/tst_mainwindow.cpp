#include "commands/actionregistry.h"
#include "document/workspacedocument.h"
#include "document/workspacetablemodel.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/actionspane.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/resultpane.h"
#include "mainwindow/servertablemodel.h"
#include "store/workspacefile.h"
#include "uitestsupport.h"
#include "util/translator.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensDemoWorkspace();
    void treeShowsObjects();
    void resultPaneListsObjects();
    void columnsFitTheOpenedWorkspace();
    void filterNarrowsRows();
    void actionsPaneFollowsSelection();
    void serversPageListsBothRoles();
    void edgeSubscriptionIsEditedFromTheServersPage();
    void contextAndMenuShareActions();
    void removeIsUndoable();
    void closePromptsWhenDirty();
    void offersRecoveryCopy();
    void openErrorIsShown();
    void menusAreJapanese();
    void aboutShowsTheVersion();

private:
    void selectFirstRow(MainWindow& window);
    QStringList paneButtons(MainWindow& window);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    UiTestSupport::initGuiTest();
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    Translator::install(u"en"_s);
    m_path = m_dir.filePath(u"demo.dsw"_s);
    QFile::remove(m_path + u".recovery"_s);
    QVERIFY(WorkspaceFile::save(UiTestSupport::demoWorkspace(), m_path).ok());
}

void TestMainWindow::selectFirstRow(MainWindow& window)
{
    QTableView* view = window.findChild<QTableView*>(u"resultView"_s);
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 0);
    view->selectRow(0);
}

QStringList TestMainWindow::paneButtons(MainWindow& window)
{
    QStringList names;
    for (QToolButton* button : window.actionsPane()->findChildren<QToolButton*>())
        names << button->objectName();
    return names;
}

void TestMainWindow::opensDemoWorkspace()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(u"demo.dsw"_s));
    QCOMPARE(window.document()->workspace().organization, u"Contoso"_s);
    QVERIFY(!window.document()->isModified());
}

void TestMainWindow::treeShowsObjects()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    QTreeView* tree = window.findChild<QTreeView*>(u"navigationTree"_s);
    QVERIFY(tree);
    QAbstractItemModel* model = tree->model();
    for (const QString& text :
         {u"Organization (Contoso)"_s, u"Send Connectors"_s, u"Domain Security"_s, u"Trusted Roots"_s,
          u"Servers"_s, u"EDGE01"_s, u"Certificates"_s, u"Receive Connectors"_s}) {
        const QModelIndexList found =
            model->match(model->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY2(!found.isEmpty(), qPrintable(text));
    }
    // Certificates and Receive Connectors hang below the server.
    const QModelIndex edge =
        model->match(model->index(0, 0), Qt::DisplayRole, u"EDGE01"_s, 1, Qt::MatchRecursive).value(0);
    QCOMPARE(model->rowCount(edge), 2);
    QCOMPARE(model->index(0, 0, edge).data().toString(), u"Certificates"_s);
}

void TestMainWindow::resultPaneListsObjects()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    QTableView* view = window.findChild<QTableView*>(u"resultView"_s);

    window.showPage(PageKind::ReceiveConnectors, u"EDGE01"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"From Fabrikam"_s);

    window.showPage(PageKind::SendConnectors);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"To Fabrikam"_s);

    window.showPage(PageKind::DomainSecurity);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"fabrikam.example"_s);

    // Clicking a tree item changes the page too.
    QTreeView* tree = window.findChild<QTreeView*>(u"navigationTree"_s);
    const QModelIndex certificates =
        tree->model()
            ->match(tree->model()->index(0, 0), Qt::DisplayRole, u"Certificates"_s, 1, Qt::MatchRecursive)
            .value(0);
    tree->setCurrentIndex(certificates);
    QCOMPARE(window.currentPage(), PageKind::Certificates);
    QCOMPARE(view->model()->rowCount(), 2); // the certificate and the pending request
}

// The window shows its first page before the workspace is read; once rows arrive the columns must
// fit them ("EDGE01", not "ED..."), and after that keep the widths the user gives them.
void TestMainWindow::columnsFitTheOpenedWorkspace()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), PageKind::Organization);
    QTableView* view = window.findChild<QTableView*>(u"resultView"_s);
    QVERIFY(view->model()->rowCount() > 0);
    const QAbstractItemView* cells = view; // sizeHintForColumn() is public here
    for (int column = 0; column < view->model()->columnCount() - 1; ++column) {
        QVERIFY2(view->columnWidth(column) >= cells->sizeHintForColumn(column),
                 qPrintable(u"column %1: %2 < %3"_s.arg(column)
                                .arg(view->columnWidth(column))
                                .arg(cells->sizeHintForColumn(column))));
    }

    view->setColumnWidth(0, 300);
    window.document()->setWorkspace(window.document()->workspace()); // the models reset
    QCOMPARE(view->model()->rowCount(), 2);                          // EDGE01 and HUB01
    QCOMPARE(view->columnWidth(0), 300);
}

void TestMainWindow::filterNarrowsRows()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    window.showPage(PageKind::Certificates, u"EDGE01"_s);
    QTableView* view = window.findChild<QTableView*>(u"resultView"_s);
    QCOMPARE(view->model()->rowCount(), 2);
    QLineEdit* filter = window.findChild<QLineEdit*>(u"filterEdit"_s);
    QVERIFY(!filter->isClearButtonEnabled()); // turned on with the first text (start-up cost)
    QTest::keyClicks(filter, u"Renewal"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(filter->isClearButtonEnabled());
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestMainWindow::actionsPaneFollowsSelection()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    window.show();

    window.showPage(PageKind::ReceiveConnectors, u"EDGE01"_s);
    QVERIFY(!paneButtons(window).contains(u"actionsPaneButton_receive.remove"_s));
    selectFirstRow(window);
    QVERIFY2(paneButtons(window).contains(u"actionsPaneButton_receive.remove"_s),
             qPrintable(paneButtons(window).join(u' ')));
    QVERIFY(window.actionRegistry()->action(u"receive.remove"_s)->isEnabled());

    window.showPage(PageKind::Certificates, u"EDGE01"_s);
    selectFirstRow(window);
    const QStringList certificateButtons = paneButtons(window);
    QVERIFY(certificateButtons.contains(u"actionsPaneButton_cert.copyThumbprint"_s));
    QVERIFY(!certificateButtons.contains(u"actionsPaneButton_receive.remove"_s));
    QVERIFY(!window.actionRegistry()->action(u"receive.remove"_s)->isEnabled());

    // The pending request row offers its own actions, not the certificate's.
    window.findChild<QTableView*>(u"resultView"_s)->selectRow(1);
    const QStringList requestButtons = paneButtons(window);
    QVERIFY(requestButtons.contains(u"actionsPaneButton_request.remove"_s));
    QVERIFY(!requestButtons.contains(u"actionsPaneButton_cert.copyThumbprint"_s));
}

void TestMainWindow::serversPageListsBothRoles()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    QAbstractItemModel* tree = window.navigationView()->model();
    const QModelIndex servers =
        tree->match(tree->index(0, 0), Qt::DisplayRole, u"Servers"_s, 1, Qt::MatchRecursive).value(0);
    QVERIFY(servers.isValid());
    QStringList names;
    for (int row = 0; row < tree->rowCount(servers); ++row)
        names << tree->index(row, 0, servers).data().toString();
    QCOMPARE(names, (QStringList{u"EDGE01"_s, u"HUB01"_s}));

    window.showPage(PageKind::Servers);
    QAbstractItemModel* model = window.findChild<QTableView*>(u"resultView"_s)->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->headerData(ServerTableModel::EdgeSyncColumn, Qt::Horizontal).toString(),
             u"Edge subscription"_s);
    QHash<QString, QStringList> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.insert(model->index(row, ServerTableModel::NameColumn).data().toString(),
                    {model->index(row, ServerTableModel::RoleColumn).data().toString(),
                     model->index(row, ServerTableModel::EdgeSyncColumn).data().toString()});
    QCOMPARE(rows.value(u"EDGE01"_s), (QStringList{u"Edge Transport"_s, u"Subscribed"_s}));
    QCOMPARE(rows.value(u"HUB01"_s), (QStringList{u"Hub Transport"_s, QString()}));
}

void TestMainWindow::edgeSubscriptionIsEditedFromTheServersPage()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    window.show();
    window.showPage(PageKind::Servers);
    window.resultPane()->select({u"EDGE01"_s});
    QVERIFY2(paneButtons(window).contains(u"actionsPaneButton_server.properties"_s),
             qPrintable(paneButtons(window).join(u' ')));
    QAction* properties = window.actionRegistry()->action(u"server.properties"_s);
    QVERIFY(properties->isEnabled());
    properties->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(u"serverPropertiesDialog"_s)) != nullptr);
    auto* sync = dialog->findChild<QComboBox*>(u"edgeSyncComboBox"_s);
    QVERIFY(sync->isEnabled());
    QCOMPARE(sync->currentData().toInt(), int(EdgeSync::Subscribed));
    sync->setCurrentIndex(sync->findData(int(EdgeSync::Standalone)));
    dialog->accept();
    QVERIFY(!window.document()->workspace().server(u"EDGE01"_s)->isSubscribedEdge());
    QAbstractItemModel* model = window.findChild<QTableView*>(u"resultView"_s)->model();
    QCOMPARE(model->index(0, ServerTableModel::EdgeSyncColumn).data().toString(), u"Standalone"_s);

    // One undo step, named by the operation.
    QCOMPARE(window.document()->undoStack()->undoText(), u"Change server EDGE01"_s);
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->workspace().server(u"EDGE01"_s)->isSubscribedEdge());
    QCOMPARE(model->index(0, ServerTableModel::EdgeSyncColumn).data().toString(), u"Subscribed"_s);
}

void TestMainWindow::contextAndMenuShareActions()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    window.showPage(PageKind::Certificates, u"EDGE01"_s);
    selectFirstRow(window);
    QAction* copy = window.actionRegistry()->action(u"cert.copyThumbprint"_s);
    QVERIFY(window.menu(u"action"_s)->actions().contains(copy));
    QVERIFY(window.actionsPane()->actions().contains(copy));
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             window.document()->workspace().server(u"EDGE01"_s)->certificates.first().thumbprint);
}

void TestMainWindow::removeIsUndoable()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    window.showPage(PageKind::ReceiveConnectors, u"EDGE01"_s);
    selectFirstRow(window);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.actionRegistry()->action(u"receive.remove"_s)->trigger();
    QVERIFY(window.document()->workspace().server(u"EDGE01"_s)->receiveConnectors.isEmpty());
    QVERIFY(window.document()->isModified());
    QVERIFY(window.isWindowModified());

    QAction* undo = window.findChild<QAction*>(u"action_edit.undo"_s);
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(window.document()->workspace().server(u"EDGE01"_s)->receiveConnectors.size(), 1);
    QVERIFY(!window.document()->isModified());
    window.findChild<QAction*>(u"action_edit.redo"_s)->trigger();
    QVERIFY(window.document()->workspace().server(u"EDGE01"_s)->receiveConnectors.isEmpty());

    // Answering No changes nothing.
    window.document()->undoStack()->undo();
    selectFirstRow(window);
    MessageBox::setNextAnswer(QMessageBox::No);
    window.actionRegistry()->action(u"receive.remove"_s)->trigger();
    QCOMPARE(window.document()->workspace().server(u"EDGE01"_s)->receiveConnectors.size(), 1);
}

void TestMainWindow::closePromptsWhenDirty()
{
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    window.show();
    QVERIFY(window.document()
                ->edit(u"rename"_s,
                       [](Workspace& w) {
                           w.organization = u"Renamed"_s;
                           return Status();
                       })
                .ok());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());

    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(window.close());
    QCOMPARE(WorkspaceFile::load(m_path)->organization, u"Renamed"_s);
}

void TestMainWindow::offersRecoveryCopy()
{
    {
        MainWindow window;
        QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
        QVERIFY(window.document()
                    ->edit(u"rename"_s,
                           [](Workspace& w) {
                               w.organization = u"Unsaved"_s;
                               return Status();
                           })
                    .ok());
        QVERIFY(window.document()->writeRecovery().ok());
        QVERIFY(QFile::exists(m_path + u".recovery"_s));
        MessageBox::setNextAnswer(QMessageBox::Discard); // a "crash": leave without saving, keep the copy
        window.document()->undoStack()->clear();
    }
    QVERIFY(QFile::exists(m_path + u".recovery"_s));
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(u"demo.dsw"_s));
    QCOMPARE(window.document()->workspace().organization, u"Unsaved"_s);
    QVERIFY(window.document()->isModified());
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->workspace().organization, u"Contoso"_s);

    // Saving removes the copy.
    QVERIFY(window.document()->save().ok());
    QVERIFY(!QFile::exists(m_path + u".recovery"_s));
}

void TestMainWindow::openErrorIsShown()
{
    const QString bad = m_dir.filePath(u"bad.dsw"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": ");
    file.close();
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    const int before = MessageBox::count();
    QVERIFY(!window.openFile(bad));
    QCOMPARE(MessageBox::count(), before + 1);
    QVERIFY2(MessageBox::lastText().contains(u"bad.dsw"_s), qPrintable(MessageBox::lastText()));
    // The open workspace stays.
    QCOMPARE(window.document()->workspace().organization, u"Contoso"_s);
}

void TestMainWindow::menusAreJapanese()
{
    Translator::install(u"ja"_s);
    MainWindow window;
    QVERIFY2(window.openFile(m_path), qPrintable(MessageBox::lastText()));
    const QList<std::pair<QString, const char*>> menus = {{u"file"_s, "&File"},   {u"edit"_s, "&Edit"},
                                                          {u"view"_s, "&View"},   {u"action"_s, "&Action"},
                                                          {u"tools"_s, "&Tools"}, {u"help"_s, "&Help"}};
    for (const auto& [name, source] : menus) {
        const QString title = window.menu(name)->title();
        QCOMPARE(title, QCoreApplication::translate("ds::ui::MainWindow", source));
        if (Translator::installedLanguage() == u"ja"_s)
            QVERIFY2(title != QString::fromLatin1(source), qPrintable(name + u": not translated"_s));
    }
    // Command texts come from the translation too.
    QCOMPARE(window.actionRegistry()->action(u"file.open"_s)->text(),
             QCoreApplication::translate("Commands", "&Open Workspace..."));
    Translator::install(u"en"_s);
    QTRY_COMPARE(window.menu(u"file"_s)->title(), u"&File"_s);
}

// The About dialog names the version set once in CMake (project(... VERSION), passed as DS_VERSION),
// the same that "domainsecure --version" and "domainsecure-cli --version" print.
void TestMainWindow::aboutShowsTheVersion()
{
    AboutDialog dialog;
    auto* text = dialog.findChild<QLabel*>(u"aboutTextLabel"_s);
    QVERIFY(text);
    QVERIFY2(text->text().contains(u"<h2>DomainSecure "_s + QStringLiteral(DS_VERSION) + u"</h2>"_s),
             qPrintable(text->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
