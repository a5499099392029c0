#include "privatekey.h"

#include "keyprotector.h"
#include "opensslptr.h"
#include "secrets.h"

#include <cmath>
#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

std::shared_ptr<evp_pkey_st> share(EVP_PKEY* key)
{
    return std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
}

// State the OpenSSL key generation callback sees.
struct GenerationState
{
    const std::atomic_bool* cancel = nullptr;
    const std::function<void(int)>* progress = nullptr;
    bool rsa = true;
    int primesFound = 0;
    int candidates = 0;
    int lastPercent = -1;
};

int generationCallback(EVP_PKEY_CTX* ctx)
{
    auto* state = static_cast<GenerationState*>(EVP_PKEY_CTX_get_app_data(ctx));
    if (!state)
        return 1;
    if (state->cancel && state->cancel->load())
        return 0; // makes EVP_PKEY_generate fail: the caller reports "cancelled"
    if (state->progress && *state->progress && state->rsa) {
        const int phase = EVP_PKEY_CTX_get_keygen_info(ctx, 0);
        if (phase == 3) {
            ++state->primesFound;
            state->candidates = 0;
        } else if (phase == 0) {
            ++state->candidates;
        }
        // Two primes; the candidate count per prime is unknown, so approach each half asymptotically.
        const double within = 1.0 - std::exp(-state->candidates / 40.0);
        const int percent = std::min(99, state->primesFound * 50 + static_cast<int>(within * 48));
        if (percent != state->lastPercent) {
            state->lastPercent = percent;
            (*state->progress)(percent);
        }
    }
    return 1;
}

int noPassword(char*, int, int, void*)
{
    return -1; // never prompt on a terminal
}

} // namespace

Result<PrivateKey> PrivateKey::generate(const KeySpec& spec, const std::atomic_bool* cancel,
                                        const std::function<void(int)>& progress)
{
    OpenSsl::clearErrors();
    const bool rsa = spec.type() == KeySpec::Type::Rsa;
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, rsa ? "RSA" : "EC", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0) {
        return Result<PrivateKey>::failure(
            ErrorCode::Io, tr("cannot set up key generation: %1").arg(OpenSsl::errorString()));
    }
    int ok = 0;
    if (rsa) {
        ok = EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), spec.bits());
    } else {
        const QByteArray group = spec.curveName().toLatin1();
        ok = EVP_PKEY_CTX_set_group_name(ctx.get(), group.constData());
    }
    if (ok <= 0) {
        return Result<PrivateKey>::failure(
            ErrorCode::Io,
            tr("cannot generate a %1 key: %2").arg(spec.description(), OpenSsl::errorString()));
    }
    GenerationState state;
    state.cancel = cancel;
    state.progress = &progress;
    state.rsa = rsa;
    EVP_PKEY_CTX_set_app_data(ctx.get(), &state);
    EVP_PKEY_CTX_set_cb(ctx.get(), generationCallback);
    EVP_PKEY* generated = nullptr;
    const bool done = EVP_PKEY_generate(ctx.get(), &generated) > 0;
    EvpPkeyPtr key(generated);
    if (!done || !key) {
        if (cancel && cancel->load()) {
            OpenSsl::clearErrors();
            return Result<PrivateKey>::failure(ErrorCode::Cancelled, tr("key generation was cancelled"));
        }
        return Result<PrivateKey>::failure(
            ErrorCode::Io,
            tr("cannot generate a %1 key: %2").arg(spec.description(), OpenSsl::errorString()));
    }
    if (progress)
        progress(100);
    PrivateKey result;
    result.m_key = share(key.release());
    return result;
}

