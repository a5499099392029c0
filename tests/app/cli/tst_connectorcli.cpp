#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::cli;

// The receive, send, domain-secure and lint commands run as the real binary.
class TestConnectorCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void receiveRoundTrip();
    void receiveNewNeedsPartnerSettings();
    void receiveRefusesHostileText_data();
    void receiveRefusesHostileText();
    void receiveSetChangesOnlyNamedFields();
    void receiveSetBadValuesLeaveFileUnchanged_data();
    void receiveSetBadValuesLeaveFileUnchanged();
    void receiveDuplicateAndRemove();
    void sendRoundTrip();
    void sendSetAndSmartHosts();
    void sendBadValuesLeaveFileUnchanged_data();
    void sendBadValuesLeaveFileUnchanged();
    void domainSecureLists();
    void lintExitCodesAndJson();
    void lintTargets();

private:
    QString ws() const { return m_dir->filePath(u"test.dsw"_s); }
    QJsonObject json(const QStringList& arguments);
    void partnerReceive();

    std::unique_ptr<QTemporaryDir> m_dir;
};

QJsonObject TestConnectorCli::json(const QStringList& arguments)
{
    const auto r = cli(arguments + QStringList{u"-w"_s, ws(), u"--json"_s});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

void TestConnectorCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const auto r = cli({u"workspace"_s, u"init"_s, u"-w"_s, ws(), u"--organization"_s, u"Contoso"_s,
                        u"--server"_s, u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestConnectorCli::partnerReceive()
{
    const auto r = cli({u"receive"_s, u"new"_s, u"-w"_s, ws(), u"--server"_s, u"EDGE01"_s, u"--name"_s,
                        u"From Fabrikam"_s, u"--usage"_s, u"partner"_s, u"--binding"_s, u"0.0.0.0:25"_s,
                        u"--remote"_s, u"203.0.113.10"_s, u"--remote"_s, u"198.51.100.0/28"_s,
                        u"--partner-domain"_s, u"fabrikam.example"_s, u"--require-tls"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestConnectorCli::receiveRoundTrip()
{
    partnerReceive();
    const QJsonObject c = json({u"receive"_s, u"show"_s, u"EDGE01\\From Fabrikam"_s});
    QCOMPARE(c[u"identity"_s].toString(), u"EDGE01\\From Fabrikam"_s);
    QCOMPARE(c[u"usage"_s].toString(), u"Partner"_s);
    QCOMPARE(c[u"bindings"_s].toArray(), QJsonArray{u"0.0.0.0:25"_s});
    QCOMPARE(c[u"remoteIPRanges"_s].toArray(), (QJsonArray{u"203.0.113.10"_s, u"198.51.100.0/28"_s}));
    QCOMPARE(c[u"authMechanism"_s].toArray(), QJsonArray{u"Tls"_s});
    QCOMPARE(c[u"permissionGroups"_s].toArray(), QJsonArray{u"Partners"_s});
    QCOMPARE(c[u"domainSecureEnabled"_s].toBool(), true);
    QCOMPARE(c[u"requireTLS"_s].toBool(), true);
    QCOMPARE(c[u"maxMessageSize"_s].toString(), u"10MB"_s);
    QCOMPARE(c[u"partnerDomains"_s].toArray(), QJsonArray{u"fabrikam.example"_s});

    // --server/--name and a single-server workspace without --server find the same connector.
    QCOMPARE(json({u"receive"_s, u"show"_s, u"--server"_s, u"edge01"_s, u"--name"_s, u"from fabrikam"_s}), c);
    QCOMPARE(json({u"receive"_s, u"show"_s, u"From Fabrikam"_s}), c);

    const auto text = cli({u"receive"_s, u"show"_s, u"-w"_s, ws(), u"From Fabrikam"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("DomainSecureEnabled:          True"));

    const auto list = cli({u"receive"_s, u"list"_s, u"-w"_s, ws()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.startsWith("EDGE01\\From Fabrikam\tPartner\t0.0.0.0:25"));
    const auto listJson = cli({u"receive"_s, u"list"_s, u"-w"_s, ws(), u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(listJson.out).array().size(), 1);
}

void TestConnectorCli::receiveNewNeedsPartnerSettings()
{
    const QByteArray before = TestSupport::readFile(ws());
    auto r = cli({u"receive"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"P"_s, u"--usage"_s, u"partner"_s,
                  u"--remote"_s, u"192.0.2.1"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--binding"));
    r = cli({u"receive"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"P"_s, u"--usage"_s, u"partner"_s,
             u"--binding"_s, u"0.0.0.0:25"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--remote"));
    r = cli({u"receive"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"P"_s, u"--usage"_s, u"relay"_s});
    QCOMPARE(r.exitCode, 2);
    r = cli({u"receive"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"P"_s, u"--usage"_s, u"internet"_s,
             u"--server"_s, u"NOPE"_s});
    QCOMPARE(r.exitCode, 3);
    r = cli({u"receive"_s, u"bogus"_s, u"-w"_s, ws()});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(TestSupport::readFile(ws()), before);

    // Internet fills Exchange's defaults: 0.0.0.0:25 from every address, anonymous users.
    r = cli({u"receive"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"Internet"_s, u"--usage"_s, u"internet"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject c = json({u"receive"_s, u"show"_s, u"Internet"_s});
    QCOMPARE(c[u"bindings"_s].toArray(), QJsonArray{u"0.0.0.0:25"_s});
    QCOMPARE(c[u"remoteIPRanges"_s].toArray(), QJsonArray{u"0.0.0.0-255.255.255.255"_s});
    QCOMPARE(c[u"permissionGroups"_s].toArray(), QJsonArray{u"AnonymousUsers"_s});
}

void TestConnectorCli::receiveRefusesHostileText_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("name empty") << u"--name"_s << u""_s << 3;
    QTest::newRow("name spaces") << u"--name"_s << u"   "_s << 3;
    QTest::newRow("name 300") << u"--name"_s << QString(300, u'n') << 3;
    QTest::newRow("name newline") << u"--name"_s << u"A\nB"_s << 3;
    QTest::newRow("name backslash") << u"--name"_s << u"A\\B"_s << 3;
    QTest::newRow("name quote U+2018") << u"--name"_s << u"\u2018x"_s << 3;
    QTest::newRow("name quote U+201E") << u"--name"_s << u"x\u201e"_s << 3;
    QTest::newRow("name control") << u"--name"_s << u"x\u0001"_s << 3;
    QTest::newRow("banner no 220") << u"--banner"_s << u"hello"_s << 1; // RC-BANNER-220 refuses it
    QTest::newRow("banner crlf") << u"--banner"_s << u"220 x\r\nDATA"_s << 3;
    QTest::newRow("banner U+2028") << u"--banner"_s << u"220 x\u2028y"_s << 3;
    QTest::newRow("comment tab") << u"--comment"_s << u"a\tb"_s << 3;
    QTest::newRow("comment U+201C") << u"--comment"_s << u"\u201cquoted\u201d"_s << 3;
    QTest::newRow("remote zone") << u"--remote"_s << u"fe80::1%eth0"_s << 3;
    QTest::newRow("remote reversed") << u"--remote"_s << u"192.0.2.9-192.0.2.1"_s << 3;
    QTest::newRow("remote semicolon") << u"--remote"_s << u"192.0.2.1;192.0.2.2"_s << 3;
    QTest::newRow("binding quote") << u"--binding"_s << u"0.0.0.0:25'"_s << 3;
    QTest::newRow("fqdn quote") << u"--fqdn"_s << u"mail.contoso.example'"_s << 3;
    QTest::newRow("size") << u"--max-message-size"_s << u"ten"_s << 3;
    QTest::newRow("auth unknown") << u"--auth"_s << u"Kerberos"_s << 2;
    QTest::newRow("auth none plus") << u"--auth"_s << u"None,Tls"_s << 2;
    QTest::newRow("partner domain wildcard") << u"--partner-domain"_s << u"*.fabrikam.example"_s << 3;
}

void TestConnectorCli::receiveRefusesHostileText()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(int, exitCode);
    const QByteArray before = TestSupport::readFile(ws());
    QStringList args{u"receive"_s, u"new"_s,       u"-w"_s,         ws(),          u"--usage"_s,
                     u"partner"_s, u"--binding"_s, u"0.0.0.0:25"_s, u"--remote"_s, u"192.0.2.1"_s};
    if (option != u"--name"_s)
        args << u"--name"_s << u"Partner"_s;
    args << option << value;
    const auto r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(r.err.count('\n'), 1); // one line
    if (exitCode == 1)
        QVERIFY2(r.err.contains("RC-BANNER-220"), r.err.constData());
    QCOMPARE(TestSupport::readFile(ws()), before);
}

void TestConnectorCli::receiveSetChangesOnlyNamedFields()
{
    partnerReceive();
    const QJsonObject before = json({u"receive"_s, u"show"_s, u"From Fabrikam"_s});
    auto r = cli({u"receive"_s, u"set"_s, u"-w"_s, ws(), u"EDGE01\\From Fabrikam"_s, u"--banner"_s,
                  u"220 mail.contoso.example ready"_s, u"--max-message-size"_s, u"20MB"_s, u"--add-remote"_s,
                  u"192.0.2.7"_s, u"--require-tls"_s, u"false"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject after = json({u"receive"_s, u"show"_s, u"From Fabrikam"_s});
    QCOMPARE(after[u"banner"_s].toString(), u"220 mail.contoso.example ready"_s);
    QCOMPARE(after[u"maxMessageSize"_s].toString(), u"20MB"_s);
    QCOMPARE(after[u"remoteIPRanges"_s].toArray().size(), 3);
    QCOMPARE(after[u"requireTLS"_s].toBool(), false);
    for (const QString& key : {u"banner"_s, u"maxMessageSize"_s, u"remoteIPRanges"_s, u"requireTLS"_s})
        after[key] = before[key];
    QCOMPARE(after, before);

    // Rename, then the old name is gone.
    r = cli(
        {u"receive"_s, u"set"_s, u"-w"_s, ws(), u"From Fabrikam"_s, u"--new-name"_s, u"From Fabrikam DS"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({u"receive"_s, u"show"_s, u"-w"_s, ws(), u"From Fabrikam"_s}).exitCode, 3);
    QCOMPARE(cli({u"receive"_s, u"show"_s, u"-w"_s, ws(), u"From Fabrikam DS"_s}).exitCode, 0);
}

void TestConnectorCli::receiveSetBadValuesLeaveFileUnchanged_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("bool") << QStringList{u"--domain-secure"_s, u"maybe"_s} << 2;
    QTest::newRow("logging") << QStringList{u"--protocol-logging"_s, u"Loud"_s} << 2;
    QTest::newRow("timeout") << QStringList{u"--connection-timeout"_s, u"25:00:00"_s} << 3;
    QTest::newRow("recipients") << QStringList{u"--max-recipients"_s, u"0"_s} << 3;
    QTest::newRow("remove missing range") << QStringList{u"--remove-remote"_s, u"10.0.0.1"_s} << 3;
    QTest::newRow("valid then invalid")
        << QStringList{u"--banner"_s, u"220 ok"_s, u"--remote"_s, u"10.0.0.0/8x"_s} << 3;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s, u"red"_s} << 2;
    QTest::newRow("no such connector") << QStringList{u"--name"_s, u"Nope"_s} << 3;
}

void TestConnectorCli::receiveSetBadValuesLeaveFileUnchanged()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    partnerReceive();
    const QByteArray before = TestSupport::readFile(ws());
    QStringList all{u"receive"_s, u"set"_s, u"-w"_s, ws()};
    if (!args.contains(u"--name"_s))
        all << u"From Fabrikam"_s;
    const auto r = cli(all + args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(TestSupport::readFile(ws()), before);
}

void TestConnectorCli::receiveDuplicateAndRemove()
{
    partnerReceive();
    const QByteArray before = TestSupport::readFile(ws());
    auto r = cli({u"receive"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"FROM FABRIKAM"_s, u"--usage"_s,
                  u"internet"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("RC-NAME-DUPLICATE"), r.err.constData()); // the rule that refused it
    QCOMPARE(TestSupport::readFile(ws()), before);
    r = cli({u"receive"_s, u"remove"_s, u"-w"_s, ws(), u"EDGE01\\Nope"_s});
    QCOMPARE(r.exitCode, 3);
    r = cli({u"receive"_s, u"remove"_s, u"-w"_s, ws(), u"EDGE01\\From Fabrikam"_s});
    QCOMPARE(r.exitCode, 0);
    const auto list = cli({u"receive"_s, u"list"_s, u"-w"_s, ws(), u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestConnectorCli::sendRoundTrip()
{
    auto r =
        cli({u"send"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"To Fabrikam"_s, u"--usage"_s, u"partner"_s,
             u"--address-space"_s, u"fabrikam.example"_s, u"--address-space"_s,
             u"SMTP:sub.fabrikam.example;5"_s, u"--fqdn"_s, u"mail.contoso.example"_s, u"--require-tls"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject c = json({u"send"_s, u"show"_s, u"To Fabrikam"_s});
    QCOMPARE(c[u"usage"_s].toString(), u"Partner"_s);
    QCOMPARE(c[u"addressSpaces"_s].toArray(),
             (QJsonArray{u"SMTP:fabrikam.example;1"_s, u"SMTP:sub.fabrikam.example;5"_s}));
    QCOMPARE(c[u"domainSecureEnabled"_s].toBool(), true);
    QCOMPARE(c[u"dnsRoutingEnabled"_s].toBool(), true);
    QCOMPARE(c[u"requireTLS"_s].toBool(), true);
    QCOMPARE(c[u"fqdn"_s].toString(), u"mail.contoso.example"_s);
    QCOMPARE(c[u"port"_s].toInt(), 25);
    const auto list = cli({u"send"_s, u"list"_s, u"-w"_s, ws()});
    QVERIFY(list.out.startsWith("To Fabrikam\tPartner\t"));
    r = cli({u"send"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"to fabrikam"_s, u"--usage"_s, u"internet"_s,
             u"--address-space"_s, u"*"_s});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"send"_s, u"remove"_s, u"-w"_s, ws(), u"To Fabrikam"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({u"send"_s, u"show"_s, u"-w"_s, ws(), u"To Fabrikam"_s}).exitCode, 3);
}

void TestConnectorCli::sendSetAndSmartHosts()
{
    auto r = cli({u"send"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"Relay"_s, u"--usage"_s, u"internal"_s,
                  u"--address-space"_s, u"*"_s, u"--smart-host"_s, u"relay.contoso.example:2525"_s,
                  u"--smart-host"_s, u"[2001:db8::25]:2525"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject c = json({u"send"_s, u"show"_s, u"Relay"_s});
    QCOMPARE(c[u"smartHosts"_s].toArray(), (QJsonArray{u"relay.contoso.example"_s, u"2001:db8::25"_s}));
    QCOMPARE(c[u"port"_s].toInt(), 2525);
    QCOMPARE(c[u"dnsRoutingEnabled"_s].toBool(), false);
    const QJsonObject before = c;
    r = cli({u"send"_s, u"set"_s, u"-w"_s, ws(), u"Relay"_s, u"--comment"_s, u"O'Brien; #1"_s});
    QCOMPARE(r.exitCode, 0);
    c = json({u"send"_s, u"show"_s, u"Relay"_s});
    QCOMPARE(c[u"comment"_s].toString(), u"O'Brien; #1"_s);
    c[u"comment"_s] = before[u"comment"_s];
    QCOMPARE(c, before);
    // DNS routing clears the smart hosts, as Set-SendConnector does.
    r = cli({u"send"_s, u"set"_s, u"-w"_s, ws(), u"Relay"_s, u"--dns-routing"_s, u"true"_s});
    QCOMPARE(r.exitCode, 0);
    c = json({u"send"_s, u"show"_s, u"Relay"_s});
    QCOMPARE(c[u"smartHosts"_s].toArray().size(), 0);
    QCOMPARE(c[u"dnsRoutingEnabled"_s].toBool(), true);
    r = cli({u"send"_s, u"set"_s, u"-w"_s, ws(), u"Relay"_s, u"--add-address-space"_s,
             u"fabrikam.example;3"_s, u"--remove-address-space"_s, u"*"_s});
    QCOMPARE(r.exitCode, 0);
    c = json({u"send"_s, u"show"_s, u"Relay"_s});
    QCOMPARE(c[u"addressSpaces"_s].toArray(), QJsonArray{u"SMTP:fabrikam.example;3"_s});
    // The Exchange 2010+ TLS check of the smart host's certificate; None clears it.
    r = cli({u"send"_s, u"set"_s, u"-w"_s, ws(), u"Relay"_s, u"--tls-auth-level"_s, u"domainvalidation"_s,
             u"--tls-domain"_s, u"*.Fabrikam.Example"_s});
    QCOMPARE(r.exitCode, 1); // Exchange refuses a level without Require TLS (SC-TLSAUTH-REQUIRETLS)
    QVERIFY2(r.err.contains("SC-TLSAUTH-REQUIRETLS"), r.err.constData());
    r = cli({u"send"_s, u"set"_s, u"-w"_s, ws(), u"Relay"_s, u"--require-tls"_s, u"true"_s,
             u"--tls-auth-level"_s, u"domainvalidation"_s, u"--tls-domain"_s, u"*.Fabrikam.Example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    c = json({u"send"_s, u"show"_s, u"Relay"_s});
    QCOMPARE(c[u"tlsAuthLevel"_s].toString(), u"DomainValidation"_s);
    QCOMPARE(c[u"tlsDomain"_s].toString(), u"*.fabrikam.example"_s);
    r = cli({u"send"_s, u"show"_s, u"-w"_s, ws(), u"Relay"_s});
    QVERIFY2(r.out.contains("TlsAuthLevel") && r.out.contains("DomainValidation") &&
                 r.out.contains("*.fabrikam.example"),
             r.out.constData());
    r = cli({u"send"_s, u"set"_s, u"-w"_s, ws(), u"Relay"_s, u"--tls-auth-level"_s, u"None"_s,
             u"--tls-domain"_s, u""_s});
    QCOMPARE(r.exitCode, 0);
    c = json({u"send"_s, u"show"_s, u"Relay"_s});
    QVERIFY(!c.contains(u"tlsAuthLevel"_s) && !c.contains(u"tlsDomain"_s));
}

void TestConnectorCli::sendBadValuesLeaveFileUnchanged_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("joined wildcard") << QStringList{u"--address-space"_s, u"*fabrikam.example"_s} << 3;
    QTest::newRow("cost") << QStringList{u"--address-space"_s, u"fabrikam.example;0"_s} << 3;
    QTest::newRow("x400") << QStringList{u"--address-space"_s, u"X400:c=US"_s} << 3;
    QTest::newRow("smart host ports differ")
        << QStringList{u"--smart-host"_s, u"a.example:25"_s, u"--smart-host"_s, u"b.example:26"_s} << 3;
    QTest::newRow("smart host quote") << QStringList{u"--smart-host"_s, u"a.example'"_s} << 3;
    QTest::newRow("port") << QStringList{u"--port"_s, u"65536"_s} << 3;
    QTest::newRow("auth") << QStringList{u"--smart-host-auth"_s, u"Kerberos"_s} << 2;
    QTest::newRow("bool") << QStringList{u"--ignore-starttls"_s, u"yes please"_s} << 2;
    QTest::newRow("tls level") << QStringList{u"--tls-auth-level"_s, u"Mutual"_s} << 2;
    QTest::newRow("tls domain") << QStringList{u"--tls-domain"_s, u"fabrikam.example';#"_s} << 3;
    QTest::newRow("comment newline") << QStringList{u"--comment"_s, u"a\nb"_s} << 3;
    QTest::newRow("new name unicode quote") << QStringList{u"--new-name"_s, u"\u201bx"_s} << 3;
    QTest::newRow("remove missing space")
        << QStringList{u"--remove-address-space"_s, u"woodgrove.example"_s} << 3;
}

void TestConnectorCli::sendBadValuesLeaveFileUnchanged()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    auto r = cli({u"send"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"To Fabrikam"_s, u"--usage"_s,
                  u"partner"_s, u"--address-space"_s, u"fabrikam.example"_s});
    QCOMPARE(r.exitCode, 0);
    const QByteArray before = TestSupport::readFile(ws());
    r = cli(QStringList{u"send"_s, u"set"_s, u"-w"_s, ws(), u"To Fabrikam"_s} + args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(TestSupport::readFile(ws()), before);
}

void TestConnectorCli::domainSecureLists()
{
    auto r = cli({u"domain-secure"_s, u"add"_s, u"-w"_s, ws(), u"--send"_s, u"Fabrikam.Example"_s,
                  u"--receive"_s, u"fabrikam.example,bücher.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"domain-secure"_s, u"add"_s, u"-w"_s, ws(), u"--send"_s, u"FABRIKAM.EXAMPLE"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("already"));
    QJsonObject lists = json({u"domain-secure"_s, u"list"_s});
    QCOMPARE(lists[u"send"_s].toArray(), QJsonArray{u"fabrikam.example"_s});
    QCOMPARE(lists[u"receive"_s].toArray(), (QJsonArray{u"fabrikam.example"_s, u"xn--bcher-kva.example"_s}));

    const QByteArray before = TestSupport::readFile(ws());
    for (const QString& bad : {u"*.woodgrove.example"_s, u"user@woodgrove.example"_s, u"woodgrove"_s,
                               u"wood grove.example"_s, u"woodgrove.example\u2019"_s}) {
        // A valid domain before the bad one must not be saved either.
        r = cli(
            {u"domain-secure"_s, u"add"_s, u"-w"_s, ws(), u"--send"_s, u"ok.example"_s, u"--send"_s, bad});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(TestSupport::readFile(ws()), before);
    }
    QCOMPARE(cli({u"domain-secure"_s, u"add"_s, u"-w"_s, ws()}).exitCode, 2);
    QCOMPARE(cli({u"domain-secure"_s, u"add"_s, u"-w"_s, ws(), u"fabrikam.example"_s}).exitCode, 2);

    r = cli({u"domain-secure"_s, u"remove"_s, u"-w"_s, ws(), u"--receive"_s, u"Fabrikam.example"_s});
    QCOMPARE(r.exitCode, 0);
    lists = json({u"domain-secure"_s, u"list"_s});
    QCOMPARE(lists[u"receive"_s].toArray(), QJsonArray{u"xn--bcher-kva.example"_s});
    const auto text = cli({u"domain-secure"_s, u"list"_s, u"-w"_s, ws()});
    QCOMPARE(text.out, QByteArray("send\tfabrikam.example\nreceive\txn--bcher-kva.example\n"));
}

void TestConnectorCli::lintExitCodesAndJson()
{
    // A fresh workspace has only a warning (no SMTP certificate, no partner yet): exit 0.
    auto r = cli({u"lint"_s, u"-w"_s, ws()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("CERT-SMTP-MISSING"));

    partnerReceive();
    const QByteArray before = TestSupport::readFile(ws());
    r = cli({u"lint"_s, u"-w"_s, ws(), u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report[u"target"_s].toString(), u"exchange2007"_s);
    QVERIFY(report[u"errors"_s].toInt() >= 2);
    QStringList codes;
    for (const QJsonValue& v : report[u"findings"_s].toArray()) {
        const QJsonObject f = v.toObject();
        codes << f[u"code"_s].toString();
        QVERIFY(!f[u"message"_s].toString().isEmpty());
        QVERIFY(!f[u"hint"_s].toString().isEmpty());
        QVERIFY(!f[u"object"_s].toString().isEmpty());
    }
    QVERIFY2(codes.contains(u"RC-DS-LIST"_s), qPrintable(codes.join(u","_s)));
    QVERIFY(codes.contains(u"CERT-SMTP-MISSING"_s));
    QCOMPARE(TestSupport::readFile(ws()), before); // lint never writes

    r = cli({u"domain-secure"_s, u"add"_s, u"-w"_s, ws(), u"--receive"_s, u"fabrikam.example"_s});
    QCOMPARE(r.exitCode, 0);
    r = cli({u"lint"_s, u"-w"_s, ws(), u"--json"_s});
    codes.clear();
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object()[u"findings"_s].toArray())
        codes << v.toObject()[u"code"_s].toString();
    QVERIFY(!codes.contains(u"RC-DS-LIST"_s));
}

void TestConnectorCli::lintTargets()
{
    // Exchange 2007 refuses domain security through a smart host, Postfix does it: the CLI keeps
    // the connector (as the GUI does) and lint judges it per target.
    auto r =
        cli({u"send"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"Via relay"_s, u"--usage"_s, u"partner"_s,
             u"--address-space"_s, u"tailspin.example"_s, u"--smart-host"_s, u"relay.tailspin.example"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({u"send"_s, u"remove"_s, u"-w"_s, ws(), u"Via relay"_s}).exitCode, 0);
    r = cli({u"send"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"To Fabrikam"_s, u"--usage"_s, u"partner"_s,
             u"--address-space"_s, u"fabrikam.example"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonObject file = QJsonDocument::fromJson(TestSupport::readFile(ws())).object();
    QJsonArray sends = file[u"sendConnectors"_s].toArray();
    QJsonObject send = sends.first().toObject();
    send[u"dnsRoutingEnabled"_s] = false;
    send[u"smartHosts"_s] = QJsonArray{u"relay.fabrikam.example"_s};
    sends[0] = send;
    file[u"sendConnectors"_s] = sends;
    QVERIFY(TestSupport::writeFile(ws(), QJsonDocument(file).toJson()));
    r = cli({u"lint"_s, u"-w"_s, ws(), u"--target"_s, u"exchange2007"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("SC-DS-SMARTHOST "));
    r = cli({u"lint"_s, u"-w"_s, ws(), u"--target"_s, u"postfix"_s});
    QVERIFY(!r.out.contains("SC-DS-SMARTHOST "));
    QVERIFY(r.out.contains("SC-DS-SMARTHOST-POSTFIX"));
    // Every Exchange release is a target and none does domain security through a smart host.
    r = cli({u"lint"_s, u"-w"_s, ws(), u"--target"_s, u"exchange2010"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("SC-DS-SMARTHOST "));
    QCOMPARE(cli({u"lint"_s, u"-w"_s, ws(), u"--target"_s, u"exchange2003"_s}).exitCode, 2);
    QCOMPARE(cli({u"lint"_s, u"-w"_s, m_dir->filePath(u"missing.dsw"_s)}).exitCode, 4);
}

QTEST_GUILESS_MAIN(TestConnectorCli)
#include "tst_connectorcli.moc"
