#pragma once

// Partner certificates made by the openssl CLI for the pinning tests: CAs, gateway certificates
// with the names given, renewals that keep the key, and the public-key fingerprint as the
// openssl CLI computes it.

#include "testsupport.h"

#include <QDir>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace PartnerPki {

using namespace Qt::StringLiterals;

// dir/NAME.key and dir/NAME.pem: a self-signed root CA with cn.
inline bool makeCa(const QString& dir, const QString& name, const QString& cn)
{
    const auto result = TestSupport::openssl(
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
         u"-nodes"_s, u"-keyout"_s, dir + u'/' + name + u".key"_s, u"-out"_s, dir + u'/' + name + u".pem"_s,
         u"-days"_s, u"365"_s, u"-subj"_s, u"/CN="_s + cn + u"/O=Pinning Test"_s, u"-addext"_s,
         u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s});
    if (result.exitCode != 0)
        qWarning() << result.err;
    return result.exitCode == 0;
}

// dir/NAME.pem: a gateway certificate (server and client auth) for dnsNames (the first is the
// CN), signed by the CA dir/CA.pem. The key is dir/NAME.key, or keyFile when given (a renewal
// that keeps the key).
inline bool makeLeaf(const QString& dir, const QString& ca, const QString& name, const QStringList& dnsNames,
                     int days = 365, const QString& keyFile = {})
{
    const QString key = keyFile.isEmpty() ? dir + u'/' + name + u".key"_s : keyFile;
    if (keyFile.isEmpty()) {
        const auto generated = TestSupport::openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                                                     u"ec_paramgen_curve:P-256"_s, u"-out"_s, key});
        if (generated.exitCode != 0) {
            qWarning() << generated.err;
            return false;
        }
    }
    QStringList sans;
    for (const QString& name : dnsNames)
        sans << u"DNS:"_s + name;
    const QString csr = dir + u'/' + name + u".csr"_s;
    const auto request = TestSupport::openssl({u"req"_s, u"-new"_s, u"-key"_s, key, u"-out"_s, csr,
                                               u"-subj"_s, u"/CN="_s + dnsNames.first(), u"-addext"_s,
                                               u"subjectAltName="_s + sans.join(u','), u"-addext"_s,
                                               u"extendedKeyUsage=serverAuth,clientAuth"_s, u"-addext"_s,
                                               u"keyUsage=critical,digitalSignature,keyEncipherment"_s});
    if (request.exitCode != 0) {
        qWarning() << request.err;
        return false;
    }
    const auto signed_ = TestSupport::openssl(
        {u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, dir + u'/' + ca + u".pem"_s, u"-CAkey"_s,
         dir + u'/' + ca + u".key"_s, u"-CAcreateserial"_s, u"-out"_s, dir + u'/' + name + u".pem"_s,
         u"-days"_s, QString::number(days), u"-copy_extensions"_s, u"copyall"_s});
    if (signed_.exitCode != 0)
        qWarning() << signed_.err;
    return signed_.exitCode == 0;
}

// `openssl x509 -pubkey -noout -in C | openssl pkey -pubin -outform DER | sha256sum` of pemFile,
// uppercase; empty on failure.
inline QString opensslPublicKeyPin(const QString& pemFile)
{
    const auto pubkey = TestSupport::openssl({u"x509"_s, u"-pubkey"_s, u"-noout"_s, u"-in"_s, pemFile});
    if (pubkey.exitCode != 0)
        return {};
    const auto der = TestSupport::openssl({u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"DER"_s}, pubkey.out);
    if (der.exitCode != 0)
        return {};
    const auto sum = TestSupport::run(u"sha256sum"_s, {}, der.out);
    if (sum.exitCode != 0)
        return {};
    return QString::fromLatin1(sum.out).section(u' ', 0, 0).trimmed().toUpper();
}

} // namespace PartnerPki
