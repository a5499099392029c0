#pragma once

#include <QByteArray>
#include <QString>
#include <utility>

namespace ds::core {

// Wiping passphrases, passwords and plaintext keys once they are used (OPENSSL_cleanse, which the
// compiler cannot drop as a dead store). Qt's containers share their buffers implicitly: a buffer
// is overwritten only while this array or string is its one owner; a shared buffer is just
// released, and the last of its owners wipes it (or holds it on purpose, like the workspace's
// stored keys).
namespace Secrets {
// Zeroes the bytes data owns and leaves it empty; the allocation stays until data goes.
void wipe(QByteArray& data);
// Zeroes the UTF-16 code units text owns and leaves it empty.
void wipe(QString& text);
} // namespace Secrets

// Bytes of a secret (a passphrase in UTF-8, a PKCS#8 key) wiped when it goes out of scope. Moved,
// never copied, so that no second reference outlives the wipe.
class SecretBytes
{
public:
    SecretBytes() = default;
    // Takes over data; wipes it at the end only if no other QByteArray shares it.
    explicit SecretBytes(QByteArray&& data)
        : m_data(std::move(data))
    {}
    static SecretBytes fromUtf8(const QString& text) { return SecretBytes(text.toUtf8()); }
    ~SecretBytes() { Secrets::wipe(m_data); }

    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& other) noexcept
        : m_data(std::exchange(other.m_data, QByteArray()))
    {}
    SecretBytes& operator=(SecretBytes&& other) noexcept
    {
        if (this != &other) {
            Secrets::wipe(m_data);
            m_data = std::exchange(other.m_data, QByteArray());
        }
        return *this;
    }

    const char* constData() const { return m_data.constData(); }
    int size() const { return int(m_data.size()); }
    bool isEmpty() const { return m_data.isEmpty(); }
    // For APIs that take a QByteArray: a const reference, no copy.
    const QByteArray& bytes() const { return m_data; }

private:
    QByteArray m_data;
};

} // namespace ds::core
