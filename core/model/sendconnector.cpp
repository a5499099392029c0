#include "sendconnector.h"

#include "freetext.h"
#include "iprange.h"
#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QStringList kKnown = {u"name"_s,
                            u"usage"_s,
                            u"addressSpaces"_s,
                            u"dnsRoutingEnabled"_s,
                            u"smartHosts"_s,
                            u"port"_s,
                            u"smartHostAuthMechanism"_s,
                            u"fqdn"_s,
                            u"domainSecureEnabled"_s,
                            u"requireTLS"_s,
                            u"ignoreStartTls"_s,
                            u"sourceTransportServers"_s,
                            u"maxMessageSize"_s,
                            u"protocolLoggingLevel"_s,
                            u"connectionInactivityTimeout"_s,
                            u"enabled"_s,
                            u"comment"_s};
} // namespace

QStringList SendConnector::plainDomains() const
{
    QStringList domains;
    for (const AddressSpace& space : addressSpaces) {
        if (!space.isWildcard())
            domains << space.domain();
    }
    return domains;
}

bool SendConnector::hasWildcardAddressSpace() const
{
    for (const AddressSpace& space : addressSpaces) {
        if (space.isWildcard())
            return true;
    }
    return false;
}

Result<QString> SendConnector::parseSmartHost(const QString& raw)
{
    QString text = raw.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    const bool looksLikeAddress =
        text.contains(QLatin1Char(':')) ||
        (!text.isEmpty() && text.back().isDigit() && text.count(QLatin1Char('.')) == 3);
    if (looksLikeAddress) {
        auto address = IpRange::parseAddress(text);
        if (!address.ok()) {
            return Result<QString>::failure(
                ErrorCode::BadInput,
                tr("smart host \"%1\": %2").arg(FreeText::printable(raw), address.errorMessage()));
        }
        return address->toString();
    }
    auto name = Fqdn::parse(text);
    if (!name.ok())
        return Result<QString>::failure(ErrorCode::BadInput, tr("smart host: %1").arg(name.errorMessage()));
    return name->toString();
}

QJsonObject SendConnector::toJson() const
{
    QJsonObject json = unknown;
    json[u"name"_s] = name;
    json[u"usage"_s] = ConnectorNames::sendUsage(usage);
    QJsonArray spaces;
    for (const AddressSpace& space : addressSpaces)
        spaces.append(space.toString());
    json[u"addressSpaces"_s] = spaces;
    json[u"dnsRoutingEnabled"_s] = dnsRoutingEnabled;
    json[u"smartHosts"_s] = JsonFields::fromStringList(smartHosts);
    json[u"port"_s] = port;
    json[u"smartHostAuthMechanism"_s] = ConnectorNames::smartHostAuthMechanism(smartHostAuthMechanism);
    json[u"fqdn"_s] = fqdn.toString();
    json[u"domainSecureEnabled"_s] = domainSecureEnabled;
    json[u"requireTLS"_s] = requireTLS;
    json[u"ignoreStartTls"_s] = ignoreStartTls;
    json[u"sourceTransportServers"_s] = JsonFields::fromStringList(sourceTransportServers);
    json[u"maxMessageSize"_s] = maxMessageSize.toString();
    json[u"protocolLoggingLevel"_s] = ConnectorNames::protocolLoggingLevel(protocolLoggingLevel);
    json[u"connectionInactivityTimeout"_s] = connectionInactivityTimeout.toString();
    json[u"enabled"_s] = enabled;
    json[u"comment"_s] = comment;
    return json;
}

Result<SendConnector> SendConnector::fromJson(const QJsonObject& json)
{
    SendConnector c;
    c.name = json[u"name"_s].toString();
    auto fail = [&](const QString& field, const QString& why) {
        return Result<SendConnector>::failure(ErrorCode::BadInput, u"%1: %2: %3"_s.arg(c.name, field, why));
    };
    if (json.contains(u"usage"_s)) {
        const auto usage = ConnectorNames::parseSendUsage(json[u"usage"_s].toString());
        if (!usage)
            return fail(u"usage"_s, tr("unknown value \"%1\"").arg(json[u"usage"_s].toString()));
        c.usage = *usage;
    }
    const QJsonArray spaces = json[u"addressSpaces"_s].toArray();
    for (qsizetype i = 0; i < spaces.size(); ++i) {
        auto space = AddressSpace::parse(spaces.at(i).toString());
        if (!space.ok())
            return fail(u"addressSpaces[%1]"_s.arg(i), space.errorMessage());
        c.addressSpaces.append(space.value());
    }
    c.dnsRoutingEnabled = json[u"dnsRoutingEnabled"_s].toBool(true);
    const QStringList hosts = JsonFields::toStringList(json[u"smartHosts"_s]);
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        auto host = parseSmartHost(hosts.at(i));
        if (!host.ok())
            return fail(u"smartHosts[%1]"_s.arg(i), host.errorMessage());
        c.smartHosts.append(host.value());
    }
    c.port = json[u"port"_s].toInt(25);
    if (json.contains(u"smartHostAuthMechanism"_s)) {
        const auto auth =
            ConnectorNames::parseSmartHostAuthMechanism(json[u"smartHostAuthMechanism"_s].toString());
        if (!auth) {
            return fail(u"smartHostAuthMechanism"_s,
                        tr("unknown value \"%1\"").arg(json[u"smartHostAuthMechanism"_s].toString()));
        }
        c.smartHostAuthMechanism = *auth;
    }
    if (const QString fqdn = json[u"fqdn"_s].toString(); !fqdn.isEmpty()) {
        auto parsed = Fqdn::parse(fqdn);
        if (!parsed.ok())
            return fail(u"fqdn"_s, parsed.errorMessage());
        c.fqdn = parsed.value();
    }
    c.domainSecureEnabled = json[u"domainSecureEnabled"_s].toBool(false);
    c.requireTLS = json[u"requireTLS"_s].toBool(false);
    c.ignoreStartTls = json[u"ignoreStartTls"_s].toBool(false);
    c.sourceTransportServers = JsonFields::toStringList(json[u"sourceTransportServers"_s]);
    if (json.contains(u"maxMessageSize"_s)) {
        auto size = ByteSize::parse(json[u"maxMessageSize"_s].toString());
        if (!size.ok())
            return fail(u"maxMessageSize"_s, size.errorMessage());
        c.maxMessageSize = size.value();
    }
    if (json.contains(u"protocolLoggingLevel"_s)) {
        const auto level =
            ConnectorNames::parseProtocolLoggingLevel(json[u"protocolLoggingLevel"_s].toString());
        if (!level) {
            return fail(u"protocolLoggingLevel"_s,
                        tr("unknown value \"%1\"").arg(json[u"protocolLoggingLevel"_s].toString()));
        }
        c.protocolLoggingLevel = *level;
    }
    if (json.contains(u"connectionInactivityTimeout"_s)) {
        auto span = TimeSpan::parse(json[u"connectionInactivityTimeout"_s].toString());
        if (!span.ok())
            return fail(u"connectionInactivityTimeout"_s, span.errorMessage());
        c.connectionInactivityTimeout = span.value();
    }
    c.enabled = json[u"enabled"_s].toBool(true);
    c.comment = json[u"comment"_s].toString();
    c.unknown = JsonFields::unknownMembers(json, kKnown);
    return c;
}
