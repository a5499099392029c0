#include "partnerpinrules.h"

#include "crypto/systemtruststore.h"

using namespace Qt::StringLiterals;

namespace ds::core {

FindingLocation PartnerPinRules::location(const QString& domain)
{
    return {FindingLocation::Kind::SecureDomain, {}, domain, u"partnerCertificates"_s};
}

void PartnerPinRules::check(ValidationContext& c, const QString& systemStore)
{
    for (const PartnerCertificate& entry : c.workspace.partnerCertificates) {
        const QString domain = entry.domain.toString();
        if (!entry.carriesDomain()) {
            // Exchange accepts a partner only when its certificate names a domain of the
            // TLSReceiveDomainSecureList (Exchange 2007 domain security); Postfix's match= on the
            // send side needs the name as well.
            c.error(u"PIN-DOMAIN-MISSING"_s, location(domain),
                    tr("The certificate pinned for partner %1 (%2) does not carry %1; its names are: %3.")
                        .arg(domain, entry.subject,
                             entry.names.isEmpty() ? tr("none") : entry.names.join(u", "_s)),
                    tr("Ask the partner for a certificate with %1 among its subject alternative names, "
                       "import it and remove this pin.")
                        .arg(domain));
        }
        if (entry.notAfter.isValid() && c.now > entry.notAfter) {
            c.error(u"PIN-EXPIRED"_s, location(domain),
                    tr("The certificate pinned for partner %1 (public key %2) expired on %3.")
                        .arg(domain, entry.pin, entry.notAfter.toUTC().toString(Qt::ISODate)),
                    tr("Import the partner's current certificate and remove the old pin."));
        } else if (entry.notAfter.isValid() && c.now.daysTo(entry.notAfter) < kExpiryWarningDays) {
            c.warning(u"PIN-EXPIRING"_s, location(domain),
                      tr("The certificate pinned for partner %1 (public key %2) expires on %3, in %4 days.")
                          .arg(domain, entry.pin, entry.notAfter.toUTC().toString(Qt::ISODate))
                          .arg(c.now.daysTo(entry.notAfter)),
                      tr("Import the partner's next certificate now, so that both keys are pinned during "
                         "the rollover."));
        }
    }

    if (c.target != ValidationTarget::Postfix)
        return;
    // A public CA issues certificates to anyone: without a pin, every holder of one of its
    // certificates at an address in the partner's ranges would be taken for the partner.
    QStringList publicRoots;
    for (const QByteArray& der : c.workspace.trustedRoots) {
        auto root = Certificate::fromDer(der);
        if (root.ok() && SystemTrustStore::contains(root.value(), systemStore))
            publicRoots << root->subject();
    }
    if (publicRoots.isEmpty())
        return;
    for (const Server& server : c.workspace.servers) {
        for (const ReceiveConnector& connector : server.receiveConnectors) {
            const bool partner = connector.domainSecureEnabled || connector.usage == ReceiveUsage::Partner;
            if (!connector.enabled || !partner)
                continue;
            QStringList unpinned;
            for (const SmtpDomain& domain : connector.partnerDomains) {
                if (c.workspace.pinsOf(domain.toString()).isEmpty())
                    unpinned << domain.toString();
            }
            if (!unpinned.isEmpty() || connector.partnerDomains.isEmpty()) {
                c.error(
                    u"PIN-PUBLIC-CA-UNPINNED"_s,
                    FindingLocation::ofReceiveConnector(server.name, connector.name).at(u"partnerDomains"_s),
                    tr("Receive connector %1 trusts the public CA %2 without a pinned partner key (%3): "
                       "anyone with a certificate from that CA in the partner's address ranges would be "
                       "taken for the partner.")
                        .arg(connector.identity(server.name), publicRoots.first(),
                             connector.partnerDomains.isEmpty() ? tr("no partner domain")
                                                                : unpinned.join(u", "_s)),
                    tr("Pin the partner's certificate: import it, or trust it from Test Connection."), {},
                    FindingFix{FindingFix::Action::PinPartnerCertificate,
                               unpinned.isEmpty() ? QString() : unpinned.first()});
            }
        }
    }
}

} // namespace ds::core
