#pragma once

#include "certificateentry.h"
#include "pendingrequest.h"
#include "receiveconnector.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A mail gateway of the organization (an Exchange 2007 Edge Transport server or a Postfix host).
struct Server
{
    QString name; // NetBIOS-style name, "EDGE01"
    QString fqdn; // "mail.contoso.example"
    QString role = QStringLiteral("Edge");
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

    // Why name cannot be a server's name (1 to 15 letters, digits or hyphens), or nullopt.
    static std::optional<QString> nameProblem(const QString& name);

    QJsonObject toJson() const;
    // Strict: wrong JSON types and invalid values are errors that start with their JSON path
    // (path names where json sits in the document, "servers[0]").
    static Result<Server> fromJson(const QJsonObject& json, const QString& path = QString());
    bool operator==(const Server&) const = default;
};
