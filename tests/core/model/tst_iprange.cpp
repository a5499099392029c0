#include "model/iprange.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestIpRange : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void containsAndOverlaps_data();
    void containsAndOverlaps();
    void allAddresses();
    void parseAddressStrict();
};

void TestIpRange::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("v4 single") << u"192.0.2.10"_s << u"192.0.2.10"_s << int(IpRange::Kind::Single)
                               << u"192.0.2.10"_s << u"192.0.2.10"_s;
    QTest::newRow("v4 spaces trimmed") << u"  192.0.2.10 "_s << u"192.0.2.10"_s << int(IpRange::Kind::Single)
                                       << u"192.0.2.10"_s << u"192.0.2.10"_s;
    QTest::newRow("v4 range") << u"192.0.2.1-192.0.2.254"_s << u"192.0.2.1-192.0.2.254"_s
                              << int(IpRange::Kind::Range) << u"192.0.2.1"_s << u"192.0.2.254"_s;
    QTest::newRow("v4 range equal ends") << u"192.0.2.1-192.0.2.1"_s << u"192.0.2.1-192.0.2.1"_s
                                         << int(IpRange::Kind::Range) << u"192.0.2.1"_s << u"192.0.2.1"_s;
    QTest::newRow("v4 cidr") << u"198.51.100.0/28"_s << u"198.51.100.0/28"_s << int(IpRange::Kind::Cidr)
                             << u"198.51.100.0"_s << u"198.51.100.15"_s;
    QTest::newRow("v4 /32") << u"203.0.113.7/32"_s << u"203.0.113.7/32"_s << int(IpRange::Kind::Cidr)
                            << u"203.0.113.7"_s << u"203.0.113.7"_s;
    QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << u"0.0.0.0/0"_s << int(IpRange::Kind::Cidr) << u"0.0.0.0"_s
                           << u"255.255.255.255"_s;
    QTest::newRow("v6 single") << u"2001:DB8::1"_s << u"2001:db8::1"_s << int(IpRange::Kind::Single)
                               << u"2001:db8::1"_s << u"2001:db8::1"_s;
    QTest::newRow("v6 cidr") << u"2001:db8::/32"_s << u"2001:db8::/32"_s << int(IpRange::Kind::Cidr)
                             << u"2001:db8::"_s << u"2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"_s;
    QTest::newRow("v6 /64") << u"2001:db8:1:2::/64"_s << u"2001:db8:1:2::/64"_s << int(IpRange::Kind::Cidr)
                            << u"2001:db8:1:2::"_s << u"2001:db8:1:2:ffff:ffff:ffff:ffff"_s;
    QTest::newRow("v6 /128") << u"::1/128"_s << u"::1/128"_s << int(IpRange::Kind::Cidr) << u"::1"_s
                             << u"::1"_s;
    QTest::newRow("v6 range") << u"2001:db8::1-2001:db8::ff"_s << u"2001:db8::1-2001:db8::ff"_s
                              << int(IpRange::Kind::Range) << u"2001:db8::1"_s << u"2001:db8::ff"_s;
}

void TestIpRange::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, kind);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const auto range = IpRange::parse(text);
    QVERIFY2(range.ok(), qPrintable(range.errorMessage()));
    QCOMPARE(range->toString(), canonical);
    QCOMPARE(int(range->kind()), kind);
    QCOMPARE(range->firstAddress().toString(), first);
    QCOMPARE(range->lastAddress().toString(), last);
    // The canonical text parses back to the same range.
    const auto again = IpRange::parse(range->toString());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), range.value());
}

