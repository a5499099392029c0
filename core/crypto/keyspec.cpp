#include "keyspec.h"

using namespace Qt::StringLiterals;

namespace ds::core {

KeySpec KeySpec::rsa(int bits)
{
    return KeySpec(Type::Rsa, bits);
}

KeySpec KeySpec::ecP256()
{
    return KeySpec(Type::Ec, 256);
}

KeySpec KeySpec::ecP384()
{
    return KeySpec(Type::Ec, 384);
}

QList<KeySpec> KeySpec::all()
{
    return {rsa(2048), rsa(3072), rsa(4096), ecP256(), ecP384()};
}

QStringList KeySpec::names()
{
    QStringList result;
    for (const KeySpec& spec : all())
        result << spec.toString();
    return result;
}

Result<KeySpec> KeySpec::parse(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (const KeySpec& spec : all()) {
        if (spec.toString() == wanted)
            return spec;
    }
    // Friendly spellings seen in other tools.
    if (wanted == u"ec:prime256v1"_s || wanted == u"ec:p-256"_s || wanted == u"ec:secp256r1"_s)
        return ecP256();
    if (wanted == u"ec:secp384r1"_s || wanted == u"ec:p-384"_s)
        return ecP384();
    return Result<KeySpec>::failure(
        ErrorCode::Usage, tr("unknown key type \"%1\": use one of %2").arg(text, names().join(u", "_s)));
}

QString KeySpec::curveName() const
{
    if (m_type != Type::Ec)
        return {};
    return m_bits == 384 ? u"P-384"_s : u"P-256"_s;
}

QString KeySpec::toString() const
{
    if (m_type == Type::Ec)
        return m_bits == 384 ? u"ec:p384"_s : u"ec:p256"_s;
    return u"rsa:%1"_s.arg(m_bits);
}

QString KeySpec::description() const
{
    if (m_type == Type::Ec)
        return u"EC %1"_s.arg(curveName());
    return u"RSA %1"_s.arg(m_bits);
}

} // namespace ds::core
