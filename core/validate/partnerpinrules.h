#pragma once

#include "validationcontext.h"

#include <QCoreApplication>
#include <QString>

namespace ds::core {

// Rules for the pinned partner identities: each partner certificate names its partner domain
// and is not about to expire, and (for Postfix) a partner listener that trusts a public CA
// pins the partner's key.
class PartnerPinRules
{
    Q_DECLARE_TR_FUNCTIONS(PartnerPinRules)

public:
    static void check(ValidationContext& context, const QString& systemStore);

    static constexpr int kExpiryWarningDays = 30;
    // Where a finding about the partner certificates of domain points.
    static FindingLocation location(const QString& domain);
};

} // namespace ds::core
