#pragma once

#include "distinguishedname.h"
#include "privatekey.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

struct X509_req_st;

namespace ds::core {

// A PKCS#10 certificate request with DNS SANs and serverAuth+clientAuth, signed with SHA-256.
class CertificateRequest
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)

public:
    CertificateRequest() = default;
    // Builds and signs a request. domains are converted to A-labels (IDN) and validated; the
    // subject's CN must be a DNS name too and is added to the SANs when missing (as Exchange does).
    static Result<CertificateRequest> create(const DistinguishedName& subject, const QStringList& domains,
                                             const PrivateKey& key);
    static Result<CertificateRequest> fromDer(const QByteArray& der);
    static Result<CertificateRequest> fromPem(const QByteArray& pem);

    // A DNS name in A-label form ("bücher.example" -> "xn--bcher-kva.example"), lower case,
    // checked: labels a-z 0-9 '-', <= 63 each, <= 253 total, at least two labels, wildcard only
    // as a leftmost "*.". The error names the value and the rule it breaks.
    static Result<QString> normalizeDnsName(const QString& name);
    // normalizeDnsName over a list, dropping duplicates; the error names the bad entry.
    static Result<QStringList> normalizeDnsNames(const QStringList& names);

    bool isNull() const { return !m_req; }
    bool verify() const; // the signature verifies with the request's own public key
    DistinguishedName subjectName() const;
    QString subject() const;
    QStringList names() const; // DNS SANs
    QStringList extendedKeyUsages() const;
    QByteArray spkiDer() const;
    QByteArray spkiSha256() const;
    QString keyDescription() const;
    QByteArray toDer() const { return m_der; }
    QByteArray toPem() const;

    X509_req_st* native() const { return m_req.get(); }

private:
    std::shared_ptr<X509_req_st> m_req;
    QByteArray m_der;
};

} // namespace ds::core
