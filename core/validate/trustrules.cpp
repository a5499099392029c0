#include "trustrules.h"

#include "crypto/certificate.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ds::core {

std::optional<int> TrustRules::rsaBits(const QString& description)
{
    static const QRegularExpression pattern(u"^\\s*rsa[\\s:]+(\\d+)\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(description);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

void TrustRules::check(ValidationContext& context)
{
    checkKeys(context);
    checkRoots(context);
}

void TrustRules::checkKeys(ValidationContext& c)
{
    // Exchange 2007 requests 2048-bit keys by default and accepts 1024; current CAs and partners
    // refuse RSA keys under 2048 bits (NIST SP 800-131A).
    for (const Server& server : c.workspace.servers) {
        for (const CertificateEntry& certificate : server.certificates) {
            const auto bits = rsaBits(certificate.keyDescription);
            if (!bits || *bits >= kMinRsaBits)
                continue;
            c.warning(u"CERT-RSA-WEAK"_s, FindingLocation::ofCertificate(server.name, certificate.thumbprint),
                      tr("The certificate %1 of %2 has an RSA key of %3 bits; partners and CAs expect at "
                         "least %4.")
                          .arg(certificate.thumbprint, server.name)
                          .arg(*bits)
                          .arg(kMinRsaBits),
                      tr("Request a new certificate with a key of at least %1 bits.").arg(kMinRsaBits));
        }
        for (const PendingRequest& request : server.pendingRequests) {
            const auto bits = rsaBits(request.keySpec);
            if (!bits || *bits >= kMinRsaBits)
                continue;
            c.warning(
                u"CERT-RSA-WEAK"_s, FindingLocation::ofCertificate(server.name, request.thumbprint),
                tr("The pending request %1 of %2 has an RSA key of %3 bits; partners and CAs expect at "
                   "least %4.")
                    .arg(request.thumbprint, server.name)
                    .arg(*bits)
                    .arg(kMinRsaBits),
                tr("Remove the request and make a new one with a key of at least %1 bits.").arg(kMinRsaBits));
        }
    }
}

void TrustRules::checkRoots(ValidationContext& c)
{
    // A partner's chain verifies only up to a root in the store: Windows (Local Computer Trusted
    // Root Certification Authorities) and OpenSSL (Postfix's CAfile, without partial chains) both
    // need the self-signed root, not an intermediate (Exchange 2007 PKI documentation):
    // https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/bb124817(v=exchg.80)
    QList<Certificate> roots;
    QSet<QString> subjects;
    for (const QByteArray& der : c.workspace.trustedRoots) {
        auto certificate = Certificate::fromDer(der);
        if (!certificate.ok())
            continue; // the loader refuses such a workspace; nothing to say here
        subjects.insert(certificate->subject());
        roots << certificate.value();
    }
    for (const Certificate& certificate : std::as_const(roots)) {
        if (certificate.isSelfSigned())
            continue;
        bool issuerTrusted = false;
        if (subjects.contains(certificate.issuer())) {
            for (const Certificate& other : std::as_const(roots))
                issuerTrusted = issuerTrusted ||
                                (other.subject() == certificate.issuer() && certificate.isSignedBy(other));
        }
        if (issuerTrusted)
            continue;
        c.error(u"TRUST-ROOT-MISSING"_s, FindingLocation::ofTrustedRoot(certificate.thumbprint()),
                tr("The trusted certificate %1 is not a root: it is issued by %2, which is not among the "
                   "trusted roots, so a partner chain through it cannot be verified.")
                    .arg(certificate.subject(), certificate.issuer()),
                tr("Add the partner's root CA %1 to the trusted roots.").arg(certificate.issuer()), {},
                FindingFix{FindingFix::Action::TrustPartnerRoot, certificate.issuer()});
    }

    // Domain security with a partner, and no partner root at all: fine when the partner's CA is one
    // the servers trust already (a public CA), the usual mistake otherwise.
    if (!roots.isEmpty())
        return;
    QStringList partners;
    for (const QString& domain : c.workspace.domainSecure.receive)
        partners << domain.trimmed().toLower();
    for (const QString& domain : c.workspace.domainSecure.send) {
        if (!partners.contains(domain.trimmed().toLower()))
            partners << domain.trimmed().toLower();
    }
    if (partners.isEmpty())
        return;
    c.info(u"TRUST-ROOT-NONE"_s, FindingLocation::workspace(),
           tr("The workspace trusts no partner root CA, so the export adds none to the servers' trust "
              "stores; mutual TLS with %1 works only if their certificates come from a CA the servers "
              "trust already.")
               .arg(partners.join(u", "_s)),
           tr("Add the root CA of each partner with a private CA to the trusted roots."), {},
           FindingFix{FindingFix::Action::TrustPartnerRoot, {}});
}

} // namespace ds::core
