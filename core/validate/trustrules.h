#pragma once

#include "validationcontext.h"

#include <QCoreApplication>
#include <optional>

namespace ds::core {

// Rules for the partner root CAs the workspace trusts (the export puts them into the Windows
// Trusted Root store and the Postfix CA file) and for the strength of the workspace's own keys.
class TrustRules
{
    Q_DECLARE_TR_FUNCTIONS(TrustRules)

public:
    static void check(ValidationContext& context);

    // Bits of an RSA key described as "RSA 2048" (a certificate) or "rsa:2048" (a request);
    // nullopt for other key types.
    static std::optional<int> rsaBits(const QString& description);
    static constexpr int kMinRsaBits = 2048;

private:
    static void checkRoots(ValidationContext& context);
    static void checkKeys(ValidationContext& context);
};

} // namespace ds::core
