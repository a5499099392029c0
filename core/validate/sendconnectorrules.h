#pragma once

#include "validationcontext.h"

#include <QCoreApplication>

namespace ds::core {

// Rules for the organization's send connectors (Exchange 2007: Send connectors, Domain Security).
class SendConnectorRules
{
    Q_DECLARE_TR_FUNCTIONS(SendConnectorRules)

public:
    static void check(ValidationContext& context);
    // Whether a send connector of workspace has source servers to choose: only with a Hub Transport
    // server (Exchange shows the Source Server page only for Hub send connectors; on an Edge the
    // connector belongs to the Edge itself).
    static bool sourceServersApply(const Workspace& workspace);

private:
    static void checkConnector(ValidationContext& context, const SendConnector& connector);
    static void checkTlsAuthentication(ValidationContext& context, const SendConnector& connector,
                                       const FindingLocation& object);
};

} // namespace ds::core
