#include "model/freetext.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestFreeText : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void name_data();
    void name();
    void printable();
};

void TestFreeText::problem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::newRow("plain") << u"220 mail.contoso.example ESMTP"_s << QString();
    QTest::newRow("ascii quotes are fine") << u"O'Brien \"and\" ; | # $x"_s << QString();
    QTest::newRow("unicode letters") << u"Größe 東京"_s << QString();
    QTest::newRow("lf") << u"a\nb"_s << u"line break at position 2"_s;
    QTest::newRow("cr") << u"a\rb"_s << u"line break"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"tab"_s;
    QTest::newRow("nul") << QString(u"a\0"_s) << u"U+0000"_s;
    QTest::newRow("esc") << u"\u001b[31m"_s << u"U+001B"_s;
    QTest::newRow("del") << u"a\u007f"_s << u"U+007F"_s;
    QTest::newRow("c1") << u"a\u0085"_s << u"U+0085"_s;
    QTest::newRow("ls") << u"a\u2028"_s << u"U+2028"_s;
    QTest::newRow("ps") << u"a\u2029"_s << u"U+2029"_s;
    for (char16_t c = 0x2018; c <= 0x201e; ++c) {
        const QString code = u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        QTest::newRow(qPrintable(code)) << (u"x"_s + QChar(c) + u"x"_s) << code;
    }
}

void TestFreeText::problem()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto why = FreeText::problem(text);
    if (reason.isEmpty()) {
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
    } else {
        QVERIFY(why.has_value());
        QVERIFY2(why->contains(reason), qPrintable(*why));
    }
}

void TestFreeText::name_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ok") << u"From Fabrikam (domain secure)"_s << QString();
    QTest::newRow("64 chars") << QString(64, QLatin1Char('n')) << QString();
    QTest::newRow("empty") << u""_s << u"is empty"_s;
    QTest::newRow("spaces") << u"   "_s << u"is empty"_s;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('n')) << u"65 characters"_s;
    QTest::newRow("300 chars") << QString(300, QLatin1Char('n')) << u"300 characters"_s;
    QTest::newRow("backslash") << u"EDGE01\\From"_s << u"backslash"_s;
    QTest::newRow("newline") << u"From\nFabrikam"_s << u"line break"_s;
    QTest::newRow("smart quote") << u"Fabrikam\u2019s"_s << u"U+2019"_s;
}

void TestFreeText::name()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto why = FreeText::nameProblem(text);
    if (reason.isEmpty()) {
        QVERIFY(!why);
        QVERIFY(FreeText::checkName(u"name"_s, text).ok());
    } else {
        QVERIFY(why);
        QVERIFY2(why->contains(reason), qPrintable(*why));
        const Status status = FreeText::checkName(u"name"_s, text);
        QVERIFY(!status.ok());
        QVERIFY(!status.errorMessage().contains(QLatin1Char('\n')));
    }
}

void TestFreeText::printable()
{
    QCOMPARE(FreeText::printable(u"a\nb"_s), u"a\ufffdb"_s);
    QCOMPARE(FreeText::printable(QString(100, QLatin1Char('x'))).size(), 81);
}

QTEST_GUILESS_MAIN(TestFreeText)
#include "tst_freetext.moc"
