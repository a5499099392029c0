#include "model/addressspace.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestAddressSpace : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void matches();
};

void TestAddressSpace::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("wildcard");
    QTest::newRow("plain") << u"fabrikam.example"_s << u"SMTP:fabrikam.example;1"_s << false;
    QTest::newRow("typed with cost") << u"SMTP:Fabrikam.Example;10"_s << u"SMTP:fabrikam.example;10"_s
                                     << false;
    QTest::newRow("lower type") << u"smtp:fabrikam.example"_s << u"SMTP:fabrikam.example;1"_s << false;
    QTest::newRow("cost 100") << u"fabrikam.example;100"_s << u"SMTP:fabrikam.example;100"_s << false;
    QTest::newRow("all") << u"*"_s << u"SMTP:*;1"_s << true;
    QTest::newRow("subdomains") << u"*.fabrikam.example"_s << u"SMTP:*.fabrikam.example;1"_s << true;
    QTest::newRow("tld wildcard") << u"*.com"_s << u"SMTP:*.com;1"_s << true;
    QTest::newRow("idn") << u"bücher.example"_s << u"SMTP:xn--bcher-kva.example;1"_s << false;
}

void TestAddressSpace::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, wildcard);
    const auto space = AddressSpace::parse(text);
    QVERIFY2(space.ok(), qPrintable(space.errorMessage()));
    QCOMPARE(space->toString(), canonical);
    QCOMPARE(space->isWildcard(), wildcard);
    QCOMPARE(AddressSpace::parse(space->toString()).value(), space.value());
}

void TestAddressSpace::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u""_s << u"is empty"_s;
    QTest::newRow("joined wildcard") << u"*fabrikam.example"_s << u"*.fabrikam.example"_s;
    QTest::newRow("inner wildcard") << u"mail.*.example"_s << u"leftmost"_s;
    QTest::newRow("cost 0") << u"fabrikam.example;0"_s << u"from 1 to 100"_s;
    QTest::newRow("cost 101") << u"fabrikam.example;101"_s << u"from 1 to 100"_s;
    QTest::newRow("cost text") << u"fabrikam.example;Remove-Item"_s << u"from 1 to 100"_s;
    QTest::newRow("x400") << u"X400:c=US;a=;p=Fab"_s << u"only SMTP"_s;
    QTest::newRow("space") << u"fabrikam example"_s << u"space"_s;
    QTest::newRow("quote") << u"fabrikam'.example"_s << u"letters, digits"_s;
    QTest::newRow("newline") << u"fabrikam.example\nSMTP:x"_s << u"line break"_s;
    QTest::newRow("unicode quote") << u"fabrikam\u2018.example"_s << u"U+2018"_s;
    QTest::newRow("long label") << (QString(64, QLatin1Char('a')) + u".example"_s) << u"label of 64"_s;
    QTest::newRow("300 chars") << QString(300, QLatin1Char('a')) << u"300 characters"_s;
    QTest::newRow("address") << u"user@fabrikam.example"_s << u"@"_s;
}

void TestAddressSpace::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto space = AddressSpace::parse(text);
    QVERIFY(!space.ok());
    QVERIFY2(space.errorMessage().contains(reason), qPrintable(space.errorMessage()));
}

void TestAddressSpace::matches()
{
    QVERIFY(AddressSpace::parse(u"*"_s)->matches(u"any.example"_s));
    QVERIFY(AddressSpace::parse(u"*.fabrikam.example"_s)->matches(u"mail.fabrikam.example"_s));
    QVERIFY(!AddressSpace::parse(u"*.fabrikam.example"_s)->matches(u"xfabrikam.example"_s));
    QVERIFY(AddressSpace::parse(u"fabrikam.example"_s)->matches(u"Fabrikam.Example"_s));
    QVERIFY(!AddressSpace::parse(u"fabrikam.example"_s)->matches(u"mail.fabrikam.example"_s));
}

QTEST_GUILESS_MAIN(TestAddressSpace)
#include "tst_addressspace.moc"
