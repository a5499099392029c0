#pragma once

#include "validationcontext.h"

#include <QCoreApplication>

namespace ds::core {

// What Exchange Online cannot express of a workspace (lint --target exchange-online): it has no
// servers, receive connectors, Edge subscriptions, partner root stores or domain-secure lists of
// the organization's own, only inbound and outbound connectors (ExchangeOnlineMapping). An error
// where the exported script would silently behave differently from the workspace (a partner
// address range Online cannot take, a smart-host port or authentication); a warning where a
// setting is dropped and the partnership still works as the workspace says, or fails loudly;
// information where nothing is lost.
class ExchangeOnlineRules
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeOnlineRules)

public:
    static void check(ValidationContext& context);
};

} // namespace ds::core
