#include "certificateauthority.h"

#include "opensslptr.h"
#include "util/clock.h"
#include "x509builder.h"

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

// Builds and signs a certificate; issuer == nullptr makes it self-signed.
Result<Certificate> build(EVP_PKEY* subjectKey, const DistinguishedName& subject, const QStringList& dnsNames,
                          const Certificate* issuer, const PrivateKey& signingKey,
                          const CertificateAuthority::IssueOptions& options)
{
    using R = Result<Certificate>;
    OpenSsl::clearErrors();
    if (options.days <= 0 || options.days > 36500) {
        return R::failure(ErrorCode::Usage,
                          QCoreApplication::translate("CertificateAuthority",
                                                      "validity of %1 days is out of range (1-36500)")
                              .arg(options.days));
    }
    X509NamePtr subjectName(subject.toX509Name());
    if (!subjectName) {
        return R::failure(
            ErrorCode::BadInput,
            QCoreApplication::translate("CertificateAuthority", "OpenSSL refuses the subject \"%1\"")
                .arg(subject.toString()));
    }
    const QDateTime start = options.notBefore.isValid() ? options.notBefore : Clock::current().now();
    X509Ptr x509(X509_new());
    Asn1IntegerPtr serial(X509Builder::randomSerial());
    Asn1TimePtr notBefore(X509Builder::toAsn1Time(start));
    Asn1TimePtr notAfter(X509Builder::toAsn1Time(start.addDays(options.days)));
    bool ok = x509 && serial && notBefore && notAfter && X509_set_version(x509.get(), 2) &&
              X509_set_serialNumber(x509.get(), serial.get()) &&
              X509_set_subject_name(x509.get(), subjectName.get()) &&
              X509_set_issuer_name(x509.get(),
                                   issuer ? X509_get_subject_name(issuer->native()) : subjectName.get()) &&
              X509_set1_notBefore(x509.get(), notBefore.get()) &&
              X509_set1_notAfter(x509.get(), notAfter.get()) && X509_set_pubkey(x509.get(), subjectKey);
    if (ok) {
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, issuer ? issuer->native() : x509.get(), x509.get(), nullptr, nullptr, 0);
        // Added one by one: the authority key identifier of a self-signed certificate reads the
        // subject key identifier already in it.
        auto add = [&](X509_EXTENSION* made) {
            const X509ExtensionPtr extension(made);
            ok = ok && extension && X509_add_ext(x509.get(), extension.get(), -1);
        };
        add(X509Builder::basicConstraints(options.ca));
        add(X509Builder::keyUsage(subjectKey, options.ca));
        if (!options.ca && (options.serverAuth || options.clientAuth))
            add(X509Builder::extendedKeyUsage(options.serverAuth, options.clientAuth));
        if (!dnsNames.isEmpty())
            add(X509Builder::subjectAltName(dnsNames));
        add(X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_key_identifier, "hash"));
        add(X509V3_EXT_conf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid:always"));
    }
    if (!ok || !X509_sign(x509.get(), signingKey.native(), EVP_sha256())) {
        return R::failure(ErrorCode::Io, QCoreApplication::translate("CertificateAuthority",
                                                                     "cannot sign the certificate: %1")
                                             .arg(OpenSsl::errorString()));
    }
    return Certificate::fromNative(x509.release());
}

} // namespace

CertificateAuthority::CertificateAuthority(Certificate certificate, PrivateKey key)
    : m_certificate(std::move(certificate))
    , m_key(std::move(key))
{}

Result<CertificateAuthority> CertificateAuthority::makeRoot(const DistinguishedName& subject,
                                                            const PrivateKey& key, int days)
{
    IssueOptions options;
    options.days = days;
    options.ca = true;
    auto certificate = build(key.native(), subject, {}, nullptr, key, options);
    if (!certificate.ok())
        return certificate.error();
    return CertificateAuthority(certificate.value(), key);
}

Result<Certificate> CertificateAuthority::selfSigned(const DistinguishedName& subject,
                                                     const QStringList& domains, const PrivateKey& key,
                                                     int days)
{
    IssueOptions options;
    options.days = days;
    auto names = CertificateRequest::normalizeDnsNames(domains);
    if (!names.ok())
        return names.error();
    return build(key.native(), subject, names.value(), nullptr, key, options);
}

Result<Certificate> CertificateAuthority::issue(const CertificateRequest& request,
                                                const IssueOptions& options) const
{
    if (request.isNull() || !request.verify()) {
        return Result<Certificate>::failure(ErrorCode::BadInput,
                                            tr("the certificate request's signature does not verify"));
    }
    return issue(request.spkiDer(), request.subjectName(), request.names(), options);
}

Result<Certificate> CertificateAuthority::issue(const CertificateRequest& request, int days) const
{
    IssueOptions options;
    options.days = days;
    return issue(request, options);
}

Result<Certificate> CertificateAuthority::issue(const QByteArray& spkiDer, const DistinguishedName& subject,
                                                const QStringList& domains, const IssueOptions& options) const
{
    if (isNull())
        return Result<Certificate>::failure(ErrorCode::Usage, tr("the CA has no certificate or key"));
    const auto* in = reinterpret_cast<const unsigned char*>(spkiDer.constData());
    EvpPkeyPtr publicKey(d2i_PUBKEY(nullptr, &in, static_cast<long>(spkiDer.size())));
    if (!publicKey) {
        OpenSsl::clearErrors();
        return Result<Certificate>::failure(ErrorCode::BadInput,
                                            tr("the public key to certify cannot be read"));
    }
    auto names = CertificateRequest::normalizeDnsNames(domains);
    if (!names.ok())
        return names.error();
    return build(publicKey.get(), subject, names.value(), &m_certificate, m_key, options);
}

Result<CertificateAuthority> CertificateAuthority::makeIntermediate(const DistinguishedName& subject,
                                                                    const PrivateKey& key, int days) const
{
    IssueOptions options;
    options.days = days;
    options.ca = true;
    auto certificate = issue(key.spkiDer(), subject, {}, options);
    if (!certificate.ok())
        return certificate.error();
    return CertificateAuthority(certificate.value(), key);
}

} // namespace ds::core
