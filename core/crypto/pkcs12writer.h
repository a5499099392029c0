#pragma once

#include "certificate.h"
#include "privatekey.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ds::core {

// Writes PKCS#12 (.pfx) files: modern AES-256-CBC + PBKDF2 with a SHA-256 MAC by default, or the
// legacy PBE-SHA1-3DES with a SHA-1 MAC that Windows Server 2003/2008 can read.
class Pkcs12Writer
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Writer)

public:
    enum class Algorithm { Modern, Legacy };
    static constexpr int kIterations = 2048; // OpenSSL's and Windows' usual count

    static Result<QByteArray> write(const PrivateKey& key, const Certificate& certificate,
                                    const QList<Certificate>& chain, const QString& password,
                                    const QString& friendlyName = {},
                                    Algorithm algorithm = Algorithm::Modern);
};

} // namespace ds::core
