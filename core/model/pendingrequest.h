#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ds::core {

// A certificate request sent to a CA and its key, kept until the issued certificate is imported.
struct PendingRequest
{
    QString thumbprint;    // SHA-1 of the request's public key (SPKI DER), 40 uppercase hex
    QByteArray csrDer;     // PKCS#10
    QByteArray privateKey; // PKCS#8 DER; EncryptedPrivateKeyInfo when keyEncrypted
    bool keyEncrypted = false;
    bool exportable = false;
    QString friendlyName;
    QString subject; // RFC 4514
    QStringList domains;
    QString keySpec;       // "rsa:2048", "ec:p256", ...
    QByteArray spkiSha256; // SHA-256 of the SubjectPublicKeyInfo DER, for matching
    QDateTime created;

    QJsonObject unknown;

    QJsonObject toJson() const;
    // Strict: wrong JSON types and invalid values are errors that start with their JSON path
    // (path names where json sits in the document, "servers[0]").
    static Result<PendingRequest> fromJson(const QJsonObject& json, const QString& path = QString());
    bool operator==(const PendingRequest&) const = default;
};

} // namespace ds::core
