#pragma once

#include <QString>

class QDateTime;
class QLocale;

namespace ds::ui {

// Dates and times as the console shows them: the locale's short format, but always with a
// four-digit year. A certificate's "1/2/03" is ambiguous; "1/2/2003" is not.
class DateTimeText
{
public:
    // In local time.
    static QString shortDateTime(const QDateTime& time);
    static QString shortDateTime(const QDateTime& time, const QLocale& locale);
    // The locale's short date-time format with "yy" widened to "yyyy".
    static QString shortFormat(const QLocale& locale);
};

} // namespace ds::ui
