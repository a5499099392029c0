#include "model/fqdn.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestFqdn : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void matches_data();
    void matches();
    void parseOptional();
};

void TestFqdn::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("plain") << u"mail.contoso.example"_s << u"mail.contoso.example"_s;
    QTest::newRow("upper") << u"MAIL.Contoso.Example"_s << u"mail.contoso.example"_s;
    QTest::newRow("trailing dot") << u"mail.contoso.example."_s << u"mail.contoso.example"_s;
    QTest::newRow("spaces around") << u"  mail.contoso.example  "_s << u"mail.contoso.example"_s;
    QTest::newRow("single label") << u"edge01"_s << u"edge01"_s;
    QTest::newRow("hyphen digits") << u"mx-1.0test.example"_s << u"mx-1.0test.example"_s;
    QTest::newRow("idn") << u"mail.bücher.example"_s << u"mail.xn--bcher-kva.example"_s;
    QTest::newRow("63 label") << (QString(63, QLatin1Char('a')) + u".example"_s)
                              << (QString(63, QLatin1Char('a')) + u".example"_s);
}

void TestFqdn::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto fqdn = Fqdn::parse(text);
    QVERIFY2(fqdn.ok(), qPrintable(fqdn.errorMessage()));
    QCOMPARE(fqdn->toString(), canonical);
}

void TestFqdn::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u""_s << u"is empty"_s;
    QTest::newRow("spaces") << u"   "_s << u"is empty"_s;
    QTest::newRow("inner space") << u"mail contoso.example"_s << u"space"_s;
    QTest::newRow("double dot") << u"mail..contoso.example"_s << u"empty label"_s;
    QTest::newRow("leading dot") << u".contoso.example"_s << u"empty label"_s;
    QTest::newRow("hyphen edge") << u"-mail.contoso.example"_s << u"hyphen"_s;
    QTest::newRow("underscore") << u"mail_1.contoso.example"_s << u"\"_\""_s;
    QTest::newRow("wildcard") << u"*.contoso.example"_s << u"wildcard"_s;
    QTest::newRow("long label") << (QString(64, QLatin1Char('a')) + u".example"_s) << u"label of 64"_s;
    QTest::newRow("300 chars") << QString(QString(60, QLatin1Char('a')) + u"."_s).repeated(5)
                               << u"characters long"_s;
    QTest::newRow("newline") << u"mail.contoso.example\nx"_s << u"line break"_s;
    QTest::newRow("cr") << u"mail.contoso.example\r"_s.prepend(u"a\r"_s) << u"line break"_s;
    QTest::newRow("quote") << u"mail'.contoso.example"_s << u"\"'\""_s;
    QTest::newRow("semicolon") << u"mail.contoso.example;rm"_s << u"\";\""_s;
    QTest::newRow("left quote") << u"\u2018mail.contoso.example"_s << u"U+2018"_s;
    QTest::newRow("low quote") << u"mail.contoso.example\u201e"_s << u"U+201E"_s;
    QTest::newRow("nul") << QString(u"mail\0x"_s) << u"U+0000"_s;
    QTest::newRow("separator") << u"mail\u2028x"_s << u"U+2028"_s;
    QTest::newRow("address") << u"postmaster@contoso.example"_s << u"@"_s;
}

void TestFqdn::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto fqdn = Fqdn::parse(text);
    QVERIFY(!fqdn.ok());
    QVERIFY2(fqdn.errorMessage().contains(reason), qPrintable(fqdn.errorMessage()));
    QVERIFY(!fqdn.errorMessage().contains(QLatin1Char('\n')));
    QVERIFY(!fqdn.errorMessage().contains(QLatin1Char('\r')));
}

void TestFqdn::matches_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("match");
    QTest::newRow("exact") << u"mail.contoso.example"_s << u"MAIL.contoso.example"_s << true;
    QTest::newRow("wildcard one label") << u"mail.contoso.example"_s << u"*.contoso.example"_s << true;
    QTest::newRow("wildcard two labels") << u"a.mail.contoso.example"_s << u"*.contoso.example"_s << false;
    QTest::newRow("wildcard apex") << u"contoso.example"_s << u"*.contoso.example"_s << false;
    QTest::newRow("other") << u"mail.contoso.example"_s << u"contoso.example"_s << false;
}

void TestFqdn::matches()
{
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    QFETCH(bool, match);
    QCOMPARE(Fqdn::parse(name)->matches(pattern), match);
}

void TestFqdn::parseOptional()
{
    QVERIFY(Fqdn::parseOptional(u"  "_s).ok());
    QVERIFY(Fqdn::parseOptional(u"  "_s)->isEmpty());
    QCOMPARE(Fqdn::parseOptional(u" Mail.Contoso.Example. "_s)->toString(), u"mail.contoso.example"_s);
    const auto bad = Fqdn::parseOptional(u"mail..contoso.example"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errorMessage(), Fqdn::parse(u"mail..contoso.example"_s).errorMessage());
}

QTEST_GUILESS_MAIN(TestFqdn)
#include "tst_fqdn.moc"
