#include "domainsecurelistrules.h"

#include "model/smtpdomain.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ds::core {

void DomainSecureListRules::check(ValidationContext& c)
{
    // What the connectors cover, computed once: a hash lookup per list entry, not a scan.
    QSet<QString> secureSendDomains;
    QSet<QString> secureReceiveDomains;
    for (const SendConnector& connector : c.workspace.sendConnectors) {
        if (!connector.domainSecureEnabled)
            continue;
        for (const AddressSpace& space : connector.addressSpaces) {
            if (!space.isWildcard())
                secureSendDomains.insert(space.domain());
        }
    }
    for (const Server& server : c.workspace.servers) {
        for (const ReceiveConnector& connector : server.receiveConnectors) {
            if (!connector.domainSecureEnabled)
                continue;
            for (const SmtpDomain& domain : connector.partnerDomains)
                secureReceiveDomains.insert(domain.toString());
        }
    }

    for (const auto direction : {DomainSecureLists::Direction::Send, DomainSecureLists::Direction::Receive}) {
        const bool send = direction == DomainSecureLists::Direction::Send;
        const QString directionName = DomainSecureLists::directionName(direction);
        const QStringList& entries = c.workspace.domainSecure.list(direction);
        QSet<QString> seen;
        seen.reserve(entries.size());
        for (const QString& entry : entries) {
            const FindingLocation object = FindingLocation::ofListDomain(directionName, entry);
            const auto domain = SmtpDomain::parse(entry);
            if (!domain.ok()) {
                c.error(u"DS-ENTRY-INVALID"_s, object, domain.errorMessage(),
                        tr("Replace it with a plain domain such as fabrikam.example."));
                continue;
            }
            const QString name = domain->toString();
            if (seen.contains(name)) {
                c.warning(u"DS-ENTRY-DUPLICATE"_s, object,
                          tr("%1 is on the %2 list more than once.").arg(name, directionName),
                          tr("Remove the duplicate."));
                continue;
            }
            seen.insert(name);
            if (send && !secureSendDomains.contains(name)) {
                c.warning(
                    u"DS-SEND-UNUSED"_s, object,
                    tr("%1 is on the send list but no domain-secure send connector has it as address space.")
                        .arg(name),
                    tr("Create a Partner send connector for %1, or remove it from the list.").arg(name), {},
                    FindingFix{FindingFix::Action::NewPartnerSendConnector, name});
            } else if (!send && !secureReceiveDomains.contains(name) && !c.online()) {
                // Not for Exchange Online, where each receive-list domain is its own inbound connector.
                c.warning(
                    u"DS-RECEIVE-UNUSED"_s, object,
                    tr("%1 is on the receive list but no domain-secure receive connector serves it.")
                        .arg(name),
                    tr("Create a Partner receive connector for %1, or remove it from the list.").arg(name),
                    {}, FindingFix{FindingFix::Action::NewPartnerReceiveConnector, name});
            }
            if (send && !c.receiveList.contains(name)) {
                c.info(u"DS-ONE-WAY"_s, object,
                       tr("%1 is on the send list only: mail from it is not treated as domain secured.")
                           .arg(name),
                       tr("Add it to the receive list too for two-way domain security."), {},
                       FindingFix{FindingFix::Action::AddToReceiveList, name});
            }
        }
    }
}

} // namespace ds::core
