#include "certificaterequest.h"

#include "opensslptr.h"
#include "x509builder.h"

#include <QUrl>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace ds::core {

QString describePublicKey(const EVP_PKEY* key);     // privatekey.cpp
QStringList dnsNamesOf(const GENERAL_NAMES* names); // certificate.cpp
QStringList ekuNames(const EXTENDED_KEY_USAGE* eku);

namespace {

std::shared_ptr<X509_req_st> share(X509_REQ* req)
{
    return std::shared_ptr<X509_req_st>(req, X509_REQ_free);
}

// The extensions of a request, or of a certificate request's attributes.
template <typename T> T* findExtension(const STACK_OF(X509_EXTENSION) * extensions, int nid)
{
    if (!extensions)
        return nullptr;
    const int index = X509v3_get_ext_by_NID(extensions, nid, -1);
    if (index < 0)
        return nullptr;
    return static_cast<T*>(X509V3_EXT_d2i(X509v3_get_ext(extensions, index)));
}
} // namespace

Result<QString> CertificateRequest::normalizeDnsName(const QString& input)
{
    using R = Result<QString>;
    QString name = input.trimmed();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return R::failure(ErrorCode::BadInput, tr("an empty domain name"));
    QString prefix;
    if (name.startsWith(u"*."_s)) {
        prefix = u"*."_s;
        name = name.mid(2);
    }
    if (name.contains(u'*'))
        return R::failure(
            ErrorCode::BadInput,
            tr("\"%1\" is not a valid DNS name: a wildcard may only be the leftmost label \"*.\"")
                .arg(input));
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 128;
    // Only IDNs go through QUrl::toAce, so plain names get the precise errors below.
    QString ace = ascii ? name : QString::fromLatin1(QUrl::toAce(name));
    if (ace.isEmpty())
        return R::failure(
            ErrorCode::BadInput,
            tr("\"%1\" is not a valid DNS name (it cannot be converted to an IDN A-label)").arg(input));
    ace = ace.toLower();
    const QStringList labels = ace.split(u'.');
    for (const QString& label : labels) {
        if (label.isEmpty())
            return R::failure(ErrorCode::BadInput,
                              tr("\"%1\" is not a valid DNS name: it has an empty label").arg(input));
        if (label.size() > 63)
            return R::failure(
                ErrorCode::BadInput,
                tr("\"%1\" is not a valid DNS name: the label \"%2\" is longer than 63 characters")
                    .arg(input, label));
        for (const QChar c : label) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
            if (!ok)
                return R::failure(
                    ErrorCode::BadInput,
                    tr("\"%1\" is not a valid DNS name: character '%2' is not allowed (use a-z, 0-9, -)")
                        .arg(input, QString(c)));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return R::failure(
                ErrorCode::BadInput,
                tr("\"%1\" is not a valid DNS name: a label cannot start or end with '-'").arg(input));
    }
    ace = prefix + ace;
    if (ace.size() > 253)
        return R::failure(ErrorCode::BadInput,
                          tr("\"%1\" is not a valid DNS name: longer than 253 characters").arg(input));
    return ace;
}

Result<QStringList> CertificateRequest::normalizeDnsNames(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names) {
        auto normalized = normalizeDnsName(name);
        if (!normalized.ok())
            return normalized.error();
        if (!result.contains(normalized.value()))
            result << normalized.value();
    }
    return result;
}

