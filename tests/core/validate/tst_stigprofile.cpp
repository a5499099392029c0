#include "util/clock.h"
#include "validate/stigprofile.h"
#include "validate/validator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>

using namespace ds::core;

using namespace Qt::StringLiterals;

using Mutation = std::function<void(Workspace&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

AddressSpace space(const QString& text)
{
    return AddressSpace::parse(text).value();
}

// A receive connector that meets every item of the profile for its kind.
ReceiveConnector receiveConnector(const QString& name, ReceiveUsage usage)
{
    ReceiveConnector connector;
    connector.name = name;
    connector.usage = usage;
    connector.maxRecipientsPerMessage = 5000;
    connector.connectionTimeout = TimeSpan::fromSeconds(5 * 60);
    connector.banner = u"220 SMTP Server Ready"_s;
    if (usage == ReceiveUsage::Partner) {
        connector.domainSecureEnabled = true;
        connector.authMechanism =
            AuthMechanism::Tls | AuthMechanism::BasicAuth | AuthMechanism::BasicAuthRequireTLS;
        connector.permissionGroups = PermissionGroup::Partners;
    } else {
        connector.authMechanism = AuthMechanism::Tls;
        connector.permissionGroups = PermissionGroup::ExchangeServers;
    }
    return connector;
}

Server edge(const QString& name)
{
    Server server;
    server.name = name;
    server.fqdn = name.toLower() + u".contoso.example"_s;
    server.receiveConnectors = {receiveConnector(u"From Fabrikam"_s, ReceiveUsage::Partner),
                                receiveConnector(u"From Hub"_s, ReceiveUsage::Internal)};
    return server;
}

// Two standalone Edge servers whose connectors meet every item: a partner receive connector and an
// internal one each, a domain-secure partner send connector and an internet send connector through a
// smart host.
Workspace compliantWorkspace()
{
    Workspace ws;
    ws.organization = u"Contoso"_s;
    ws.domains = {u"contoso.example"_s};
    ws.servers = {edge(u"EDGE01"_s), edge(u"EDGE02"_s)};
    SendConnector partner;
    partner.name = u"To Fabrikam"_s;
    partner.usage = SendUsage::Partner;
    partner.addressSpaces = {space(u"fabrikam.example"_s)};
    partner.domainSecureEnabled = true;
    partner.requireTLS = true;
    partner.tlsAuthLevel = TlsAuthLevel::DomainValidation; // EX19-ED-000232
    partner.connectionInactivityTimeout = TimeSpan::fromSeconds(10 * 60);
    SendConnector internet;
    internet.name = u"To Internet"_s;
    internet.usage = SendUsage::Internet;
    internet.addressSpaces = {space(u"*"_s)};
    internet.dnsRoutingEnabled = false;
    internet.smartHosts = {u"relay.contoso.example"_s};
    ws.sendConnectors = {partner, internet};
    ws.domainSecure.send = {u"fabrikam.example"_s};
    ws.domainSecure.receive = {u"fabrikam.example"_s};
    return ws;
}

QList<Finding> stigFindings(const Workspace& ws, ValidationTarget target = ValidationTarget::Exchange2016)
{
    QList<Finding> found;
    for (const Finding& f : Validator::run(ws, target, {StigEx19EdgeProfile::id()}, FixedClock(kNow))) {
        if (f.code.startsWith(u"EX19-ED-"_s))
            found << f;
    }
    return found;
}

QStringList codes(const QList<Finding>& findings)
{
    QStringList list;
    for (const Finding& f : findings)
        list << f.code + u' ' + f.object() + u' ' + f.field();
    return list;
}

ReceiveConnector& partnerReceive(Workspace& ws)
{
    return ws.servers[0].receiveConnectors[0];
}
ReceiveConnector& internalReceive(Workspace& ws)
{
    return ws.servers[0].receiveConnectors[1];
}
} // namespace

// The DISA STIG Exchange 2019 Edge profile (lint --profile stig-ex19-edge): each item flags a
// workspace that breaks it with the item's STIG id and Vuln id, and a compliant workspace has none.
class TestStigProfile : public QObject
{
    Q_OBJECT

private slots:
    void compliantWorkspaceHasNoFinding();
    void eachItem_data();
    void eachItem();
    void domainValidationSatisfiesInternalEncryption();
    void onlyWhenAsked();
    void postfixTargetChecksNothing();
    void hubOnlySendConnectorIsOutOfScope();
    void redundancy();
    void profileIds();
};

