#include "model/sendconnector.h"

#include <QJsonArray>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestSendConnector : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreExchange2007();
    void jsonRoundTripEveryField();
    void jsonKeepsUnknownFields();
    void jsonRejectsBadValues_data();
    void jsonRejectsBadValues();
    void smartHost_data();
    void smartHost();
    void domains();
};

namespace {
SendConnector fullConnector()
{
    SendConnector c;
    c.name = u"To Fabrikam"_s;
    c.usage = SendUsage::Partner;
    c.addressSpaces = {AddressSpace::parse(u"fabrikam.example;5"_s).value(),
                       AddressSpace::parse(u"*.fabrikam.example"_s).value()};
    c.dnsRoutingEnabled = false;
    c.smartHosts = {u"relay.fabrikam.example"_s, u"192.0.2.25"_s};
    c.port = 2525;
    c.smartHostAuthMechanism = SmartHostAuthMechanism::ExternalAuthoritative;
    c.fqdn = Fqdn::parse(u"mail.contoso.example"_s).value();
    c.domainSecureEnabled = true;
    c.requireTLS = true;
    c.ignoreStartTls = true;
    c.tlsAuthLevel = TlsAuthLevel::DomainValidation;
    c.tlsDomain = u"*.fabrikam.example"_s;
    c.sourceTransportServers = {u"EDGE01"_s};
    c.maxMessageSize = ByteSize::unlimited();
    c.protocolLoggingLevel = ProtocolLoggingLevel::Verbose;
    c.connectionInactivityTimeout = TimeSpan::fromSeconds(3600);
    c.enabled = false;
    c.comment = u"partner; mutual TLS"_s;
    return c;
}
} // namespace

void TestSendConnector::defaultsAreExchange2007()
{
    const SendConnector c;
    // No TLS authentication level: nothing written, so files without one stay as they are.
    QCOMPARE(c.tlsAuthLevel, TlsAuthLevel::Unset);
    QVERIFY(!c.toJson().contains(u"tlsAuthLevel"_s));
    QVERIFY(!c.toJson().contains(u"tlsDomain"_s));
    QCOMPARE(c.usage, SendUsage::Custom);
    QVERIFY(c.dnsRoutingEnabled);
    QCOMPARE(c.port, 25);
    QCOMPARE(c.maxMessageSize.toString(), u"10MB"_s);
    QCOMPARE(c.connectionInactivityTimeout.toString(), u"00:10:00"_s);
    QVERIFY(!c.domainSecureEnabled);
    QVERIFY(!c.ignoreStartTls);
    QVERIFY(c.enabled);
}

void TestSendConnector::jsonRoundTripEveryField()
{
    const SendConnector c = fullConnector();
    const QJsonObject json = c.toJson();
    QCOMPARE(json[u"addressSpaces"_s].toArray().at(0).toString(), u"SMTP:fabrikam.example;5"_s);
    QCOMPARE(json[u"maxMessageSize"_s].toString(), u"unlimited"_s);
    const auto back = SendConnector::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back.value(), c);
    const QJsonObject defaultJson = SendConnector().toJson();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        QVERIFY2(defaultJson.value(it.key()) != it.value(), qPrintable(it.key()));
}

void TestSendConnector::jsonKeepsUnknownFields()
{
    QJsonObject json = fullConnector().toJson();
    json[u"forceHELO"_s] = true;
    const auto back = SendConnector::fromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back->toJson(), json);
}

void TestSendConnector::jsonRejectsBadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("usage") << u"usage"_s << QJsonValue(u"Client"_s) << u"usage"_s;
    QTest::newRow("space") << u"addressSpaces"_s << QJsonValue(QJsonArray{u"*fabrikam.example"_s})
                           << u"addressSpaces[0]"_s;
    QTest::newRow("smart host") << u"smartHosts"_s << QJsonValue(QJsonArray{u"bad host"_s})
                                << u"smartHosts[0]"_s;
    QTest::newRow("auth") << u"smartHostAuthMechanism"_s << QJsonValue(u"Tls"_s)
                          << u"smartHostAuthMechanism"_s;
    QTest::newRow("size") << u"maxMessageSize"_s << QJsonValue(u"1.5MB"_s) << u"fraction"_s;
    QTest::newRow("tls auth level") << u"tlsAuthLevel"_s << QJsonValue(u"Mutual"_s) << u"tlsAuthLevel"_s;
    QTest::newRow("tls domain") << u"tlsDomain"_s << QJsonValue(u"*fabrikam.example"_s) << u"tlsDomain"_s;
    QTest::newRow("tls domain quote")
        << u"tlsDomain"_s << QJsonValue(u"fabrikam.example';"_s) << u"tlsDomain"_s;
}

void TestSendConnector::jsonRejectsBadValues()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject json = fullConnector().toJson();
    json[key] = value;
    const auto back = SendConnector::fromJson(json);
    QVERIFY(!back.ok());
    QVERIFY2(back.errorMessage().contains(reason), qPrintable(back.errorMessage()));
}

void TestSendConnector::smartHost_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("fqdn") << u"Relay.Fabrikam.Example"_s << u"relay.fabrikam.example"_s;
    QTest::newRow("ipv4") << u"192.0.2.25"_s << u"192.0.2.25"_s;
    QTest::newRow("ipv6 bracketed") << u"[2001:db8::25]"_s << u"2001:db8::25"_s;
    QTest::newRow("bad ipv4") << u"192.0.2.256"_s << QString();
    QTest::newRow("zone") << u"fe80::1%eth0"_s << QString();
    QTest::newRow("quote") << u"relay'.example"_s << QString();
    QTest::newRow("empty") << u""_s << QString();
}

void TestSendConnector::smartHost()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto host = SendConnector::parseSmartHost(text);
    if (expected.isEmpty()) {
        QVERIFY(!host.ok());
    } else {
        QVERIFY2(host.ok(), qPrintable(host.errorMessage()));
        QCOMPARE(host.value(), expected);
    }
}

void TestSendConnector::domains()
{
    const SendConnector c = fullConnector();
    QCOMPARE(c.plainDomains(), QStringList{u"fabrikam.example"_s});
    QVERIFY(c.hasWildcardAddressSpace());
}

QTEST_GUILESS_MAIN(TestSendConnector)
#include "tst_sendconnector.moc"
