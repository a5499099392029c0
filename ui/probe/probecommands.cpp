#include "probecommands.h"

#include "commands/actionregistry.h"
#include "commands/dialogcommand.h"
#include "testconnectiondialog.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

namespace {
Command* openDialog(const CommandContext& context,
                    const std::function<void(TestConnectionDialog*, const CommandContext&)>& setUp)
{
    return new DialogCommand(context, [setUp](const CommandContext& c) -> QDialog* {
        auto* dialog = new TestConnectionDialog(c.document, c.parent);
        dialog->setServer(c.server);
        setUp(dialog, c);
        return dialog;
    });
}
} // namespace

void ProbeCommands::registerAll(ActionRegistry* registry)
{
    registry->add({u"send.testConnection"_s,
                   QT_TRANSLATE_NOOP("Commands", "&Test Connection…"),
                   QT_TRANSLATE_NOOP("Commands", "Test STARTTLS and mutual TLS with the partner's gateway"),
                   u"probe"_s,
                   {},
                   {PageKind::SendConnectors},
                   ObjectKind::SendConnector,
                   ActionRegistry::needsOne(ObjectKind::SendConnector),
                   [](const CommandContext& context) {
                       return openDialog(context, [](TestConnectionDialog* dialog, const CommandContext& c) {
                           dialog->setSendConnector(c.selection.first());
                       });
                   }});
    registry->add(
        {u"receive.testConnection"_s,
         QT_TRANSLATE_NOOP("Commands", "&Self-Test Connection…"),
         QT_TRANSLATE_NOOP("Commands", "Self-test: connect to this connector's binding as a partner would"),
         u"probe"_s,
         {},
         {PageKind::ReceiveConnectors},
         ObjectKind::ReceiveConnector,
         ActionRegistry::needsOne(ObjectKind::ReceiveConnector),
         [](const CommandContext& context) {
             return openDialog(context, [](TestConnectionDialog* dialog, const CommandContext& c) {
                 dialog->setReceiveConnector(c.selection.server, c.selection.first());
             });
         }});
    registry->add({u"tools.testConnection"_s,
                   QT_TRANSLATE_NOOP("Commands", "Test &Connection…"),
                   QT_TRANSLATE_NOOP("Commands", "Test STARTTLS and mutual TLS with any SMTP host"),
                   u"probe"_s,
                   {},
                   {},
                   ObjectKind::None,
                   {},
                   [](const CommandContext& context) {
                       return openDialog(context, [](TestConnectionDialog*, const CommandContext&) {});
                   }});
}

QStringList ProbeCommands::menuIds()
{
    return {u"receive.testConnection"_s, u"send.testConnection"_s};
}

QStringList ProbeCommands::toolsMenuIds()
{
    return {u"tools.testConnection"_s};
}

} // namespace ds::ui
