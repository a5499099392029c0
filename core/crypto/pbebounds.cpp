#include "pbebounds.h"

#include "opensslptr.h"

#include <openssl/asn1.h>
#include <optional>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

// The value, or nullopt for a negative or wider than 64 bits integer (both beyond any bound).
std::optional<quint64> toUint64(const ASN1_INTEGER* integer)
{
    uint64_t value = 0;
    if (!integer || ASN1_INTEGER_get_uint64(&value, integer) != 1) {
        OpenSsl::clearErrors();
        return std::nullopt;
    }
    return value;
}

QString decimal(const ASN1_INTEGER* integer)
{
    const BignumPtr bn(ASN1_INTEGER_to_BN(integer, nullptr));
    const OpenSslString text(bn ? BN_bn2dec(bn.get()) : nullptr);
    const QString result = text ? QString::fromLatin1(text.get()) : u"?"_s;
    OpenSsl::clearErrors();
    return result;
}

QString checkIterations(const ASN1_INTEGER* iterations)
{
    // An absent count (a PKCS#12 MAC without one) means 1.
    if (!iterations)
        return {};
    const std::optional<quint64> value = toUint64(iterations);
    if (value && *value <= PbeBounds::kMaxIterations)
        return {};
    return PbeBounds::tr("iteration count too large (%1; at most %2)")
        .arg(decimal(iterations))
        .arg(PbeBounds::kMaxIterations);
}

QString checkScrypt(const ASN1_TYPE* parameter)
{
    const ScryptParamsPtr params(
        static_cast<SCRYPT_PARAMS*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(SCRYPT_PARAMS), parameter)));
    OpenSsl::clearErrors();
    if (!params)
        return {};
    const std::optional<quint64> n = toUint64(params->costParameter);
    const std::optional<quint64> r = toUint64(params->blockSize);
    const std::optional<quint64> p = toUint64(params->parallelizationParameter);
    // Each factor below 2^24 first, so that the products below cannot overflow.
    constexpr quint64 kFactor = 1ULL << 24;
    bool ok = n && r && p && *n < kFactor && *r < kFactor && *p < kFactor;
    // OpenSSL's own arithmetic: B is 128 r p bytes, V is 128 r (N + 2).
    ok = ok && 128 * *r * (*n + 2) + 128 * *r * *p <= PbeBounds::kMaxScryptMemory &&
         *n * *r * *p <= PbeBounds::kMaxScryptWork;
    if (ok)
        return {};
    return PbeBounds::tr("scrypt parameters too large (N=%1, r=%2, p=%3; at most %4 MiB of memory and "
                         "N·r·p at most %5)")
        .arg(decimal(params->costParameter), decimal(params->blockSize),
             decimal(params->parallelizationParameter))
        .arg(PbeBounds::kMaxScryptMemory >> 20)
        .arg(PbeBounds::kMaxScryptWork);
}

QString checkPbes2(const ASN1_TYPE* parameter)
{
    const Pbe2ParamPtr pbe2(
        static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), parameter)));
    OpenSsl::clearErrors();
    if (!pbe2 || !pbe2->keyfunc)
        return {};
    switch (OBJ_obj2nid(pbe2->keyfunc->algorithm)) {
    case NID_id_pbkdf2: {
        const Pbkdf2ParamPtr kdf(static_cast<PBKDF2PARAM*>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter)));
        OpenSsl::clearErrors();
        return kdf ? checkIterations(kdf->iter) : QString();
    }
    case NID_id_scrypt:
        return checkScrypt(pbe2->keyfunc->parameter);
    default:
        return {};
    }
}

} // namespace

QString PbeBounds::check(const X509_ALGOR* algorithm)
{
    if (!algorithm)
        return {};
    const int nid = OBJ_obj2nid(algorithm->algorithm);
    const ASN1_TYPE* parameter = algorithm->parameter;
    if (nid == NID_pbes2)
        return checkPbes2(parameter);
    // PBES1 and the PKCS#12 PBE algorithms (pbeWithSHAAnd3-KeyTripleDES-CBC …) share PBEParameter.
    if (!EVP_PBE_find(EVP_PBE_TYPE_OUTER, nid, nullptr, nullptr, nullptr))
        return {};
    const PbeParamPtr pbe(
        static_cast<PBEPARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), parameter)));
    OpenSsl::clearErrors();
    return pbe ? checkIterations(pbe->iter) : QString();
}

QString PbeBounds::checkPkcs12Mac(const PKCS12* p12)
{
    if (!p12 || !PKCS12_mac_present(p12))
        return {};
    const ASN1_INTEGER* iterations = nullptr;
    PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12);
    return checkIterations(iterations);
}

QString PbeBounds::checkEncryptedPrivateKey(const QByteArray& der)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    X509SigPtr sig(d2i_X509_SIG(nullptr, &in, static_cast<long>(der.size())));
    OpenSsl::clearErrors();
    if (!sig)
        return {};
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(sig.get(), &algorithm, nullptr);
    return check(algorithm);
}

} // namespace ds::core
