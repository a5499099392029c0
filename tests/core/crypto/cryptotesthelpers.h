#pragma once

// Shared by the crypto tests: an OpenSSL-CLI CA in a temporary directory.

#include "testsupport.h"
#include "util/clock.h"

#include <QDir>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/asn1.h>
#include <openssl/x509.h>

using namespace ds::core;

namespace CryptoTest {

using namespace Qt::StringLiterals;

inline QString path(const QTemporaryDir& dir, const QString& name)
{
    return dir.filePath(name);
}

inline TestSupport::ProcessResult openssl(const QStringList& arguments, const QByteArray& input = {})
{
    return TestSupport::openssl(arguments, input);
}

// A root CA made by the openssl CLI: ca.key, ca.pem in dir. Returns false on failure.
inline bool makeOpensslCa(const QTemporaryDir& dir,
                          const QString& subject = u"/CN=OpenSSL Test Root/O=Test"_s)
{
    const auto result = openssl(
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, path(dir, u"ca.key"_s),
         u"-out"_s, path(dir, u"ca.pem"_s), u"-days"_s, u"30"_s, u"-subj"_s, subject, u"-addext"_s,
         u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s});
    if (result.exitCode != 0)
        qWarning() << result.err;
    return result.exitCode == 0;
}

// Signs csrFile with the openssl CA, copying the request's extensions; writes outFile.
inline bool opensslSign(const QTemporaryDir& dir, const QString& csrFile, const QString& outFile,
                        int days = 10)
{
    const auto result =
        openssl({u"x509"_s, u"-req"_s, u"-in"_s, csrFile, u"-CA"_s, path(dir, u"ca.pem"_s), u"-CAkey"_s,
                 path(dir, u"ca.key"_s), u"-CAcreateserial"_s, u"-out"_s, outFile, u"-days"_s,
                 QString::number(days), u"-copy_extensions"_s, u"copyall"_s});
    if (result.exitCode != 0)
        qWarning() << result.err;
    return result.exitCode == 0;
}

// A leaf made by the openssl CLI: NAME.key (EC P-256, PKCS#8 PEM) and NAME.pem signed by the CA of
// makeOpensslCa, with cn as CN and DNS SAN and the extended key usages given (default: both).
inline bool makeOpensslLeaf(const QTemporaryDir& dir, const QString& name, const QString& cn,
                            const QString& eku = u"serverAuth,clientAuth"_s, int days = 10)
{
    const auto request = openssl(
        {u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
         u"-keyout"_s, path(dir, name + u".key"_s), u"-out"_s, path(dir, name + u".csr"_s), u"-subj"_s,
         u"/CN="_s + cn + u"/O=Test"_s, u"-addext"_s, u"subjectAltName=DNS:"_s + cn, u"-addext"_s,
         u"extendedKeyUsage="_s + eku, u"-addext"_s, u"keyUsage=critical,digitalSignature"_s});
    if (request.exitCode != 0) {
        qWarning() << request.err;
        return false;
    }
    return opensslSign(dir, path(dir, name + u".csr"_s), path(dir, name + u".pem"_s), days);
}

// The SHA-1 fingerprint the openssl CLI prints for a PEM certificate file, as 40 uppercase hex.
inline QString opensslFingerprint(const QString& pemFile, const QString& digest = u"-sha1"_s)
{
    const auto result = openssl({u"x509"_s, u"-in"_s, pemFile, u"-noout"_s, u"-fingerprint"_s, digest});
    const QString line = QString::fromUtf8(result.out).trimmed();
    return line.section(u'=', 1).remove(u':').toUpper();
}

// Sets the iteration count (PBES1, PKCS#12 PBE, PBES2 with PBKDF2) or scrypt's N of a password-based
// AlgorithmIdentifier. The openssl CLI runs the derivation when it encrypts, so a file that asks for
// twenty million iterations would take it minutes to write: tests write one with the default count
// and raise it here (the file then decrypts to garbage, which is fine for a bound checked first).
inline bool setKdfCost(X509_ALGOR* algorithm, uint64_t cost)
{
    const auto unpack = [](const ASN1_ITEM* item, const ASN1_TYPE* type) {
        return ASN1_TYPE_unpack_sequence(item, type);
    };
    bool ok = false;
    if (OBJ_obj2nid(algorithm->algorithm) != NID_pbes2) {
        auto* pbe = static_cast<PBEPARAM*>(unpack(ASN1_ITEM_rptr(PBEPARAM), algorithm->parameter));
        ok = pbe && ASN1_INTEGER_set_uint64(pbe->iter, cost) &&
             ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBEPARAM), pbe, &algorithm->parameter);
        PBEPARAM_free(pbe);
        return ok;
    }
    auto* pbe2 = static_cast<PBE2PARAM*>(unpack(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter));
    if (!pbe2)
        return false;
    X509_ALGOR* kdf = pbe2->keyfunc;
    if (OBJ_obj2nid(kdf->algorithm) == NID_id_scrypt) {
        auto* scrypt = static_cast<SCRYPT_PARAMS*>(unpack(ASN1_ITEM_rptr(SCRYPT_PARAMS), kdf->parameter));
        ok = scrypt && ASN1_INTEGER_set_uint64(scrypt->costParameter, cost) &&
             ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(SCRYPT_PARAMS), scrypt, &kdf->parameter);
        SCRYPT_PARAMS_free(scrypt);
    } else {
        auto* pbkdf2 = static_cast<PBKDF2PARAM*>(unpack(ASN1_ITEM_rptr(PBKDF2PARAM), kdf->parameter));
        ok = pbkdf2 && ASN1_INTEGER_set_uint64(pbkdf2->iter, cost) &&
             ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbkdf2, &kdf->parameter);
        PBKDF2PARAM_free(pbkdf2);
    }
    ok = ok && ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBE2PARAM), pbe2, &algorithm->parameter);
    PBE2PARAM_free(pbe2);
    return ok;
}

// An EncryptedPrivateKeyInfo (DER) with its derivation cost set as setKdfCost does; empty on error.
inline QByteArray withKdfCost(const QByteArray& encryptedKeyDer, uint64_t cost)
{
    const auto* in = reinterpret_cast<const unsigned char*>(encryptedKeyDer.constData());
    X509_SIG* sig = d2i_X509_SIG(nullptr, &in, static_cast<long>(encryptedKeyDer.size()));
    X509_ALGOR* algorithm = nullptr;
    if (sig)
        X509_SIG_getm(sig, &algorithm, nullptr);
    QByteArray result;
    unsigned char* out = nullptr;
    if (algorithm && setKdfCost(algorithm, cost)) {
        const int length = i2d_X509_SIG(sig, &out);
        if (length > 0)
            result = QByteArray(reinterpret_cast<const char*>(out), length);
    }
    OPENSSL_free(out);
    X509_SIG_free(sig);
    return result;
}

// Installs a FixedClock for a scope and always puts the previous clock back.
class ScopedClock
{
public:
    explicit ScopedClock(const QDateTime& time)
        : m_fixed(time)
        , m_previous(&Clock::current())
    {
        Clock::setCurrent(&m_fixed);
    }
    ~ScopedClock() { Clock::setCurrent(m_previous); }
    ScopedClock(const ScopedClock&) = delete;
    ScopedClock& operator=(const ScopedClock&) = delete;
    FixedClock& clock() { return m_fixed; }

private:
    FixedClock m_fixed;
    const Clock* m_previous;
};

} // namespace CryptoTest
