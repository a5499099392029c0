#include "receiveconnectorrules.h"

#include "certificaterules.h"
#include "model/freetext.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
constexpr int kMaxRecipients = 512000;
constexpr qint64 kMaxTimeout = 24 * 3600; // 1.00:00:00
} // namespace

void ReceiveConnectorRules::check(ValidationContext& context)
{
    for (const Server& server : context.workspace.servers) {
        QHash<QString, int> names;
        names.reserve(server.receiveConnectors.size());
        for (const ReceiveConnector& connector : server.receiveConnectors) {
            checkConnector(context, server, connector);
            const QString key = connector.name.trimmed().toLower();
            if (!key.isEmpty() && ++names[key] == 2) {
                context.error(
                    u"RC-NAME-DUPLICATE"_s, FindingLocation::ofReceiveConnector(server.name, connector.name),
                    tr("Two receive connectors of %1 are named \"%2\"; names must be unique per server.")
                        .arg(server.name, connector.name),
                    tr("Rename one of them."), u"name"_s);
            }
        }
        checkOverlaps(context, server);
    }
}

void ReceiveConnectorRules::checkConnector(ValidationContext& c, const Server& server,
                                           const ReceiveConnector& rc)
{
    const FindingLocation object = FindingLocation::ofReceiveConnector(server.name, rc.name);
    const bool edge = server.isEdge();

    // Names: 1–64 characters, no backslash (it separates SERVER\Name), nothing a script would break on.
    const QString name = rc.name.trimmed();
    if (name.isEmpty()) {
        c.error(u"RC-NAME-EMPTY"_s, object, tr("The receive connector has no name."), tr("Give it a name."),
                u"name"_s);
    } else if (name.size() > FreeText::kMaxNameLength) {
        c.error(u"RC-NAME-LENGTH"_s, object,
                tr("The name has %1 characters; Exchange allows at most %2.")
                    .arg(name.size())
                    .arg(FreeText::kMaxNameLength),
                tr("Shorten the name."), u"name"_s);
    } else if (name.contains(QLatin1Char('\\'))) {
        c.error(u"RC-NAME-BACKSLASH"_s, object,
                tr("The name contains a backslash, which Exchange reserves for SERVER\\Name."),
                tr("Remove the backslash from the name."), u"name"_s);
    } else if (auto why = FreeText::problem(rc.name)) {
        c.error(u"RC-NAME-CHARS"_s, object, tr("The name %1.").arg(*why),
                tr("Use plain characters; the name is written into scripts and configuration files."),
                u"name"_s);
    }
    if (!rc.banner.isEmpty()) {
        if (auto why = FreeText::problem(rc.banner)) {
            c.error(u"RC-BANNER-CHARS"_s, object, tr("The banner %1.").arg(*why),
                    tr("Write the banner on one line without control characters or typographic quotes."),
                    u"banner"_s);
        } else if (!(rc.banner == u"220"_s || rc.banner.startsWith(u"220 "_s))) {
            c.error(u"RC-BANNER-220"_s, object,
                    tr("The banner \"%1\" does not start with \"220 \"; SMTP clients reject such a greeting.")
                        .arg(FreeText::printable(rc.banner)),
                    tr("Start the banner with \"220 \", or clear it to use the default."), u"banner"_s);
        } else if (auto postfix = ReceiveConnector::postfixBannerProblem(rc.banner);
                   postfix && !c.exchange()) {
            c.error(u"RC-BANNER-POSTFIX"_s, object, tr("The banner %1.").arg(*postfix),
                    tr("Remove { and } from the banner."), u"banner"_s);
        }
    }
    if (auto why = FreeText::problem(rc.comment)) {
        c.error(u"RC-COMMENT-CHARS"_s, object, tr("The comment %1.").arg(*why),
                tr("Write the comment without control characters or typographic quotes."), u"comment"_s);
    }

    // Network.
    if (rc.bindings.isEmpty()) {
        c.error(u"RC-BINDINGS-EMPTY"_s, object,
                tr("The connector has no bindings (local IP address and port)."),
                tr("Add a binding such as 0.0.0.0:25."), u"bindings"_s);
    }
    if (rc.remoteIPRanges.isEmpty()) {
        c.error(u"RC-REMOTE-EMPTY"_s, object, tr("The connector accepts no remote IP range."),
                rc.usage == ReceiveUsage::Partner
                    ? tr("Add the IP addresses of the partner's sending servers.")
                    : tr("Add the remote IP ranges this connector serves."),
                u"remoteIPRanges"_s);
    }
    if (rc.usage == ReceiveUsage::Partner || rc.domainSecureEnabled) {
        for (const IpRange& range : rc.remoteIPRanges) {
            if (range.isAllAddresses()) {
                c.error(u"RC-PARTNER-ALL-ADDRESSES"_s, object,
                        tr("The partner connector accepts every address (%1), so it would demand partner "
                           "certificates from all Internet senders.")
                            .arg(range.toString()),
                        tr("List only the partner's gateway addresses."), u"remoteIPRanges"_s);
                break;
            }
        }
    }

    // Authentication and permission groups (§2.4).
    const AuthMechanisms auth = rc.authMechanism;
    if (auth.testFlag(AuthMechanism::BasicAuthRequireTLS) &&
        !(auth.testFlag(AuthMechanism::BasicAuth) && auth.testFlag(AuthMechanism::Tls))) {
        c.error(u"RC-AUTH-BASIC-TLS"_s, object,
                tr("BasicAuthRequireTLS is set without both BasicAuth and Tls."),
                tr("Add BasicAuth and Tls, or remove BasicAuthRequireTLS."), u"authMechanism"_s);
    }
    if (auth.testFlag(AuthMechanism::ExternalAuthoritative)) {
        const AuthMechanisms others =
            auth & ~AuthMechanisms(AuthMechanism::ExternalAuthoritative | AuthMechanism::Tls);
        if (others || !rc.permissionGroups.testFlag(PermissionGroup::ExchangeServers)) {
            c.error(u"RC-AUTH-EXTERNAL"_s, object,
                    tr("ExternalAuthoritative combines only with Tls and needs the ExchangeServers "
                       "permission group."),
                    tr("Keep only Tls besides ExternalAuthoritative and set the ExchangeServers group."),
                    u"authMechanism"_s);
        }
    }
    if (rc.domainSecureEnabled && !auth.testFlag(AuthMechanism::Tls)) {
        c.error(u"RC-DS-TLS"_s, object,
                tr("Domain security is on but Tls is not an authentication mechanism."),
                tr("Add Tls to the authentication mechanisms."), u"authMechanism"_s);
    }
    if (rc.domainSecureEnabled && auth.testFlag(AuthMechanism::ExternalAuthoritative)) {
        c.error(u"RC-DS-EXTERNAL"_s, object,
                tr("Domain security cannot be combined with ExternalAuthoritative."),
                tr("Remove ExternalAuthoritative, or turn domain security off."), u"authMechanism"_s);
    }
    if (rc.requireTLS && !auth.testFlag(AuthMechanism::Tls)) {
        c.error(u"RC-REQUIRETLS-TLS"_s, object,
                tr("Require TLS is on but Tls is not an authentication mechanism."),
                tr("Add Tls to the authentication mechanisms."), u"authMechanism"_s);
    }
    if (rc.domainSecureEnabled && !rc.permissionGroups.testFlag(PermissionGroup::Partners)) {
        c.warning(
            u"RC-DS-PARTNERS-GROUP"_s, object,
            tr("Domain security is on but the Partners permission group is not, so an authenticated partner "
               "gets no Partner Servers rights."),
            tr("Add the Partners permission group."), u"permissionGroups"_s);
    }
    if (c.onPremises()) {
        if (rc.permissionGroups.testFlag(PermissionGroup::Custom)) {
            c.error(u"RC-PERM-CUSTOM"_s, object,
                    tr("The Custom permission group cannot be set; Exchange shows it only after "
                       "Add-ADPermission."),
                    tr("Remove Custom from the permission groups."), u"permissionGroups"_s);
        }
        if (edge && (rc.permissionGroups &
                     (PermissionGroup::ExchangeUsers | PermissionGroup::ExchangeLegacyServers))) {
            c.error(u"RC-PERM-EDGE"_s, object,
                    tr("ExchangeUsers and ExchangeLegacyServers do not exist on an Edge Transport server."),
                    tr("Remove those permission groups."), u"permissionGroups"_s);
        }
        if (edge && rc.usage == ReceiveUsage::Client) {
            c.error(u"RC-USAGE-CLIENT-EDGE"_s, object,
                    tr("The Client usage is not available on an Edge server."),
                    tr("Use the Custom or Internet usage."), u"usage"_s);
        }
    }

    // Limits and timeouts.
    if (ReceiveConnector::maxMessageSizeProblem(rc.maxMessageSize)) {
        c.error(u"RC-MAXSIZE-RANGE"_s, object,
                tr("The maximum message size %1 is outside 64KB to 2GB.").arg(rc.maxMessageSize.toString()),
                tr("Use a size such as 10MB."), u"maxMessageSize"_s);
    }
    if (rc.maxRecipientsPerMessage < 1 || rc.maxRecipientsPerMessage > kMaxRecipients) {
        c.error(u"RC-MAXRCPT-RANGE"_s, object,
                tr("The maximum number of recipients %1 is outside 1 to %2.")
                    .arg(rc.maxRecipientsPerMessage)
                    .arg(kMaxRecipients),
                tr("Use a number such as 200."), u"maxRecipientsPerMessage"_s);
    }
    const qint64 connection = rc.connectionTimeout.seconds();
    const qint64 inactivity = rc.connectionInactivityTimeout.seconds();
    if (connection < 1 || connection > kMaxTimeout) {
        c.error(u"RC-TIMEOUT-RANGE"_s, object,
                tr("The connection timeout %1 is outside 00:00:01 to 1.00:00:00.")
                    .arg(rc.connectionTimeout.toString()),
                tr("Use a value such as 00:05:00."), u"connectionTimeout"_s);
    } else if (inactivity < 1 || inactivity > kMaxTimeout) {
        c.error(u"RC-TIMEOUT-RANGE"_s, object,
                tr("The inactivity timeout %1 is outside 00:00:01 to 1.00:00:00.")
                    .arg(rc.connectionInactivityTimeout.toString()),
                tr("Use a value such as 00:01:00."), u"connectionInactivityTimeout"_s);
    } else if (inactivity >= connection) {
        c.error(u"RC-TIMEOUT-ORDER"_s, object,
                tr("The inactivity timeout %1 is not shorter than the connection timeout %2.")
                    .arg(rc.connectionInactivityTimeout.toString(), rc.connectionTimeout.toString()),
                tr("Make the inactivity timeout shorter than the connection timeout."),
                u"connectionInactivityTimeout"_s);
    }

    // Domain security: the partner domains on the receive list, a certificate for the FQDN.
    if (rc.domainSecureEnabled) {
        if (rc.partnerDomains.isEmpty()) {
            c.warning(
                u"RC-DS-NO-PARTNER"_s, object,
                tr("The domain-secure connector does not say which partner domains it serves, so its pairing "
                   "with the receive list cannot be checked."),
                tr("Add the partner domains it serves."), u"partnerDomains"_s);
        }
        for (const SmtpDomain& domain : rc.partnerDomains) {
            if (!c.receiveList.contains(domain.toString())) {
                c.error(
                    u"RC-DS-LIST"_s, object,
                    tr("The partner domain %1 is not on the domain-secure receive list, so its mail is not "
                       "treated as domain secured.")
                        .arg(domain.toString()),
                    tr("Add %1 to the domain-secure receive list.").arg(domain.toString()),
                    u"partnerDomains"_s, FindingFix{FindingFix::Action::AddToReceiveList, domain.toString()});
            }
        }
        const QString fqdn = rc.fqdn.isEmpty() ? server.fqdn : rc.fqdn.toString();
        const CertificateEntry* certificate = server.smtpCertificate();
        if (certificate && !CertificateRules::covers(*certificate, fqdn)) {
            c.error(
                u"RC-FQDN-CERT"_s, object,
                tr("The connector FQDN %1 is not a name of the SMTP certificate %2 (%3).")
                    .arg(fqdn, certificate->thumbprint, CertificateRules::names(*certificate).join(u", "_s)),
                tr("Set the connector FQDN to a name of the certificate, or enable a certificate for %1.")
                    .arg(fqdn),
                u"fqdn"_s);
        }
        if (!rc.enabled) {
            c.info(u"RC-DS-DISABLED"_s, object, tr("The domain-secure connector is disabled."),
                   tr("Enable it when the partner is ready."), u"enabled"_s);
        }
    }
}

