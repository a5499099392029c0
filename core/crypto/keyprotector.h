#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ds::core {

// Encrypts private keys at rest (PKCS#8 EncryptedPrivateKeyInfo, PBES2 AES-256-CBC with scrypt)
// and checks a passphrase through a verifier string (WorkspaceCrypto applies both to a workspace).
class KeyProtector
{
    Q_DECLARE_TR_FUNCTIONS(KeyProtector)

public:
    // scrypt parameters: N = 2^14, r = 8, p = 1 (16 MiB, about 50 ms per derivation on this
    // machine class), RFC 7914's interactive setting and what `openssl pkcs8 -scrypt` writes.
    // N = 2^15 needs 32 MiB plus a few bytes, which is over OpenSSL's default scrypt memory limit
    // (32 MiB): OpenSSL then refuses to encrypt or decrypt at all, so it must not be raised.
    // A derivation happens only when a key is used (or the passphrase checked), never on load.
    static constexpr quint64 kScryptN = 16384;
    static constexpr quint64 kScryptR = 8;
    static constexpr quint64 kScryptP = 1;

    // Unencrypted PKCS#8 DER -> EncryptedPrivateKeyInfo DER.
    static Result<QByteArray> encrypt(const QByteArray& pkcs8Der, const QString& passphrase);
    // EncryptedPrivateKeyInfo DER -> PKCS#8 DER. A wrong passphrase is ErrorCode::BadInput.
    static Result<QByteArray> decrypt(const QByteArray& encryptedDer, const QString& passphrase);

    // "scrypt$N$r$p$salt$hash" (base64); never contains the passphrase.
    static QString makeVerifier(const QString& passphrase);
    static bool checkVerifier(const QString& verifier, const QString& passphrase);
    // The plain PKCS#8 of a stored key.
    static Result<QByteArray> unprotect(const QByteArray& stored, bool encrypted, const QString& passphrase);
};

} // namespace ds::core
