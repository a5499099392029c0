#include "mainwindow.h"

#include "actionspane.h"
#include "certificates/certificatecommands.h"
#include "certificates/certificatefiledrophandler.h"
#include "certificates/certificatetablemodel.h"
#include "certificates/trustedroottablemodel.h"
#include "commands/actionregistry.h"
#include "connectors/connectorcommands.h"
#include "connectors/receiveconnectortablemodel.h"
#include "connectors/sendconnectortablemodel.h"
#include "document/workspacedocument.h"
#include "domainsecurity/domainsecuretablemodel.h"
#include "domainsecurity/domainsecuritycommands.h"
#include "export/exportcommands.h"
#include "navigationmodel.h"
#include "organization/organizationcommands.h"
#include "probe/probecommands.h"
#include "resultpane.h"
#include "servers/servercommands.h"
#include "servertablemodel.h"
#include "settings/appsettings.h"
#include "validate/finding.h"
#include "validation/findingtablemodel.h"
#include "validation/findingtarget.h"
#include "validation/validationpane.h"
#include "widgets/icons.h"
#include "widgets/messagebox.h"
#include "windowcommands.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new WorkspaceDocument(this))
    , m_registry(new ActionRegistry([this] { return context(); }, this))
    , m_navigationModel(new NavigationModel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::get(u"domainsecure"_s));
    setAcceptDrops(true);

    m_models.insert(int(PageKind::Organization), new ServerTableModel(m_document, this));
    m_models.insert(int(PageKind::Servers), m_models.value(int(PageKind::Organization)));
    m_models.insert(int(PageKind::Server), m_models.value(int(PageKind::Organization)));
    m_models.insert(int(PageKind::SendConnectors), new SendConnectorTableModel(m_document, this));
    m_models.insert(int(PageKind::DomainSecurity), new DomainSecureTableModel(m_document, this));
    m_models.insert(int(PageKind::TrustedRoots), new TrustedRootTableModel(m_document, this));
    m_models.insert(int(PageKind::Certificates), new CertificateTableModel(m_document, this));
    m_models.insert(int(PageKind::ReceiveConnectors), new ReceiveConnectorTableModel(m_document, this));
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it)
        it.value()->setObjectName(
            QString::fromLatin1(it.value()->metaObject()->className()).section(u"::"_s, -1));

    m_resultPane = new ResultPane(this);
    setCentralWidget(m_resultPane);
    createDocks();
    registerCommands();
    createMenus();
    createToolBar();
    statusBar()->setObjectName(u"statusBar"_s);
    new CertificateFileDropHandler(this);

    connect(m_document, &WorkspaceDocument::workspaceChanged, this, [this] {
        m_navigationModel->update(m_document->workspace());
        m_navigationView->expandAll();
        if (!m_navigationView->currentIndex().isValid())
            showPage(m_page, m_pageServer);
        updateTitle();
        updateActions();
    });
    connect(m_document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(m_resultPane, &ResultPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_resultPane, &ResultPane::activated, this, &MainWindow::activateDefault);
    connect(m_resultPane, &ResultPane::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigationChanged);

    m_navigationModel->update(m_document->workspace());
    retranslate();
    restoreSettings();
    showPage(PageKind::Organization);
    setTabOrder(m_navigationView, m_resultPane->filterEdit());
    setTabOrder(m_resultPane->filterEdit(), m_resultPane->view());
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_navigationView = new QTreeView(this);
    m_navigationView->setObjectName(u"navigationTree"_s);
    m_navigationView->setModel(m_navigationModel);
    m_navigationView->setHeaderHidden(true);
    m_navigationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigationView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navigationView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showNavigationContextMenu);
    m_navigationDock = new QDockWidget(this);
    m_navigationDock->setObjectName(u"navigationDock"_s);
    m_navigationDock->setWidget(m_navigationView);
    m_navigationDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigationDock);

    m_actionsPane = new ActionsPane(this);
    m_actionsDock = new QDockWidget(this);
    m_actionsDock->setObjectName(u"actionsDock"_s);
    m_actionsDock->setWidget(m_actionsPane);
    m_actionsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_actionsDock);

    m_validationPane = new ValidationPane(m_document, this);
    m_validationDock = new QDockWidget(this);
    m_validationDock->setObjectName(u"validationDock"_s);
    m_validationDock->setWidget(m_validationPane);
    m_validationDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_validationDock);
    connect(m_validationPane, &ValidationPane::findingActivated, this, &MainWindow::openFinding);
    auto* domainSecurity = static_cast<DomainSecureTableModel*>(modelFor(PageKind::DomainSecurity));
    connect(m_validationPane, &ValidationPane::findingsChanged, domainSecurity,
            [this, domainSecurity] { domainSecurity->setFindings(m_validationPane->model()->findings()); });
}

