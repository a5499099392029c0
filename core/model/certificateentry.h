#pragma once

#include "services.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ds::core {

class Certificate;

// A certificate of a server: DER certificate and chain, optional private key, services.
// The summary fields (thumbprint, subject, names, validity) are filled from the DER at import and
// stored for readers of the file, but derived from the DER again on load (never trusted).
struct CertificateEntry
{
    QByteArray certificateDer;
    QList<QByteArray> chainDer; // issuers as imported, leaf excluded, nearest first
    QByteArray privateKey;      // PKCS#8 DER; EncryptedPrivateKeyInfo when keyEncrypted
    bool keyEncrypted = false;
    bool exportable = false;
    QString friendlyName;
    Services services;
    bool internalOnly = false; // self-signed: for internal mail, never for a partner

    QString thumbprint;   // SHA-1, 40 uppercase hex (Exchange's identity)
    QString sha256;       // SHA-256, 64 uppercase hex
    QString subject;      // RFC 4514
    QString issuer;       // RFC 4514
    QStringList domains;  // DNS SANs
    QString serialNumber; // uppercase hex
    QDateTime notBefore;
    QDateTime notAfter;
    bool selfSigned = false;
    QString keyDescription;        // "RSA 2048", "EC P-256"
    QStringList extendedKeyUsages; // "serverAuth", "clientAuth", ...

    QJsonObject unknown; // fields from a newer writer, kept on save

    // The summary fields of certificate (DER, thumbprints, names, validity, key, EKUs); key,
    // chain, services and friendly name stay empty.
    static CertificateEntry fromCertificate(const Certificate& certificate);

    bool hasPrivateKey() const { return !privateKey.isEmpty(); }
    QJsonObject toJson() const;
    // Strict: wrong JSON types and invalid values are errors that start with their JSON path
    // (path names where json sits in the document, "servers[0]").
    static Result<CertificateEntry> fromJson(const QJsonObject& json, const QString& path = QString());
    bool operator==(const CertificateEntry&) const = default;
};

} // namespace ds::core
