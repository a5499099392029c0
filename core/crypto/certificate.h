#pragma once

#include "distinguishedname.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

struct x509_st;

namespace ds::core {

// An X.509 certificate (shared, immutable OpenSSL X509) with the fields the product shows.
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    enum class Digest { Sha1, Sha256 };

    Certificate() = default;
    static Result<Certificate> fromDer(const QByteArray& der);
    // The first CERTIFICATE block of pem.
    static Result<Certificate> fromPem(const QByteArray& pem);
    // Takes ownership of one reference (used inside core).
    static Certificate fromNative(x509_st* certificate);

    // The one fingerprint text of the product: the digest of der as uppercase hex without
    // separators (`openssl x509 -fingerprint` without the colons). Empty for empty der. A
    // certificate's thumbprint and SHA-256 fingerprint, a trusted root's thumbprint and a pending
    // request's (the SHA-1 of its public key's DER) are all this text.
    static QString fingerprint(const QByteArray& der, Digest digest);

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
    QString thumbprint() const;        // fingerprint(SHA-1): 40 uppercase hex (Exchange's identity)
    QString sha256Fingerprint() const; // fingerprint(SHA-256): 64 uppercase hex
    QByteArray spkiDer() const;
    QByteArray spkiSha256() const; // raw 32 bytes: what imports match pending requests with
    bool isSelfSigned() const;     // subject == issuer and the signature verifies with its own key
    // Issued by itself as a verifier sees it (names, key identifiers and key usage agree; the
    // signature is not checked).
    bool isSelfIssued() const;
    bool isCa() const; // basicConstraints CA:TRUE
    // Whether OpenSSL's verifier takes it for a CA (X509_check_ca): besides CA:TRUE (with
    // keyCertSign when it has a key usage) also a v1 self-signed root, or keyCertSign without
    // basicConstraints. What the probe reports for the certificates a server sent.
    bool actsAsCa() const;
    QStringList extendedKeyUsages() const; // "serverAuth", "clientAuth", other short names or OIDs
    QStringList keyUsage() const;          // "digitalSignature", "keyEncipherment", ...
    QString keyDescription() const;        // "RSA 2048", "EC P-256"
    QString keyType() const;               // OpenSSL's key type name: "RSA", "EC", "ED25519"
    int keyBits() const;
    QString keyGroup() const;           // the named group of an EC (or similar) key: "prime256v1"
    QString signatureAlgorithm() const; // "sha256WithRSAEncryption"
    bool isValidAt(const QDateTime& time) const;
    // True when issuer's key verifies this certificate's signature.
    bool isSignedBy(const Certificate& issuer) const;

    // RFC 6125 host-name check by OpenSSL (X509_check_host): the DNS subjectAltNames, or the CN
    // only when there are none; a wildcard stands for one whole left-most label and needs two
    // more labels after it ("*.b.example", not "*.example"). A name starting with "." accepts any
    // subdomain of it (Postfix's ".domain"). Case and trailing dots of name do not matter (the
    // certificate's names are taken as they are). *matchedName: the certificate's name that matched.
    bool matchesHost(const QString& name, QString* matchedName = nullptr) const;
    // The iPAddress subjectAltNames against an IPv4 or IPv6 address in text (X509_check_ip_asc).
    bool matchesIpAddress(const QString& address) const;

    QByteArray toDer() const { return m_der; }
    QByteArray toPem() const;
    // Every field as readable text (a Details view), like `openssl x509 -text` but in our words.
    QString textDump() const;

    // The OpenSSL object; a compacted certificate parses its DER on the first call (not thread-safe
    // for one shared instance; copies are independent).
    x509_st* native() const;
    bool operator==(const Certificate& other) const { return m_der == other.m_der; }

    // The same certificate holding only its DER and the summary (thumbprints, subject, issuer,
    // names, serial, validity, self-signed, key description, EKUs, isCa(), spkiSha256()) instead
    // of OpenSSL's parsed form, which takes several KiB: what a 10,000-certificate import keeps in
    // memory. Other accessors parse the DER again on each call.
    Certificate compacted() const;
    bool isCompact() const { return !m_x509 && m_summary; }

private:
    struct Summary
    {
        QString thumbprint;
        QString sha256;
        QString subject;
        QString issuer;
        QStringList dnsNames;
        QString serialNumber;
        QDateTime notBefore;
        QDateTime notAfter;
        bool selfSigned = false;
        QString keyDescription;
        QStringList extendedKeyUsages;
        bool ca = false;
        QByteArray spkiSha256;
    };
    Certificate expanded() const; // with the parsed form

    mutable std::shared_ptr<x509_st> m_x509;
    std::shared_ptr<const Summary> m_summary;
    QByteArray m_der;
};

} // namespace ds::core