Result<PrivateKey> PrivateKey::fromPkcs8Der(const QByteArray& der)
{
    OpenSsl::clearErrors();
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    Pkcs8PrivKeyInfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &in, static_cast<long>(der.size())));
    if (!info || in != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        OpenSsl::clearErrors();
        return Result<PrivateKey>::failure(ErrorCode::BadInput,
                                           tr("the private key is not valid PKCS#8 data"));
    }
    EVP_PKEY* key = EVP_PKCS82PKEY(info.get());
    if (!key) {
        return Result<PrivateKey>::failure(
            ErrorCode::BadInput, tr("the private key cannot be read: %1").arg(OpenSsl::errorString()));
    }
    PrivateKey result;
    result.m_key = share(key);
    return result;
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray& pem)
{
    OpenSsl::clearErrors();
    BioPtr bio = OpenSsl::memoryBio(pem);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr);
    if (!key) {
        OpenSsl::clearErrors();
        return Result<PrivateKey>::failure(ErrorCode::BadInput,
                                           tr("no unencrypted private key found in the PEM data"));
    }
    PrivateKey result;
    result.m_key = share(key);
    return result;
}

Result<PrivateKey> PrivateKey::fromStored(const QByteArray& stored, bool encrypted, const QString& passphrase)
{
    auto plain = KeyProtector::unprotect(stored, encrypted, passphrase);
    if (!plain.ok())
        return plain.error();
    const SecretBytes der(std::move(plain.value()));
    return fromPkcs8Der(der.bytes());
}

PrivateKey PrivateKey::fromNative(evp_pkey_st* key)
{
    PrivateKey result;
    if (key)
        result.m_key = share(key);
    return result;
}

QByteArray PrivateKey::toPkcs8Der() const
{
    if (!m_key)
        return {};
    Pkcs8PrivKeyInfoPtr info(EVP_PKEY2PKCS8(m_key.get()));
    if (!info)
        return {};
    return OpenSsl::toDer(info.get(), i2d_PKCS8_PRIV_KEY_INFO);
}

QByteArray PrivateKey::toPem() const
{
    if (!m_key)
        return {};
    // A secure-memory BIO: its buffer of the plaintext key is cleansed when freed.
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return {};
    return OpenSsl::bioData(bio.get());
}

QByteArray PrivateKey::spkiDer() const
{
    if (!m_key)
        return {};
    return OpenSsl::toDer(m_key.get(), i2d_PUBKEY);
}

QByteArray PrivateKey::spkiSha256() const
{
    return OpenSsl::digest("SHA256", spkiDer());
}

KeySpec::Type PrivateKey::type() const
{
    return m_key && EVP_PKEY_get_base_id(m_key.get()) == EVP_PKEY_EC ? KeySpec::Type::Ec : KeySpec::Type::Rsa;
}

int PrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

// Shared with Certificate and CertificateRequest through a declaration there.
QString describePublicKey(const EVP_PKEY* key);

QString describePublicKey(const EVP_PKEY* key)
{
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return u"RSA %1"_s.arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length)) {
            const QString name = QString::fromLatin1(group, static_cast<qsizetype>(length));
            if (name == u"prime256v1"_s || name == u"P-256"_s)
                return u"EC P-256"_s;
            if (name == u"secp384r1"_s || name == u"P-384"_s)
                return u"EC P-384"_s;
            if (name == u"secp521r1"_s || name == u"P-521"_s)
                return u"EC P-521"_s;
            return u"EC %1"_s.arg(name);
        }
        return u"EC %1"_s.arg(EVP_PKEY_get_bits(key));
    }
    case EVP_PKEY_ED25519:
        return u"Ed25519"_s;
    case EVP_PKEY_ED448:
        return u"Ed448"_s;
    default: {
        const char* name = EVP_PKEY_get0_type_name(key);
        return u"%1 %2"_s.arg(name ? QString::fromLatin1(name) : u"?"_s).arg(EVP_PKEY_get_bits(key));
    }
    }
}

QString PrivateKey::description() const
{
    return describePublicKey(m_key.get());
}

bool PrivateKey::matches(const QByteArray& publicSpkiDer) const
{
    if (!m_key)
        return false;
    const auto* in = reinterpret_cast<const unsigned char*>(publicSpkiDer.constData());
    EvpPkeyPtr pub(d2i_PUBKEY(nullptr, &in, static_cast<long>(publicSpkiDer.size())));
    OpenSsl::clearErrors();
    return pub && EVP_PKEY_eq(m_key.get(), pub.get()) == 1;
}

} // namespace ds::core
