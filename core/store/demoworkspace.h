#pragma once

#include "model/workspace.h"
#include "util/result.h"

namespace ds::core {

// The bundled demo: Contoso (contoso.example; Edge server EDGE01 subscribed to the organization,
// Hub Transport server HUB01) with partner Fabrikam (fabrikam.example), a demo CA, the SMTP
// certificates it issued, partner connectors both ways and the domain-secure lists filled in.
// Keys are generated anew each time.
class DemoWorkspace
{
public:
    static Result<Workspace> create();
    // The demo in the user's data folder, created there on first use; returns its path.
    static Result<QString> ensureInDataFolder();
};

} // namespace ds::core
