#include "opensslptr.h"

#include <QStringList>
#include <openssl/err.h>

namespace ds::core {

namespace OpenSsl {

QString errorString()
{
    QStringList reasons;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        const char* reason = ERR_reason_error_string(code);
        QString text =
            reason ? QString::fromLatin1(reason) : QString::fromLatin1(ERR_error_string(code, nullptr));
        if (!reasons.contains(text))
            reasons << text;
    }
    return reasons.join(QStringLiteral("; "));
}

void clearErrors()
{
    ERR_clear_error();
}

QByteArray bioData(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, static_cast<qsizetype>(length));
}

BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

QByteArray digest(const char* algorithm, const QByteArray& data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(data.constData(), static_cast<size_t>(data.size()), out, &length,
                    EVP_get_digestbyname(algorithm), nullptr))
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length));
}

} // namespace OpenSsl

} // namespace ds::core
