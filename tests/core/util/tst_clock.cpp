#include "util/clock.h"

#include <QTest>

using namespace ds::core;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsNow();
    void installedClockWins();
};

void TestClock::systemClockIsNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = Clock::current().now();
    QVERIFY(now >= before);
    QVERIFY(now.secsTo(QDateTime::currentDateTimeUtc()) < 5);
}

void TestClock::installedClockWins()
{
    FixedClock fixed(QDateTime(QDate(2030, 5, 1), QTime(8, 0), Qt::UTC));
    Clock::setCurrent(&fixed);
    QCOMPARE(Clock::current().now(), QDateTime(QDate(2030, 5, 1), QTime(8, 0), Qt::UTC));
    fixed.setTime(QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(Clock::current().now().date(), QDate(2031, 1, 1));
    Clock::setCurrent(nullptr);
    QVERIFY(Clock::current().now().date() != QDate(2031, 1, 1));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
