#pragma once

#include "commands/commandcontext.h"

#include <QHash>
#include <QMainWindow>

class QDockWidget;
class QMenu;
class QToolBar;
class QTreeView;

namespace ds::core {
struct Finding;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

class ActionRegistry;
class ActionsPane;
class NavigationModel;
class ResultPane;
class ValidationPane;
class WorkspaceDocument;
class WorkspaceTableModel;

// The console window in the shape of the Exchange Management Console: navigation tree, result
// pane, actions pane and validation pane around one WorkspaceDocument.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkspaceDocument* document() const { return m_document; }
    ActionRegistry* actionRegistry() const { return m_registry; }
    ResultPane* resultPane() const { return m_resultPane; }
    ActionsPane* actionsPane() const { return m_actionsPane; }
    ValidationPane* validationPane() const { return m_validationPane; }
    QTreeView* navigationView() const { return m_navigationView; }
    QMenu* menu(const QString& name) const { return m_menus.value(name); }

    // Opens path (showing any error), offering to restore a newer recovery copy; false on error.
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();

    void showPage(PageKind page, const QString& server = {});
    PageKind currentPage() const { return m_page; }
    QString currentServer() const;
    CommandContext context();
    // Shows the object in the result pane: its page, its row selected.
    void revealObject(ObjectKind kind, const QString& server, const QString& id);
    // Reveals the object a finding concerns and opens its properties at the tab of the field.
    void openFinding(const Finding& finding);

    // Menus and menu-only actions register here so that the feature folders add their entries.
    void addToMenu(const QString& menu, const QStringList& actionIds);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void createToolBar();
    void registerCommands();
    void retranslate();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void restoreSettings();
    void saveSettings();
    void onNavigationChanged();
    void showContextMenu(const QPoint& globalPosition);
    void showNavigationContextMenu(const QPoint& position);
    void activateDefault();
    WorkspaceTableModel* modelFor(PageKind page) const;

    WorkspaceDocument* m_document;
    ActionRegistry* m_registry;
    NavigationModel* m_navigationModel;
    QTreeView* m_navigationView = nullptr;
    ResultPane* m_resultPane = nullptr;
    ActionsPane* m_actionsPane = nullptr;
    QDockWidget* m_navigationDock = nullptr;
    QDockWidget* m_actionsDock = nullptr;
    ValidationPane* m_validationPane = nullptr;
    QDockWidget* m_validationDock = nullptr;
    QString m_focusField; // the field a properties dialog opens at, while openFinding runs it
    QToolBar* m_toolBar = nullptr;
    QHash<QString, QMenu*> m_menus;
    QMenu* m_recentMenu = nullptr;
    QHash<int, WorkspaceTableModel*> m_models;
    PageKind m_page = PageKind::Organization;
    QString m_pageServer;
};

} // namespace ds::ui
