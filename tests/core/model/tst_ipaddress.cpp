#include "model/ipaddress.h"

#include <QTest>
#include <algorithm>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestIpAddress : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void refused_data();
    void refused();
    void values();
    void anyAddresses();
    void ordering();
};

void TestIpAddress::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("ipv4") << u"192.0.2.1"_s << u"192.0.2.1"_s << false;
    QTest::newRow("ipv4 zero") << u"0.0.0.0"_s << u"0.0.0.0"_s << false;
    QTest::newRow("ipv4 broadcast") << u"255.255.255.255"_s << u"255.255.255.255"_s << false;
    QTest::newRow("ipv6 loopback") << u"::1"_s << u"::1"_s << true;
    QTest::newRow("ipv6 any") << u"::"_s << u"::"_s << true;
    // RFC 5952: lower case, no leading zeros, the longest run of zero groups as "::".
    QTest::newRow("ipv6 upper, leading zeros")
        << u"2001:0DB8:0000:0000:0000:0000:0000:0001"_s << u"2001:db8::1"_s << true;
    QTest::newRow("ipv6 longest run") << u"2001:db8:0:0:1:0:0:0"_s << u"2001:db8:0:0:1::"_s << true;
    QTest::newRow("ipv6 single zero group") << u"2001:db8:0:1:1:1:1:1"_s << u"2001:db8:0:1:1:1:1:1"_s << true;
    QTest::newRow("ipv4-mapped") << u"::ffff:192.0.2.1"_s << u"::ffff:192.0.2.1"_s << true;
}

void TestIpAddress::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, ipv6);
    const std::optional<IpAddress> address = IpAddress::fromString(text);
    QVERIFY2(address, qPrintable(text));
    QCOMPARE(address->isIPv6(), ipv6);
    QCOMPARE(address->isIPv4(), !ipv6);
    QCOMPARE(address->toString(), canonical);
    QCOMPARE(IpAddress::fromString(canonical), address);
}

void TestIpAddress::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("host name") << u"mail.example"_s;
    QTest::newRow("short ipv4") << u"10.1"_s;
    QTest::newRow("hex ipv4") << u"0x0a.0.0.1"_s;
    QTest::newRow("octet too large") << u"192.0.2.256"_s;
    QTest::newRow("spaces") << u" 192.0.2.1"_s;
    QTest::newRow("zone") << u"fe80::1%eth0"_s;
    QTest::newRow("two runs") << u"2001::db8::1"_s;
    QTest::newRow("nine groups") << u"1:2:3:4:5:6:7:8:9"_s;
    QTest::newRow("brackets") << u"[::1]"_s;
    QTest::newRow("cidr") << u"192.0.2.0/24"_s;
    QTest::newRow("non-latin digits") << u"１９２.0.2.1"_s;
    QTest::newRow("embedded NUL") << u"192.0.2.1\0x"_s;
    QTest::newRow("very long") << QString(100, u'1');
}

void TestIpAddress::refused()
{
    QFETCH(QString, text);
    QVERIFY2(!IpAddress::fromString(text), qPrintable(text));
}

void TestIpAddress::values()
{
    const IpAddress v4(quint32(0xc0000201));
    QCOMPARE(v4.toString(), u"192.0.2.1"_s);
    QCOMPARE(v4.toIPv4(), quint32(0xc0000201));
    const IpAddress::IPv6Bytes mapped = v4.toIPv6();
    QCOMPARE(IpAddress(mapped).toString(), u"::ffff:192.0.2.1"_s);
    QVERIFY(IpAddress(mapped) != v4); // families differ

    IpAddress::IPv6Bytes bytes{};
    bytes[0] = 0x20;
    bytes[1] = 0x01;
    bytes[2] = 0x0d;
    bytes[3] = 0xb8;
    bytes[15] = 0x01;
    const IpAddress v6(bytes);
    QCOMPARE(v6.toString(), u"2001:db8::1"_s);
    QVERIFY(v6.toIPv6() == bytes);
    QCOMPARE(v6.toIPv4(), quint32(0));

    const IpAddress null;
    QVERIFY(null.isNull());
    QVERIFY(null.toString().isEmpty());
    QVERIFY(!null.isAny());
}

void TestIpAddress::anyAddresses()
{
    QVERIFY(IpAddress::anyIPv4().isAny());
    QVERIFY(IpAddress::anyIPv6().isAny());
    QCOMPARE(IpAddress::anyIPv4().toString(), u"0.0.0.0"_s);
    QCOMPARE(IpAddress::anyIPv6().toString(), u"::"_s);
    QVERIFY(!IpAddress::fromString(u"0.0.0.1"_s)->isAny());
    QVERIFY(!IpAddress::fromString(u"::1"_s)->isAny());
}

void TestIpAddress::ordering()
{
    QList<IpAddress> addresses{*IpAddress::fromString(u"::1"_s), *IpAddress::fromString(u"10.0.0.2"_s),
                               *IpAddress::fromString(u"10.0.0.10"_s),
                               *IpAddress::fromString(u"9.255.0.1"_s)};
    std::sort(addresses.begin(), addresses.end());
    QStringList texts;
    for (const IpAddress& address : std::as_const(addresses))
        texts << address.toString();
    // IPv4 before IPv6, then numerically (not as text).
    QCOMPARE(texts, (QStringList{u"9.255.0.1"_s, u"10.0.0.2"_s, u"10.0.0.10"_s, u"::1"_s}));
}

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
