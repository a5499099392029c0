#include "connectorcommands.h"

#include "commands/actionregistry.h"
#include "commands/dialogcommand.h"
#include "commands/functioncommand.h"
#include "document/workspacedocument.h"
#include "operations/connectoroperations.h"
#include "partners/newpartnerwizard.h"
#include "receiveconnectorpropertiesdialog.h"
#include "receiveconnectorwizard.h"
#include "sendconnectorpropertiesdialog.h"
#include "sendconnectorwizard.h"
#include "widgets/messagebox.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

namespace {
Command* newReceive(const CommandContext& context)
{
    return new DialogCommand(context, [](const CommandContext& c) -> QDialog* {
        return new ReceiveConnectorWizard(c.document, c.server, c.parent);
    });
}

Command* receiveProperties(const CommandContext& context)
{
    return new DialogCommand(context, [](const CommandContext& c) -> QDialog* {
        const QString server = c.selection.server.isEmpty() ? c.server : c.selection.server;
        auto* dialog =
            new ReceiveConnectorPropertiesDialog(c.document, server, c.selection.first(), c.parent);
        if (!c.field.isEmpty())
            dialog->setCurrentField(c.field);
        return dialog;
    });
}

Command* newSend(const CommandContext& context)
{
    return new DialogCommand(context, [](const CommandContext& c) -> QDialog* {
        return new SendConnectorWizard(c.document, c.parent);
    });
}

Command* sendProperties(const CommandContext& context)
{
    return new DialogCommand(context, [](const CommandContext& c) -> QDialog* {
        auto* dialog = new SendConnectorPropertiesDialog(c.document, c.selection.first(), c.parent);
        if (!c.field.isEmpty())
            dialog->setCurrentField(c.field);
        return dialog;
    });
}

Command* newPartner(const CommandContext& context)
{
    return new DialogCommand(context, [](const CommandContext& c) -> QDialog* {
        return new NewPartnerWizard(c.document, c.server, c.parent);
    });
}

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
        MessageBox::failure(c.parent, ConnectorCommands::tr("Remove Receive Connector"),
                            c.document->apply(ConnectorOperations::removeReceive(c.document->workspace(),
                                                                                 c.selection.server, names)));
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
        MessageBox::failure(
            c.parent, ConnectorCommands::tr("Remove Send Connector"),
            c.document->apply(ConnectorOperations::removeSend(c.document->workspace(), names)));
    });
}
} // namespace

void ConnectorCommands::registerAll(ActionRegistry* registry)
{
    registry->add({u"receive.new"_s,
                   QT_TRANSLATE_NOOP("Commands", "New &Receive Connector..."),
                   QT_TRANSLATE_NOOP("Commands", "Create a receive connector on the server"),
                   u"receive-connector"_s,
                   {},
                   {PageKind::ReceiveConnectors, PageKind::Server},
                   ObjectKind::None,
                   ActionRegistry::needsServer(),
                   newReceive});
    registry->add({u"receive.properties"_s,
                   QT_TRANSLATE_NOOP("Commands", "Receive Connector &Properties"),
                   nullptr,
                   u"properties"_s,
                   {},
                   {PageKind::ReceiveConnectors},
                   ObjectKind::ReceiveConnector,
                   ActionRegistry::needsOne(ObjectKind::ReceiveConnector),
                   receiveProperties});
    registry->add({u"send.new"_s,
                   QT_TRANSLATE_NOOP("Commands", "New &Send Connector..."),
                   QT_TRANSLATE_NOOP("Commands", "Create a send connector for the organization"),
                   u"send-connector"_s,
                   {},
                   {PageKind::SendConnectors, PageKind::Organization},
                   ObjectKind::None,
                   {},
                   newSend});
    registry->add({u"send.properties"_s,
                   QT_TRANSLATE_NOOP("Commands", "Send Connector P&roperties"),
                   nullptr,
                   u"properties"_s,
                   {},
                   {PageKind::SendConnectors},
                   ObjectKind::SendConnector,
                   ActionRegistry::needsOne(ObjectKind::SendConnector),
                   sendProperties});
    registry->add(
        {u"partner.new"_s,
         QT_TRANSLATE_NOOP("Commands", "New &Partner..."),
         QT_TRANSLATE_NOOP("Commands",
                           "Set up domain security with a partner: both connectors and both list entries"),
         u"partner"_s,
         {},
         {PageKind::Organization, PageKind::DomainSecurity, PageKind::SendConnectors,
          PageKind::ReceiveConnectors},
         ObjectKind::None,
         ActionRegistry::needsServer(),
         newPartner});
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

} // namespace ds::ui
