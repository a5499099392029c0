#include "connectoroperations.h"

#include "gate.h"
#include "model/connectorpresets.h"
#include "model/freetext.h"
#include "validate/validationcontext.h"
#include "validate/validator.h"

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
Error noReceiveConnector(const QString& server, const QString& name)
{
    return Error{
        ErrorCode::BadInput,
        ConnectorOperations::tr("no receive connector \"%1\" on %2").arg(FreeText::printable(name), server)};
}

Error noSendConnector(const QString& name)
{
    return Error{ErrorCode::BadInput,
                 ConnectorOperations::tr("no send connector \"%1\"").arg(FreeText::printable(name))};
}

bool isEdge(const Server& server)
{
    return server.isEdge();
}

// The workspace with candidate in place (or appended), and the gate's verdict on it. before: the
// findings about the connector before the edit (empty for a new one).
Result<Change> gateReceive(const Workspace& workspace, const QString& serverName,
                           const ReceiveConnector& candidate, const QString& replacing,
                           const QList<Finding>& before, const QString& description)
{
    const QList<Finding> after =
        ConnectorOperations::checkReceive(workspace, serverName, candidate, replacing);
    if (Status s = Gate::check(after, before); !s.ok())
        return s.error();
    Change change{workspace, description, {}, after};
    Server* server = change.workspace.server(serverName);
    change.object = ConnectorOperations::receiveObject(server->name, candidate);
    if (ReceiveConnector* current = replacing.isEmpty() ? nullptr : server->receiveConnector(replacing))
        *current = candidate;
    else
        server->receiveConnectors << candidate;
    return change;
}

Result<Change> gateSend(const Workspace& workspace, const SendConnector& candidate, const QString& replacing,
                        const QList<Finding>& before, const QString& description)
{
    const QList<Finding> after = ConnectorOperations::checkSend(workspace, candidate, replacing);
    if (Status s = Gate::check(after, before); !s.ok())
        return s.error();
    Change change{workspace, description, ConnectorOperations::sendObject(candidate), after};
    if (SendConnector* current = replacing.isEmpty() ? nullptr : change.workspace.sendConnector(replacing))
        *current = candidate;
    else
        change.workspace.sendConnectors << candidate;
    return change;
}
} // namespace

QString ConnectorOperations::receiveObject(const QString& server, const ReceiveConnector& connector)
{
    return connector.identity(server);
}

QString ConnectorOperations::sendObject(const SendConnector& connector)
{
    return FindingLocation::ofSendConnector(connector.name).toString();
}

QList<Finding> ConnectorOperations::checkReceive(const Workspace& workspace, const QString& serverName,
                                                 const ReceiveConnector& candidate, const QString& replacing)
{
    // The candidate goes last: rules that compare two connectors (duplicate names, overlapping
    // bindings) report the later one, and that must be the candidate.
    Workspace copy = workspace;
    Server* server = copy.server(serverName);
    if (!server)
        return {};
    if (!replacing.isEmpty()) {
        server->receiveConnectors.removeIf(
            [&](const ReceiveConnector& c) { return c.name.compare(replacing, Qt::CaseInsensitive) == 0; });
    }
    server->receiveConnectors << candidate;
    return Gate::about(Validator::run(copy), receiveObject(server->name, candidate));
}

QList<Finding> ConnectorOperations::checkSend(const Workspace& workspace, const SendConnector& candidate,
                                              const QString& replacing)
{
    Workspace copy = workspace;
    if (!replacing.isEmpty()) {
        copy.sendConnectors.removeIf(
            [&](const SendConnector& c) { return c.name.compare(replacing, Qt::CaseInsensitive) == 0; });
    }
    copy.sendConnectors << candidate;
    return Gate::about(Validator::run(copy), sendObject(candidate));
}

Result<Change> ConnectorOperations::createReceive(const Workspace& workspace, const NewReceive& request)
{
    const Server* server = workspace.server(request.server);
    if (!server)
        return Change::noServer(request.server);
    ReceiveConnector connector =
        ConnectorPresets::receiveConnector(request.name.trimmed(), request.usage, isEdge(*server));
    if (request.fields) {
        if (Status s = request.fields(connector); !s.ok())
            return s.error();
    }
    // Exchange's default for a new custom connector: every IPv4 sender.
    if (request.usage == ReceiveUsage::Custom && connector.remoteIPRanges.isEmpty())
        connector.remoteIPRanges << IpRange::allIPv4();
    return addReceive(workspace, server->name, connector);
}