void TestStigProfile::compliantWorkspaceHasNoFinding()
{
    const QList<Finding> findings = stigFindings(compliantWorkspace());
    QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u'\n')));
}

void TestStigProfile::eachItem_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("vulnId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Finding::Severity>("severity");
    using S = Finding::Severity;

    QTest::newRow("external receive not domain secure")
        << Mutation([](Workspace& ws) { partnerReceive(ws).domainSecureEnabled = false; })
        << u"EX19-ED-000019"_s << u"V-259580"_s << u"domainSecureEnabled"_s << S::Warning;
    QTest::newRow("internet send connector by DNS") << Mutation([](Workspace& ws) {
        ws.sendConnectors[1].dnsRoutingEnabled = true;
        ws.sendConnectors[1].smartHosts.clear();
    }) << u"EX19-ED-000095"_s << u"V-259593"_s << u"smartHosts"_s
                                                    << S::Warning;
    QTest::newRow("custom * send connector is internet-facing") << Mutation([](Workspace& ws) {
        ws.sendConnectors[1].usage = SendUsage::Custom;
        ws.sendConnectors[1].dnsRoutingEnabled = true;
    }) << u"EX19-ED-000095"_s << u"V-259593"_s << u"smartHosts"_s
                                                                << S::Warning;
    QTest::newRow("send connector not domain secure") << Mutation([](Workspace& ws) {
        ws.sendConnectors[0].domainSecureEnabled = false;
        ws.sendConnectors[0].requireTLS = true;
    }) << u"EX19-ED-000098"_s << u"V-259594"_s << u"domainSecureEnabled"_s
                                                      << S::Warning;
    QTest::newRow("domain secure send connector without DNS routing") << Mutation([](Workspace& ws) {
        ws.sendConnectors[0].dnsRoutingEnabled = false;
        ws.sendConnectors[0].smartHosts = {u"relay.contoso.example"_s};
    }) << u"EX19-ED-000098"_s << u"V-259594"_s << u"dnsRoutingEnabled"_s
                                                                      << S::Warning;
    QTest::newRow("external receive with Tls only")
        << Mutation([](Workspace& ws) { partnerReceive(ws).authMechanism = AuthMechanism::Tls; })
        << u"EX19-ED-000099"_s << u"V-259595"_s << u"authMechanism"_s << S::Warning;
    QTest::newRow("one Edge server") << Mutation([](Workspace& ws) { ws.servers.removeLast(); })
                                     << u"EX19-ED-000109"_s << u"V-259596"_s << QString() << S::Warning;
    QTest::newRow("send inactivity timeout 15 minutes") << Mutation([](Workspace& ws) {
        ws.sendConnectors[1].connectionInactivityTimeout = TimeSpan::fromSeconds(15 * 60);
    }) << u"EX19-ED-000110"_s << u"V-259597"_s << u"connectionInactivityTimeout"_s
                                                        << S::Warning;
    QTest::newRow("200 recipients") << Mutation([](Workspace& ws) {
        internalReceive(ws).maxRecipientsPerMessage = 200;
    }) << u"EX19-ED-000113"_s << u"V-259600"_s
                                    << u"maxRecipientsPerMessage"_s << S::Warning;
    QTest::newRow("internal receive accepts anonymous") << Mutation([](Workspace& ws) {
        internalReceive(ws).permissionGroups |= PermissionGroup::AnonymousUsers;
    }) << u"EX19-ED-000136"_s << u"V-259622"_s << u"permissionGroups"_s
                                                        << S::Warning;
    QTest::newRow("receive timeout 10 minutes")
        << Mutation([](Workspace& ws) { partnerReceive(ws).connectionTimeout = TimeSpan::fromSeconds(600); })
        << u"EX19-ED-000159"_s << u"V-259630"_s << u"connectionTimeout"_s << S::Warning;
    QTest::newRow("default banner") << Mutation([](Workspace& ws) { internalReceive(ws).banner.clear(); })
                                    << u"EX19-ED-000231"_s << u"V-259638"_s << u"banner"_s << S::Warning;
    QTest::newRow("banner naming the server")
        << Mutation([](Workspace& ws) { partnerReceive(ws).banner = u"220 edge01.contoso.example ESMTP"_s; })
        << u"EX19-ED-000231"_s << u"V-259638"_s << u"banner"_s << S::Warning;
    QTest::newRow("one subscribed Edge")
        << Mutation([](Workspace& ws) { ws.servers[0].edgeSync = EdgeSync::Subscribed; })
        << u"EX19-ED-000234"_s << u"V-259640"_s << QString() << S::Error;
    QTest::newRow("internal receive with basic auth") << Mutation([](Workspace& ws) {
        internalReceive(ws).authMechanism = AuthMechanism::Tls | AuthMechanism::BasicAuth;
    }) << u"EX19-ED-000235"_s << u"V-259641"_s << u"authMechanism"_s
                                                      << S::Error;
    QTest::newRow("send connector without any encryption")
        << Mutation([](Workspace& ws) { ws.sendConnectors[0].domainSecureEnabled = false; })
        << u"EX19-ED-000236"_s << u"V-259642"_s << u"domainSecureEnabled"_s << S::Error;
    QTest::newRow("internal send connector without an authentication level")
        << Mutation([](Workspace& ws) { ws.sendConnectors[0].tlsAuthLevel = TlsAuthLevel::Unset; })
        << u"EX19-ED-000232"_s << u"V-259639"_s << u"tlsAuthLevel"_s << S::Warning;
    QTest::newRow("internal send connector with CertificateValidation") << Mutation([](Workspace& ws) {
        ws.sendConnectors[0].tlsAuthLevel = TlsAuthLevel::CertificateValidation;
    }) << u"EX19-ED-000232"_s << u"V-259639"_s << u"tlsAuthLevel"_s << S::Warning;
    QTest::newRow("DomainValidation without the TLS domain") << Mutation([](Workspace& ws) {
        ws.sendConnectors[0].domainSecureEnabled = false;
        ws.sendConnectors[0].tlsDomain.clear();
    }) << u"EX19-ED-000236"_s << u"V-259642"_s << u"domainSecureEnabled"_s
                                                             << S::Error;
    QTest::newRow("send connector requiring TLS without domain validation") << Mutation([](Workspace& ws) {
        ws.sendConnectors[0].domainSecureEnabled = false;
        ws.sendConnectors[0].requireTLS = true;
        ws.sendConnectors[0].tlsAuthLevel = TlsAuthLevel::CertificateValidation;
    }) << u"EX19-ED-000236"_s << u"V-259642"_s << u"domainSecureEnabled"_s << S::Error;
}

