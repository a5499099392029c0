#include "exportcommands.h"

#include "commands/actionregistry.h"
#include "commands/dialogcommand.h"
#include "exportdialog.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

void ExportCommands::registerAll(ActionRegistry* registry)
{
    registry->add({u"export.configuration"_s,
                   QT_TRANSLATE_NOOP("Commands", "E&xport Configuration…"),
                   QT_TRANSLATE_NOOP("Commands", "Preview, compare and write the configuration of a server "
                                                 "(Exchange shell script or Postfix)"),
                   u"export"_s,
                   QKeySequence(Qt::CTRL | Qt::Key_E),
                   {PageKind::Organization, PageKind::Servers, PageKind::Server, PageKind::Certificates,
                    PageKind::ReceiveConnectors, PageKind::SendConnectors, PageKind::DomainSecurity},
                   ObjectKind::None,
                   ActionRegistry::needsServer(),
                   [](const CommandContext& context) -> Command* {
                       return new DialogCommand(context, [](const CommandContext& c) -> QDialog* {
                           return new ExportDialog(c.document, c.server, c.parent);
                       });
                   }});
}

QStringList ExportCommands::menuIds()
{
    return {u"export.configuration"_s};
}

QStringList ExportCommands::toolBarIds()
{
    return {u"export.configuration"_s};
}

} // namespace ds::ui
