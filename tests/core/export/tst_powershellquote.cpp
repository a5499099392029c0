#include "export/powershellquote.h"
#include "powershelltokenizer.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// PowerShellQuote: every accepted value becomes exactly one single-quoted token that decodes back
// to the value; values PowerShell could read differently are refused.
class TestPowerShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void quotesAndRoundTrips_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"From Partner"_s << u"'From Partner'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("apostrophe") << u"O'Brien"_s << u"'O''Brien'"_s;
        QTest::newRow("injection") << u"x'; Remove-Item C:\\ -Recurse; '"_s
                                   << u"'x''; Remove-Item C:\\ -Recurse; '''"_s;
        QTest::newRow("dollar") << u"$(Remove-Item C:\\)"_s << u"'$(Remove-Item C:\\)'"_s;
        QTest::newRow("backtick") << u"a`'b"_s << u"'a`''b'"_s;
        QTest::newRow("double quotes") << u"\"x\""_s << u"'\"x\"'"_s;
        QTest::newRow("comment") << u"#'; x"_s << u"'#''; x'"_s;
        QTest::newRow("only quotes") << u"''''"_s << u"''''''''''"_s;
        QTest::newRow("here-string end") << u"'@"_s << u"'''@'"_s;
        QTest::newRow("en dash") << u"\u2013Recurse"_s << u"'\u2013Recurse'"_s;
        QTest::newRow("non-ASCII") << u"Müller Größe 日本"_s << u"'Müller Größe 日本'"_s;
    }
    void quotesAndRoundTrips()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const auto literal = PowerShellQuote::literal(u"name"_s, value);
        QVERIFY2(literal.ok(), qPrintable(literal.errorMessage()));
        QCOMPARE(literal.value(), expected);
        QList<PowerShellTokenizer::Token> tokens;
        QString error;
        QVERIFY2(PowerShellTokenizer::tokenize(u"Set-Thing -Name "_s + literal.value() + u" -Enabled $true"_s,
                                               &tokens, &error),
                 qPrintable(error));
        QCOMPARE(tokens.size(), 5);
        QCOMPARE(tokens.at(2).kind, PowerShellTokenizer::Kind::SingleQuoted);
        QCOMPARE(tokens.at(2).value, value);
    }

    void refusesAmbiguousCharacters_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("right single quote") << u"a\u2019b"_s;
        QTest::newRow("left single quote injection") << u"x\u2018; Remove-Item C:\\ -Recurse; \u2018"_s;
        QTest::newRow("low-9 quote") << u"a\u201Ab"_s;
        QTest::newRow("reversed quote") << u"a\u201Bb"_s;
        QTest::newRow("left double quote") << u"\u201Cx"_s;
        QTest::newRow("right double quote") << u"x\u201D"_s;
        QTest::newRow("low-9 double quote") << u"x\u201E"_s;
        QTest::newRow("newline") << u"x\nRemove-Item C:\\"_s;
        QTest::newRow("carriage return") << u"x\rRemove-Item"_s;
        QTest::newRow("tab") << u"a\tb"_s;
        QTest::newRow("NUL") << QString(QChar(0)) + u"x"_s;
        QTest::newRow("DEL") << u"a\u007Fb"_s;
        QTest::newRow("NEL (C1)") << u"a\u0085b"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s;
        QTest::newRow("paragraph separator") << u"a\u2029b"_s;
    }
    void refusesAmbiguousCharacters()
    {
        QFETCH(QString, value);
        const auto literal = PowerShellQuote::literal(u"receive connector name"_s, value);
        QVERIFY(!literal.ok());
        QCOMPARE(literal.error().code, ErrorCode::Validation);
        QVERIFY2(literal.errorMessage().startsWith(u"receive connector name cannot be exported"_s),
                 qPrintable(literal.errorMessage()));
        QVERIFY(!literal.errorMessage().contains(u'\n'));
        QVERIFY(PowerShellQuote::list(u"x"_s, {u"ok"_s, value}).ok() == false);
    }

    void listsQuoteEachElement()
    {
        const auto list = PowerShellQuote::list(u"range"_s, {u"127.0.0.3"_s, u"a'b"_s});
        QVERIFY(list.ok());
        QCOMPARE(list.value(), u"'127.0.0.3','a''b'"_s);
        QCOMPARE(PowerShellQuote::boolean(true), u"$true"_s);
        QCOMPARE(PowerShellQuote::boolean(false), u"$false"_s);
    }

    void tokenizerTreatsUnicodeQuotesAsQuotes()
    {
        // The reason for refusing U+2018–U+201E: PowerShell ends a '…' literal at ’.
        QList<PowerShellTokenizer::Token> tokens;
        QVERIFY(PowerShellTokenizer::tokenize(u"Set-X -Name 'a\u2019; Remove-Item C:\\; \u2019'"_s, &tokens));
        bool sawRemove = false;
        for (const auto& token : tokens)
            sawRemove = sawRemove ||
                        (token.kind == PowerShellTokenizer::Kind::Word && token.text == u"Remove-Item"_s);
        QVERIFY(sawRemove);
    }
};

QTEST_GUILESS_MAIN(TestPowerShellQuote)
#include "tst_powershellquote.moc"
