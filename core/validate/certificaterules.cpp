#include "certificaterules.h"

#include "model/fqdn.h"

using namespace Qt::StringLiterals;

namespace ds::core {

QStringList CertificateRules::names(const CertificateEntry& certificate)
{
    if (!certificate.domains.isEmpty())
        return certificate.domains;
    // No SAN: fall back to the subject CN (RFC 4514 text, "CN=mail.contoso.example,O=Contoso").
    const QStringList parts = certificate.subject.split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString rdn = part.trimmed();
        if (rdn.startsWith(u"CN="_s, Qt::CaseInsensitive))
            return {rdn.mid(3)};
    }
    return {};
}

bool CertificateRules::covers(const CertificateEntry& certificate, const QString& fqdn)
{
    const auto name = Fqdn::parse(fqdn);
    if (!name.ok())
        return false;
    for (const QString& pattern : names(certificate)) {
        if (name->matches(pattern))
            return true;
    }
    return false;
}

void CertificateRules::check(ValidationContext& c)
{
    bool anyKey = false;
    for (const Server& server : c.workspace.servers) {
        for (const CertificateEntry& certificate : server.certificates)
            anyKey = anyKey || certificate.hasPrivateKey();
        for (const PendingRequest& request : server.pendingRequests)
            anyKey = anyKey || !request.privateKey.isEmpty();
        if (c.online())
            continue; // Exchange Online uses Microsoft's certificate, not the servers' (ExchangeOnlineRules)

        const bool partner = c.domainSecureServers.contains(server.name.toLower());
        const CertificateEntry* smtp = server.smtpCertificate();
        if (!smtp) {
            const QString message = tr("%1 has no certificate enabled for SMTP.").arg(server.name);
            const QString hint = tr("Import a CA-issued certificate and enable it for SMTP.");
            const FindingLocation location = FindingLocation::ofServer(server.name);
            const FindingFix fix{FindingFix::Action::EnableSmtpCertificate, {}};
            c.add(partner ? Finding::Severity::Error : Finding::Severity::Warning, u"CERT-SMTP-MISSING"_s,
                  location, message, hint, {}, fix);
            continue;
        }
        const FindingLocation object = FindingLocation::ofCertificate(server.name, smtp->thumbprint);
        if (!smtp->hasPrivateKey()) {
            c.error(
                u"CERT-NO-KEY"_s, object,
                tr("The SMTP certificate of %1 has no private key, so TLS cannot use it.").arg(server.name),
                tr("Import the certificate that answers your own request, or a PKCS#12 file with its key."));
        }
        if (smtp->notBefore.isValid() && c.now < smtp->notBefore) {
            c.error(u"CERT-NOT-YET-VALID"_s, object,
                    tr("The SMTP certificate of %1 is valid only from %2.")
                        .arg(server.name, smtp->notBefore.toUTC().toString(Qt::ISODate)),
                    tr("Wait until then or use another certificate."));
        }
        if (smtp->notAfter.isValid() && c.now > smtp->notAfter) {
            c.error(u"CERT-EXPIRED"_s, object,
                    tr("The SMTP certificate of %1 expired on %2.")
                        .arg(server.name, smtp->notAfter.toUTC().toString(Qt::ISODate)),
                    tr("Request and import a new certificate."));
        } else if (smtp->notAfter.isValid() && c.now.daysTo(smtp->notAfter) < kExpiryWarningDays) {
            c.warning(u"CERT-EXPIRING"_s, object,
                      tr("The SMTP certificate of %1 expires on %2, in %3 days.")
                          .arg(server.name, smtp->notAfter.toUTC().toString(Qt::ISODate))
                          .arg(c.now.daysTo(smtp->notAfter)),
                      tr("Request a new certificate now and give the partners time to trust it."));
        }
        if (partner && (smtp->selfSigned || smtp->internalOnly)) {
            c.error(
                u"CERT-SELF-SIGNED"_s, object,
                tr("The SMTP certificate of %1 is self-signed; partners cannot verify it.").arg(server.name),
                tr("Use a certificate issued by a CA your partners trust."));
        }
        if (partner && !smtp->extendedKeyUsages.isEmpty() &&
            !smtp->extendedKeyUsages.contains(u"clientAuth"_s, Qt::CaseInsensitive)) {
            c.warning(u"CERT-NO-CLIENTAUTH"_s, object,
                      tr("The SMTP certificate of %1 lacks the clientAuth extended key usage; a partner that "
                         "verifies client certificates will refuse it when %1 sends.")
                          .arg(server.name),
                      tr("Ask the CA for a certificate with both serverAuth and clientAuth."));
        }
    }
    if (anyKey && !c.workspace.keysProtected()) {
        c.warning(u"CERT-KEYS-UNPROTECTED"_s, FindingLocation::workspace(),
                  tr("Private keys are stored in the workspace without a passphrase."),
                  tr("Protect them with a workspace passphrase."), {},
                  FindingFix{FindingFix::Action::ProtectKeys, {}});
    }
}

} // namespace ds::core
