#pragma once

// Shared by the crypto tests: an OpenSSL-CLI CA in a temporary directory.

#include "testsupport.h"
#include "util/clock.h"

#include <QDir>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

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