void MainWindow::registerCommands()
{
    WindowCommands::registerAll(m_registry, this);
    ConnectorCommands::registerAll(m_registry);
    CertificateCommands::registerAll(m_registry);
    DomainSecurityCommands::registerAll(m_registry);
    ExportCommands::registerAll(m_registry);
    ProbeCommands::registerAll(m_registry);
    ServerCommands::registerAll(m_registry);
    OrganizationCommands::registerAll(m_registry);
}

void MainWindow::addToMenu(const QString& name, const QStringList& actionIds)
{
    QMenu* menu = m_menus.value(name);
    if (!menu)
        return;
    for (const QString& id : actionIds) {
        if (id.isEmpty())
            menu->addSeparator();
        else if (QAction* action = m_registry->action(id))
            menu->addAction(action);
    }
}

void MainWindow::createMenus()
{
    for (const QString& name : {u"file"_s, u"edit"_s, u"view"_s, u"action"_s, u"tools"_s, u"help"_s}) {
        QMenu* menu = menuBar()->addMenu(QString());
        menu->setObjectName(name + u"Menu"_s);
        m_menus.insert(name, menu);
    }
    addToMenu(u"file"_s, {u"file.open"_s});
    m_recentMenu = m_menus[u"file"_s]->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    addToMenu(u"file"_s,
              {u"file.save"_s, u"file.saveAs"_s, QString(), u"file.passphrase"_s, QString(), u"file.quit"_s});

    QAction* undo = m_document->undoStack()->createUndoAction(this);
    undo->setObjectName(u"action_edit.undo"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(Icons::get(u"undo"_s));
    QAction* redo = m_document->undoStack()->createRedoAction(this);
    redo->setObjectName(u"action_edit.redo"_s);
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(Icons::get(u"redo"_s));
    m_menus[u"edit"_s]->addAction(undo);
    m_menus[u"edit"_s]->addAction(redo);

    m_menus[u"view"_s]->addAction(m_navigationDock->toggleViewAction());
    m_menus[u"view"_s]->addAction(m_actionsDock->toggleViewAction());
    m_menus[u"view"_s]->addAction(m_validationDock->toggleViewAction());

    addToMenu(u"action"_s, ConnectorCommands::menuIds());
    addToMenu(u"action"_s, {QString()});
    addToMenu(u"action"_s, CertificateCommands::menuIds());
    addToMenu(u"action"_s, {QString()});
    addToMenu(u"action"_s, DomainSecurityCommands::menuIds());
    addToMenu(u"action"_s, ServerCommands::menuIds());
    addToMenu(u"action"_s, OrganizationCommands::menuIds());
    addToMenu(u"action"_s, QStringList{QString()} + ProbeCommands::menuIds() + QStringList{QString()} +
                               ExportCommands::menuIds());
    addToMenu(u"tools"_s, ProbeCommands::toolsMenuIds());
    addToMenu(u"tools"_s, {u"tools.settings"_s});
    addToMenu(u"help"_s, {u"help.about"_s});
    updateRecentMenu();
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->addAction(m_registry->action(u"file.open"_s));
    m_toolBar->addAction(m_registry->action(u"file.save"_s));
    m_toolBar->addSeparator();
    m_toolBar->addAction(findChild<QAction*>(u"action_edit.undo"_s));
    m_toolBar->addAction(findChild<QAction*>(u"action_edit.redo"_s));
    m_toolBar->addSeparator();
    for (const QString& id : ConnectorCommands::toolBarIds() + CertificateCommands::toolBarIds()) {
        if (QAction* action = m_registry->action(id))
            m_toolBar->addAction(action);
    }
    for (const QString& id : ExportCommands::toolBarIds())
        m_toolBar->addAction(m_registry->action(id));
    m_menus[u"view"_s]->addAction(m_toolBar->toggleViewAction());
}

void MainWindow::retranslate()
{
    m_registry->retranslate();
    m_navigationModel->retranslate();
    m_menus[u"file"_s]->setTitle(tr("&File"));
    m_menus[u"edit"_s]->setTitle(tr("&Edit"));
    m_menus[u"view"_s]->setTitle(tr("&View"));
    m_menus[u"action"_s]->setTitle(tr("&Action"));
    m_menus[u"tools"_s]->setTitle(tr("&Tools"));
    m_menus[u"help"_s]->setTitle(tr("&Help"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_navigationDock->setWindowTitle(tr("Navigation"));
    m_navigationView->setAccessibleName(tr("Navigation tree"));
    m_actionsDock->setWindowTitle(tr("Actions"));
    m_actionsPane->setAccessibleName(tr("Actions"));
    m_validationDock->setWindowTitle(tr("Validation"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    updateRecentMenu();
    updateTitle();
    updateActions();
    if (m_resultPane->model())
        m_resultPane->retitle(NavigationModel::pageTitle(m_page));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_toolBar)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] - DomainSecure").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    int number = 1;
    for (const QString& file : files) {
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(number++).arg(QFileInfo(file).fileName()));
        action->setToolTip(file);
        action->setObjectName(u"recentFileAction"_s);
        connect(action, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::currentServer() const
{
    if (!m_pageServer.isEmpty())
        return m_pageServer;
    const Workspace& workspace = m_document->workspace();
    return workspace.servers.isEmpty() ? QString() : workspace.servers.first().name;
}

CommandContext MainWindow::context()
{
    CommandContext context;
    context.document = m_document;
    context.parent = this;
    context.page = m_page;
    context.server = currentServer();
    context.selection = m_resultPane ? m_resultPane->selection() : Selection();
    context.field = m_focusField;
    if (context.selection.server.isEmpty())
        context.selection.server = context.server;
    return context;
}

WorkspaceTableModel* MainWindow::modelFor(PageKind page) const
{
    return m_models.value(int(page));
}

void MainWindow::showPage(PageKind page, const QString& server)
{
    const QModelIndex index = m_navigationModel->indexOf(page, server);
    if (index.isValid() && m_navigationView->currentIndex() != index) {
        m_navigationView->setCurrentIndex(index); // calls back onNavigationChanged
        return;
    }
    m_page = page;
    m_pageServer = server;
    WorkspaceTableModel* model = modelFor(page);
    model->setServer(currentServer());
    m_resultPane->setModel(model, NavigationModel::pageTitle(page));
    updateActions();
}

void MainWindow::onNavigationChanged()
{
    const QModelIndex index = m_navigationView->currentIndex();
    if (!index.isValid())
        return;
    m_page = PageKind(index.data(NavigationModel::PageRole).toInt());
    m_pageServer = index.data(NavigationModel::ServerRole).toString();
    showPage(m_page, m_pageServer);
}

void MainWindow::revealObject(ObjectKind kind, const QString& server, const QString& id)
{
    switch (kind) {
    case ObjectKind::Certificate:
    case ObjectKind::PendingRequest:
        showPage(PageKind::Certificates, server);
        break;
    case ObjectKind::ReceiveConnector:
        showPage(PageKind::ReceiveConnectors, server);
        break;
    case ObjectKind::SendConnector:
        showPage(PageKind::SendConnectors);
        break;
    case ObjectKind::SecureDomain:
        showPage(PageKind::DomainSecurity);
        break;
    case ObjectKind::TrustedRoot:
        showPage(PageKind::TrustedRoots);
        break;
    case ObjectKind::Server:
        showPage(PageKind::Servers);
        break;
    case ObjectKind::None:
        return;
    }
    m_resultPane->select({id});
    m_resultPane->view()->setFocus();
}

void MainWindow::openFinding(const Finding& finding)
{
    switch (finding.fix.action) {
    case FindingFix::Action::ProtectKeys:
        if (QAction* action = m_registry->action(u"file.passphrase"_s))
            action->trigger();
        return;
    case FindingFix::Action::EnableSmtpCertificate: // what a server lacks is fixed on its Certificates page
        showPage(PageKind::Certificates, finding.location.server);
        m_resultPane->view()->setFocus();
        return;
    case FindingFix::Action::AddHubServer: // the topology is on the Servers page
        revealObject(ObjectKind::Server, finding.location.server, finding.location.server);
        return;
    case FindingFix::Action::TrustPartnerRoot: // the trusted roots, with the one concerned selected
        revealObject(ObjectKind::TrustedRoot, {}, finding.location.id);
        return;
    case FindingFix::Action::PinPartnerCertificate: // the partner domain and its pinned keys
        revealObject(ObjectKind::SecureDomain, {}, finding.fix.argument);
        return;
    default:
        break;
    }
    const FindingTarget target = FindingTarget::of(finding);
    revealObject(target.kind, target.server, target.id);
    QString properties;
    switch (target.kind) {
    case ObjectKind::ReceiveConnector:
        properties = u"receive.properties"_s;
        break;
    case ObjectKind::SendConnector:
        properties = u"send.properties"_s;
        break;
    case ObjectKind::Certificate:
        properties = u"cert.properties"_s;
        break;
    case ObjectKind::Server:
        properties = u"server.properties"_s;
        break;
    default:
        return; // a domain of the lists: its row is selected on the Domain Security page
    }
    QAction* action = m_registry->action(properties);
    if (!action || !action->isEnabled() || m_resultPane->selection().first() != target.id)
        return;
    m_focusField = target.field;
    action->trigger();
    m_focusField.clear();
}

void MainWindow::updateActions()
{
    if (!m_actionsPane)
        return;
    m_registry->updateEnabled();
    const Selection selection = m_resultPane->selection();
    QString selectionTitle;
    if (selection.count() == 1) {
        selectionTitle = selection.first();
        if (selectionTitle.size() > 40)
            selectionTitle = selectionTitle.left(38) + u"…"_s;
    } else if (selection.count() > 1) {
        selectionTitle = tr("%n selected objects", nullptr, selection.count());
    }
    m_actionsPane->setActions(NavigationModel::pageTitle(m_page), m_registry->pageActions(m_page),
                              selectionTitle, m_registry->selectionActions(m_page, selection));
    statusBar()->showMessage(
        tr("%n object(s)", nullptr, m_resultPane->model() ? m_resultPane->model()->rowCount({}) : 0));
}

void MainWindow::showContextMenu(const QPoint& globalPosition)
{
    const QList<QAction*> actions = m_registry->selectionActions(m_page, m_resultPane->selection());
    const QList<QAction*> general = m_registry->pageActions(m_page);
    if (actions.isEmpty() && general.isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(u"resultContextMenu"_s);
    menu.addActions(actions);
    if (!actions.isEmpty() && !general.isEmpty())
        menu.addSeparator();
    menu.addActions(general);
    menu.exec(globalPosition);
}

void MainWindow::showNavigationContextMenu(const QPoint& position)
{
    // A right click makes the node current (its page shows), then offers that page's actions, as
    // the actions pane lists them: on Organization, Organization Properties.
    const QModelIndex index = m_navigationView->indexAt(position);
    if (!index.isValid())
        return;
    m_navigationView->setCurrentIndex(index);
    const QList<QAction*> actions = m_registry->pageActions(m_page);
    if (actions.isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(u"navigationContextMenu"_s);
    menu.addActions(actions);
    menu.exec(m_navigationView->viewport()->mapToGlobal(position));
}

void MainWindow::activateDefault()
{
    const QList<QAction*> actions = m_registry->selectionActions(m_page, m_resultPane->selection());
    for (QAction* action : actions) {
        if (action->objectName().endsWith(u".properties"_s) && action->isEnabled()) {
            action->trigger();
            return;
        }
    }
}

bool MainWindow::openFile(const QString& path)
{
    if (auto opened = m_document->open(path); !opened.ok()) {
        MessageBox::critical(this, tr("Open Workspace"), opened.errorMessage());
        return false;
    }
    AppSettings::addRecentFile(m_document->path());
    updateRecentMenu();
    if (m_document->hasNewerRecovery()) {
        const auto answer = MessageBox::question(
            this, tr("Recover Unsaved Changes"),
            tr("%1 has unsaved changes from an earlier session that did not end normally. Restore them?")
                .arg(m_document->displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (auto restored = m_document->restoreRecovery(); !restored.ok())
                MessageBox::warning(this, tr("Recover Unsaved Changes"), restored.errorMessage());
        } else {
            m_document->discardRecovery();
        }
    }
    statusBar()->showMessage(tr("Opened %1").arg(m_document->path()), 5000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->path().isEmpty())
        return saveAs();
    if (auto saved = m_document->save(); !saved.ok()) {
        MessageBox::critical(this, tr("Save Workspace"), saved.errorMessage());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->path()), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Workspace As"), m_document->path(),
                                                tr("DomainSecure workspaces (*.dsw)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".dsw"_s;
    if (auto saved = m_document->saveAs(path); !saved.ok()) {
        MessageBox::critical(this, tr("Save Workspace"), saved.errorMessage());
        return false;
    }
    AppSettings::addRecentFile(path);
    updateRecentMenu();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_document->discardRecovery();
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings& settings = AppSettings::settings();
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1180, 720);
    if (!restoreState(settings.value(u"window/state"_s).toByteArray())) {
        // First start: the actions readable, the result pane taller than the findings.
        resizeDocks({m_navigationDock, m_actionsDock}, {230, 240}, Qt::Horizontal);
        resizeDocks({m_validationDock}, {170}, Qt::Vertical);
    }
}

void MainWindow::saveSettings()
{
    QSettings& settings = AppSettings::settings();
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
}

} // namespace ds::ui
