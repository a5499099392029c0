#include "exchangeonlinemapping.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

QString dottedQuad(quint64 value)
{
    return u"%1.%2.%3.%4"_s.arg((value >> 24) & 0xff)
        .arg((value >> 16) & 0xff)
        .arg((value >> 8) & 0xff)
        .arg(value & 0xff);
}

} // namespace

QString ExchangeOnlineMapping::inboundName(const QString& domain)
{
    // Not translated: the name is how the script finds the connector again (Get-InboundConnector).
    return u"DomainSecure inbound "_s + domain;
}

QString ExchangeOnlineMapping::certificateName(const Workspace& workspace, const QString& domain)
{
    Q_UNUSED(workspace)
    return domain;
}

QString ExchangeOnlineMapping::tlsDomain(const SendConnector& connector, const QString& recipientDomain)
{
    if (connector.tlsAuthLevel == TlsAuthLevel::DomainValidation && !connector.tlsDomain.isEmpty())
        return connector.tlsDomain;
    return recipientDomain;
}

bool ExchangeOnlineMapping::exportsSendConnector(const SendConnector& connector)
{
    return connector.domainSecureEnabled || connector.tlsAuthLevel == TlsAuthLevel::DomainValidation;
}

std::optional<QStringList> ExchangeOnlineMapping::senderIPAddresses(const IpRange& range)
{
    if (range.isNull() || range.isIPv6())
        return std::nullopt;
    const quint64 first = range.first().low & 0xffffffffULL;
    const quint64 last = range.last().low & 0xffffffffULL;
    QStringList blocks;
    quint64 current = first;
    while (current <= last) {
        // The widest CIDR block of /24 or narrower that starts at current and ends at or before
        // last ("Valid subnet mask values are /24 through /32").
        int prefix = 32;
        while (prefix > 24) {
            const quint64 size = 1ULL << (32 - (prefix - 1));
            if ((current & (size - 1)) != 0 || current + size - 1 > last)
                break;
            --prefix;
        }
        if (blocks.size() == kMaxBlocks)
            return std::nullopt; // a wide range: not a partner's gateways
        blocks << (prefix == 32 ? dottedQuad(current) : dottedQuad(current) + u'/' + QString::number(prefix));
        current += 1ULL << (32 - prefix);
    }
    return blocks;
}

QList<ExchangeOnlineMapping::Inbound> ExchangeOnlineMapping::inbound(const Workspace& workspace)
{
    QList<Inbound> list;
    for (const QString& entry : workspace.domainSecure.receive) {
        const QString domain = entry.trimmed().toLower();
        Inbound inbound;
        inbound.name = inboundName(domain);
        inbound.senderDomain = domain;
        inbound.certificateName = certificateName(workspace, domain);
        bool anyAddress = false;
        QStringList addresses;
        for (const Server& server : workspace.servers) {
            for (const ReceiveConnector& connector : server.receiveConnectors) {
                if (!connector.enabled || !connector.domainSecureEnabled)
                    continue;
                bool serves = false;
                for (const SmtpDomain& partner : connector.partnerDomains)
                    serves = serves || partner.toString().compare(domain, Qt::CaseInsensitive) == 0;
                if (!serves)
                    continue;
                inbound.receiveConnectors << connector.identity(server.name);
                if (connector.remoteIPRanges.isEmpty())
                    anyAddress = true;
                for (const IpRange& range : connector.remoteIPRanges) {
                    if (range.isAllAddresses()) {
                        anyAddress = true;
                        continue;
                    }
                    const auto blocks = senderIPAddresses(range);
                    if (!blocks) {
                        inbound.unexpressible << range.toString();
                        continue;
                    }
                    for (const QString& block : *blocks) {
                        if (!addresses.contains(block))
                            addresses << block;
                    }
                }
            }
        }
        // A partner the workspace accepts from any address is not restricted to some.
        if (!anyAddress)
            inbound.senderIPAddresses = addresses;
        else
            inbound.unexpressible.clear();
        list << inbound;
    }
    return list;
}

QList<ExchangeOnlineMapping::Outbound> ExchangeOnlineMapping::outbound(const Workspace& workspace)
{
    QList<Outbound> list;
    for (const SendConnector& connector : workspace.sendConnectors) {
        if (!exportsSendConnector(connector))
            continue;
        // The recipient domains grouped by the TLS domain their certificate must carry.
        QList<Outbound> groups;
        for (const AddressSpace& space : connector.addressSpaces) {
            if (space.domain() == u"*"_s)
                continue; // no target can domain-secure all domains (SC-DS-WILDCARD)
            const QString domain = space.domain().toLower();
            const QString tls = tlsDomain(connector, domain);
            auto group = std::find_if(groups.begin(), groups.end(),
                                      [&tls](const Outbound& o) { return o.tlsDomain == tls; });
            if (group == groups.end()) {
                Outbound outbound;
                outbound.sendConnector = connector.name;
                outbound.tlsDomain = tls;
                outbound.useMxRecord = connector.dnsRoutingEnabled;
                outbound.smartHosts = connector.dnsRoutingEnabled ? QStringList() : connector.smartHosts;
                outbound.enabled = connector.enabled;
                outbound.comment = connector.comment;
                groups << outbound;
                group = groups.end() - 1;
            }
            if (!group->recipientDomains.contains(domain))
                group->recipientDomains << domain;
        }
        for (Outbound& outbound : groups) {
            // One connector keeps the send connector's name; several are told apart by TLS domain.
            outbound.name =
                groups.size() == 1 ? connector.name : u"%1 (%2)"_s.arg(connector.name, outbound.tlsDomain);
            list << outbound;
        }
    }
    return list;
}

} // namespace ds::core
