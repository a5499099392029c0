#pragma once

#include "validationcontext.h"

#include <QCoreApplication>

// Rules for TLSSendDomainSecureList / TLSReceiveDomainSecureList and their pairing with the
// domain-secure connectors (reference/exchange-2007.md §4, §6).
class DomainSecureListRules
{
    Q_DECLARE_TR_FUNCTIONS(DomainSecureListRules)

public:
    static void check(ValidationContext& context);
};
