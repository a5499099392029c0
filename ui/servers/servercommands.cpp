#include "servercommands.h"

#include "commands/actionregistry.h"
#include "commands/dialogcommand.h"
#include "serverpropertiesdialog.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

namespace {
Command* serverProperties(const CommandContext& context)
{
    return new DialogCommand(context, [](const CommandContext& c) -> QDialog* {
        auto* dialog = new ServerPropertiesDialog(c.document, c.selection.first(), c.parent);
        if (!c.field.isEmpty())
            dialog->setCurrentField(c.field);
        return dialog;
    });
}
} // namespace

void ServerCommands::registerAll(ActionRegistry* registry)
{
    registry->add({u"server.properties"_s,
                   QT_TRANSLATE_NOOP("Commands", "Server Pr&operties"),
                   QT_TRANSLATE_NOOP("Commands", "The server's role and, for an Edge, its subscription"),
                   u"properties"_s,
                   {},
                   {PageKind::Organization, PageKind::Servers, PageKind::Server},
                   ObjectKind::Server,
                   ActionRegistry::needsOne(ObjectKind::Server),
                   serverProperties});
}

QStringList ServerCommands::menuIds()
{
    return {u"server.properties"_s};
}

} // namespace ds::ui
