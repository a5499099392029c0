#pragma once

#include "keyspec.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

struct evp_pkey_st;

namespace ds::core {

// A private key (RSA or EC) held as a shared, immutable OpenSSL EVP_PKEY; cheap to copy.
class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)

public:
    PrivateKey() = default;

    // Generates a key. cancel, when given, is polled by OpenSSL's key generation callback;
    // progress gets a rough 0..99 estimate (RSA prime search has no known length).
    static Result<PrivateKey> generate(const KeySpec& spec, const std::atomic_bool* cancel = nullptr,
                                       const std::function<void(int)>& progress = {});
    // Unencrypted PKCS#8 PrivateKeyInfo.
    static Result<PrivateKey> fromPkcs8Der(const QByteArray& der);
    // "PRIVATE KEY", "RSA PRIVATE KEY" or "EC PRIVATE KEY" PEM (unencrypted).
    static Result<PrivateKey> fromPem(const QByteArray& pem);
    // A key as stored in a workspace: plain PKCS#8, or EncryptedPrivateKeyInfo when encrypted.
    static Result<PrivateKey> fromStored(const QByteArray& stored, bool encrypted, const QString& passphrase);
    // Takes one reference of an EVP_PKEY (used inside core/crypto).
    static PrivateKey fromNative(evp_pkey_st* key);

    bool isNull() const { return !m_key; }
    QByteArray toPkcs8Der() const;
    QByteArray toPem() const;
    // DER SubjectPublicKeyInfo of the public half, and its SHA-256 (the matching key for imports).
    QByteArray spkiDer() const;
    QByteArray spkiSha256() const;
    KeySpec::Type type() const;
    int bits() const;
    QString description() const; // "RSA 2048", "EC P-256"
    // True when publicSpkiDer is the public half of this key.
    bool matches(const QByteArray& publicSpkiDer) const;

    evp_pkey_st* native() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace ds::core
