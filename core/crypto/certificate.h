#pragma once

#include "distinguishedname.h"
#include "model/certificateentry.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

struct x509_st;

// An X.509 certificate (shared, immutable OpenSSL X509) with the fields the product shows.
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    Certificate() = default;
    static Result<Certificate> fromDer(const QByteArray& der);
    // The first CERTIFICATE block of pem.
    static Result<Certificate> fromPem(const QByteArray& pem);
    // Takes ownership of one reference (used inside core/crypto).
    static Certificate fromNative(x509_st* certificate);

    bool isNull() const { return m_der.isEmpty(); }

    DistinguishedName subjectName() const;
    DistinguishedName issuerName() const;
    QString subject() const; // RFC 4514
    QString issuer() const;  // RFC 4514
    QString commonName() const;
    QStringList dnsNames() const;      // DNS subjectAltNames, in order
    QDateTime notBefore() const;       // UTC
    QDateTime notAfter() const;        // UTC
    QString serialNumber() const;      // uppercase hex, no separators
    QString thumbprint() const;        // SHA-1 of the DER, 40 uppercase hex (Exchange's identity)
    QString sha256Fingerprint() const; // 64 uppercase hex
    QByteArray spkiDer() const;
    QByteArray spkiSha256() const;         // raw 32 bytes: what imports match pending requests with
    bool isSelfSigned() const;             // subject == issuer and the signature verifies with its own key
    bool isCa() const;                     // basicConstraints CA:TRUE
    QStringList extendedKeyUsages() const; // "serverAuth", "clientAuth", other short names or OIDs
    QStringList keyUsage() const;          // "digitalSignature", "keyEncipherment", ...
    QString keyDescription() const;        // "RSA 2048", "EC P-256"
    QString signatureAlgorithm() const;    // "sha256WithRSAEncryption"
    bool isValidAt(const QDateTime& time) const;
    // True when issuer's key verifies this certificate's signature.
    bool isSignedBy(const Certificate& issuer) const;

    QByteArray toDer() const { return m_der; }
    QByteArray toPem() const;
    // Every field as readable text (a Details view), like `openssl x509 -text` but in our words.
    QString textDump() const;
    // The summary fields of a CertificateEntry (DER, thumbprints, names, validity, key, EKUs);
    // key, services and friendly name stay empty.
    CertificateEntry toEntry() const;

    // The OpenSSL object; a compacted certificate parses its DER on the first call (not thread-safe
    // for one shared instance; copies are independent).
    x509_st* native() const;
    bool operator==(const Certificate& other) const { return m_der == other.m_der; }

    // The same certificate holding only its DER and the summary (toEntry(), isCa(), spkiSha256(),
    // subject(), issuer()) instead of OpenSSL's parsed form, which takes several KiB: what a
    // 10,000-certificate import keeps in memory. Other accessors parse the DER again on each call.
    Certificate compacted() const;
    bool isCompact() const { return !m_x509 && m_summary; }

private:
    struct Summary
    {
        CertificateEntry entry;
        bool ca = false;
        QByteArray spkiSha256;
    };
    Certificate expanded() const; // with the parsed form

    mutable std::shared_ptr<x509_st> m_x509;
    std::shared_ptr<const Summary> m_summary;
    QByteArray m_der;
};
