#include "bytesize.h"

#include "freetext.h"

#include <QRegularExpression>
#include <array>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
struct Unit
{
    QLatin1StringView name;
    quint64 factor;
};
constexpr std::array<Unit, 5> kUnits = {{{"TB"_L1, 1ULL << 40},
                                         {"GB"_L1, 1ULL << 30},
                                         {"MB"_L1, 1ULL << 20},
                                         {"KB"_L1, 1ULL << 10},
                                         {"B"_L1, 1ULL}}};
// Beyond anything Exchange accepts, and far from overflowing quint64.
constexpr quint64 kMaxBytes = 1ULL << 50;
} // namespace

ByteSize ByteSize::fromBytes(quint64 bytes)
{
    ByteSize size;
    size.m_bytes = bytes;
    return size;
}

ByteSize ByteSize::unlimited()
{
    ByteSize size;
    size.m_unlimited = true;
    return size;
}

Result<ByteSize> ByteSize::parse(const QString& raw)
{
    const QString text = raw.trimmed();
    auto fail = [&](const QString& why) {
        return Result<ByteSize>::failure(ErrorCode::BadInput,
                                         tr("size \"%1\" %2").arg(FreeText::printable(raw), why));
    };
    if (text.isEmpty())
        return fail(tr("is empty; write e.g. 10MB, 64KB or unlimited"));
    if (text.compare(u"unlimited"_s, Qt::CaseInsensitive) == 0)
        return unlimited();
    static const QRegularExpression pattern(
        u"^([0-9]{1,16})(?:\\.([0-9]+))? ?(B|KB|MB|GB|TB)?(?: \\(([0-9,]+) bytes\\))?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return fail(
            tr("is not a size; write a whole number with B, KB, MB, GB or TB, e.g. 10MB, or unlimited"));
    if (!match.captured(2).isEmpty())
        return fail(tr("has a fraction; write a whole number of a smaller unit, e.g. 1536KB"));
    const quint64 number = match.captured(1).toULongLong();
    quint64 factor = 1;
    const QString unit = match.captured(3).toUpper();
    for (const Unit& u : kUnits) {
        if (unit == u.name)
            factor = u.factor;
    }
    if (number > kMaxBytes / factor)
        return fail(tr("is too large"));
    const ByteSize size = fromBytes(number * factor);
    if (!match.captured(4).isEmpty()) {
        QString shown = match.captured(4);
        shown.remove(QLatin1Char(','));
        if (shown.toULongLong() != size.m_bytes)
            return fail(tr("disagrees with its byte count in parentheses"));
    }
    return size;
}

QString ByteSize::toString() const
{
    if (m_unlimited)
        return u"unlimited"_s;
    for (const Unit& u : kUnits) {
        if (m_bytes != 0 && m_bytes % u.factor == 0)
            return QString::number(m_bytes / u.factor) + u.name;
    }
    return u"0B"_s;
}

} // namespace ds::core
