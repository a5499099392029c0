#pragma once

#include "certificateentry.h"
#include "crypto/chainverifier.h"
#include "pendingrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ds::core {

// What the product says about a certificate, as Exchange's Get-ExchangeCertificate does.
enum class CertificateStatus {
    Valid,
    ExpiringSoon, // valid, but less than 30 days left
    Expired,
    NotYetValid,
    Untrusted, // the chain does not verify (the report says why)
    NoPrivateKey,
    PendingRequest,
};

// The status with its reason in words.
struct CertificateStatusReport
{
    CertificateStatus status = CertificateStatus::Valid;
    QString reason;       // one sentence; empty for Valid
    bool trusted = false; // chain verifies for TLS server and client
    QString trustReason;  // why not trusted
    qint64 daysLeft = 0;  // until notAfter (negative when expired)
    bool usableForSmtp() const
    {
        return status == CertificateStatus::Valid || status == CertificateStatus::ExpiringSoon ||
               status == CertificateStatus::Untrusted;
    }
};

// Evaluates CertificateStatus by the injectable clock.
class CertificateStatusEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(CertificateStatusEvaluator)

public:
    static constexpr int kExpiringSoonDays = 30;

    // Order of precedence: Expired, NotYetValid, NoPrivateKey, Untrusted, ExpiringSoon, Valid.
    static CertificateStatusReport evaluate(const CertificateEntry& entry, const ChainVerifier& verifier);
    // Time-only evaluation from the stored summary (no chain check, no parsing).
    static CertificateStatusReport evaluateTime(const CertificateEntry& entry);
    static CertificateStatusReport evaluate(const PendingRequest& request);

    static QString name(CertificateStatus status);        // "Valid", "ExpiringSoon", ... (stable, JSON)
    static QString displayName(CertificateStatus status); // translated
};

} // namespace ds::core
