#pragma once

#include "certificate.h"

#include <QString>

namespace ds::core {

// The operating system's store of public root CAs (OpenSSL's hashed directory, /etc/ssl/certs on
// Debian): whether a certificate is one of them, which makes it a CA anyone can buy a
// certificate from.
class SystemTrustStore
{
public:
    static inline const QString kDefaultDirectory = QStringLiteral("/etc/ssl/certs");

    // True when directory holds certificate itself, found as OpenSSL finds it: by the files named
    // after the subject-name hash ("HASH.0", "HASH.1", …; c_rehash(1)).
    static bool contains(const Certificate& certificate, const QString& directory = kDefaultDirectory);
};

} // namespace ds::core
