#include "model/bytesize.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestByteSize : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
};

void TestByteSize::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<bool>("unlimited");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("10MB") << u"10MB"_s << quint64(10485760) << false << u"10MB"_s;
    QTest::newRow("10 mb") << u"10 mb"_s << quint64(10485760) << false << u"10MB"_s;
    QTest::newRow("64KB") << u"64KB"_s << quint64(65536) << false << u"64KB"_s;
    QTest::newRow("bytes") << u"65536"_s << quint64(65536) << false << u"64KB"_s;
    QTest::newRow("odd bytes") << u"65537B"_s << quint64(65537) << false << u"65537B"_s;
    QTest::newRow("2GB") << u"2GB"_s << quint64(2147483648ULL) << false << u"2GB"_s;
    QTest::newRow("1TB") << u"1TB"_s << quint64(1ULL << 40) << false << u"1TB"_s;
    QTest::newRow("unlimited") << u"Unlimited"_s << quint64(0) << true << u"unlimited"_s;
    QTest::newRow("exchange display")
        << u"10 MB (10,485,760 bytes)"_s << quint64(10485760) << false << u"10MB"_s;
    QTest::newRow("zero") << u"0"_s << quint64(0) << false << u"0B"_s;
}

void TestByteSize::parseValid()
{
    QFETCH(QString, text);
    QFETCH(quint64, bytes);
    QFETCH(bool, unlimited);
    QFETCH(QString, canonical);
    const auto size = ByteSize::parse(text);
    QVERIFY2(size.ok(), qPrintable(size.errorMessage()));
    QCOMPARE(size->bytes(), bytes);
    QCOMPARE(size->isUnlimited(), unlimited);
    QCOMPARE(size->toString(), canonical);
    QCOMPARE(ByteSize::parse(size->toString()).value(), size.value());
}

void TestByteSize::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u""_s << u"is empty"_s;
    QTest::newRow("unit only") << u"MB"_s << u"not a size"_s;
    QTest::newRow("negative") << u"-10MB"_s << u"not a size"_s;
    QTest::newRow("fraction") << u"1.5MB"_s << u"fraction"_s;
    QTest::newRow("bad unit") << u"10XB"_s << u"not a size"_s;
    QTest::newRow("huge") << u"9999999999999999TB"_s << u"too large"_s;
    QTest::newRow("display mismatch") << u"10 MB (5 bytes)"_s << u"disagrees"_s;
    QTest::newRow("quote") << u"10MB'"_s << u"not a size"_s;
    QTest::newRow("newline") << u"10\nMB"_s << u"not a size"_s;
    QTest::newRow("unicode quote") << u"\u201810MB"_s << u"not a size"_s;
}

void TestByteSize::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto size = ByteSize::parse(text);
    QVERIFY(!size.ok());
    QVERIFY2(size.errorMessage().contains(reason), qPrintable(size.errorMessage()));
    QVERIFY(!size.errorMessage().contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestByteSize)
#include "tst_bytesize.moc"
