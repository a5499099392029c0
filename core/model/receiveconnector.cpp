#include "receiveconnector.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

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

// Parses every string of json[key] with T::parse; the error names the connector field.
template <typename T> Status parseArray(const QJsonObject& json, const QString& key, QList<T>& out)
{
    const QJsonArray array = json[key].toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = T::parse(array.at(i).toString());
        if (!item.ok())
            return Status::failure(ErrorCode::BadInput,
                                   u"%1[%2]: %3"_s.arg(key).arg(i).arg(item.errorMessage()));
        out.append(std::move(item).value());
    }
    return {};
}

template <typename T> Status parseValue(const QJsonObject& json, const QString& key, T& out)
{
    if (!json.contains(key))
        return {};
    auto value = T::parse(json[key].toString());
    if (!value.ok())
        return Status::failure(ErrorCode::BadInput, u"%1: %2"_s.arg(key, value.errorMessage()));
    out = std::move(value).value();
    return {};
}

Status badName(const QString& key, const QString& value)
{
    return Status::failure(ErrorCode::BadInput,
                           ReceiveConnector::tr("%1: unknown value \"%2\"").arg(key, value));
}
} // namespace

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

Result<ReceiveConnector> ReceiveConnector::fromJson(const QJsonObject& json)
{
    ReceiveConnector c;
    c.name = json[u"name"_s].toString();
    auto wrap = [&](const Status& status) {
        return Result<ReceiveConnector>::failure(status.error().code,
                                                 u"%1: %2"_s.arg(c.name, status.errorMessage()));
    };
    if (json.contains(u"usage"_s)) {
        const auto usage = ConnectorNames::parseReceiveUsage(json[u"usage"_s].toString());
        if (!usage)
            return wrap(badName(u"usage"_s, json[u"usage"_s].toString()));
        c.usage = *usage;
    }
    if (auto s = parseArray(json, u"bindings"_s, c.bindings); !s.ok())
        return wrap(s);
    if (auto s = parseArray(json, u"remoteIPRanges"_s, c.remoteIPRanges); !s.ok())
        return wrap(s);
    if (!json[u"fqdn"_s].toString().isEmpty()) {
        if (auto s = parseValue(json, u"fqdn"_s, c.fqdn); !s.ok())
            return wrap(s);
    }
    c.banner = json[u"banner"_s].toString();
    if (json.contains(u"authMechanism"_s)) {
        QString bad;
        const auto auth =
            ConnectorNames::parseAuthMechanisms(JsonFields::toStringList(json[u"authMechanism"_s]), &bad);
        if (!auth)
            return wrap(badName(u"authMechanism"_s, bad));
        c.authMechanism = *auth;
    }
    if (json.contains(u"permissionGroups"_s)) {
        QString bad;
        const auto groups = ConnectorNames::parsePermissionGroups(
            JsonFields::toStringList(json[u"permissionGroups"_s]), &bad);
        if (!groups)
            return wrap(badName(u"permissionGroups"_s, bad));
        c.permissionGroups = *groups;
    }
    c.domainSecureEnabled = json[u"domainSecureEnabled"_s].toBool(false);
    c.requireTLS = json[u"requireTLS"_s].toBool(false);
    if (auto s = parseValue(json, u"maxMessageSize"_s, c.maxMessageSize); !s.ok())
        return wrap(s);
    c.maxRecipientsPerMessage = json[u"maxRecipientsPerMessage"_s].toInt(c.maxRecipientsPerMessage);
    if (auto s = parseValue(json, u"connectionTimeout"_s, c.connectionTimeout); !s.ok())
        return wrap(s);
    if (auto s = parseValue(json, u"connectionInactivityTimeout"_s, c.connectionInactivityTimeout); !s.ok())
        return wrap(s);
    if (json.contains(u"protocolLoggingLevel"_s)) {
        const auto level =
            ConnectorNames::parseProtocolLoggingLevel(json[u"protocolLoggingLevel"_s].toString());
        if (!level)
            return wrap(badName(u"protocolLoggingLevel"_s, json[u"protocolLoggingLevel"_s].toString()));
        c.protocolLoggingLevel = *level;
    }
    c.enabled = json[u"enabled"_s].toBool(true);
    c.comment = json[u"comment"_s].toString();
    if (auto s = parseArray(json, u"partnerDomains"_s, c.partnerDomains); !s.ok())
        return wrap(s);
    c.unknown = JsonFields::unknownMembers(json, kKnown);
    return c;
}
