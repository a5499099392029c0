#pragma once

#include "validationcontext.h"

#include <QCoreApplication>

namespace ds::core {

// Rules for the receive connectors of every server (Exchange 2007: Receive connectors, Domain Security).
class ReceiveConnectorRules
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveConnectorRules)

public:
    static void check(ValidationContext& context);

private:
    static void checkConnector(ValidationContext& context, const Server& server,
                               const ReceiveConnector& connector);
    // Connectors sharing a binding must not have identical or partly overlapping remote ranges.
    static void checkOverlaps(ValidationContext& context, const Server& server);
};

} // namespace ds::core