void TestIpRange::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"is empty"_s;
    QTest::newRow("spaces only") << u"   "_s << u"is empty"_s;
    QTest::newRow("inner space") << u"192.0.2.1 - 192.0.2.9"_s << u"space"_s;
    QTest::newRow("zone") << u"fe80::1%eth0"_s << u"zone"_s;
    QTest::newRow("zone in cidr") << u"fe80::%2/64"_s << u"zone"_s;
    QTest::newRow("reversed range") << u"192.0.2.9-192.0.2.1"_s << u"starts after it ends"_s;
    QTest::newRow("mixed family") << u"192.0.2.1-2001:db8::1"_s << u"mixes IPv4 and IPv6"_s;
    QTest::newRow("octet > 255") << u"192.0.2.256"_s << u"larger than 255"_s;
    QTest::newRow("three octets") << u"192.0.2"_s << u"four numbers"_s;
    QTest::newRow("leading zero") << u"192.0.2.010"_s << u"leading zero"_s;
    QTest::newRow("prefix too long") << u"192.0.2.0/33"_s << u"from 0 to 32"_s;
    QTest::newRow("v6 prefix too long") << u"2001:db8::/129"_s << u"from 0 to 128"_s;
    QTest::newRow("prefix not a number") << u"192.0.2.0/x"_s << u"prefix length"_s;
    QTest::newRow("host bits") << u"192.0.2.5/24"_s << u"did you mean 192.0.2.0/24"_s;
    QTest::newRow("range and cidr") << u"192.0.2.0/24-192.0.3.0"_s << u"mixes a range"_s;
    QTest::newRow("name") << u"mail.contoso.example"_s << u"four numbers"_s;
    QTest::newRow("newline") << u"192.0.2.1\n"_s.prepend(u"192.0.2.1\n"_s) << u"line break"_s;
    QTest::newRow("tab") << u"192.0.2.1\t192.0.2.2"_s << u"tab"_s;
    QTest::newRow("quote") << u"'192.0.2.1'"_s << u"not a number"_s;
    QTest::newRow("semicolon") << u"192.0.2.1;rm"_s << u"not a number"_s;
    QTest::newRow("unicode quote") << u"192.0.2.1\u2019"_s << u"U+2019"_s;
    QTest::newRow("control") << u"192.0.2.1\u0007"_s << u"U+0007"_s;
    QTest::newRow("300 chars") << QString(300, QLatin1Char('1')) << u"four numbers"_s;
    QTest::newRow("v6 garbage") << u"2001:db8::g"_s << u"IPv6"_s;
    QTest::newRow("v6 too many groups") << u"1:2:3:4:5:6:7:8:9"_s << u"IPv6"_s;
}

void TestIpRange::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto range = IpRange::parse(text);
    QVERIFY(!range.ok());
    QCOMPARE(range.error().code, ErrorCode::BadInput);
    QVERIFY2(range.errorMessage().contains(reason), qPrintable(range.errorMessage()));
    QVERIFY2(!range.errorMessage().contains(QLatin1Char('\n')), "an error is one line");
}

void TestIpRange::containsAndOverlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("cidr contains single") << u"192.0.2.0/24"_s << u"192.0.2.7"_s << true << true;
    QTest::newRow("single not contains cidr") << u"192.0.2.7"_s << u"192.0.2.0/24"_s << false << true;
    QTest::newRow("disjoint") << u"192.0.2.0/25"_s << u"192.0.2.128/25"_s << false << false;
    QTest::newRow("partial") << u"192.0.2.0-192.0.2.100"_s << u"192.0.2.50-192.0.2.200"_s << false << true;
    QTest::newRow("touching ends") << u"192.0.2.0-192.0.2.100"_s << u"192.0.2.100-192.0.2.200"_s << false
                                   << true;
    QTest::newRow("equal") << u"192.0.2.0/24"_s << u"192.0.2.0-192.0.2.255"_s << true << true;
    QTest::newRow("families differ") << u"0.0.0.0/0"_s << u"::1"_s << false << false;
    QTest::newRow("v6 contains") << u"2001:db8::/32"_s << u"2001:db8:ffff::1"_s << true << true;
    QTest::newRow("v6 outside") << u"2001:db8::/32"_s << u"2001:db9::1"_s << false << false;
}

void TestIpRange::containsAndOverlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, overlap);
    const IpRange ra = IpRange::parse(a).value();
    const IpRange rb = IpRange::parse(b).value();
    QCOMPARE(ra.contains(rb), aContainsB);
    QCOMPARE(ra.overlaps(rb), overlap);
    QCOMPARE(rb.overlaps(ra), overlap);
}

void TestIpRange::allAddresses()
{
    QVERIFY(IpRange::allIPv4().isAllAddresses());
    QCOMPARE(IpRange::allIPv4().toString(), u"0.0.0.0-255.255.255.255"_s);
    QVERIFY(IpRange::parse(u"0.0.0.0/0"_s)->isAllAddresses());
    QVERIFY(IpRange::parse(u"::/0"_s)->isAllAddresses());
    QVERIFY(!IpRange::parse(u"0.0.0.0/1"_s)->isAllAddresses());
    QVERIFY(IpRange::allIPv4().contains(IpAddress::fromString(u"203.0.113.1"_s).value()));
}

void TestIpRange::parseAddressStrict()
{
    QVERIFY(IpRange::parseAddress(u"10.0.0.1"_s).ok());
    QVERIFY(!IpRange::parseAddress(u"10.1"_s).ok());
    QVERIFY(!IpRange::parseAddress(u"0x0a.0.0.1"_s).ok());
    QVERIFY(!IpRange::parseAddress(u"fe80::1%eth0"_s).ok());
    QVERIFY(IpRange::parseAddress(u"::ffff:192.0.2.1"_s).ok());
}

QTEST_GUILESS_MAIN(TestIpRange)
#include "tst_iprange.moc"
