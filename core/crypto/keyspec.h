#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ds::core {

// The type and size of a key to generate: "rsa:2048" (default), "rsa:3072", "rsa:4096",
// "ec:p256", "ec:p384".
class KeySpec
{
    Q_DECLARE_TR_FUNCTIONS(KeySpec)

public:
    enum class Type { Rsa, Ec };

    KeySpec() = default; // RSA 2048
    static KeySpec rsa(int bits);
    static KeySpec ecP256();
    static KeySpec ecP384();
    // Parses one of names(); the error names the text and the accepted values.
    static Result<KeySpec> parse(const QString& text);
    // Every accepted spelling, default first.
    static QStringList names();
    // All specs, default first (for a GUI combo box).
    static QList<KeySpec> all();

    Type type() const { return m_type; }
    // RSA modulus bits, or the EC field size (256, 384).
    int bits() const { return m_bits; }
    // OpenSSL's group name for EC keys ("P-256"); empty for RSA.
    QString curveName() const;
    QString toString() const;    // "rsa:2048"
    QString description() const; // "RSA 2048", "EC P-256"

    bool operator==(const KeySpec&) const = default;

private:
    KeySpec(Type type, int bits)
        : m_type(type)
        , m_bits(bits)
    {}
    Type m_type = Type::Rsa;
    int m_bits = 2048;
};

} // namespace ds::core
