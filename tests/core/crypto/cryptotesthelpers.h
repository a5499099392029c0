#pragma once

// Shared by the crypto tests: an OpenSSL-CLI CA in a temporary directory.

#include "testsupport.h"

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
inline bool makeOpensslCa(const QTemporaryDir& dir, const QString& subject = u"/CN=OpenSSL Test Root/O=Test"_s)
{
    const auto result = openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                                 path(dir, u"ca.key"_s), u"-out"_s, path(dir, u"ca.pem"_s), u"-days"_s, u"30"_s,
                                 u"-subj"_s, subject, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                                 u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s});
    if (result.exitCode != 0)
        qWarning() << result.err;
    return result.exitCode == 0;
}

// Signs csrFile with the openssl CA, copying the request's extensions; writes outFile.
inline bool opensslSign(const QTemporaryDir& dir, const QString& csrFile, const QString& outFile, int days = 10)
{
    const auto result = openssl({u"x509"_s, u"-req"_s, u"-in"_s, csrFile, u"-CA"_s, path(dir, u"ca.pem"_s),
                                 u"-CAkey"_s, path(dir, u"ca.key"_s), u"-CAcreateserial"_s, u"-out"_s, outFile,
                                 u"-days"_s, QString::number(days), u"-copy_extensions"_s, u"copyall"_s});
    if (result.exitCode != 0)
        qWarning() << result.err;
    return result.exitCode == 0;
}

} // namespace CryptoTest
