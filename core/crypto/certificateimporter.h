#pragma once

#include "certificate.h"
#include "privatekey.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>

namespace ds::core {

// What an import file held: certificates in file order, and a private key when there was one.
struct ImportedBundle
{
    enum class Format { Pem, Der, Pkcs7, Pkcs12 };
    Format format = Format::Pem;
    QList<Certificate> certificates;
    PrivateKey key;
    QString friendlyName;      // from a PKCS#12 bag, if any
    bool legacyPkcs12 = false; // needed OpenSSL's legacy provider (RC2/RC4/DES)

    static QString formatName(Format format); // "PEM", "DER", "PKCS#7", "PKCS#12"
};

// Reads certificate files by content (not by extension): PEM (any number of blocks, CRLF or LF),
// DER certificate, PKCS#7 (PEM or DER), PKCS#12 (password; legacy RC2/3DES files too). Every
// failure is ErrorCode::BadInput with one line naming the file and the problem.
class CertificateImporter
{
    Q_DECLARE_TR_FUNCTIONS(CertificateImporter)

public:
    // Files larger than this are refused before reading (a 10,000-certificate bundle is ~20 MiB).
    static constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;

    // Maps the file (no copy) and parses it; fileName in messages is path as given. When cancel
    // becomes true (from another thread), a large PEM bundle stops between two blocks with
    // ErrorCode::Cancelled.
    static Result<ImportedBundle> importFile(const QString& path, const QString& password = {},
                                             const std::atomic_bool* cancel = nullptr);
    // Parses data; fileName is only used in messages.
    static Result<ImportedBundle> importData(const QByteArray& data, const QString& fileName,
                                             const QString& password = {},
                                             const std::atomic_bool* cancel = nullptr);
    // True when data looks like PKCS#12 (so a caller can ask for a password first).
    static bool isPkcs12(const QByteArray& data);
};

} // namespace ds::core
