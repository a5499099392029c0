#include "sendconnector.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;

QJsonObject SendConnector::toJson() const
{
    QJsonObject json = unknown;
    json[u"name"_s] = name;
    return json;
}

Result<SendConnector> SendConnector::fromJson(const QJsonObject& json)
{
    SendConnector connector;
    connector.name = json[u"name"_s].toString();
    connector.unknown = JsonFields::unknownMembers(json, {u"name"_s});
    return connector;
}
