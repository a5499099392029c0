#include "windowcommands.h"

#include "aboutdialog.h"
#include "commands/actionregistry.h"
#include "commands/dialogcommand.h"
#include "commands/functioncommand.h"
#include "document/workspacedocument.h"
#include "document/workspacepassphrasedialog.h"
#include "mainwindow.h"
#include "settings/settingsdialog.h"

#include <QFileDialog>

using namespace Qt::StringLiterals;

namespace ds::ui {

void WindowCommands::registerAll(ActionRegistry* registry, MainWindow* window)
{
    auto function = [](FunctionCommand::Function f) {
        return [f](const CommandContext& c) -> Command* { return new FunctionCommand(c, f); };
    };
    registry->add({u"file.open"_s,
                   QT_TRANSLATE_NOOP("Commands", "&Open Workspace..."),
                   nullptr,
                   u"open"_s,
                   QKeySequence::Open,
                   {},
                   ObjectKind::None,
                   {},
                   function([window](const CommandContext&) {
                       if (!window->maybeSave())
                           return;
                       const QString path = QFileDialog::getOpenFileName(
                           window, MainWindow::tr("Open Workspace"), window->document()->path(),
                           MainWindow::tr("DomainSecure workspaces (*.dsw);;All files (*)"));
                       if (!path.isEmpty())
                           window->openFile(path);
                   })});
    registry->add({u"file.save"_s,
                   QT_TRANSLATE_NOOP("Commands", "&Save"),
                   nullptr,
                   u"save"_s,
                   QKeySequence::Save,
                   {},
                   ObjectKind::None,
                   {},
                   function([window](const CommandContext&) { window->save(); })});
    registry->add({u"file.saveAs"_s,
                   QT_TRANSLATE_NOOP("Commands", "Save &As..."),
                   nullptr,
                   QString(),
                   QKeySequence::SaveAs,
                   {},
                   ObjectKind::None,
                   {},
                   function([window](const CommandContext&) { window->saveAs(); })});
    registry->add({u"file.quit"_s,
                   QT_TRANSLATE_NOOP("Commands", "&Quit"),
                   nullptr,
                   QString(),
                   QKeySequence::Quit,
                   {},
                   ObjectKind::None,
                   {},
                   function([window](const CommandContext&) { window->close(); })});
    registry->add(
        {u"file.passphrase"_s,
         QT_TRANSLATE_NOOP("Commands", "Workspace &Passphrase..."),
         QT_TRANSLATE_NOOP("Commands", "Encrypt the private keys of the workspace, or change the passphrase"),
         u"key"_s,
         {},
         {},
         ObjectKind::None,
         {},
         [](const CommandContext& c) -> Command* {
             return new DialogCommand(c, [](const CommandContext& c) {
                 return new WorkspacePassphraseDialog(c.document, c.parent);
             });
         }});
    registry->add({u"tools.settings"_s,
                   QT_TRANSLATE_NOOP("Commands", "&Settings..."),
                   nullptr,
                   u"settings"_s,
                   QKeySequence::Preferences,
                   {},
                   ObjectKind::None,
                   {},
                   [](const CommandContext& c) -> Command* {
                       return new DialogCommand(
                           c, [](const CommandContext& c) { return new SettingsDialog(c.parent); });
                   }});
    registry->add({u"help.about"_s,
                   QT_TRANSLATE_NOOP("Commands", "&About DomainSecure"),
                   nullptr,
                   QString(),
                   {},
                   {},
                   ObjectKind::None,
                   {},
                   [](const CommandContext& c) -> Command* {
                       return new DialogCommand(
                           c, [](const CommandContext& c) { return new AboutDialog(c.parent); });
                   }});
}

} // namespace ds::ui