namespace {
struct Interval
{
    int family;
    IpRange::Value first;
    IpRange::Value last;
    int connector;
    const IpRange* range;
};
} // namespace

void ReceiveConnectorRules::checkOverlaps(ValidationContext& c, const Server& server)
{
    const QList<ReceiveConnector>& connectors = server.receiveConnectors;
    // Connectors can collide only when they listen on the same port and the same local address
    // (or one listens on the any-address of the family). Sets of connectors that share such a
    // binding are swept once each: O(n log n) instead of comparing every pair.
    struct PortGroup
    {
        QList<int> any[2];                  // IPv4, IPv6 any-address listeners
        QHash<QString, QList<int>> address; // one local address → listeners
    };
    QHash<quint16, PortGroup> ports;
    for (int i = 0; i < connectors.size(); ++i) {
        for (const Binding& binding : connectors.at(i).bindings) {
            PortGroup& group = ports[binding.port()];
            QList<int>& members = binding.isAnyAddress() ? group.any[binding.address().isIPv6()]
                                                         : group.address[binding.address().toString()];
            if (members.isEmpty() || members.constLast() != i)
                members.append(i);
        }
    }
    QSet<quint64> reported;
    auto report = [&](const Interval& a, const Interval& b, quint16 port, const QString& local) {
        const int low = std::min(a.connector, b.connector);
        const int high = std::max(a.connector, b.connector);
        const quint64 key = (quint64(low) << 32) | quint64(high);
        if (reported.contains(key))
            return;
        reported.insert(key);
        const ReceiveConnector& first = connectors.at(low);
        const ReceiveConnector& second = connectors.at(high);
        const bool identical = a.first == b.first && a.last == b.last;
        const QString binding = local.contains(QLatin1Char(':')) ? u"[%1]:%2"_s.arg(local).arg(port)
                                                                 : u"%1:%2"_s.arg(local).arg(port);
        c.error(
            u"RC-BINDING-OVERLAP"_s, FindingLocation::ofReceiveConnector(server.name, second.name),
            identical
                ? tr("\"%1\" and \"%2\" both listen on %3 for the same remote range %4, so Exchange cannot "
                     "tell which one receives a connection.")
                      .arg(first.name, second.name, binding, a.range->toString())
                : tr("\"%1\" and \"%2\" both listen on %3 with partly overlapping remote ranges %4 and %5.")
                      .arg(first.name, second.name, binding, a.range->toString(), b.range->toString()),
            tr("Make the remote ranges disjoint, or make one range contain the other."), u"remoteIPRanges"_s);
    };
    auto sweep = [&](const QList<int>& members, quint16 port, const QString& local) {
        QList<Interval> intervals;
        for (int index : members) {
            for (const IpRange& range : connectors.at(index).remoteIPRanges)
                intervals.append(
                    Interval{range.isIPv6() ? 6 : 4, range.first(), range.last(), index, &range});
        }
        if (intervals.size() < 2)
            return;
        // Ranges of one binding must form a nesting (laminar) family: sorted by start and longest
        // first, each range either lies inside the innermost open one or starts after it ends.
        std::sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) {
            if (a.family != b.family)
                return a.family < b.family;
            if (a.first != b.first)
                return a.first < b.first;
            return b.last < a.last;
        });
        QList<const Interval*> open;
        for (const Interval& current : intervals) {
            while (!open.isEmpty() &&
                   (open.constLast()->family != current.family || open.constLast()->last < current.first))
                open.removeLast();
            if (!open.isEmpty()) {
                const Interval& top = *open.constLast();
                const bool identical = top.first == current.first && top.last == current.last;
                if (identical || top.last < current.last) {
                    if (top.connector != current.connector)
                        report(top, current, port, local);
                    continue; // keep the open chain nested
                }
            }
            open.append(&current);
        }
    };
    for (auto it = ports.cbegin(); it != ports.cend(); ++it) {
        const PortGroup& group = it.value();
        const QString anyV4 = u"0.0.0.0"_s;
        const QString anyV6 = u"::"_s;
        sweep(group.any[0], it.key(), anyV4);
        sweep(group.any[1], it.key(), anyV6);
        for (auto address = group.address.cbegin(); address != group.address.cend(); ++address) {
            const bool v6 = address.key().contains(QLatin1Char(':'));
            QList<int> members = group.any[v6 ? 1 : 0];
            for (int index : address.value()) {
                if (!members.contains(index))
                    members.append(index);
            }
            sweep(members, it.key(), address.key());
        }
    }
}

} // namespace ds::core
