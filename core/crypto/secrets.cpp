#include "secrets.h"

#include <openssl/crypto.h>

namespace ds::core {

void Secrets::wipe(QByteArray& data)
{
    // isDetached() is false for shared and for raw (not owned) data; data() would copy those.
    if (data.isDetached() && !data.isEmpty())
        OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
    if (data.isDetached())
        data.resize(0);
    else
        data = QByteArray();
}

void Secrets::wipe(QString& text)
{
    if (text.isDetached() && !text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    if (text.isDetached())
        text.resize(0);
    else
        text = QString();
}

} // namespace ds::core
