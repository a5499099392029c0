#pragma once

#include "validationcontext.h"

#include <QCoreApplication>

namespace ds::core {

// Exchange 2007 topology rules: a subscribed Edge gets the organization's configuration (send
// connectors, the domain-secure lists of Set-TransportConfig) from a Hub Transport server through
// EdgeSync, so a workspace that has them needs a Hub to configure them on.
class TopologyRules
{
    Q_DECLARE_TR_FUNCTIONS(TopologyRules)

public:
    static void check(ValidationContext& context);
};

} // namespace ds::core
