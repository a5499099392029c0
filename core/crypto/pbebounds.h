#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>
#include <openssl/pkcs12.h>

namespace ds::core {

// Bounds on the key derivation an encrypted file asks for: PKCS#12 MAC iterations, PBES1 and
// PKCS#12 PBE iterations, PBES2 with PBKDF2 iterations or scrypt's N, r, p. Checked before the
// derivation runs: a hostile file could otherwise keep a thread busy for hours, or fail after
// a long wait as if the password were wrong.
class PbeBounds
{
    Q_DECLARE_TR_FUNCTIONS(PbeBounds)

public:
    // OpenSSL writes 2,048 (PKCS#12 MAC, PBKDF2), Windows 2,000; even OWASP's 600,000 for
    // PBKDF2-SHA256 stays well below. Ten million take seconds.
    static constexpr quint64 kMaxIterations = 10'000'000;
    // OpenSSL's limit when it decrypts scrypt-protected data (its default maxmem): above it OpenSSL
    // refuses anyway, without saying why. KeyProtector writes N = 2^14, r = 8: 16 MiB.
    static constexpr quint64 kMaxScryptMemory = 32ULL * 1024 * 1024;
    // N * r * p: the work of scrypt (KeyProtector's 2^17 take about 50 ms); 2^24 is about what ten
    // million PBKDF2 iterations cost.
    static constexpr quint64 kMaxScryptWork = 1ULL << 24;

    // Empty when the password-based algorithm is within the bounds, or not one OpenSSL could run
    // (OpenSSL then fails on its own); otherwise one line saying which parameter is too large.
    static QString check(const X509_ALGOR* algorithm);
    static QString checkPkcs12Mac(const PKCS12* p12);
    // der: an EncryptedPrivateKeyInfo (PKCS#8); damaged data passes (decrypting it fails).
    static QString checkEncryptedPrivateKey(const QByteArray& der);
};

} // namespace ds::core
