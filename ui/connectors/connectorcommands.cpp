#include "connectorcommands.h"

#include "commands/actionregistry.h"
#include "commands/functioncommand.h"
#include "document/workspacedocument.h"
#include "widgets/messagebox.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
Command* removeReceive(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        const QStringList names = c.selection.ids;
        const QString question = names.size() == 1
                                     ? ConnectorCommands::tr("Remove the receive connector %1 from %2?")
                                           .arg(names.first(), c.selection.server)
                                     : ConnectorCommands::tr("Remove %1 receive connectors from %2?")
                                           .arg(names.size())
                                           .arg(c.selection.server);
        if (MessageBox::question(c.parent, ConnectorCommands::tr("Remove Receive Connector"), question) !=
            QMessageBox::Yes)
            return;
        (void)c.document->edit(
            ConnectorCommands::tr("Remove receive connector %1").arg(names.join(u", "_s)), [&](Workspace& w) {
                if (Server* server = w.server(c.selection.server)) {
                    server->receiveConnectors.removeIf(
                        [&](const ReceiveConnector& connector) { return names.contains(connector.name); });
                }
                return Status();
            });
    });
}

Command* removeSend(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        const QStringList names = c.selection.ids;
        const QString question =
            names.size() == 1 ? ConnectorCommands::tr("Remove the send connector %1?").arg(names.first())
                              : ConnectorCommands::tr("Remove %1 send connectors?").arg(names.size());
        if (MessageBox::question(c.parent, ConnectorCommands::tr("Remove Send Connector"), question) !=
            QMessageBox::Yes)
            return;
        (void)c.document->edit(ConnectorCommands::tr("Remove send connector %1").arg(names.join(u", "_s)),
                               [&](Workspace& w) {
                                   w.sendConnectors.removeIf([&](const SendConnector& connector) {
                                       return names.contains(connector.name);
                                   });
                                   return Status();
                               });
    });
}
} // namespace

void ConnectorCommands::registerAll(ActionRegistry* registry)
{
    registry->add({u"receive.remove"_s,
                   QT_TRANSLATE_NOOP("Commands", "Remove Receive Connector"),
                   nullptr,
                   u"remove"_s,
                   {},
                   {PageKind::ReceiveConnectors},
                   ObjectKind::ReceiveConnector,
                   ActionRegistry::needsAny(ObjectKind::ReceiveConnector),
                   removeReceive});
    registry->add({u"send.remove"_s,
                   QT_TRANSLATE_NOOP("Commands", "Remove Send Connector"),
                   nullptr,
                   u"remove"_s,
                   {},
                   {PageKind::SendConnectors},
                   ObjectKind::SendConnector,
                   ActionRegistry::needsAny(ObjectKind::SendConnector),
                   removeSend});
}

QStringList ConnectorCommands::menuIds()
{
    return {u"receive.new"_s, u"receive.properties"_s, u"receive.remove"_s, QString(),
            u"send.new"_s,    u"send.properties"_s,    u"send.remove"_s,    QString(),
            u"partner.new"_s};
}

QStringList ConnectorCommands::toolBarIds()
{
    return {u"partner.new"_s};
}
