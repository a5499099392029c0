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

private:
    static void checkConnector(ValidationContext& context, const SendConnector& connector);
};

} // namespace ds::core
