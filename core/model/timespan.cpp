#include "timespan.h"

#include "freetext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ds::core {

TimeSpan TimeSpan::fromSeconds(qint64 seconds)
{
    TimeSpan span;
    span.m_seconds = seconds;
    return span;
}

Result<TimeSpan> TimeSpan::parse(const QString& raw)
{
    const QString text = raw.trimmed();
    auto fail = [&](const QString& why) {
        return Result<TimeSpan>::failure(ErrorCode::BadInput,
                                         tr("time span \"%1\" %2").arg(FreeText::printable(raw), why));
    };
    if (text.isEmpty())
        return fail(tr("is empty; write [d.]hh:mm:ss, e.g. 00:05:00"));
    static const QRegularExpression pattern(u"^(?:([0-9]{1,5})\\.)?([0-9]{1,2}):([0-9]{2}):([0-9]{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return fail(tr("is not a time span; write [d.]hh:mm:ss, e.g. 00:05:00 or 1.00:00:00"));
    const qint64 days = match.captured(1).toLongLong();
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).toInt();
    const int seconds = match.captured(4).toInt();
    if (hours > 23)
        return fail(tr("has %1 hours; use days for 24 hours or more (1.00:00:00)").arg(hours));
    if (minutes > 59 || seconds > 59)
        return fail(tr("has minutes or seconds above 59"));
    return fromSeconds(((days * 24 + hours) * 60 + minutes) * 60 + seconds);
}

QString TimeSpan::toString() const
{
    const qint64 days = m_seconds / 86400;
    const qint64 rest = m_seconds % 86400;
    const QString clock = u"%1:%2:%3"_s.arg(rest / 3600, 2, 10, QLatin1Char('0'))
                              .arg((rest / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(rest % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? QString::number(days) + QLatin1Char('.') + clock : clock;
}

} // namespace ds::core
