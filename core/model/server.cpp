#include "server.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QStringList kKnown = {
    u"name"_s, u"fqdn"_s, u"role"_s, u"certificates"_s, u"pendingRequests"_s, u"receiveConnectors"_s};

template <typename T> QJsonArray toArray(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return array;
}

template <typename T> Status fromArray(const QJsonValue& value, QList<T>& out, const QString& where)
{
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = T::fromJson(array.at(i).toObject());
        if (!item.ok())
            return Status::failure(item.error().code,
                                   u"%1[%2]: %3"_s.arg(where).arg(i).arg(item.error().message));
        out.append(std::move(item).value());
    }
    return {};
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
    json[u"role"_s] = role;
    json[u"certificates"_s] = toArray(certificates);
    json[u"pendingRequests"_s] = toArray(pendingRequests);
    json[u"receiveConnectors"_s] = toArray(receiveConnectors);
    return json;
}

Result<Server> Server::fromJson(const QJsonObject& json)
{
    Server server;
    server.name = json[u"name"_s].toString();
    server.fqdn = json[u"fqdn"_s].toString();
    server.role = json[u"role"_s].toString(u"Edge"_s);
    if (server.name.isEmpty()) {
        return Result<Server>::failure(ErrorCode::BadInput,
                                       QCoreApplication::translate("Server", "a server has no name"));
    }
    const QString where = u"server %1"_s.arg(server.name);
    if (auto s = fromArray(json[u"certificates"_s], server.certificates, where + u" certificates"_s); !s.ok())
        return s.error();
    if (auto s = fromArray(json[u"pendingRequests"_s], server.pendingRequests, where + u" pendingRequests"_s);
        !s.ok())
        return s.error();
    if (auto s = fromArray(json[u"receiveConnectors"_s], server.receiveConnectors,
                           where + u" receiveConnectors"_s);
        !s.ok())
        return s.error();
    server.unknown = JsonFields::unknownMembers(json, kKnown);
    return server;
}
