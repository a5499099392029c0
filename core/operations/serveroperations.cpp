#include "serveroperations.h"

#include "gate.h"
#include "model/fqdn.h"
#include "model/freetext.h"
#include "validate/validator.h"

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
// The server's fields checked as loading a workspace checks them.
Status checkServer(const Server& server)
{
    if (auto why = Server::nameProblem(server.name))
        return Status::failure(ErrorCode::BadInput,
                               u"\"%1\": %2"_s.arg(FreeText::printable(server.name), *why));
    if (!server.isEdge() && server.edgeSync == EdgeSync::Subscribed)
        return Status::failure(
            ErrorCode::BadInput,
            ServerOperations::tr("%1: only an Edge server is subscribed to the organization")
                .arg(server.name));
    return {};
}

Result<QString> parseFqdn(const QString& text)
{
    auto parsed = Fqdn::parseOptional(text);
    if (!parsed.ok())
        return Error{ErrorCode::BadInput, ServerOperations::tr("FQDN: %1").arg(parsed.errorMessage())};
    return parsed->toString();
}
} // namespace

Result<Change> ServerOperations::add(const Workspace& workspace, const NewServer& request)
{
    Server server;
    server.name = request.name.trimmed();
    server.role = request.role;
    server.edgeSync = request.edgeSync;
    auto fqdn = parseFqdn(request.fqdn);
    if (!fqdn.ok())
        return fqdn.error();
    server.fqdn = fqdn.value();
    if (Status s = checkServer(server); !s.ok())
        return s.error();
    if (workspace.server(server.name))
        return Error{ErrorCode::BadInput, tr("the workspace has a server named %1 already").arg(server.name)};
    Change change{workspace, tr("New server %1").arg(server.name), server.name, {}};
    change.workspace.servers << server;
    return change;
}

Result<Change> ServerOperations::change(const Workspace& workspace, const QString& name,
                                        const ServerEdit& edit)
{
    Change change{workspace, {}, {}, {}};
    Server* server = change.workspace.server(name);
    if (!server)
        return Change::noServer(name);
    if (edit.role)
        server->role = *edit.role;
    if (edit.edgeSync)
        server->edgeSync = *edit.edgeSync;
    else if (!server->isEdge())
        server->edgeSync = EdgeSync::Standalone; // a Hub is not subscribed
    if (edit.fqdn) {
        auto fqdn = parseFqdn(*edit.fqdn);
        if (!fqdn.ok())
            return fqdn.error();
        server->fqdn = fqdn.value();
    }
    if (Status s = checkServer(*server); !s.ok())
        return s.error();
    // A role changes which rules apply to the server's receive connectors (Edge-only permission
    // groups, the Client usage): refused for what it breaks, as a connector edit is.
    if (Status s = Gate::check(Validator::run(change.workspace), Validator::run(workspace)); !s.ok())
        return s.error();
    change.object = server->name;
    change.description = tr("Change server %1").arg(server->name);
    return change;
}

Result<Change> ServerOperations::remove(const Workspace& workspace, const QString& name)
{
    const Server* server = workspace.server(name);
    if (!server)
        return Change::noServer(name);
    for (const SendConnector& connector : workspace.sendConnectors) {
        if (connector.sourceTransportServers.contains(server->name, Qt::CaseInsensitive))
            return Error{ErrorCode::Validation,
                         tr("%1 is a source server of the send connector %2; remove it there first")
                             .arg(server->name, connector.name)};
    }
    Change change{workspace, tr("Remove server %1").arg(server->name), server->name, {}};
    change.workspace.servers.removeIf(
        [&](const Server& s) { return s.name.compare(name, Qt::CaseInsensitive) == 0; });
    return change;
}

} // namespace ds::core
