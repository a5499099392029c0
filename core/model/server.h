#pragma once

#include "certificateentry.h"
#include "pendingrequest.h"
#include "receiveconnector.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace ds::core {

// The Exchange server role a gateway has. A Postfix host is modelled as an Edge: it faces the
// partners directly.
enum class ServerRole { Edge, Hub };
// Whether an Edge Transport server is subscribed to the organization (EdgeSync): then the
// organization's configuration (send connectors, the domain-secure lists) comes from the Hub.
enum class EdgeSync { Standalone, Subscribed };

// A mail gateway of the organization (an Exchange 2007 Edge or Hub Transport server, or a Postfix host).
struct Server
{
    QString name; // NetBIOS-style name, "EDGE01"
    QString fqdn; // "mail.contoso.example"
    ServerRole role = ServerRole::Edge;
    EdgeSync edgeSync = EdgeSync::Standalone; // meaningful for an Edge only
    QList<CertificateEntry> certificates;
    QList<PendingRequest> pendingRequests;
    QList<ReceiveConnector> receiveConnectors;
    QJsonObject unknown;

    CertificateEntry* certificate(const QString& thumbprint);
    const CertificateEntry* certificate(const QString& thumbprint) const;
    // The certificate enabled for SMTP (Exchange's default SMTP certificate), if any.
    const CertificateEntry* smtpCertificate() const;
    ReceiveConnector* receiveConnector(const QString& name);
    const ReceiveConnector* receiveConnector(const QString& name) const;

    bool isEdge() const { return role == ServerRole::Edge; }
    bool isSubscribedEdge() const { return isEdge() && edgeSync == EdgeSync::Subscribed; }

    // "Edge", "Hub" as Exchange names the roles (EdgeTransport/HubTransport without the suffix).
    static QString roleName(ServerRole role);
    // Case-insensitive; "HubTransport" and "EdgeTransport" are accepted too.
    static std::optional<ServerRole> parseRole(const QString& text);
    static QString edgeSyncName(EdgeSync sync); // "standalone", "subscribed"
    static std::optional<EdgeSync> parseEdgeSync(const QString& text);

    // Why name cannot be a server's name (1 to 15 letters, digits or hyphens), or nullopt.
    static std::optional<QString> nameProblem(const QString& name);

    QJsonObject toJson() const;
    // Strict: wrong JSON types and invalid values are errors that start with their JSON path
    // (path names where json sits in the document, "servers[0]").
    static Result<Server> fromJson(const QJsonObject& json, const QString& path = QString());
    bool operator==(const Server&) const = default;
};

} // namespace ds::core