void TestStigProfile::eachItem()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, code);
    QFETCH(QString, vulnId);
    QFETCH(QString, field);
    QFETCH(Finding::Severity, severity);
    Workspace ws = compliantWorkspace();
    mutation(ws);
    const QList<Finding> findings = stigFindings(ws);
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [&](const Finding& f) { return f.code == code && f.field() == field; });
    QVERIFY2(it != findings.end(), qPrintable(codes(findings).join(u'\n')));
    QCOMPARE(it->severity, severity);
    QVERIFY2(it->message.contains(vulnId), qPrintable(it->message));
    QVERIFY(!it->hint.isEmpty());
    // The item is in the profile's table with the same Vuln id.
    const QList<StigEx19EdgeProfile::Rule> rules = StigEx19EdgeProfile::rules();
    QVERIFY(std::any_of(rules.begin(), rules.end(), [&](const StigEx19EdgeProfile::Rule& r) {
        return r.stigId == code && r.vulnId == vulnId && r.severity == severity;
    }));
}

// TLS required with the partner's name validated (TlsAuthLevel DomainValidation) is the other way
// EX19-ED-000236 accepts.
void TestStigProfile::domainValidationSatisfiesInternalEncryption()
{
    Workspace ws = compliantWorkspace();
    SendConnector& send = ws.sendConnectors[0];
    send.domainSecureEnabled = false;
    send.requireTLS = true;
    send.tlsAuthLevel = TlsAuthLevel::DomainValidation;
    send.tlsDomain = u"fabrikam.example"_s;
    QVERIFY(!codes(stigFindings(ws)).join(u'\n').contains(u"EX19-ED-000236"_s));
    QVERIFY(!codes(stigFindings(ws)).join(u'\n').contains(u"EX19-ED-000232"_s));
}

