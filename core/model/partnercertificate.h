#pragma once

#include "smtpdomain.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ds::core {

class Certificate;

// A partner gateway's certificate kept to pin the partner's identity: the partner domain it
// stands for and the certificate. The pin is the SHA-256 of the certificate's DER
// SubjectPublicKeyInfo, so it survives a renewal that keeps the key. The pin and the summary are
// derived from the DER on load, never taken from the file.
struct PartnerCertificate
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCertificate)

public:
    SmtpDomain domain;
    QByteArray certificateDer;

    QString pin;         // SHA-256 of the DER SubjectPublicKeyInfo, 64 uppercase hex
    QString sha256;      // the certificate's own SHA-256 fingerprint, 64 uppercase hex
    QString subject;     // RFC 4514
    QString issuer;      // RFC 4514
    QStringList names;   // DNS subjectAltNames
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC

    QJsonObject unknown; // fields from a newer writer, kept on save

    static PartnerCertificate fromCertificate(const SmtpDomain& domain, const Certificate& certificate);
    Certificate certificate() const;

    // A pin as the user may type it: 64 hex digits, with or without ':' between the pairs, any
    // case; returns the product's form (uppercase, no separators).
    static Result<QString> parsePin(const QString& text);
    // The pin as Postfix writes a fingerprint: uppercase hex pairs joined by ':' (postconf(5),
    // smtpd_tls_fingerprint_digest).
    static QString postfixFingerprint(const QString& pin);
    // The certificate is for the partner domain itself (a DNS subjectAltName, or the CN when there
    // is none, by RFC 6125 rules; a wildcard does not stand for the domain itself).
    bool carriesDomain() const;
    // Of roots (DER), those that issued one of certificates (their signature verifies): the
    // partner's own roots, in the order of roots.
    static QList<QByteArray> issuingRoots(const QList<QByteArray>& roots,
                                          const QList<PartnerCertificate>& certificates);

    QJsonObject toJson() const;
    // Strict: wrong JSON types and invalid values are errors that start with their JSON path.
    static Result<PartnerCertificate> fromJson(const QJsonObject& json, const QString& path = QString());
    bool operator==(const PartnerCertificate&) const = default;
};

} // namespace ds::core
