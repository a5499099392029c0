#include "pkcs12writer.h"

#include "opensslptr.h"
#include "secrets.h"

using namespace Qt::StringLiterals;

namespace ds::core {

Result<QByteArray> Pkcs12Writer::write(const PrivateKey& key, const Certificate& certificate,
                                       const QList<Certificate>& chain, const QString& password,
                                       const QString& friendlyName, Algorithm algorithm)
{
    using R = Result<QByteArray>;
    OpenSsl::clearErrors();
    if (certificate.isNull())
        return R::failure(ErrorCode::Usage, tr("no certificate to put in the PKCS#12 file"));
    if (password.isEmpty())
        return R::failure(ErrorCode::Usage, tr("a PKCS#12 file needs a password"));
    if (!key.isNull() && !key.matches(certificate.spkiDer()))
        return R::failure(ErrorCode::BadInput, tr("the private key does not belong to the certificate"));
    X509StackPtr ca(sk_X509_new_null());
    for (const Certificate& issuer : chain) {
        X509_up_ref(issuer.native());
        sk_X509_push(ca.get(), issuer.native());
    }
    const SecretBytes pass = SecretBytes::fromUtf8(password);
    const QByteArray name = friendlyName.toUtf8();
    const bool legacy = algorithm == Algorithm::Legacy;
    // Modern: PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) for keys and certificates; the MAC is set
    // below with SHA-256. Legacy: pbeWithSHAAnd3-KeyTripleDES-CBC everywhere and a SHA-1 MAC.
    const int nid = legacy ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : NID_aes_256_cbc;
    Pkcs12Ptr p12(PKCS12_create_ex(pass.constData(), name.isEmpty() ? nullptr : name.constData(),
                                   key.native(), certificate.native(), ca.get(), nid, nid, kIterations, -1, 0,
                                   nullptr, nullptr));
    if (!p12)
        return R::failure(ErrorCode::Io, tr("cannot build the PKCS#12 file: %1").arg(OpenSsl::errorString()));
    if (!PKCS12_set_mac(p12.get(), pass.constData(), static_cast<int>(pass.size()), nullptr, 0, kIterations,
                        legacy ? EVP_sha1() : EVP_sha256())) {
        return R::failure(ErrorCode::Io, tr("cannot add the PKCS#12 MAC: %1").arg(OpenSsl::errorString()));
    }
    return OpenSsl::toDer(p12.get(), i2d_PKCS12);
}

} // namespace ds::core
