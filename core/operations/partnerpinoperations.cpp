#include "partnerpinoperations.h"

#include "crypto/certificateimporter.h"
#include "validate/validator.h"

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
// A partner certificate file holds a certificate or a short chain, never a bundle of thousands.
constexpr qsizetype kMaxPartnerFileSize = 1024 * 1024;

QList<Finding> findingsAbout(const Workspace& workspace, const QString& domain)
{
    QList<Finding> found;
    for (const Finding& finding : Validator::run(workspace)) {
        if (finding.location.kind == FindingLocation::Kind::SecureDomain &&
            finding.location.id.compare(domain, Qt::CaseInsensitive) == 0 &&
            finding.location.field == u"partnerCertificates"_s)
            found << finding;
    }
    return found;
}
} // namespace

Result<PartnerPinOperations::AddChange> PartnerPinOperations::addCertificate(const Workspace& workspace,
                                                                             const QString& domain,
                                                                             const QByteArray& data,
                                                                             const QString& fileName)
{
    if (data.size() > kMaxPartnerFileSize)
        return Error{ErrorCode::BadInput,
                     tr("%1: the file is too large for a partner certificate").arg(fileName)};
    auto bundle = CertificateImporter::importData(data, fileName);
    if (!bundle.ok())
        return bundle.error();
    if (bundle->format == ImportedBundle::Format::Pkcs12 || !bundle->key.isNull())
        return Error{
            ErrorCode::BadInput,
            tr("%1 holds a private key; a partner's certificate is imported without one").arg(fileName)};
    if (bundle->certificates.isEmpty())
        return Error{ErrorCode::BadInput, tr("%1 holds no certificate").arg(fileName)};
    return addCertificate(workspace, domain, bundle->certificates.first());
}

Result<PartnerPinOperations::AddChange> PartnerPinOperations::addCertificate(const Workspace& workspace,
                                                                             const QString& domainText,
                                                                             const Certificate& certificate)
{
    auto domain = SmtpDomain::parse(domainText);
    if (!domain.ok())
        return domain.error();
    if (certificate.isNull())
        return Error{ErrorCode::BadInput, tr("no certificate was given")};
    if (certificate.isCa())
        return Error{
            ErrorCode::BadInput,
            tr("%1 is a CA certificate; pin the partner gateway's own certificate (trust the CA with "
               "\"trust add\")")
                .arg(certificate.subject())};
    AddChange change;
    change.workspace = workspace;
    change.added = PartnerCertificate::fromCertificate(domain.value(), certificate);
    change.object = domain->toString();
    for (const PartnerCertificate& existing : workspace.partnerCertificates) {
        if (existing.domain == change.added.domain &&
            existing.certificateDer == change.added.certificateDer) {
            change.alreadyPresent = true;
            change.description = tr("The certificate of %1 is pinned already").arg(change.object);
            change.findings = findingsAbout(change.workspace, change.object);
            return change;
        }
    }
    change.workspace.partnerCertificates.append(change.added);
    change.description = tr("Pin the public key %1 for partner %2").arg(change.added.pin, change.object);
    change.findings = findingsAbout(change.workspace, change.object);
    return change;
}

bool PartnerPinOperations::verifiedByProbe(const ProbeReport& report)
{
    return report.success() && report.tlsEstablished && report.trusted && report.nameMatched &&
           !report.expired && !report.chainSent.isEmpty();
}

Result<PartnerPinOperations::AddChange> PartnerPinOperations::addFromProbe(const Workspace& workspace,
                                                                           const QString& domain,
                                                                           const ProbeReport& report)
{
    if (!verifiedByProbe(report))
        return Error{ErrorCode::Validation,
                     tr("the certificate of %1 was not verified by the test (trusted chain and the partner's "
                        "name); nothing is pinned")
                         .arg(report.host)};
    return addCertificate(workspace, domain, report.chainSent.first().certificate);
}

Result<Change> PartnerPinOperations::removePin(const Workspace& workspace, const QString& domainText,
                                               const QString& pinText)
{
    auto domain = SmtpDomain::parse(domainText);
    if (!domain.ok())
        return domain.error();
    auto pin = PartnerCertificate::parsePin(pinText);
    if (!pin.ok())
        return pin.error();
    Change change{workspace, {}, domain->toString(), {}};
    const qsizetype removed =
        change.workspace.partnerCertificates.removeIf([&](const PartnerCertificate& entry) {
            return entry.domain == domain.value() && entry.pin == pin.value();
        });
    if (removed == 0)
        return Error{ErrorCode::BadInput,
                     tr("partner %1 has no pin %2").arg(domain->toString(), pin.value())};
    change.description = tr("Remove the pin %1 of partner %2").arg(pin.value(), domain->toString());
    change.findings = findingsAbout(change.workspace, change.object);
    return change;
}

} // namespace ds::core
