#pragma once

#include "certificate.h"
#include "certificaterequest.h"
#include "distinguishedname.h"
#include "privatekey.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace ds::core {

// A small CA (certificate + key) that makes roots, intermediates and TLS certificates; used for
// self-signed certificates, the demo workspace and tests. Validity starts at Clock::current().now().
class CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAuthority)

public:
    struct IssueOptions
    {
        int days = 365;
        bool serverAuth = true;
        bool clientAuth = true;
        bool ca = false;     // issue an intermediate CA
        QDateTime notBefore; // default: Clock::current().now()
    };

    CertificateAuthority() = default;
    CertificateAuthority(Certificate certificate, PrivateKey key);

    // A self-signed root CA (basicConstraints CA:TRUE, keyCertSign|cRLSign).
    static Result<CertificateAuthority> makeRoot(const DistinguishedName& subject, const PrivateKey& key,
                                                 int days = 3650);
    // A self-signed end-entity TLS certificate (serverAuth+clientAuth, DNS SANs).
    static Result<Certificate> selfSigned(const DistinguishedName& subject, const QStringList& domains,
                                          const PrivateKey& key, int days = 365);

    // Issues for a request (its subject, SANs and key; the signature must verify).
    Result<Certificate> issue(const CertificateRequest& request, const IssueOptions& options) const;
    Result<Certificate> issue(const CertificateRequest& request, int days = 365) const;
    // Issues for a public key (SPKI DER) with the given subject and DNS names.
    Result<Certificate> issue(const QByteArray& spkiDer, const DistinguishedName& subject,
                              const QStringList& domains, const IssueOptions& options) const;
    // An intermediate CA signed by this one.
    Result<CertificateAuthority> makeIntermediate(const DistinguishedName& subject, const PrivateKey& key,
                                                  int days = 1825) const;

    Certificate certificate() const { return m_certificate; }
    PrivateKey key() const { return m_key; }
    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }

private:
    Certificate m_certificate;
    PrivateKey m_key;
};

} // namespace ds::core
