#include "systemtruststore.h"

#include <QFile>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
// A store file holds one certificate; anything much larger is not one.
constexpr qint64 kMaxStoreFileSize = 1024 * 1024;
// c_rehash numbers collisions from 0; more than this many certificates with one hash are not met.
constexpr int kMaxCollisions = 16;
} // namespace

bool SystemTrustStore::contains(const Certificate& certificate, const QString& directory)
{
    if (certificate.isNull() || !certificate.native())
        return false;
    const unsigned long hash = X509_subject_name_hash(certificate.native());
    const QString base = directory + u'/' + u"%1"_s.arg(hash, 8, 16, QLatin1Char('0'));
    for (int i = 0; i < kMaxCollisions; ++i) {
        QFile file(base + u'.' + QString::number(i));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        if (file.size() > kMaxStoreFileSize)
            continue;
        const QByteArray data = file.readAll();
        auto stored = data.startsWith("-----") || data.contains("-----BEGIN") ? Certificate::fromPem(data)
                                                                              : Certificate::fromDer(data);
        if (stored.ok() && stored->toDer() == certificate.toDer())
            return true;
    }
    return false;
}

} // namespace ds::core
