#include "workspace.h"

#include "crypto/certificate.h"
#include "freetext.h"
#include "jsonfields.h"
#include "smtpdomain.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ds::core {

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

Result<Workspace> Workspace::fromJson(const QJsonObject& json, const QString& path)
{
    Workspace ws;
    JsonReader reader(json, path);
    ws.organization = reader.string(u"organization"_s);
    if (auto why = FreeText::problem(ws.organization))
        reader.fail(u"organization"_s, *why);
    const QStringList domains = reader.stringList(u"domains"_s);
    for (qsizetype i = 0; reader.ok() && i < domains.size(); ++i) {
        auto domain = SmtpDomain::parse(domains.at(i));
        if (!domain.ok())
            reader.fail(u"domains"_s, i, domain.errorMessage());
        else
            ws.domains.append(domain->toString());
    }
    const QJsonArray serverArray = reader.array(u"servers"_s);
    for (qsizetype i = 0; reader.ok() && i < serverArray.size(); ++i) {
        if (!serverArray.at(i).isObject()) {
            reader.fail(u"servers"_s, i, JsonReader::tr("expected an object"));
            break;
        }
        auto server = Server::fromJson(serverArray.at(i).toObject(), reader.path(u"servers"_s, i));
        if (!server.ok())
            return server.error();
        if (ws.server(server->name)) {
            reader.fail(
                u"servers"_s, i,
                QCoreApplication::translate("Workspace", "a second server named %1").arg(server->name));
            break;
        }
        ws.servers.append(std::move(server).value());
    }
    const QJsonArray sendArray = reader.array(u"sendConnectors"_s);
    for (qsizetype i = 0; reader.ok() && i < sendArray.size(); ++i) {
        if (!sendArray.at(i).isObject()) {
            reader.fail(u"sendConnectors"_s, i, JsonReader::tr("expected an object"));
            break;
        }
        auto connector =
            SendConnector::fromJson(sendArray.at(i).toObject(), reader.path(u"sendConnectors"_s, i));
        if (!connector.ok())
            return connector.error();
        ws.sendConnectors.append(std::move(connector).value());
    }
    const QJsonObject lists = reader.object(u"domainSecure"_s);
    if (reader.ok()) {
        auto parsed = DomainSecureLists::fromJson(lists, reader.path(u"domainSecure"_s));
        if (!parsed.ok())
            return parsed.error();
        ws.domainSecure = std::move(parsed).value();
    }
    ws.trustedRoots = reader.binaryList(u"trustedRoots"_s);
    for (qsizetype i = 0; reader.ok() && i < ws.trustedRoots.size(); ++i) {
        if (auto certificate = Certificate::fromDer(ws.trustedRoots.at(i)); !certificate.ok())
            reader.fail(u"trustedRoots"_s, i, certificate.errorMessage());
    }
    ws.passphraseVerifier = reader.string(u"passphraseVerifier"_s);
    if (!reader.ok())
        return reader.error();
    ws.unknown = JsonFields::unknownMembers(json, kKnown);
    return ws;
}

} // namespace ds::core
