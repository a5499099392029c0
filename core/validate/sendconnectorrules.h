#pragma once

#include "validationcontext.h"

#include <QCoreApplication>

// Rules for the organization's send connectors (reference/exchange-2007.md §3.3, §6).
class SendConnectorRules
{
    Q_DECLARE_TR_FUNCTIONS(SendConnectorRules)

public:
    static void check(ValidationContext& context);

private:
    static void checkConnector(ValidationContext& context, const SendConnector& connector);
};
