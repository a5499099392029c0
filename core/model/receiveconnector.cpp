#include "receiveconnector.h"

#include "freetext.h"
#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
const QStringList kKnown = {u"name"_s,
                            u"usage"_s,
                            u"bindings"_s,
                            u"remoteIPRanges"_s,
                            u"fqdn"_s,
                            u"banner"_s,
                            u"authMechanism"_s,
                            u"permissionGroups"_s,
                            u"domainSecureEnabled"_s,
                            u"requireTLS"_s,
                            u"maxMessageSize"_s,
                            u"maxRecipientsPerMessage"_s,
                            u"connectionTimeout"_s,
                            u"connectionInactivityTimeout"_s,
                            u"protocolLoggingLevel"_s,
                            u"enabled"_s,
                            u"comment"_s,
                            u"partnerDomains"_s};

template <typename T> QJsonArray textArray(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toString());
    return array;
}

// Parses every string of key with T::parse; the error names the JSON path.
template <typename T> void parseArray(JsonReader& reader, const QString& key, QList<T>& out)
{
    const QStringList texts = reader.stringList(key);
    for (qsizetype i = 0; reader.ok() && i < texts.size(); ++i) {
        auto item = T::parse(texts.at(i));
        if (!item.ok())
            reader.fail(key, i, item.errorMessage());
        else
            out.append(std::move(item).value());
    }
}

template <typename T> void parseValue(JsonReader& reader, const QJsonObject& json, const QString& key, T& out)
{
    if (!json.contains(key))
        return;
    auto value = T::parse(reader.string(key));
    if (!reader.ok())
        return;
    if (!value.ok())
        reader.fail(key, value.errorMessage());
    else
        out = std::move(value).value();
}

void badName(JsonReader& reader, const QString& key, const QString& value)
{
    reader.fail(key, ReceiveConnector::tr("unknown value \"%1\"").arg(FreeText::printable(value)));
}
} // namespace

std::optional<QString> ReceiveConnector::postfixBannerProblem(const QString& banner)
{
    if (banner.contains(u'{') || banner.contains(u'}'))
        return tr("contains { or }, which master.cf cannot hold");
    return std::nullopt;
}

std::optional<QString> ReceiveConnector::maxMessageSizeProblem(const ByteSize& size)
{
    // https://learn.microsoft.com/en-us/powershell/module/exchange/set-receiveconnector
    if (size.isUnlimited())
        return tr("a receive connector's maximum message size cannot be unlimited");
    if (size.bytes() < kMinMaxMessageSize || size.bytes() > kMaxMaxMessageSize)
        return tr("%1 is outside 64KB to 2GB").arg(size.toString());
    return std::nullopt;
}

QString ReceiveConnector::maxMessageSizeRange()
{
    return tr("a size from 64KB to 2GB, such as 10MB");
}

QJsonObject ReceiveConnector::toJson() const
{
    QJsonObject json = unknown;
    json[u"name"_s] = name;
    json[u"usage"_s] = ConnectorNames::receiveUsage(usage);
    json[u"bindings"_s] = textArray(bindings);
    json[u"remoteIPRanges"_s] = textArray(remoteIPRanges);
    json[u"fqdn"_s] = fqdn.toString();
    json[u"banner"_s] = banner;
    json[u"authMechanism"_s] = JsonFields::fromStringList(ConnectorNames::authMechanismList(authMechanism));
    json[u"permissionGroups"_s] =
        JsonFields::fromStringList(ConnectorNames::permissionGroupList(permissionGroups));
    json[u"domainSecureEnabled"_s] = domainSecureEnabled;
    json[u"requireTLS"_s] = requireTLS;
    json[u"maxMessageSize"_s] = maxMessageSize.toString();
    json[u"maxRecipientsPerMessage"_s] = maxRecipientsPerMessage;
    json[u"connectionTimeout"_s] = connectionTimeout.toString();
    json[u"connectionInactivityTimeout"_s] = connectionInactivityTimeout.toString();
    json[u"protocolLoggingLevel"_s] = ConnectorNames::protocolLoggingLevel(protocolLoggingLevel);
    json[u"enabled"_s] = enabled;
    json[u"comment"_s] = comment;
    json[u"partnerDomains"_s] = textArray(partnerDomains);
    return json;
}

Result<ReceiveConnector> ReceiveConnector::fromJson(const QJsonObject& json, const QString& path)
{
    ReceiveConnector c;
    JsonReader reader(json, path);
    c.name = reader.string(u"name"_s);
    if (auto why = FreeText::nameProblem(c.name); why && reader.ok())
        reader.fail(u"name"_s, *why);
    if (json.contains(u"usage"_s)) {
        const QString text = reader.string(u"usage"_s);
        if (const auto usage = ConnectorNames::parseReceiveUsage(text))
            c.usage = *usage;
        else
            badName(reader, u"usage"_s, text);
    }
    parseArray(reader, u"bindings"_s, c.bindings);
    parseArray(reader, u"remoteIPRanges"_s, c.remoteIPRanges);
    if (!reader.string(u"fqdn"_s).isEmpty())
        parseValue(reader, json, u"fqdn"_s, c.fqdn);
    c.banner = reader.string(u"banner"_s);
    if (auto why = FreeText::problem(c.banner))
        reader.fail(u"banner"_s, *why);
    if (json.contains(u"authMechanism"_s)) {
        QString bad;
        const auto auth = ConnectorNames::parseAuthMechanisms(reader.stringList(u"authMechanism"_s), &bad);
        if (auth)
            c.authMechanism = *auth;
        else
            badName(reader, u"authMechanism"_s, bad);
    }
    if (json.contains(u"permissionGroups"_s)) {
        QString bad;
        const auto groups =
            ConnectorNames::parsePermissionGroups(reader.stringList(u"permissionGroups"_s), &bad);
        if (groups)
            c.permissionGroups = *groups;
        else
            badName(reader, u"permissionGroups"_s, bad);
    }
    c.domainSecureEnabled = reader.boolean(u"domainSecureEnabled"_s, false);
    c.requireTLS = reader.boolean(u"requireTLS"_s, false);
    parseValue(reader, json, u"maxMessageSize"_s, c.maxMessageSize);
    c.maxRecipientsPerMessage =
        reader.integer(u"maxRecipientsPerMessage"_s, c.maxRecipientsPerMessage, 1, kMaxRecipientsPerMessage);
    parseValue(reader, json, u"connectionTimeout"_s, c.connectionTimeout);
    parseValue(reader, json, u"connectionInactivityTimeout"_s, c.connectionInactivityTimeout);
    if (json.contains(u"protocolLoggingLevel"_s)) {
        const QString text = reader.string(u"protocolLoggingLevel"_s);
        if (const auto level = ConnectorNames::parseProtocolLoggingLevel(text))
            c.protocolLoggingLevel = *level;
        else
            badName(reader, u"protocolLoggingLevel"_s, text);
    }
    c.enabled = reader.boolean(u"enabled"_s, true);
    c.comment = reader.string(u"comment"_s);
    if (auto why = FreeText::problem(c.comment))
        reader.fail(u"comment"_s, *why);
    parseArray(reader, u"partnerDomains"_s, c.partnerDomains);
    if (!reader.ok())
        return reader.error();
    c.unknown = JsonFields::unknownMembers(json, kKnown);
    return c;
}

} // namespace ds::core
