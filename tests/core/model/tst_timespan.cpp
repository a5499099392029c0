#include "model/timespan.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestTimeSpan : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
};

void TestTimeSpan::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("5 min") << u"00:05:00"_s << qint64(300) << u"00:05:00"_s;
    QTest::newRow("1 day") << u"1.00:00:00"_s << qint64(86400) << u"1.00:00:00"_s;
    QTest::newRow("mixed") << u"2.03:04:05"_s << qint64(2 * 86400 + 3 * 3600 + 4 * 60 + 5) << u"2.03:04:05"_s;
    QTest::newRow("single digit hour") << u"1:00:00"_s << qint64(3600) << u"01:00:00"_s;
    QTest::newRow("spaces") << u" 00:00:01 "_s << qint64(1) << u"00:00:01"_s;
    QTest::newRow("zero") << u"00:00:00"_s << qint64(0) << u"00:00:00"_s;
}

void TestTimeSpan::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QFETCH(QString, canonical);
    const auto span = TimeSpan::parse(text);
    QVERIFY2(span.ok(), qPrintable(span.errorMessage()));
    QCOMPARE(span->seconds(), seconds);
    QCOMPARE(span->toString(), canonical);
}

void TestTimeSpan::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u""_s << u"is empty"_s;
    QTest::newRow("minutes only") << u"05:00"_s << u"not a time span"_s;
    QTest::newRow("24 hours") << u"24:00:00"_s << u"use days"_s;
    QTest::newRow("60 minutes") << u"00:60:00"_s << u"above 59"_s;
    QTest::newRow("negative") << u"-00:05:00"_s << u"not a time span"_s;
    QTest::newRow("words") << u"five minutes"_s << u"not a time span"_s;
    QTest::newRow("quote") << u"00:05:00'"_s << u"not a time span"_s;
    QTest::newRow("newline") << u"00:05:00\n1"_s << u"not a time span"_s;
}

void TestTimeSpan::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto span = TimeSpan::parse(text);
    QVERIFY(!span.ok());
    QVERIFY2(span.errorMessage().contains(reason), qPrintable(span.errorMessage()));
    QVERIFY(!span.errorMessage().contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestTimeSpan)
#include "tst_timespan.moc"
