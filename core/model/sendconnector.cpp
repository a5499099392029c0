#include "sendconnector.h"

#include "freetext.h"
#include "iprange.h"
#include "jsonfields.h"
#include "server.h"
#include "smtpdomain.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ds::core {

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
                            u"tlsAuthLevel"_s,
                            u"tlsDomain"_s,
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

Result<QString> SendConnector::parseTlsDomain(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return QString();
    const bool subdomains = text.startsWith(u"*."_s);
    auto domain = SmtpDomain::parse(subdomains ? text.mid(2) : text);
    if (!domain.ok())
        return Result<QString>::failure(ErrorCode::BadInput, tr("TLS domain: %1").arg(domain.errorMessage()));
    return QString((subdomains ? u"*."_s : QString()) + domain->toString());
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
    if (tlsAuthLevel != TlsAuthLevel::Unset)
        json[u"tlsAuthLevel"_s] = ConnectorNames::tlsAuthLevel(tlsAuthLevel);
    if (!tlsDomain.isEmpty())
        json[u"tlsDomain"_s] = tlsDomain;
    json[u"sourceTransportServers"_s] = JsonFields::fromStringList(sourceTransportServers);
    json[u"maxMessageSize"_s] = maxMessageSize.toString();
    json[u"protocolLoggingLevel"_s] = ConnectorNames::protocolLoggingLevel(protocolLoggingLevel);
    json[u"connectionInactivityTimeout"_s] = connectionInactivityTimeout.toString();
    json[u"enabled"_s] = enabled;
    json[u"comment"_s] = comment;
    return json;
}

Result<SendConnector> SendConnector::fromJson(const QJsonObject& json, const QString& path)
{
    SendConnector c;
    JsonReader reader(json, path);
    auto unknownValue = [&](const QString& key, const QString& text) {
        reader.fail(key, tr("unknown value \"%1\"").arg(FreeText::printable(text)));
    };
    c.name = reader.string(u"name"_s);
    if (auto why = FreeText::nameProblem(c.name); why && reader.ok())
        reader.fail(u"name"_s, *why);
    if (json.contains(u"usage"_s)) {
        const QString text = reader.string(u"usage"_s);
        if (const auto usage = ConnectorNames::parseSendUsage(text))
            c.usage = *usage;
        else
            unknownValue(u"usage"_s, text);
    }
    const QStringList spaces = reader.stringList(u"addressSpaces"_s);
    for (qsizetype i = 0; reader.ok() && i < spaces.size(); ++i) {
        auto space = AddressSpace::parse(spaces.at(i));
        if (!space.ok())
            reader.fail(u"addressSpaces"_s, i, space.errorMessage());
        else
            c.addressSpaces.append(space.value());
    }
    c.dnsRoutingEnabled = reader.boolean(u"dnsRoutingEnabled"_s, true);
    const QStringList hosts = reader.stringList(u"smartHosts"_s);
    for (qsizetype i = 0; reader.ok() && i < hosts.size(); ++i) {
        auto host = parseSmartHost(hosts.at(i));
        if (!host.ok())
            reader.fail(u"smartHosts"_s, i, host.errorMessage());
        else
            c.smartHosts.append(host.value());
    }
    c.port = reader.integer(u"port"_s, 25, 1, 65535);
    if (json.contains(u"smartHostAuthMechanism"_s)) {
        const QString text = reader.string(u"smartHostAuthMechanism"_s);
        if (const auto auth = ConnectorNames::parseSmartHostAuthMechanism(text))
            c.smartHostAuthMechanism = *auth;
        else
            unknownValue(u"smartHostAuthMechanism"_s, text);
    }
    if (const QString fqdn = reader.string(u"fqdn"_s); !fqdn.isEmpty()) {
        auto parsed = Fqdn::parse(fqdn);
        if (!parsed.ok())
            reader.fail(u"fqdn"_s, parsed.errorMessage());
        else
            c.fqdn = parsed.value();
    }
    c.domainSecureEnabled = reader.boolean(u"domainSecureEnabled"_s, false);
    c.requireTLS = reader.boolean(u"requireTLS"_s, false);
    c.ignoreStartTls = reader.boolean(u"ignoreStartTls"_s, false);
    if (json.contains(u"tlsAuthLevel"_s)) {
        const QString text = reader.string(u"tlsAuthLevel"_s);
        if (const auto level = ConnectorNames::parseTlsAuthLevel(text))
            c.tlsAuthLevel = *level;
        else
            unknownValue(u"tlsAuthLevel"_s, text);
    }
    if (json.contains(u"tlsDomain"_s)) {
        auto domain = parseTlsDomain(reader.string(u"tlsDomain"_s));
        if (!domain.ok())
            reader.fail(u"tlsDomain"_s, domain.errorMessage());
        else
            c.tlsDomain = domain.value();
    }
    c.sourceTransportServers = reader.stringList(u"sourceTransportServers"_s);
    for (qsizetype i = 0; reader.ok() && i < c.sourceTransportServers.size(); ++i) {
        if (auto why = Server::nameProblem(c.sourceTransportServers.at(i)))
            reader.fail(u"sourceTransportServers"_s, i, *why);
    }
    if (json.contains(u"maxMessageSize"_s)) {
        auto size = ByteSize::parse(reader.string(u"maxMessageSize"_s));
        if (!size.ok())
            reader.fail(u"maxMessageSize"_s, size.errorMessage());
        else
            c.maxMessageSize = size.value();
    }
    if (json.contains(u"protocolLoggingLevel"_s)) {
        const QString text = reader.string(u"protocolLoggingLevel"_s);
        if (const auto level = ConnectorNames::parseProtocolLoggingLevel(text))
            c.protocolLoggingLevel = *level;
        else
            unknownValue(u"protocolLoggingLevel"_s, text);
    }
    if (json.contains(u"connectionInactivityTimeout"_s)) {
        auto span = TimeSpan::parse(reader.string(u"connectionInactivityTimeout"_s));
        if (!span.ok())
            reader.fail(u"connectionInactivityTimeout"_s, span.errorMessage());
        else
            c.connectionInactivityTimeout = span.value();
    }
    c.enabled = reader.boolean(u"enabled"_s, true);
    c.comment = reader.string(u"comment"_s);
    if (auto why = FreeText::problem(c.comment))
        reader.fail(u"comment"_s, *why);
    if (!reader.ok())
        return reader.error();
    c.unknown = JsonFields::unknownMembers(json, kKnown);
    return c;
}

} // namespace ds::core
