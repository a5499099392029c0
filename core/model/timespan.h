#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ds::core {

// An EnhancedTimeSpan in Exchange's "[d.]hh:mm:ss" form, to the second.
class TimeSpan
{
    Q_DECLARE_TR_FUNCTIONS(TimeSpan)

public:
    TimeSpan() = default;
    static TimeSpan fromSeconds(qint64 seconds);

    // "00:05:00", "1.00:00:00", "2.03:04:05"; hours 0–23, minutes and seconds 0–59.
    static Result<TimeSpan> parse(const QString& text);

    qint64 seconds() const { return m_seconds; }
    QString toString() const;

    auto operator<=>(const TimeSpan&) const = default;

private:
    qint64 m_seconds = 0;
};

} // namespace ds::core
