#include "model/smtpdomain.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestSmtpDomain : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
};

void TestSmtpDomain::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("plain") << u"fabrikam.example"_s << u"fabrikam.example"_s;
    QTest::newRow("case") << u" Fabrikam.EXAMPLE "_s << u"fabrikam.example"_s;
    QTest::newRow("idn") << u"bücher.example"_s << u"xn--bcher-kva.example"_s;
    QTest::newRow("idn japanese") << u"例え.テスト"_s << u"xn--r8jz45g.xn--zckzah"_s;
    QTest::newRow("already a-label") << u"xn--bcher-kva.example"_s << u"xn--bcher-kva.example"_s;
}

void TestSmtpDomain::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto domain = SmtpDomain::parse(text);
    QVERIFY2(domain.ok(), qPrintable(domain.errorMessage()));
    QCOMPARE(domain->toString(), canonical);
}

void TestSmtpDomain::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u""_s << u"is empty"_s;
    QTest::newRow("wildcard") << u"*.fabrikam.example"_s << u"wildcard"_s;
    QTest::newRow("star") << u"*"_s << u"wildcard"_s;
    QTest::newRow("address") << u"user@fabrikam.example"_s << u"part after @ (fabrikam.example)"_s;
    QTest::newRow("single label") << u"fabrikam"_s << u"single label"_s;
    QTest::newRow("space") << u"fab rikam.example"_s << u"space"_s;
    QTest::newRow("newline") << u"fabrikam.example\n"_s.prepend(u"a\n"_s) << u"line break"_s;
    QTest::newRow("quote") << u"fabrikam.example'"_s << u"\"'\""_s;
    QTest::newRow("semicolon") << u"fabrikam.example;x"_s << u"\";\""_s;
    QTest::newRow("right double quote") << u"fabrikam.example\u201d"_s << u"U+201D"_s;
    QTest::newRow("control") << u"fab\u001bkam.example"_s << u"U+001B"_s;
    QTest::newRow("300 chars") << (QString(296, QLatin1Char('a')) + u".com"_s) << u"300 characters long"_s;
}

void TestSmtpDomain::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto domain = SmtpDomain::parse(text);
    QVERIFY(!domain.ok());
    QVERIFY2(domain.errorMessage().contains(reason), qPrintable(domain.errorMessage()));
}

QTEST_GUILESS_MAIN(TestSmtpDomain)
#include "tst_smtpdomain.moc"
