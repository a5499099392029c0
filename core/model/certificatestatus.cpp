#include "certificatestatus.h"

#include "crypto/certificate.h"
#include "util/clock.h"

using namespace Qt::StringLiterals;

namespace ds::core {

CertificateStatusReport CertificateStatusEvaluator::evaluateTime(const CertificateEntry& entry)
{
    CertificateStatusReport report;
    const QDateTime now = Clock::current().now();
    report.daysLeft = entry.notAfter.isValid() ? now.daysTo(entry.notAfter) : 0;
    if (entry.notAfter.isValid() && now > entry.notAfter) {
        report.status = CertificateStatus::Expired;
        report.reason = tr("expired on %1").arg(entry.notAfter.toString(Qt::ISODate));
    } else if (entry.notBefore.isValid() && now < entry.notBefore) {
        report.status = CertificateStatus::NotYetValid;
        report.reason = tr("not valid before %1").arg(entry.notBefore.toString(Qt::ISODate));
    } else if (!entry.hasPrivateKey()) {
        report.status = CertificateStatus::NoPrivateKey;
        report.reason = tr("no private key: it cannot be used for SMTP on this server");
    } else if (now.secsTo(entry.notAfter) < qint64(kExpiringSoonDays) * 24 * 3600) {
        report.status = CertificateStatus::ExpiringSoon;
        report.reason = tr("expires in %n day(s), on %1", nullptr, static_cast<int>(report.daysLeft))
                            .arg(entry.notAfter.toString(Qt::ISODate));
    }
    return report;
}

CertificateStatusReport CertificateStatusEvaluator::evaluate(const CertificateEntry& entry,
                                                             const ChainVerifier& verifier)
{
    CertificateStatusReport report = evaluateTime(entry);
    auto certificate = Certificate::fromDer(entry.certificateDer);
    if (!certificate.ok()) {
        report.status = CertificateStatus::Untrusted;
        report.reason = tr("the stored certificate is damaged");
        report.trustReason = report.reason;
        return report;
    }
    const ChainResult chain = verifier.verifyForMutualTls(certificate.value());
    report.trusted = chain.trusted;
    report.trustReason = chain.reason;
    if (!chain.trusted && !chain.timeProblem &&
        (report.status == CertificateStatus::Valid || report.status == CertificateStatus::ExpiringSoon)) {
        report.status = CertificateStatus::Untrusted;
        report.reason = tr("untrusted: %1").arg(chain.reason);
    }
    return report;
}

CertificateStatusReport CertificateStatusEvaluator::evaluate(const PendingRequest& request)
{
    CertificateStatusReport report;
    report.status = CertificateStatus::PendingRequest;
    report.reason =
        tr("waiting for the CA's certificate (requested %1)").arg(request.created.toString(Qt::ISODate));
    return report;
}

QString CertificateStatusEvaluator::name(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Valid:
        return u"Valid"_s;
    case CertificateStatus::ExpiringSoon:
        return u"ExpiringSoon"_s;
    case CertificateStatus::Expired:
        return u"Expired"_s;
    case CertificateStatus::NotYetValid:
        return u"NotYetValid"_s;
    case CertificateStatus::Untrusted:
        return u"Untrusted"_s;
    case CertificateStatus::NoPrivateKey:
        return u"NoPrivateKey"_s;
    case CertificateStatus::PendingRequest:
        return u"PendingRequest"_s;
    }
    return {};
}

QString CertificateStatusEvaluator::displayName(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Valid:
        return tr("Valid");
    case CertificateStatus::ExpiringSoon:
        return tr("Expiring soon");
    case CertificateStatus::Expired:
        return tr("Expired");
    case CertificateStatus::NotYetValid:
        return tr("Not yet valid");
    case CertificateStatus::Untrusted:
        return tr("Untrusted");
    case CertificateStatus::NoPrivateKey:
        return tr("No private key");
    case CertificateStatus::PendingRequest:
        return tr("Pending request");
    }
    return {};
}

} // namespace ds::core
