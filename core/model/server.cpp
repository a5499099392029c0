#include "server.h"

#include "fqdn.h"
#include "freetext.h"
#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
const QStringList kKnown = {u"name"_s,
                            u"fqdn"_s,
                            u"role"_s,
                            u"edgeSync"_s,
                            u"certificates"_s,
                            u"pendingRequests"_s,
                            u"receiveConnectors"_s};

template <typename T> QJsonArray toArray(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return array;
}

template <typename T> void fromArray(JsonReader& reader, const QString& key, QList<T>& out)
{
    const QJsonArray array = reader.array(key);
    for (qsizetype i = 0; reader.ok() && i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            reader.fail(key, i, JsonReader::tr("expected an object"));
            return;
        }
        auto item = T::fromJson(array.at(i).toObject(), reader.path(key, i));
        if (!item.ok()) {
            reader.failNested(item.error());
            return;
        }
        out.append(std::move(item).value());
    }
}
} // namespace

CertificateEntry* Server::certificate(const QString& thumbprint)
{
    for (CertificateEntry& entry : certificates) {
        if (entry.thumbprint.compare(thumbprint, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

const CertificateEntry* Server::certificate(const QString& thumbprint) const
{
    return const_cast<Server*>(this)->certificate(thumbprint);
}

const CertificateEntry* Server::smtpCertificate() const
{
    for (const CertificateEntry& entry : certificates) {
        if (entry.services.testFlag(Service::SMTP))
            return &entry;
    }
    return nullptr;
}

ReceiveConnector* Server::receiveConnector(const QString& connectorName)
{
    for (ReceiveConnector& connector : receiveConnectors) {
        if (connector.name.compare(connectorName, Qt::CaseInsensitive) == 0)
            return &connector;
    }
    return nullptr;
}

const ReceiveConnector* Server::receiveConnector(const QString& connectorName) const
{
    return const_cast<Server*>(this)->receiveConnector(connectorName);
}

QJsonObject Server::toJson() const
{
    QJsonObject json = unknown;
    json[u"name"_s] = name;
    json[u"fqdn"_s] = fqdn;
    json[u"role"_s] = roleName(role);
    if (isEdge())
        json[u"edgeSync"_s] = edgeSyncName(edgeSync);
    json[u"certificates"_s] = toArray(certificates);
    json[u"pendingRequests"_s] = toArray(pendingRequests);
    json[u"receiveConnectors"_s] = toArray(receiveConnectors);
    return json;
}

QString Server::roleName(ServerRole role)
{
    return role == ServerRole::Hub ? u"Hub"_s : u"Edge"_s;
}

std::optional<ServerRole> Server::parseRole(const QString& text)
{
    const QString t = text.trimmed();
    for (const auto role : {ServerRole::Edge, ServerRole::Hub}) {
        const QString name = roleName(role);
        if (t.compare(name, Qt::CaseInsensitive) == 0 ||
            t.compare(name + u"Transport"_s, Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString Server::edgeSyncName(EdgeSync sync)
{
    return sync == EdgeSync::Subscribed ? u"subscribed"_s : u"standalone"_s;
}

std::optional<EdgeSync> Server::parseEdgeSync(const QString& text)
{
    for (const auto sync : {EdgeSync::Standalone, EdgeSync::Subscribed}) {
        if (text.trimmed().compare(edgeSyncName(sync), Qt::CaseInsensitive) == 0)
            return sync;
    }
    return std::nullopt;
}

std::optional<QString> Server::nameProblem(const QString& name)
{
    // NetBIOS-style, as Exchange names a server; it becomes a file name on export, so nothing else.
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9-]{0,14}$"_s);
    if (!pattern.match(name).hasMatch())
        return QCoreApplication::translate("Server", "a server name has 1 to 15 letters, digits or hyphens");
    return std::nullopt;
}

Result<Server> Server::fromJson(const QJsonObject& json, const QString& path)
{
    Server server;
    JsonReader reader(json, path);
    server.name = reader.string(u"name"_s);
    if (auto why = nameProblem(server.name); why && reader.ok())
        reader.fail(u"name"_s, u"\"%1\": %2"_s.arg(FreeText::printable(server.name), *why));
    const QString fqdn = reader.string(u"fqdn"_s);
    if (auto parsed = Fqdn::parseOptional(fqdn); !parsed.ok())
        reader.fail(u"fqdn"_s, parsed.errorMessage());
    else
        server.fqdn = parsed->toString();
    const QString role = reader.string(u"role"_s, u"Edge"_s);
    if (auto parsed = parseRole(role))
        server.role = *parsed;
    else if (reader.ok())
        reader.fail(u"role"_s, QCoreApplication::translate("Server", "\"%1\": expected Edge or Hub")
                                   .arg(FreeText::printable(role)));
    const QString sync = reader.string(u"edgeSync"_s, u"standalone"_s);
    if (auto parsed = parseEdgeSync(sync))
        server.edgeSync = *parsed;
    else if (reader.ok())
        reader.fail(u"edgeSync"_s,
                    QCoreApplication::translate("Server", "\"%1\": expected standalone or subscribed")
                        .arg(FreeText::printable(sync)));
    if (reader.ok() && !server.isEdge() && server.edgeSync == EdgeSync::Subscribed)
        reader.fail(u"edgeSync"_s, QCoreApplication::translate(
                                       "Server", "only an Edge server is subscribed to the organization"));
    fromArray(reader, u"certificates"_s, server.certificates);
    fromArray(reader, u"pendingRequests"_s, server.pendingRequests);
    fromArray(reader, u"receiveConnectors"_s, server.receiveConnectors);
    if (!reader.ok())
        return reader.error();
    server.unknown = JsonFields::unknownMembers(json, kKnown);
    return server;
}

} // namespace ds::core
