#pragma once

// Internal to core/crypto: the extensions DomainSecure puts into requests and certificates.

#include "opensslptr.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace ds::core {

namespace X509Builder {
// subjectAltName with DNS names (already normalized A-labels).
X509_EXTENSION* subjectAltName(const QStringList& dnsNames);
// extendedKeyUsage; empty list gives nullptr.
X509_EXTENSION* extendedKeyUsage(bool serverAuth, bool clientAuth);
// keyUsage (critical) fitting the key: RSA digitalSignature+keyEncipherment, EC digitalSignature;
// a CA gets keyCertSign+cRLSign (+digitalSignature).
X509_EXTENSION* keyUsage(const EVP_PKEY* key, bool ca);
// basicConstraints (critical) CA:TRUE or CA:FALSE.
X509_EXTENSION* basicConstraints(bool ca);
ASN1_TIME* toAsn1Time(const QDateTime& time);
// A random positive 127-bit serial number.
ASN1_INTEGER* randomSerial();
} // namespace X509Builder

} // namespace ds::core
