#pragma once

#include "validationcontext.h"

#include <QCoreApplication>

namespace ds::core {

// Rules for TLSSendDomainSecureList / TLSReceiveDomainSecureList and their pairing with the
// domain-secure connectors (Set-TransportConfig -TLSSendDomainSecureList / -TLSReceiveDomainSecureList,
// Exchange 2007).
class DomainSecureListRules
{
    Q_DECLARE_TR_FUNCTIONS(DomainSecureListRules)

public:
    static void check(ValidationContext& context);
};

} // namespace ds::core
