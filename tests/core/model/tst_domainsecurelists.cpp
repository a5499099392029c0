#include "model/domainsecurelists.h"

#include <QJsonArray>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

using Direction = DomainSecureLists::Direction;

class TestDomainSecureLists : public QObject
{
    Q_OBJECT

private slots:
    void addNormalizesAndDeduplicates();
    void addRefusesBadDomains_data();
    void addRefusesBadDomains();
    void remove();
    void jsonRoundTrip();
};

void TestDomainSecureLists::addNormalizesAndDeduplicates()
{
    DomainSecureLists lists;
    QCOMPARE(lists.add(Direction::Send, u"Fabrikam.Example"_s).value(), true);
    QCOMPARE(lists.add(Direction::Send, u" fabrikam.example "_s).value(), false);
    QCOMPARE(lists.add(Direction::Send, u"FABRIKAM.EXAMPLE."_s).value(), false);
    QCOMPARE(lists.add(Direction::Receive, u"bücher.example"_s).value(), true);
    QCOMPARE(lists.add(Direction::Receive, u"xn--bcher-kva.example"_s).value(), false);
    QCOMPARE(lists.send, QStringList{u"fabrikam.example"_s});
    QCOMPARE(lists.receive, QStringList{u"xn--bcher-kva.example"_s});
    QVERIFY(lists.contains(Direction::Send, u"FABRIKAM.example"_s));
    QVERIFY(!lists.contains(Direction::Receive, u"fabrikam.example"_s));
}

void TestDomainSecureLists::addRefusesBadDomains_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("wildcard") << u"*.fabrikam.example"_s;
    QTest::newRow("address") << u"postmaster@fabrikam.example"_s;
    QTest::newRow("empty") << u""_s;
    QTest::newRow("newline") << u"fabrikam.example\nevil.example"_s;
    QTest::newRow("quote") << u"fabrikam.example'"_s;
}

void TestDomainSecureLists::addRefusesBadDomains()
{
    QFETCH(QString, text);
    DomainSecureLists lists;
    const auto added = lists.add(Direction::Send, text);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::BadInput);
    QVERIFY(lists.send.isEmpty());
}

void TestDomainSecureLists::remove()
{
    DomainSecureLists lists;
    lists.send = {u"fabrikam.example"_s, u"Bad Entry"_s};
    QCOMPARE(lists.remove(Direction::Send, u"FABRIKAM.example"_s).value(), true);
    QCOMPARE(lists.remove(Direction::Send, u"fabrikam.example"_s).value(), false);
    // An invalid entry written by hand can still be removed by its text.
    QCOMPARE(lists.remove(Direction::Send, u"bad entry"_s).value(), true);
    QVERIFY(lists.send.isEmpty());
    QVERIFY(!lists.remove(Direction::Send, u"still bad"_s).ok());
}

void TestDomainSecureLists::jsonRoundTrip()
{
    DomainSecureLists lists;
    lists.send = {u"fabrikam.example"_s, u"woodgrove.example"_s};
    lists.receive = {u"fabrikam.example"_s};
    lists.unknown[u"comment"_s] = u"kept"_s;
    const QJsonObject json = lists.toJson();
    QCOMPARE(json[u"send"_s].toArray().size(), 2);
    const auto back = DomainSecureLists::fromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), lists);
}

QTEST_GUILESS_MAIN(TestDomainSecureLists)
#include "tst_domainsecurelists.moc"