Result<CertificateRequest> CertificateRequest::create(const DistinguishedName& subject,
                                                      const QStringList& domains, const PrivateKey& key)
{
    using R = Result<CertificateRequest>;
    OpenSsl::clearErrors();
    if (key.isNull())
        return R::failure(ErrorCode::Usage, tr("no key for the certificate request"));
    const QString commonName = subject.commonName();
    if (commonName.isEmpty())
        return R::failure(ErrorCode::BadInput, tr("the subject needs a CN (the server's host name)"));
    auto cn = normalizeDnsName(commonName);
    if (!cn.ok())
        return R::failure(ErrorCode::BadInput, tr("subject CN: %1").arg(cn.error().message));
    auto sans = normalizeDnsNames(QStringList{cn.value()} + domains);
    if (!sans.ok())
        return R::failure(ErrorCode::BadInput, tr("domain: %1").arg(sans.error().message));

    DistinguishedName normalizedSubject;
    for (const auto& attribute : subject.attributes())
        normalizedSubject.append(attribute.type, attribute.type.compare(u"CN"_s, Qt::CaseInsensitive) == 0
                                                     ? cn.value()
                                                     : attribute.value);
    X509NamePtr name(normalizedSubject.toX509Name());
    if (!name)
        return R::failure(ErrorCode::BadInput,
                          tr("OpenSSL refuses the subject \"%1\"").arg(subject.toString()));

    X509ReqPtr req(X509_REQ_new());
    if (!req || !X509_REQ_set_version(req.get(), 0) || !X509_REQ_set_subject_name(req.get(), name.get()) ||
        !X509_REQ_set_pubkey(req.get(), key.native())) {
        return R::failure(ErrorCode::Io, tr("cannot build the request: %1").arg(OpenSsl::errorString()));
    }
    X509ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
    X509ExtensionPtr parts[] = {X509ExtensionPtr(X509Builder::subjectAltName(sans.value())),
                                X509ExtensionPtr(X509Builder::extendedKeyUsage(true, true)),
                                X509ExtensionPtr(X509Builder::keyUsage(key.native(), false))};
    for (X509ExtensionPtr& extension : parts) {
        if (extension && extensions && sk_X509_EXTENSION_push(extensions.get(), extension.get()))
            extension.release(); // owned by extensions now
    }
    const bool added = extensions && X509_REQ_add_extensions(req.get(), extensions.get()) == 1;
    if (!added || !X509_REQ_sign(req.get(), key.native(), EVP_sha256()))
        return R::failure(ErrorCode::Io, tr("cannot sign the request: %1").arg(OpenSsl::errorString()));
    CertificateRequest request;
    request.m_der = OpenSsl::toDer(req.get(), i2d_X509_REQ);
    request.m_req = share(req.release());
    return request;
}

Result<CertificateRequest> CertificateRequest::fromDer(const QByteArray& der)
{
    OpenSsl::clearErrors();
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* in = begin;
    X509ReqPtr req(d2i_X509_REQ(nullptr, &in, static_cast<long>(der.size())));
    if (!req || in != begin + der.size()) {
        OpenSsl::clearErrors();
        return Result<CertificateRequest>::failure(ErrorCode::BadInput,
                                                   tr("not a DER PKCS#10 certificate request"));
    }
    CertificateRequest request;
    request.m_der = der;
    request.m_req = share(req.release());
    return request;
}

Result<CertificateRequest> CertificateRequest::fromPem(const QByteArray& pem)
{
    OpenSsl::clearErrors();
    BioPtr bio = OpenSsl::memoryBio(pem);
    X509ReqPtr req(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    if (!req) {
        OpenSsl::clearErrors();
        return Result<CertificateRequest>::failure(ErrorCode::BadInput,
                                                   tr("no PEM certificate request found"));
    }
    CertificateRequest request;
    request.m_der = OpenSsl::toDer(req.get(), i2d_X509_REQ);
    request.m_req = share(req.release());
    return request;
}

bool CertificateRequest::verify() const
{
    if (!m_req)
        return false;
    EVP_PKEY* key = X509_REQ_get0_pubkey(m_req.get());
    const bool ok = key && X509_REQ_verify(m_req.get(), key) == 1;
    OpenSsl::clearErrors();
    return ok;
}

DistinguishedName CertificateRequest::subjectName() const
{
    return m_req ? DistinguishedName::fromX509Name(X509_REQ_get_subject_name(m_req.get()))
                 : DistinguishedName();
}

QString CertificateRequest::subject() const
{
    return subjectName().toString();
}

QStringList CertificateRequest::names() const
{
    if (!m_req)
        return {};
    const X509ExtensionStackPtr extensions(X509_REQ_get_extensions(m_req.get()));
    GeneralNamesPtr names(findExtension<GENERAL_NAMES>(extensions.get(), NID_subject_alt_name));
    return dnsNamesOf(names.get());
}

QStringList CertificateRequest::extendedKeyUsages() const
{
    if (!m_req)
        return {};
    const X509ExtensionStackPtr extensions(X509_REQ_get_extensions(m_req.get()));
    ExtendedKeyUsagePtr eku(findExtension<EXTENDED_KEY_USAGE>(extensions.get(), NID_ext_key_usage));
    return ekuNames(eku.get());
}

QByteArray CertificateRequest::spkiDer() const
{
    if (!m_req)
        return {};
    return OpenSsl::toDer(X509_REQ_get0_pubkey(m_req.get()), i2d_PUBKEY);
}

QByteArray CertificateRequest::spkiSha256() const
{
    return OpenSsl::digest("SHA256", spkiDer());
}

QString CertificateRequest::keyDescription() const
{
    return m_req ? describePublicKey(X509_REQ_get0_pubkey(m_req.get())) : QString();
}

QByteArray CertificateRequest::toPem() const
{
    if (!m_req)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_REQ(bio.get(), m_req.get());
    return OpenSsl::bioData(bio.get());
}

} // namespace ds::core
