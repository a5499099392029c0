#include "model/binding.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestBinding : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void conflicts_data();
    void conflicts();
};

void TestBinding::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("any");
    QTest::newRow("all v4") << u"0.0.0.0:25"_s << u"0.0.0.0:25"_s << true;
    QTest::newRow("one v4") << u" 192.0.2.10:2525 "_s << u"192.0.2.10:2525"_s << false;
    QTest::newRow("all v6") << u"[::]:25"_s << u"[::]:25"_s << true;
    QTest::newRow("v6") << u"[2001:DB8::1]:587"_s << u"[2001:db8::1]:587"_s << false;
    QTest::newRow("max port") << u"10.0.0.1:65535"_s << u"10.0.0.1:65535"_s << false;
}

void TestBinding::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, any);
    const auto binding = Binding::parse(text);
    QVERIFY2(binding.ok(), qPrintable(binding.errorMessage()));
    QCOMPARE(binding->toString(), canonical);
    QCOMPARE(binding->isAnyAddress(), any);
    QCOMPARE(Binding::parse(binding->toString()).value(), binding.value());
}

void TestBinding::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"is empty"_s;
    QTest::newRow("no port") << u"0.0.0.0"_s << u"no port"_s;
    QTest::newRow("port 0") << u"0.0.0.0:0"_s << u"from 1 to 65535"_s;
    QTest::newRow("port too big") << u"0.0.0.0:65536"_s << u"from 1 to 65535"_s;
    QTest::newRow("port text") << u"0.0.0.0:smtp"_s << u"from 1 to 65535"_s;
    QTest::newRow("port sign") << u"0.0.0.0:+25"_s << u"from 1 to 65535"_s;
    QTest::newRow("v6 no brackets") << u"2001:db8::1:25"_s << u"brackets"_s;
    QTest::newRow("v6 no port") << u"[::]"_s << u"needs :PORT"_s;
    QTest::newRow("unclosed") << u"[::1:25"_s << u"without closing"_s;
    QTest::newRow("v4 in brackets") << u"[10.0.0.1]:25"_s << u"only IPv6"_s;
    QTest::newRow("zone") << u"[fe80::1%eth0]:25"_s << u"zone"_s;
    QTest::newRow("name") << u"mail.contoso.example:25"_s << u"IPv4"_s;
    QTest::newRow("newline") << u"0.0.0.0:25\n"_s.prepend(u"x\n"_s) << u"line break"_s;
    QTest::newRow("quote") << u"0.0.0.0:25'"_s << u"from 1 to 65535"_s;
    QTest::newRow("unicode quote") << u"\u201c0.0.0.0:25\u201d"_s << u"U+201C"_s;
}

void TestBinding::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto binding = Binding::parse(text);
    QVERIFY(!binding.ok());
    QVERIFY2(binding.errorMessage().contains(reason), qPrintable(binding.errorMessage()));
}

void TestBinding::conflicts_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("conflict");
    QTest::newRow("same") << u"10.0.0.1:25"_s << u"10.0.0.1:25"_s << true;
    QTest::newRow("any vs one") << u"0.0.0.0:25"_s << u"10.0.0.1:25"_s << true;
    QTest::newRow("other port") << u"0.0.0.0:25"_s << u"10.0.0.1:587"_s << false;
    QTest::newRow("other address") << u"10.0.0.2:25"_s << u"10.0.0.1:25"_s << false;
    QTest::newRow("other family") << u"0.0.0.0:25"_s << u"[::1]:25"_s << false;
}

void TestBinding::conflicts()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, conflict);
    QCOMPARE(Binding::parse(a)->conflictsWith(Binding::parse(b).value()), conflict);
    QCOMPARE(Binding::parse(b)->conflictsWith(Binding::parse(a).value()), conflict);
}

QTEST_GUILESS_MAIN(TestBinding)
#include "tst_binding.moc"
