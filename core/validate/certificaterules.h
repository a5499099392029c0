#pragma once

#include "validationcontext.h"

#include <QCoreApplication>
#include <QStringList>

namespace ds::core {

// Rules for the SMTP certificate of each server and the keys stored in the workspace.
class CertificateRules
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRules)

public:
    static void check(ValidationContext& context);

    // The DNS names a certificate is valid for: its SANs, else the subject CN.
    static QStringList names(const CertificateEntry& certificate);
    // True when the certificate carries fqdn (exactly or through a one-label wildcard).
    static bool covers(const CertificateEntry& certificate, const QString& fqdn);

    static constexpr int kExpiryWarningDays = 30;
};

} // namespace ds::core
