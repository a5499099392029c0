#pragma once

// RAII owners for the OpenSSL objects core uses, and the error-queue helper. Only core includes
// this header (ui never sees an OpenSSL type).

#include <QByteArray>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/provider.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace ds::core {

namespace OpenSsl {
// Calls the matching OpenSSL free function; lets unique_ptr hold OpenSSL objects without a lambda.
template <auto FreeFunction> struct Deleter
{
    template <typename T> void operator()(T* object) const { FreeFunction(object); }
};
} // namespace OpenSsl

template <typename T, auto FreeFunction>
using OpenSslPtr = std::unique_ptr<T, OpenSsl::Deleter<FreeFunction>>;

using EvpPkeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using EvpPkeyCtxPtr = OpenSslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using EvpMdCtxPtr = OpenSslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using EvpCipherCtxPtr = OpenSslPtr<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;
using X509ReqPtr = OpenSslPtr<X509_REQ, X509_REQ_free>;
using X509NamePtr = OpenSslPtr<X509_NAME, X509_NAME_free>;
using X509StorePtr = OpenSslPtr<X509_STORE, X509_STORE_free>;
using X509StoreCtxPtr = OpenSslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;
using X509ExtensionPtr = OpenSslPtr<X509_EXTENSION, X509_EXTENSION_free>;
using X509SigPtr = OpenSslPtr<X509_SIG, X509_SIG_free>;
using X509AlgorPtr = OpenSslPtr<X509_ALGOR, X509_ALGOR_free>;
using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using BignumPtr = OpenSslPtr<BIGNUM, BN_free>;
using Asn1IntegerPtr = OpenSslPtr<ASN1_INTEGER, ASN1_INTEGER_free>;
using Asn1TimePtr = OpenSslPtr<ASN1_TIME, ASN1_TIME_free>;
using Asn1OctetStringPtr = OpenSslPtr<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>;
using Pkcs7Ptr = OpenSslPtr<PKCS7, PKCS7_free>;
using Pkcs12Ptr = OpenSslPtr<PKCS12, PKCS12_free>;
using Pkcs8PrivKeyInfoPtr = OpenSslPtr<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>;
using GeneralNamesPtr = OpenSslPtr<GENERAL_NAMES, GENERAL_NAMES_free>;
using BasicConstraintsPtr = OpenSslPtr<BASIC_CONSTRAINTS, BASIC_CONSTRAINTS_free>;
using ExtendedKeyUsagePtr = OpenSslPtr<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free>;
using Asn1BitStringPtr = OpenSslPtr<ASN1_BIT_STRING, ASN1_BIT_STRING_free>;
using OsslLibCtxPtr = OpenSslPtr<OSSL_LIB_CTX, OSSL_LIB_CTX_free>;
using SslCtxPtr = OpenSslPtr<SSL_CTX, SSL_CTX_free>;
using SslPtr = OpenSslPtr<SSL, SSL_free>;
using GeneralNamePtr = OpenSslPtr<GENERAL_NAME, GENERAL_NAME_free>;
using Asn1Ia5StringPtr = OpenSslPtr<ASN1_IA5STRING, ASN1_IA5STRING_free>;
using ScryptParamsPtr = OpenSslPtr<SCRYPT_PARAMS, SCRYPT_PARAMS_free>;
using Pbe2ParamPtr = OpenSslPtr<PBE2PARAM, PBE2PARAM_free>;
using Pbkdf2ParamPtr = OpenSslPtr<PBKDF2PARAM, PBKDF2PARAM_free>;
using PbeParamPtr = OpenSslPtr<PBEPARAM, PBEPARAM_free>;
namespace OpenSsl {
// Stacks that own their elements (the sk_*_pop_free macros need a function here).
inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
inline void freeX509ExtensionStack(STACK_OF(X509_EXTENSION) * stack)
{
    sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free);
}
inline void freePkcs7Stack(STACK_OF(PKCS7) * stack)
{
    sk_PKCS7_pop_free(stack, PKCS7_free);
}
inline void freeSafeBagStack(STACK_OF(PKCS12_SAFEBAG) * stack)
{
    sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free);
}
// OPENSSL_free is a macro (it passes the caller's file and line), so it needs a function here.
template <typename T> void freeMemory(T* memory)
{
    OPENSSL_free(memory);
}
} // namespace OpenSsl
using X509StackPtr = OpenSslPtr<STACK_OF(X509), OpenSsl::freeX509Stack>;
using X509ExtensionStackPtr = OpenSslPtr<STACK_OF(X509_EXTENSION), OpenSsl::freeX509ExtensionStack>;
using Pkcs7StackPtr = OpenSslPtr<STACK_OF(PKCS7), OpenSsl::freePkcs7Stack>;
using SafeBagStackPtr = OpenSslPtr<STACK_OF(PKCS12_SAFEBAG), OpenSsl::freeSafeBagStack>;
// Text and bytes OpenSSL allocated for us (BN_bn2hex, ASN1_STRING_to_UTF8, X509_check_host's name).
using OpenSslString = OpenSslPtr<char, OpenSsl::freeMemory<char>>;
using OpenSslBytes = OpenSslPtr<unsigned char, OpenSsl::freeMemory<unsigned char>>;

namespace OpenSsl {
// Drains the thread's OpenSSL error queue into one line ("reason; reason"); empty when none.
QString errorString();
// Forgets queued errors (before an operation whose failure we explain ourselves).
void clearErrors();
// The bytes of a memory BIO.
QByteArray bioData(BIO* bio);
// A read-only memory BIO over data (no copy; data must outlive the BIO).
BioPtr memoryBio(const QByteArray& data);
// i2d_* into a QByteArray.
template <typename T, typename F> QByteArray toDer(const T* object, F i2d)
{
    const int length = i2d(object, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d(object, &out);
    return der;
}
// The raw digest of data ("SHA1", "SHA256").
QByteArray digest(const char* algorithm, const QByteArray& data);
} // namespace OpenSsl

} // namespace ds::core
