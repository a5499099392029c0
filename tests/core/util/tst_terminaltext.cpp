#include "util/terminaltext.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void everyControlIsEscaped();
    void plainTextIsUnchanged();
};

void TestTerminalText::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("clear screen") << u"CN=evil\x1b[2J"_s << u"CN=evil\\x1b[2J"_s;
    QTest::newRow("C1 CSI") << u"a\u009b31mb"_s << u"a\\u009b31mb"_s;
    QTest::newRow("bell") << u"\x07"_s << u"\\x07"_s;
    QTest::newRow("CR LF") << u"220 ok\r\nMAIL FROM"_s << u"220 ok\\x0d\\x0aMAIL FROM"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a\\x09b"_s;
    QTest::newRow("NUL") << QString(QChar(0)) << u"\\x00"_s;
    QTest::newRow("DEL") << u"x\x7fy"_s << u"x\\x7fy"_s;
    QTest::newRow("C1 first and last") << u"\u0080\u009f"_s << u"\\u0080\\u009f"_s;
    QTest::newRow("separators") << u"\u2028\u2029"_s << u"\\u2028\\u2029"_s;
    QTest::newRow("right-to-left override") << u"moc.\u202egpj"_s << u"moc.\\u202egpj"_s;
    QTest::newRow("isolates") << u"\u2066x\u2069"_s << u"\\u2066x\\u2069"_s;
}

void TestTerminalText::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, safe);
    QCOMPARE(terminalSafe(text), safe);
}

void TestTerminalText::everyControlIsEscaped()
{
    QList<char16_t> unsafe;
    for (char16_t c = 0; c < 0x20; ++c)
        unsafe << c;
    for (char16_t c = 0x7f; c <= 0x9f; ++c)
        unsafe << c;
    unsafe << 0x2028 << 0x2029 << 0x202a << 0x202b << 0x202c << 0x202d << 0x202e << 0x2066 << 0x2067 << 0x2068
           << 0x2069;
    for (char16_t c : std::as_const(unsafe)) {
        const QString safe = terminalSafe(u"<"_s + QChar(c) + u">"_s);
        QVERIFY2(!safe.contains(QChar(c)), qPrintable(QString::number(c, 16)));
        QVERIFY(safe.startsWith(u"<\\"_s));
        for (QChar kept : safe)
            QVERIFY(kept.unicode() >= 0x20 && kept.unicode() < 0x7f);
    }
}

void TestTerminalText::plainTextIsUnchanged()
{
    for (const QString& text : {u""_s, u"CN=mail.contoso.com,O=Contoso\\, Ltd.,C=JP"_s,
                                u"EDGE01\\From Fabrikam"_s, u"CN=日本語 ü é \u00a0\u200d"_s, u"😀"_s})
        QCOMPARE(terminalSafe(text), text);
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
