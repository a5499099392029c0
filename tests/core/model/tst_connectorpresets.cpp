#include "model/connectorpresets.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestConnectorPresets : public QObject
{
    Q_OBJECT

private slots:
    void receive_data();
    void receive();
    void receiveKeepsGivenBindings();
    void send();
    void names_data();
    void names();
};

void TestConnectorPresets::receive_data()
{
    QTest::addColumn<int>("usage");
    QTest::addColumn<bool>("edge");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<bool>("domainSecure");
    QTest::addColumn<QString>("bindings");
    QTest::addColumn<QString>("ranges");
    QTest::newRow("partner") << int(ReceiveUsage::Partner) << true << u"Tls"_s << u"Partners"_s << true
                             << u""_s << u""_s;
    QTest::newRow("internet") << int(ReceiveUsage::Internet) << true << u"Tls"_s << u"AnonymousUsers"_s
                              << false << u"0.0.0.0:25"_s << u"0.0.0.0-255.255.255.255"_s;
    QTest::newRow("internal edge") << int(ReceiveUsage::Internal) << true << u"Tls, ExchangeServer"_s
                                   << u"ExchangeServers"_s << false << u"0.0.0.0:25"_s << u""_s;
    QTest::newRow("internal hub") << int(ReceiveUsage::Internal) << false << u"Tls, ExchangeServer"_s
                                  << u"ExchangeServers, ExchangeLegacyServers"_s << false << u"0.0.0.0:25"_s
                                  << u""_s;
    QTest::newRow("client") << int(ReceiveUsage::Client) << false
                            << u"Tls, Integrated, BasicAuth, BasicAuthRequireTLS"_s << u"ExchangeUsers"_s
                            << false << u"0.0.0.0:587"_s << u""_s;
    QTest::newRow("custom") << int(ReceiveUsage::Custom) << true << u"Tls"_s << u"None"_s << false << u""_s
                            << u""_s;
}

void TestConnectorPresets::receive()
{
    QFETCH(int, usage);
    QFETCH(bool, edge);
    QFETCH(QString, auth);
    QFETCH(QString, groups);
    QFETCH(bool, domainSecure);
    QFETCH(QString, bindings);
    QFETCH(QString, ranges);
    const ReceiveConnector c = ConnectorPresets::receiveConnector(u"X"_s, ReceiveUsage(usage), edge);
    QCOMPARE(int(c.usage), usage);
    QCOMPARE(ConnectorNames::authMechanisms(c.authMechanism), auth);
    QCOMPARE(ConnectorNames::permissionGroups(c.permissionGroups), groups);
    QCOMPARE(c.domainSecureEnabled, domainSecure);
    QStringList b;
    for (const Binding& x : c.bindings)
        b << x.toString();
    QCOMPARE(b.join(u","_s), bindings);
    QStringList r;
    for (const IpRange& x : c.remoteIPRanges)
        r << x.toString();
    QCOMPARE(r.join(u","_s), ranges);
    QVERIFY(!ConnectorPresets::describe(ReceiveUsage(usage)).isEmpty());
}

void TestConnectorPresets::receiveKeepsGivenBindings()
{
    ReceiveConnector c;
    c.bindings = {Binding::parse(u"192.0.2.1:25"_s).value()};
    ConnectorPresets::apply(c, ReceiveUsage::Internet);
    QCOMPARE(c.bindings.size(), 1);
    QCOMPARE(c.bindings.first().toString(), u"192.0.2.1:25"_s);
}

void TestConnectorPresets::send()
{
    SendConnector partner = ConnectorPresets::sendConnector(u"P"_s, SendUsage::Partner);
    QVERIFY(partner.domainSecureEnabled);
    QVERIFY(partner.dnsRoutingEnabled);
    QVERIFY(!partner.ignoreStartTls);
    const SendConnector internal = ConnectorPresets::sendConnector(u"I"_s, SendUsage::Internal);
    QVERIFY(!internal.dnsRoutingEnabled);
    QVERIFY(!internal.domainSecureEnabled);
    const SendConnector internet = ConnectorPresets::sendConnector(u"N"_s, SendUsage::Internet);
    QVERIFY(internet.dnsRoutingEnabled);
    QVERIFY(!ConnectorPresets::describe(SendUsage::Partner).isEmpty());
}

void TestConnectorPresets::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("bad");
    QTest::newRow("none") << u"None"_s << true << QString();
    QTest::newRow("list") << u"tls, basicauth,BasicAuthRequireTLS"_s << true << QString();
    QTest::newRow("none with tls") << u"None,Tls"_s << false << u"None"_s;
    QTest::newRow("unknown") << u"Tls,Kerberos"_s << false << u"Kerberos"_s;
}

void TestConnectorPresets::names()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, bad);
    QString found;
    const auto parsed = ConnectorNames::parseAuthMechanisms(text, &found);
    QCOMPARE(parsed.has_value(), ok);
    QCOMPARE(found, bad);
    QVERIFY(!ConnectorNames::parsePermissionGroups(u"Partners,Nobody"_s));
    QCOMPARE(ConnectorNames::parseReceiveUsage(u"partner"_s), std::optional(ReceiveUsage::Partner));
    QCOMPARE(ConnectorNames::parseSendUsage(u"client"_s), std::nullopt);
}

QTEST_GUILESS_MAIN(TestConnectorPresets)
#include "tst_connectorpresets.moc"
