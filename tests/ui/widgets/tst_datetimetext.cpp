#include "widgets/datetimetext.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace ds::ui;

using namespace Qt::StringLiterals;

class TestDateTimeText : public QObject
{
    Q_OBJECT

private slots:
    void fourDigitYear_data();
    void fourDigitYear();
    void keepsTheLocalesOrder();
    void invalidIsEmpty();
};

void TestDateTimeText::fourDigitYear_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("date");
    // The date part as each locale writes it, with the year in full (Qt's own short formats
    // give 1/2/03, 02.01.03 and 02/01/2003 here).
    QTest::newRow("en_US") << u"en_US"_s << u"1/2/2003"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"02.01.2003"_s;
    QTest::newRow("ja_JP") << u"ja_JP"_s << u"2003/01/02"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << u"02/01/2003"_s;
}

void TestDateTimeText::fourDigitYear()
{
    QFETCH(QString, locale);
    QFETCH(QString, date);
    const QLocale chosen(locale);
    const QDateTime time(QDate(2003, 1, 2), QTime(14, 34), QTimeZone::systemTimeZone());
    const QString text = DateTimeText::shortDateTime(time, chosen);
    QVERIFY2(text.startsWith(date), qPrintable(text));
    QVERIFY2(text.contains(u"34"_s), qPrintable(text)); // the time is still there
    QVERIFY2(DateTimeText::shortFormat(chosen).contains(u"yyyy"_s),
             qPrintable(DateTimeText::shortFormat(chosen)));
    QVERIFY(!DateTimeText::shortFormat(chosen).contains(u"yyyyy"_s));
}

// Only the year changes: the rest of the text is the locale's own short format.
void TestDateTimeText::keepsTheLocalesOrder()
{
    const QLocale us(u"en_US"_s);
    const QDateTime time(QDate(2031, 12, 24), QTime(9, 5), QTimeZone::systemTimeZone());
    QString expected = us.toString(time, QLocale::ShortFormat);
    expected.replace(u"/31"_s, u"/2031"_s);
    QCOMPARE(DateTimeText::shortDateTime(time, us), expected);
}

void TestDateTimeText::invalidIsEmpty()
{
    QVERIFY(DateTimeText::shortDateTime(QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDateTimeText)
#include "tst_datetimetext.moc"
