#pragma once

#include "change.h"
#include "model/server.h"
#include "model/workspace.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ds::core {

// Adds, changes and removes the organization's servers (Edge and Hub Transport, or Postfix hosts
// modelled as Edges). A change that breaks a rule for the server's connectors is refused as the
// connector operations refuse one.
class ServerOperations
{
    Q_DECLARE_TR_FUNCTIONS(ServerOperations)

public:
    struct NewServer
    {
        QString name;
        ServerRole role = ServerRole::Edge;
        QString fqdn;
        EdgeSync edgeSync = EdgeSync::Standalone;
    };
    // Unset members are left as they are.
    struct ServerEdit
    {
        std::optional<ServerRole> role;
        std::optional<QString> fqdn;
        std::optional<EdgeSync> edgeSync;
    };

    static Result<Change> add(const Workspace& workspace, const NewServer& request);
    static Result<Change> change(const Workspace& workspace, const QString& name, const ServerEdit& edit);
    // Refused while a send connector names the server as a source server.
    static Result<Change> remove(const Workspace& workspace, const QString& name);
};

} // namespace ds::core
