#include "model/services.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void formatUsesExchangeOrder();
};

void TestServices::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("flags");
    QTest::newRow("smtp") << u"SMTP"_s << true << int(Service::SMTP);
    QTest::newRow("list") << u"smtp, IMAP,pop"_s << true << int(Service::SMTP | Service::IMAP | Service::POP);
    QTest::newRow("none") << u"None"_s << true << 0;
    QTest::newRow("empty") << QString() << true << 0;
    QTest::newRow("unknown") << u"SMTP,Federation"_s << false << 0;
    QTest::newRow("injection") << u"SMTP'; Remove-Item"_s << false << 0;
}

void TestServices::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, flags);
    QString bad;
    const auto parsed = ServiceNames::parse(text, &bad);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(int(parsed->toInt()), flags);
    else
        QVERIFY(!bad.isEmpty());
}

void TestServices::formatUsesExchangeOrder()
{
    QCOMPARE(ServiceNames::format(Service::SMTP | Service::IMAP | Service::IIS), u"IMAP, IIS, SMTP"_s);
    QCOMPARE(ServiceNames::format({}), u"None"_s);
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
