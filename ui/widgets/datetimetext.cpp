#include "datetimetext.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ds::ui {

QString DateTimeText::shortDateTime(const QDateTime& time)
{
    return shortDateTime(time, QLocale());
}

QString DateTimeText::shortDateTime(const QDateTime& time, const QLocale& locale)
{
    if (!time.isValid())
        return QString();
    return locale.toString(time.toLocalTime(), shortFormat(locale));
}

QString DateTimeText::shortFormat(const QLocale& locale)
{
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    // Only a two-letter year field: "yyyy" stays, and quoted text has no lone "yy" in the CLDR
    // short formats Qt ships.
    static const QRegularExpression twoDigitYear(u"(?<!y)yy(?!y)"_s);
    format.replace(twoDigitYear, u"yyyy"_s);
    return format;
}

} // namespace ds::ui
