#include "model/receiveconnector.h"

#include <QJsonArray>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

class TestReceiveConnector : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreExchange2007Edge();
    void jsonRoundTripEveryField();
    void jsonKeepsUnknownFields();
    void jsonFromStubOnlyName();
    void jsonRejectsBadValues_data();
    void jsonRejectsBadValues();
    void identity();
};

namespace {
ReceiveConnector fullConnector()
{
    ReceiveConnector c;
    c.name = u"From Fabrikam (domain secure)"_s;
    c.usage = ReceiveUsage::Partner;
    c.bindings = {Binding::parse(u"0.0.0.0:25"_s).value(), Binding::parse(u"[2001:db8::25]:2525"_s).value()};
    c.remoteIPRanges = {IpRange::parse(u"203.0.113.10"_s).value(),
                        IpRange::parse(u"198.51.100.0/28"_s).value(),
                        IpRange::parse(u"192.0.2.1-192.0.2.9"_s).value()};
    c.fqdn = Fqdn::parse(u"mail.contoso.example"_s).value();
    c.banner = u"220 mail.contoso.example ready"_s;
    c.authMechanism = AuthMechanism::Tls | AuthMechanism::BasicAuth | AuthMechanism::BasicAuthRequireTLS;
    c.permissionGroups = PermissionGroup::Partners | PermissionGroup::AnonymousUsers;
    c.domainSecureEnabled = true;
    c.requireTLS = true;
    c.maxMessageSize = ByteSize::fromBytes(20 * 1024 * 1024);
    c.maxRecipientsPerMessage = 500;
    c.connectionTimeout = TimeSpan::fromSeconds(600);
    c.connectionInactivityTimeout = TimeSpan::fromSeconds(120);
    c.protocolLoggingLevel = ProtocolLoggingLevel::Verbose;
    c.enabled = false;
    c.comment = u"O'Brien's partner link; #1"_s;
    c.partnerDomains = {SmtpDomain::parse(u"fabrikam.example"_s).value()};
    return c;
}
} // namespace

void TestReceiveConnector::defaultsAreExchange2007Edge()
{
    const ReceiveConnector c;
    QCOMPARE(c.usage, ReceiveUsage::Custom);
    QCOMPARE(c.maxMessageSize.toString(), u"10MB"_s);
    QCOMPARE(c.maxRecipientsPerMessage, 200);
    QCOMPARE(c.connectionTimeout.toString(), u"00:05:00"_s);
    QCOMPARE(c.connectionInactivityTimeout.toString(), u"00:01:00"_s);
    QCOMPARE(c.protocolLoggingLevel, ProtocolLoggingLevel::None);
    QVERIFY(c.enabled);
    QVERIFY(!c.domainSecureEnabled);
    QVERIFY(!c.requireTLS);
    QCOMPARE(c.authMechanism, AuthMechanisms(AuthMechanism::Tls));
}

void TestReceiveConnector::jsonRoundTripEveryField()
{
    const ReceiveConnector c = fullConnector();
    const QJsonObject json = c.toJson();
    QCOMPARE(json[u"usage"_s].toString(), u"Partner"_s);
    QCOMPARE(json[u"bindings"_s].toArray().at(1).toString(), u"[2001:db8::25]:2525"_s);
    QCOMPARE(json[u"authMechanism"_s].toArray().size(), 3);
    QCOMPARE(json[u"maxMessageSize"_s].toString(), u"20MB"_s);
    QCOMPARE(json[u"connectionTimeout"_s].toString(), u"00:10:00"_s);
    const auto back = ReceiveConnector::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back.value(), c);
    // Every field differs from the default, so a field that is not saved would fail the compare.
    const ReceiveConnector defaults;
    const QJsonObject defaultJson = defaults.toJson();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        QVERIFY2(defaultJson.value(it.key()) != it.value(), qPrintable(it.key()));
}

void TestReceiveConnector::jsonKeepsUnknownFields()
{
    QJsonObject json = fullConnector().toJson();
    json[u"tarpitInterval"_s] = u"00:00:05"_s;
    const auto back = ReceiveConnector::fromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back->unknown.value(u"tarpitInterval"_s).toString(), u"00:00:05"_s);
    QCOMPARE(back->toJson(), json);
}

void TestReceiveConnector::jsonFromStubOnlyName()
{
    const auto back = ReceiveConnector::fromJson(QJsonObject{{u"name"_s, u"Old"_s}});
    QVERIFY(back.ok());
    ReceiveConnector expected;
    expected.name = u"Old"_s;
    QCOMPARE(back.value(), expected);
}

void TestReceiveConnector::jsonRejectsBadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("usage") << u"usage"_s << QJsonValue(u"Relay"_s) << u"usage: unknown value \"Relay\""_s;
    QTest::newRow("binding") << u"bindings"_s << QJsonValue(QJsonArray{u"0.0.0.0"_s}) << u"bindings[0]"_s;
    QTest::newRow("range") << u"remoteIPRanges"_s << QJsonValue(QJsonArray{u"1.2.3.4"_s, u"fe80::1%eth0"_s})
                           << u"remoteIPRanges[1]"_s;
    QTest::newRow("auth") << u"authMechanism"_s << QJsonValue(QJsonArray{u"None"_s, u"Tls"_s})
                          << u"authMechanism: unknown value \"None\""_s;
    QTest::newRow("size") << u"maxMessageSize"_s << QJsonValue(u"ten"_s) << u"maxMessageSize"_s;
    QTest::newRow("timeout") << u"connectionTimeout"_s << QJsonValue(u"5m"_s) << u"connectionTimeout"_s;
    QTest::newRow("fqdn") << u"fqdn"_s << QJsonValue(u"a b"_s) << u"fqdn"_s;
    QTest::newRow("partner") << u"partnerDomains"_s << QJsonValue(QJsonArray{u"*.x.example"_s})
                             << u"partnerDomains[0]"_s;
}

void TestReceiveConnector::jsonRejectsBadValues()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject json = fullConnector().toJson();
    json[key] = value;
    const auto back = ReceiveConnector::fromJson(json, u"servers[0].receiveConnectors[1]"_s);
    QVERIFY(!back.ok());
    QVERIFY2(back.errorMessage().contains(reason), qPrintable(back.errorMessage()));
    // The error starts with the JSON path of the bad member.
    QVERIFY2(back.errorMessage().startsWith(u"servers[0].receiveConnectors[1]."_s + key),
             qPrintable(back.errorMessage()));
}

void TestReceiveConnector::identity()
{
    QCOMPARE(fullConnector().identity(u"EDGE01"_s), u"EDGE01\\From Fabrikam (domain secure)"_s);
}

QTEST_GUILESS_MAIN(TestReceiveConnector)
#include "tst_receiveconnector.moc"
