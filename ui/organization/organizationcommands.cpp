#include "organizationcommands.h"

#include "commands/actionregistry.h"
#include "commands/dialogcommand.h"
#include "organizationpropertiesdialog.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

namespace {
Command* organizationProperties(const CommandContext& context)
{
    return new DialogCommand(context, [](const CommandContext& c) -> QDialog* {
        auto* dialog = new OrganizationPropertiesDialog(c.document, c.parent);
        if (!c.field.isEmpty())
            dialog->setCurrentField(c.field);
        return dialog;
    });
}
} // namespace

void OrganizationCommands::registerAll(ActionRegistry* registry)
{
    registry->add({u"organization.properties"_s,
                   QT_TRANSLATE_NOOP("Commands", "Organi&zation Properties"),
                   QT_TRANSLATE_NOOP("Commands", "The organization's Exchange release"),
                   u"properties"_s,
                   {},
                   {PageKind::Organization},
                   ObjectKind::None,
                   {},
                   organizationProperties});
}

QStringList OrganizationCommands::menuIds()
{
    return {u"organization.properties"_s};
}

} // namespace ds::ui
