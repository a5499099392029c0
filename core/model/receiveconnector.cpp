#include "receiveconnector.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;

QJsonObject ReceiveConnector::toJson() const
{
    QJsonObject json = unknown;
    json[u"name"_s] = name;
    return json;
}

Result<ReceiveConnector> ReceiveConnector::fromJson(const QJsonObject& json)
{
    ReceiveConnector connector;
    connector.name = json[u"name"_s].toString();
    connector.unknown = JsonFields::unknownMembers(json, {u"name"_s});
    return connector;
}
