#include "keyprotector.h"

#include "opensslptr.h"
#include "pbebounds.h"
#include "secrets.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray scrypt(const QByteArray& password, const QByteArray& salt, quint64 n, quint64 r, quint64 p)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    // Room for scrypt's V and B arrays (128 r (N + 2) + 128 r p bytes) plus slack; maxmem 0 would
    // mean OpenSSL's 32 MiB default, which the callers' bounds (N <= 2^20) may exceed.
    const quint64 maxmem = 128 * r * (n + 2) + 128 * r * p + 65536;
    if (!EVP_PBE_scrypt(password.constData(), static_cast<size_t>(password.size()),
                        reinterpret_cast<const unsigned char*>(salt.constData()),
                        static_cast<size_t>(salt.size()), n, r, p, maxmem,
                        reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()))) {
        OpenSsl::clearErrors();
        return {};
    }
    return out;
}
} // namespace

Result<QByteArray> KeyProtector::encrypt(const QByteArray& pkcs8Der, const QString& passphrase)
{
    OpenSsl::clearErrors();
    if (passphrase.isEmpty())
        return Result<QByteArray>::failure(ErrorCode::Usage, tr("an empty passphrase cannot protect a key"));
    const auto* in = reinterpret_cast<const unsigned char*>(pkcs8Der.constData());
    Pkcs8PrivKeyInfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &in, static_cast<long>(pkcs8Der.size())));
    if (!info) {
        OpenSsl::clearErrors();
        return Result<QByteArray>::failure(ErrorCode::BadInput,
                                           tr("the private key is not valid PKCS#8 data"));
    }
    X509AlgorPtr pbe(
        PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, kSaltBytes, nullptr, kScryptN, kScryptR, kScryptP));
    if (!pbe) {
        return Result<QByteArray>::failure(
            ErrorCode::Io, tr("cannot set up key encryption: %1").arg(OpenSsl::errorString()));
    }
    const SecretBytes pass = SecretBytes::fromUtf8(passphrase);
    X509SigPtr sig(PKCS8_set0_pbe(pass.constData(), static_cast<int>(pass.size()), info.get(), pbe.get()));
    if (!sig) {
        return Result<QByteArray>::failure(
            ErrorCode::Io, tr("cannot encrypt the private key: %1").arg(OpenSsl::errorString()));
    }
    pbe.release(); // owned by sig now
    return OpenSsl::toDer(sig.get(), i2d_X509_SIG);
}

Result<QByteArray> KeyProtector::decrypt(const QByteArray& encryptedDer, const QString& passphrase)
{
    OpenSsl::clearErrors();
    const auto* in = reinterpret_cast<const unsigned char*>(encryptedDer.constData());
    X509SigPtr sig(d2i_X509_SIG(nullptr, &in, static_cast<long>(encryptedDer.size())));
    if (!sig) {
        OpenSsl::clearErrors();
        return Result<QByteArray>::failure(
            ErrorCode::BadInput, tr("the encrypted private key is damaged (not EncryptedPrivateKeyInfo)"));
    }
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(sig.get(), &algorithm, nullptr);
    if (const QString tooLarge = PbeBounds::check(algorithm); !tooLarge.isEmpty())
        return Result<QByteArray>::failure(ErrorCode::BadInput, tooLarge);
    const SecretBytes pass = SecretBytes::fromUtf8(passphrase);
    Pkcs8PrivKeyInfoPtr info(
        PKCS8_decrypt_ex(sig.get(), pass.constData(), static_cast<int>(pass.size()), nullptr, nullptr));
    if (!info) {
        OpenSsl::clearErrors();
        return Result<QByteArray>::failure(ErrorCode::BadInput,
                                           tr("wrong passphrase: the private key cannot be decrypted"));
    }
    return OpenSsl::toDer(info.get(), i2d_PKCS8_PRIV_KEY_INFO);
}

QString KeyProtector::makeVerifier(const QString& passphrase)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return {};
    const QByteArray hash =
        scrypt(SecretBytes::fromUtf8(passphrase).bytes(), salt, kScryptN, kScryptR, kScryptP);
    if (hash.isEmpty())
        return {};
    return u"scrypt$%1$%2$%3$%4$%5"_s.arg(kScryptN).arg(kScryptR).arg(kScryptP).arg(
        QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool KeyProtector::checkVerifier(const QString& verifier, const QString& passphrase)
{
    const QStringList parts = verifier.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts.at(0) != u"scrypt"_s)
        return false;
    bool okN = false, okR = false, okP = false;
    const quint64 n = parts.at(1).toULongLong(&okN);
    const quint64 r = parts.at(2).toULongLong(&okR);
    const quint64 p = parts.at(3).toULongLong(&okP);
    // Refuse absurd parameters from a tampered file rather than allocating gigabytes.
    // N a power of two; at most 256 MiB of scrypt memory.
    if (!okN || !okR || !okP || n < 2 || (n & (n - 1)) != 0 || n > (1u << 20) || r < 1 || r > 32 || p < 1 ||
        p > 16 || 128 * r * n > (256u << 20))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(5).toLatin1());
    const QByteArray actual = scrypt(SecretBytes::fromUtf8(passphrase).bytes(), salt, n, r, p);
    return !actual.isEmpty() && actual.size() == expected.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), static_cast<size_t>(actual.size())) == 0;
}

Result<QByteArray> KeyProtector::unprotect(const QByteArray& stored, bool encrypted,
                                           const QString& passphrase)
{
    if (!encrypted)
        return stored;
    if (passphrase.isEmpty()) {
        return Result<QByteArray>::failure(
            ErrorCode::BadInput, tr("the private key is encrypted: a workspace passphrase is needed"));
    }
    return decrypt(stored, passphrase);
}

} // namespace ds::core
