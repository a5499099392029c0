#include "iprange.h"

#include "freetext.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
Result<IpRange> fail(const QString& text, const QString& why)
{
    return Result<IpRange>::failure(ErrorCode::BadInput,
                                    IpRange::tr("IP range \"%1\" %2").arg(FreeText::printable(text), why));
}

std::optional<QString> parseIPv4(const QString& text, quint32* out)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return IpRange::tr("is not an IPv4 address: it needs four numbers separated by dots");
    quint32 value = 0;
    for (const QString& part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return IpRange::tr("is not an IPv4 address: \"%1\" is not a number from 0 to 255").arg(part);
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return IpRange::tr("is not an IPv4 address: \"%1\" is not a number from 0 to 255").arg(part);
        }
        if (part.size() > 1 && part.startsWith(QLatin1Char('0')))
            return IpRange::tr("has a leading zero in \"%1\", which some tools read as octal").arg(part);
        const uint number = part.toUInt();
        if (number > 255)
            return IpRange::tr("is not an IPv4 address: %1 is larger than 255").arg(number);
        value = (value << 8) | number;
    }
    *out = value;
    return std::nullopt;
}
} // namespace

Result<IpAddress> IpRange::parseAddress(const QString& raw)
{
    const QString text = raw.trimmed();
    auto failAddress = [&](const QString& why) {
        return Result<IpAddress>::failure(ErrorCode::BadInput,
                                          tr("IP address \"%1\" %2").arg(FreeText::printable(raw), why));
    };
    if (text.isEmpty())
        return failAddress(tr("is empty"));
    if (text.contains(QLatin1Char('%')))
        return failAddress(
            tr("has an IPv6 zone index (%...); zones are local to one host and not allowed here"));
    if (auto why = FreeText::problem(text))
        return failAddress(*why);
    if (text.contains(QLatin1Char(':'))) {
        for (QChar c : text) {
            const bool ok = c.isDigit() ||
                            (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')) ||
                            c == QLatin1Char(':') || c == QLatin1Char('.');
            if (!ok || c.unicode() > 0x7f)
                return failAddress(tr("is not an IPv6 address: \"%1\" is not allowed in one").arg(c));
        }
        const std::optional<IpAddress> address = IpAddress::fromString(text);
        if (!address || !address->isIPv6())
            return failAddress(tr("is not a valid IPv6 address"));
        return *address;
    }
    quint32 v4 = 0;
    if (auto why = parseIPv4(text, &v4))
        return failAddress(*why);
    return IpAddress(v4);
}

IpRange::Value IpRange::valueOf(const IpAddress& address)
{
    if (address.isIPv4())
        return Value{0, address.toIPv4()};
    const IpAddress::IPv6Bytes bytes = address.toIPv6();
    Value v;
    for (int i = 0; i < 8; ++i)
        v.high = (v.high << 8) | bytes[i];
    for (int i = 8; i < 16; ++i)
        v.low = (v.low << 8) | bytes[i];
    return v;
}

IpAddress IpRange::addressOf(const Value& value) const
{
    if (m_family == 4)
        return IpAddress(static_cast<quint32>(value.low));
    IpAddress::IPv6Bytes bytes;
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<quint8>(value.high >> (56 - 8 * i));
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = static_cast<quint8>(value.low >> (56 - 8 * i));
    return IpAddress(bytes);
}

IpRange IpRange::fromAddress(const IpAddress& address)
{
    IpRange range;
    range.m_family = address.isIPv4() ? 4 : 6;
    range.m_kind = Kind::Single;
    range.m_first = range.m_last = valueOf(address);
    return range;
}

IpRange IpRange::allIPv4()
{
    IpRange range;
    range.m_family = 4;
    range.m_kind = Kind::Range;
    range.m_first = Value{0, 0};
    range.m_last = Value{0, 0xffffffffULL};
    return range;
}

Result<IpRange> IpRange::parse(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return fail(raw, tr("is empty"));
    if (auto why = FreeText::problem(text))
        return fail(raw, *why);
    if (text.contains(QLatin1Char(' ')))
        return fail(raw, tr("contains a space; give one range per entry"));
    if (text.contains(QLatin1Char('%')))
        return fail(raw,
                    tr("has an IPv6 zone index (%...); zones are local to one host and not allowed here"));

    IpRange range;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    if (slash >= 0 && dash >= 0)
        return fail(raw, tr("mixes a range (a-b) and a CIDR prefix (/n)"));
    if (slash >= 0) {
        auto address = parseAddress(text.left(slash));
        if (!address.ok())
            return fail(raw, address.errorMessage());
        const QString prefixText = text.mid(slash + 1);
        bool ok = false;
        const int prefix = prefixText.toInt(&ok);
        range.m_family = address->isIPv4() ? 4 : 6;
        const int maxPrefix = range.m_family == 4 ? 32 : 128;
        if (!ok || prefix < 0 || prefix > maxPrefix || prefixText.startsWith(QLatin1Char('+')))
            return fail(raw, tr("has the prefix length \"%1\"; it must be a number from 0 to %2")
                                 .arg(prefixText)
                                 .arg(maxPrefix));
        const Value v = valueOf(*address);
        // Mask computed on the 128-bit value; an IPv4 prefix p is an IPv6-style prefix 96 + p.
        const int bits = range.m_family == 4 ? 96 + prefix : prefix;
        Value mask;
        mask.high = bits >= 64 ? ~0ULL : (bits == 0 ? 0 : ~0ULL << (64 - bits));
        mask.low = bits <= 64 ? 0 : (bits >= 128 ? ~0ULL : ~0ULL << (128 - bits));
        if (range.m_family == 4)
            mask.high = 0;
        const Value network{v.high & mask.high, v.low & mask.low};
        if (network != v) {
            range.m_first = network;
            return fail(raw, tr("has host bits set after the prefix; did you mean %1/%2?")
                                 .arg(range.addressOf(network).toString())
                                 .arg(prefix));
        }
        range.m_kind = Kind::Cidr;
        range.m_prefix = prefix;
        range.m_first = network;
        const quint64 hostLow = range.m_family == 4 ? (~mask.low & 0xffffffffULL) : ~mask.low;
        range.m_last = Value{network.high | (range.m_family == 4 ? 0 : ~mask.high), network.low | hostLow};
        return range;
    }
    if (dash >= 0) {
        auto first = parseAddress(text.left(dash));
        if (!first.ok())
            return fail(raw, first.errorMessage());
        auto last = parseAddress(text.mid(dash + 1));
        if (!last.ok())
            return fail(raw, last.errorMessage());
        if (first->family() != last->family())
            return fail(raw, tr("mixes IPv4 and IPv6 addresses"));
        range.m_family = first->isIPv4() ? 4 : 6;
        range.m_kind = Kind::Range;
        range.m_first = valueOf(*first);
        range.m_last = valueOf(*last);
        if (range.m_last < range.m_first)
            return fail(raw, tr("starts after it ends; write the lower address first"));
        return range;
    }
    auto address = parseAddress(text);
    if (!address.ok())
        return fail(raw, address.errorMessage());
    return fromAddress(*address);
}

IpAddress IpRange::firstAddress() const
{
    return isNull() ? IpAddress() : addressOf(m_first);
}

IpAddress IpRange::lastAddress() const
{
    return isNull() ? IpAddress() : addressOf(m_last);
}

bool IpRange::isAllAddresses() const
{
    if (isNull())
        return false;
    const Value top = m_family == 4 ? Value{0, 0xffffffffULL} : Value{~0ULL, ~0ULL};
    return m_first == Value{} && m_last == top;
}

bool IpRange::contains(const IpRange& other) const
{
    return !isNull() && m_family == other.m_family && m_first <= other.m_first && other.m_last <= m_last;
}

bool IpRange::contains(const IpAddress& address) const
{
    if (address.isNull())
        return false;
    return contains(fromAddress(address));
}

bool IpRange::overlaps(const IpRange& other) const
{
    return !isNull() && m_family == other.m_family && m_first <= other.m_last && other.m_first <= m_last;
}

QString IpRange::toString() const
{
    switch (m_kind) {
    case Kind::Single:
        return firstAddress().toString();
    case Kind::Range:
        return firstAddress().toString() + QLatin1Char('-') + lastAddress().toString();
    case Kind::Cidr:
        return firstAddress().toString() + QLatin1Char('/') + QString::number(m_prefix);
    }
    return {};
}

} // namespace ds::core
