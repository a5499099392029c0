#include "workspace.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QStringList kKnown = {u"organization"_s, u"domains"_s,      u"servers"_s,           u"sendConnectors"_s,
                            u"domainSecure"_s, u"trustedRoots"_s, u"passphraseVerifier"_s};
}

Server* Workspace::server(const QString& name)
{
    for (Server& s : servers) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const Server* Workspace::server(const QString& name) const
{
    return const_cast<Workspace*>(this)->server(name);
}

SendConnector* Workspace::sendConnector(const QString& name)
{
    for (SendConnector& c : sendConnectors) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const SendConnector* Workspace::sendConnector(const QString& name) const
{
    return const_cast<Workspace*>(this)->sendConnector(name);
}

QJsonObject Workspace::toJson() const
{
    QJsonObject json = unknown;
    json[u"organization"_s] = organization;
    json[u"domains"_s] = JsonFields::fromStringList(domains);
    QJsonArray serverArray;
    for (const Server& s : servers)
        serverArray.append(s.toJson());
    json[u"servers"_s] = serverArray;
    QJsonArray sendArray;
    for (const SendConnector& c : sendConnectors)
        sendArray.append(c.toJson());
    json[u"sendConnectors"_s] = sendArray;
    json[u"domainSecure"_s] = domainSecure.toJson();
    json[u"trustedRoots"_s] = JsonFields::fromBinaryList(trustedRoots);
    if (passphraseVerifier.isEmpty())
        json.remove(u"passphraseVerifier"_s);
    else
        json[u"passphraseVerifier"_s] = passphraseVerifier;
    return json;
}

Result<Workspace> Workspace::fromJson(const QJsonObject& json)
{
    Workspace ws;
    ws.organization = json[u"organization"_s].toString();
    ws.domains = JsonFields::toStringList(json[u"domains"_s]);
    const QJsonArray serverArray = json[u"servers"_s].toArray();
    for (const QJsonValue& value : serverArray) {
        auto server = Server::fromJson(value.toObject());
        if (!server.ok())
            return server.error();
        ws.servers.append(std::move(server).value());
    }
    const QJsonArray sendArray = json[u"sendConnectors"_s].toArray();
    for (qsizetype i = 0; i < sendArray.size(); ++i) {
        auto connector = SendConnector::fromJson(sendArray.at(i).toObject());
        if (!connector.ok()) {
            return Result<Workspace>::failure(
                connector.error().code, u"sendConnectors[%1]: %2"_s.arg(i).arg(connector.error().message));
        }
        ws.sendConnectors.append(std::move(connector).value());
    }
    auto lists = DomainSecureLists::fromJson(json[u"domainSecure"_s].toObject());
    if (!lists.ok())
        return lists.error();
    ws.domainSecure = std::move(lists).value();
    ws.trustedRoots = JsonFields::toBinaryList(json[u"trustedRoots"_s]);
    ws.passphraseVerifier = json[u"passphraseVerifier"_s].toString();
    ws.unknown = JsonFields::unknownMembers(json, kKnown);
    return ws;
}