void TestStigProfile::onlyWhenAsked()
{
    Workspace ws = compliantWorkspace();
    partnerReceive(ws).domainSecureEnabled = false;
    internalReceive(ws).banner.clear();
    QVERIFY(!stigFindings(ws).isEmpty());
    for (const Finding& f : Validator::run(ws, ValidationTarget::Exchange2016, FixedClock(kNow)))
        QVERIFY2(!f.code.startsWith(u"EX19-ED-"_s), qPrintable(f.code));
    for (const Finding& f :
         Validator::run(ws, ValidationTarget::Exchange2016, {u"no-such-profile"_s}, FixedClock(kNow)))
        QVERIFY2(!f.code.startsWith(u"EX19-ED-"_s), qPrintable(f.code));
}

void TestStigProfile::postfixTargetChecksNothing()
{
    Workspace ws = compliantWorkspace();
    internalReceive(ws).banner.clear();
    QVERIFY(!stigFindings(ws, ValidationTarget::Exchange2010).isEmpty());
    QVERIFY(stigFindings(ws, ValidationTarget::Postfix).isEmpty());
}

void TestStigProfile::hubOnlySendConnectorIsOutOfScope()
{
    Workspace ws = compliantWorkspace();
    Server hub;
    hub.name = u"HUB01"_s;
    hub.fqdn = u"hub01.contoso.example"_s;
    hub.role = ServerRole::Hub;
    ws.servers << hub;
    ws.sendConnectors[0].domainSecureEnabled = false;
    ws.sendConnectors[0].sourceTransportServers = {u"HUB01"_s};
    QVERIFY2(stigFindings(ws).isEmpty(), qPrintable(codes(stigFindings(ws)).join(u'\n')));
    // Sourced on an Edge (or on every server, none named), it is checked.
    ws.sendConnectors[0].sourceTransportServers = {u"HUB01"_s, u"EDGE02"_s};
    QVERIFY(codes(stigFindings(ws)).join(u'\n').contains(u"EX19-ED-000098"_s));
    ws.sendConnectors[0].sourceTransportServers.clear();
    QVERIFY(codes(stigFindings(ws)).join(u'\n').contains(u"EX19-ED-000098"_s));
    // A Hub's receive connectors are not the Edge STIG's.
    ws = compliantWorkspace();
    hub.receiveConnectors = {ReceiveConnector()};
    hub.receiveConnectors[0].name = u"Default HUB01"_s;
    ws.servers << hub;
    QVERIFY2(stigFindings(ws).isEmpty(), qPrintable(codes(stigFindings(ws)).join(u'\n')));
}

void TestStigProfile::redundancy()
{
    Workspace ws = compliantWorkspace();
    ws.servers[0].edgeSync = EdgeSync::Subscribed;
    ws.servers[1].edgeSync = EdgeSync::Subscribed;
    QVERIFY(stigFindings(ws).isEmpty()); // two subscriptions
    ws.servers.clear();
    QVERIFY(stigFindings(ws).isEmpty()); // no Edge: nothing to check
}

void TestStigProfile::profileIds()
{
    QCOMPARE(Validator::profiles(), QStringList{u"stig-ex19-edge"_s});
    QCOMPARE(Validator::parseProfile(u" STIG-EX19-Edge "_s), std::optional<QString>(u"stig-ex19-edge"_s));
    QVERIFY(!Validator::parseProfile(u"stig-ex16-edge"_s));
    QVERIFY(!Validator::profileDisplayName(u"stig-ex19-edge"_s).isEmpty());
    QVERIFY(Validator::profileDisplayName(u"nope"_s).isEmpty());
    // Every STIG id is EX19-ED-nnnnnn with a V-nnnnnn Vuln id, each once.
    QSet<QString> ids;
    for (const StigEx19EdgeProfile::Rule& rule : StigEx19EdgeProfile::rules()) {
        QVERIFY(QRegularExpression(u"^EX19-ED-\\d{6}$"_s).match(rule.stigId).hasMatch());
        QVERIFY(QRegularExpression(u"^V-\\d{6}$"_s).match(rule.vulnId).hasMatch());
        QVERIFY(rule.ruleId.startsWith(u"S"_s + rule.vulnId));
        QVERIFY(!ids.contains(rule.stigId));
        ids.insert(rule.stigId);
    }
    QCOMPARE(ids.size(), 14);
}

QTEST_GUILESS_MAIN(TestStigProfile)
#include "tst_stigprofile.moc"
