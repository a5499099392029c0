#include "x509builder.h"

#include <openssl/rand.h>

namespace ds::core {

namespace X509Builder {

X509_EXTENSION* subjectAltName(const QStringList& dnsNames)
{
    GeneralNamesPtr names(GENERAL_NAMES_new());
    for (const QString& dnsName : dnsNames) {
        const QByteArray ascii = dnsName.toLatin1();
        Asn1Ia5StringPtr value(ASN1_IA5STRING_new());
        GeneralNamePtr name(GENERAL_NAME_new());
        if (!value || !name ||
            !ASN1_STRING_set(value.get(), ascii.constData(), static_cast<int>(ascii.size())))
            return nullptr;
        GENERAL_NAME_set0_value(name.get(), GEN_DNS, value.release());
        if (!sk_GENERAL_NAME_push(names.get(), name.get()))
            return nullptr;
        name.release(); // owned by names now
    }
    return X509V3_EXT_i2d(NID_subject_alt_name, 0, names.get());
}

X509_EXTENSION* extendedKeyUsage(bool serverAuth, bool clientAuth)
{
    if (!serverAuth && !clientAuth)
        return nullptr;
    ExtendedKeyUsagePtr eku(sk_ASN1_OBJECT_new_null());
    if (serverAuth)
        sk_ASN1_OBJECT_push(eku.get(), OBJ_nid2obj(NID_server_auth));
    if (clientAuth)
        sk_ASN1_OBJECT_push(eku.get(), OBJ_nid2obj(NID_client_auth));
    return X509V3_EXT_i2d(NID_ext_key_usage, 0, eku.get());
}

X509_EXTENSION* keyUsage(const EVP_PKEY* key, bool ca)
{
    Asn1BitStringPtr bits(ASN1_BIT_STRING_new());
    ASN1_BIT_STRING_set_bit(bits.get(), 0, 1); // digitalSignature
    if (ca) {
        ASN1_BIT_STRING_set_bit(bits.get(), 5, 1); // keyCertSign
        ASN1_BIT_STRING_set_bit(bits.get(), 6, 1); // cRLSign
    } else if (EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA) {
        ASN1_BIT_STRING_set_bit(bits.get(), 2, 1); // keyEncipherment: RSA key transport (TLS 1.0-1.2)
    }
    return X509V3_EXT_i2d(NID_key_usage, 1, bits.get());
}

X509_EXTENSION* basicConstraints(bool ca)
{
    BasicConstraintsPtr constraints(BASIC_CONSTRAINTS_new());
    constraints->ca = ca ? 0xFF : 0;
    return X509V3_EXT_i2d(NID_basic_constraints, 1, constraints.get());
}

ASN1_TIME* toAsn1Time(const QDateTime& time)
{
    return ASN1_TIME_set(nullptr, static_cast<time_t>(time.toSecsSinceEpoch()));
}

ASN1_INTEGER* randomSerial()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return nullptr;
    bytes[0] &= 0x7F; // positive
    bytes[0] |= 0x01; // never a leading zero byte, always 16 bytes long
    BignumPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn ? BN_to_ASN1_INTEGER(bn.get(), nullptr) : nullptr;
}

} // namespace X509Builder

} // namespace ds::core