Result<Change> ConnectorOperations::addReceive(const Workspace& workspace, const QString& serverName,
                                               const ReceiveConnector& connector)
{
    const Server* server = workspace.server(serverName);
    if (!server)
        return Change::noServer(serverName);
    return gateReceive(workspace, server->name, connector, {}, {},
                       tr("New receive connector %1").arg(connector.identity(server->name)));
}

Result<Change> ConnectorOperations::changeReceive(const Workspace& workspace, const QString& serverName,
                                                  const QString& name, const ReceiveEdit& edit)
{
    const Server* server = workspace.server(serverName);
    if (!server)
        return Change::noServer(serverName);
    const ReceiveConnector* current = server->receiveConnector(name);
    if (!current)
        return noReceiveConnector(server->name, name);
    ReceiveConnector candidate = *current;
    if (edit) {
        if (Status s = edit(candidate); !s.ok())
            return s.error();
    }
    const QList<Finding> before = checkReceive(workspace, server->name, *current, current->name);
    return gateReceive(workspace, server->name, candidate, current->name, before,
                       tr("Change receive connector %1").arg(current->identity(server->name)));
}

Result<Change> ConnectorOperations::replaceReceive(const Workspace& workspace, const QString& server,
                                                   const QString& name, const ReceiveConnector& candidate)
{
    return changeReceive(workspace, server, name, [&](ReceiveConnector& c) {
        c = candidate;
        return Status();
    });
}

Result<Change> ConnectorOperations::renameReceive(const Workspace& workspace, const QString& server,
                                                  const QString& name, const QString& newName)
{
    return changeReceive(workspace, server, name, [&](ReceiveConnector& c) {
        c.name = newName.trimmed();
        return Status();
    });
}

Result<Change> ConnectorOperations::removeReceive(const Workspace& workspace, const QString& serverName,
                                                  const QStringList& names)
{
    Change change{workspace, {}, {}, {}};
    Server* server = change.workspace.server(serverName);
    if (!server)
        return Change::noServer(serverName);
    QStringList identities;
    for (const QString& name : names) {
        const ReceiveConnector* connector = server->receiveConnector(name);
        if (!connector)
            return noReceiveConnector(server->name, name);
        identities << connector->identity(server->name);
        server->receiveConnectors.removeIf(
            [&](const ReceiveConnector& c) { return c.name.compare(name, Qt::CaseInsensitive) == 0; });
    }
    change.object = identities.join(u", "_s);
    change.description = tr("Remove receive connector %1").arg(change.object);
    return change;
}

Result<Change> ConnectorOperations::createSend(const Workspace& workspace, const NewSend& request)
{
    SendConnector connector = ConnectorPresets::sendConnector(request.name.trimmed(), request.usage);
    if (request.fields) {
        if (Status s = request.fields(connector); !s.ok())
            return s.error();
    }
    return addSend(workspace, connector);
}

Result<Change> ConnectorOperations::addSend(const Workspace& workspace, const SendConnector& connector)
{
    return gateSend(workspace, connector, {}, {}, tr("New send connector %1").arg(connector.name));
}

Result<Change> ConnectorOperations::changeSend(const Workspace& workspace, const QString& name,
                                               const SendEdit& edit)
{
    const SendConnector* current = workspace.sendConnector(name);
    if (!current)
        return noSendConnector(name);
    SendConnector candidate = *current;
    if (edit) {
        if (Status s = edit(candidate); !s.ok())
            return s.error();
    }
    const QList<Finding> before = checkSend(workspace, *current, current->name);
    return gateSend(workspace, candidate, current->name, before,
                    tr("Change send connector %1").arg(current->name));
}

Result<Change> ConnectorOperations::replaceSend(const Workspace& workspace, const QString& name,
                                                const SendConnector& candidate)
{
    return changeSend(workspace, name, [&](SendConnector& c) {
        c = candidate;
        return Status();
    });
}

Result<Change> ConnectorOperations::renameSend(const Workspace& workspace, const QString& name,
                                               const QString& newName)
{
    return changeSend(workspace, name, [&](SendConnector& c) {
        c.name = newName.trimmed();
        return Status();
    });
}

Result<Change> ConnectorOperations::removeSend(const Workspace& workspace, const QStringList& names)
{
    Change change{workspace, {}, {}, {}};
    QStringList removed;
    for (const QString& name : names) {
        const SendConnector* connector = change.workspace.sendConnector(name);
        if (!connector)
            return noSendConnector(name);
        removed << connector->name;
        change.workspace.sendConnectors.removeIf(
            [&](const SendConnector& c) { return c.name.compare(name, Qt::CaseInsensitive) == 0; });
    }
    change.object = removed.join(u", "_s);
    change.description = tr("Remove send connector %1").arg(change.object);
    return change;
}

} // namespace ds::core
