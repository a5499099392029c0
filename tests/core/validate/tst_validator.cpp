#include "crypto/certificateauthority.h"
#include "crypto/keyspec.h"
#include "export/exporter.h"
#include "model/connectorpresets.h"
#include "util/clock.h"
#include "validate/receiveusagerules.h"
#include "validate/validator.h"

#include <QTest>
#include <functional>

using namespace ds::core;

using namespace Qt::StringLiterals;

using Mutation = std::function<void(Workspace&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

IpRange range(const QString& text)
{
    return IpRange::parse(text).value();
}

Binding binding(const QString& text)
{
    return Binding::parse(text).value();
}

// A partner's private CA, made by the product's own CA code: the root, and an intermediate it issued.
struct PartnerCa
{
    QByteArray root;
    QByteArray intermediate;
};

const PartnerCa& partnerCa()
{
    static const PartnerCa made = [] {
        PartnerCa ca;
        auto rootKey = PrivateKey::generate(KeySpec::ecP256());
        auto root = CertificateAuthority::makeRoot(
            DistinguishedName::parse(u"CN=Fabrikam Root CA,O=Fabrikam"_s).value(), rootKey.value());
        auto intermediateKey = PrivateKey::generate(KeySpec::ecP256());
        auto intermediate =
            root->makeIntermediate(DistinguishedName::parse(u"CN=Fabrikam Issuing CA,O=Fabrikam"_s).value(),
                                   intermediateKey.value());
        if (!root.ok() || !intermediate.ok())
            qFatal("the partner CA could not be made");
        ca.root = root->certificate().toDer();
        ca.intermediate = intermediate->certificate().toDer();
        return ca;
    }();
    return made;
}

// A workspace that passes every rule: one Edge server with a CA-issued SMTP certificate, a
// partner receive connector, the Edge's default receive connector, a partner send connector and
// both lists, the partner's root trusted, keys protected.
Workspace cleanWorkspace()
{
    Workspace ws;
    ws.organization = u"Contoso"_s;
    ws.domains = {u"contoso.example"_s};
    ws.passphraseVerifier = u"verifier"_s;
    Server server;
    server.name = u"EDGE01"_s;
    server.fqdn = u"mail.contoso.example"_s;
    CertificateEntry cert;
    cert.thumbprint = u"78E1BE82F683EE6D8CB9B9266FC1185AE0890C41"_s;
    cert.services = Service::SMTP;
    cert.privateKey = QByteArray("key");
    cert.keyEncrypted = true;
    cert.subject = u"CN=mail.contoso.example,O=Contoso"_s;
    cert.domains = {u"mail.contoso.example"_s, u"contoso.example"_s};
    cert.notBefore = kNow.addDays(-10);
    cert.notAfter = kNow.addDays(365);
    cert.extendedKeyUsages = {u"serverAuth"_s, u"clientAuth"_s};
    server.certificates << cert;

    ReceiveConnector partner = ConnectorPresets::receiveConnector(u"From Fabrikam"_s, ReceiveUsage::Partner);
    partner.bindings = {binding(u"0.0.0.0:25"_s)};
    partner.remoteIPRanges = {range(u"203.0.113.10"_s), range(u"198.51.100.0/28"_s)};
    partner.partnerDomains = {SmtpDomain::parse(u"fabrikam.example"_s).value()};
    partner.requireTLS = true;
    server.receiveConnectors << partner;
    // The Edge's own default connector (0.0.0.0:25, every address), which the export changes in place.
    ReceiveConnector internet = ConnectorPresets::receiveConnector(
        ReceiveUsageRules::edgeDefaultConnectorName(u"EDGE01"_s), ReceiveUsage::Internet);
    server.receiveConnectors << internet;
    ws.servers << server;

    SendConnector send = ConnectorPresets::sendConnector(u"To Fabrikam"_s, SendUsage::Partner);
    send.addressSpaces = {AddressSpace::parse(u"fabrikam.example"_s).value()};
    ws.sendConnectors << send;
    SendConnector internetSend = ConnectorPresets::sendConnector(u"Internet"_s, SendUsage::Internet);
    internetSend.addressSpaces = {AddressSpace::parse(u"*"_s).value()};
    ws.sendConnectors << internetSend;

    ws.domainSecure.send = {u"fabrikam.example"_s};
    ws.domainSecure.receive = {u"fabrikam.example"_s};
    ws.trustedRoots = {partnerCa().root};
    return ws;
}

ReceiveConnector& defaultConnector(Workspace& ws)
{
    return ws.servers[0].receiveConnectors[1];
}

Server hub()
{
    Server server;
    server.name = u"HUB01"_s;
    server.fqdn = u"hub01.contoso.example"_s;
    server.role = ServerRole::Hub;
    return server;
}

ReceiveConnector& rc(Workspace& ws)
{
    return ws.servers[0].receiveConnectors[0];
}

SendConnector& sc(Workspace& ws)
{
    return ws.sendConnectors[0];
}

CertificateEntry& cert(Workspace& ws)
{
    return ws.servers[0].certificates[0];
}
} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanWorkspaceHasNoFindings();
    void targetsAreTheExportTargets();
    void exchangeRulesHoldForEveryRelease();
    void rules_data();
    void rules();
    void findingCarriesObjectFieldAndHint();
    void topologyAndTrustFindingsCarryLocationAndFix();
    void errorsComeFirst();

private:
    FixedClock m_clock{kNow};
};

void TestValidator::initTestCase()
{
    Clock::setCurrent(&m_clock);
}

void TestValidator::cleanWorkspaceHasNoFindings()
{
    for (const auto target : Validator::targets()) {
        QList<Finding> findings = Validator::run(cleanWorkspace(), target, m_clock);
        // Exchange Online notes what it leaves out (the servers, their certificates and receive
        // connectors) as information only.
        // The partner's root is a private CA, which Exchange Online cannot trust (EXO-ROOTS).
        if (target == ValidationTarget::ExchangeOnline) {
            QVERIFY(findings.removeIf([](const Finding& f) { return f.code == u"EXO-ROOTS"_s; }) == 1);
            findings.removeIf([](const Finding& f) {
                return f.severity == Finding::Severity::Info && f.code.startsWith(u"EXO-"_s);
            });
        }
        QStringList texts;
        for (const Finding& f : findings)
            texts << f.toText();
        QVERIFY2(findings.isEmpty(), qPrintable(texts.join(u"\n"_s)));
    }
}

void TestValidator::targetsAreTheExportTargets()
{
    QStringList names;
    for (const ValidationTarget target : Validator::targets()) {
        names << Validator::targetName(target);
        QCOMPARE(Validator::parseTarget(names.last()), target);
        QVERIFY(!Validator::targetDisplayName(target).isEmpty());
    }
    QCOMPARE(names, (QStringList{u"exchange2007"_s, u"exchange2010"_s, u"exchange2013"_s, u"exchange2016"_s,
                                 u"exchange-online"_s, u"postfix"_s}));
    QCOMPARE(names, Exporter::targets());
    QCOMPARE(Validator::parseTarget(u" Exchange2016 "_s), ValidationTarget::Exchange2016);
    QCOMPARE(Validator::parseTarget(u"exchange"_s), ValidationTarget::Exchange2007);
    QVERIFY(!Validator::parseTarget(u"exchange2003"_s));
    QCOMPARE(Validator::parseTarget(u"Exchange-Online"_s), ValidationTarget::ExchangeOnline);
    QVERIFY(!Validator::parseTarget(u"exchangeonline"_s));
    QCOMPARE(Validator::targetDisplayName(ValidationTarget::ExchangeOnline), u"Exchange Online"_s);
    QVERIFY(!Validator::exchangeVersion(ValidationTarget::Postfix));
    for (const ExchangeVersion version : ExchangeVersions::all()) {
        QCOMPARE(Validator::exchangeVersion(Validator::target(version)), version);
        QCOMPARE(Validator::targetName(Validator::target(version)), ExchangeVersions::target(version));
        // The exporter of each release gates on its own target.
        QCOMPARE(Exporter::create(ExchangeVersions::target(version))->validationTarget(),
                 Validator::target(version));
    }
}

// Domain security through a smart host is an error for every Exchange release (DomainSecureEnabled
// needs DNS routing in all of them), named for the release; Postfix only notes it.
void TestValidator::exchangeRulesHoldForEveryRelease()
{
    Workspace ws = cleanWorkspace();
    SendConnector& connector = ws.sendConnectors.first();
    QVERIFY(connector.domainSecureEnabled);
    connector.dnsRoutingEnabled = false;
    connector.smartHosts = {u"relay.partner.example"_s};
    for (const ValidationTarget target : Validator::targets()) {
        QStringList codes;
        QString message;
        for (const Finding& f : Validator::run(ws, target, m_clock)) {
            codes << f.code;
            if (f.code == u"SC-DS-SMARTHOST"_s)
                message = f.message;
        }
        if (target == ValidationTarget::Postfix) {
            QVERIFY(!codes.contains(u"SC-DS-SMARTHOST"_s));
            QVERIFY(codes.contains(u"SC-DS-SMARTHOST-POSTFIX"_s));
            continue;
        }
        if (target == ValidationTarget::ExchangeOnline) {
            // Exchange Online validates the partner's name on the smart host (TlsDomain).
            QVERIFY(!codes.contains(u"SC-DS-SMARTHOST"_s));
            QVERIFY(!codes.contains(u"SC-DS-DNS"_s));
            QVERIFY(codes.contains(u"EXO-SMARTHOST-TLS"_s));
            continue;
        }
        QVERIFY2(codes.contains(u"SC-DS-SMARTHOST"_s), qPrintable(Validator::targetName(target)));
        QVERIFY(codes.contains(u"SC-DS-DNS"_s));
        QVERIFY2(message.contains(Validator::targetDisplayName(target)), qPrintable(message));
    }
}

void TestValidator::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<int>("severity");
    const int ex = int(ValidationTarget::Exchange2007);
    const int pf = int(ValidationTarget::Postfix);
    const int E = int(Finding::Severity::Error);
    const int W = int(Finding::Severity::Warning);
    const int I = int(Finding::Severity::Info);
    auto row = [&](const char* name, Mutation m, int target, const char* code, bool expected, int severity) {
        QTest::newRow(name) << m << target << QString::fromLatin1(code) << expected << severity;
    };

    // Receive connector names.
    row(
        "RC-NAME-EMPTY trips", [](Workspace& w) { rc(w).name = u"  "_s; }, ex, "RC-NAME-EMPTY", true, E);
    row(
        "RC-NAME-EMPTY not", [](Workspace& w) { rc(w).name = u"x"_s; }, ex, "RC-NAME-EMPTY", false, E);
    row(
        "RC-NAME-LENGTH trips", [](Workspace& w) { rc(w).name = QString(65, u'n'); }, ex, "RC-NAME-LENGTH",
        true, E);
    row(
        "RC-NAME-LENGTH not", [](Workspace& w) { rc(w).name = QString(64, u'n'); }, ex, "RC-NAME-LENGTH",
        false, E);
    row(
        "RC-NAME-BACKSLASH trips", [](Workspace& w) { rc(w).name = u"A\\B"_s; }, ex, "RC-NAME-BACKSLASH",
        true, E);
    row(
        "RC-NAME-BACKSLASH not", [](Workspace& w) { rc(w).name = u"A/B"_s; }, ex, "RC-NAME-BACKSLASH", false,
        E);
    row(
        "RC-NAME-CHARS trips", [](Workspace& w) { rc(w).name = u"A\nB"_s; }, ex, "RC-NAME-CHARS", true, E);
    row(
        "RC-NAME-CHARS quote", [](Workspace& w) { rc(w).name = u"Fabrikam\u2019s"_s; }, ex, "RC-NAME-CHARS",
        true, E);
    row(
        "RC-NAME-CHARS not", [](Workspace& w) { rc(w).name = u"Fabrikam's; #1"_s; }, ex, "RC-NAME-CHARS",
        false, E);
    row(
        "RC-NAME-DUPLICATE trips",
        [](Workspace& w) { w.servers[0].receiveConnectors[1].name = u"from fabrikam"_s; }, ex,
        "RC-NAME-DUPLICATE", true, E);
    row(
        "RC-NAME-DUPLICATE other server",
        [](Workspace& w) {
            Server s = w.servers[0];
            s.name = u"EDGE02"_s;
            s.receiveConnectors.removeLast();
            s.receiveConnectors[0].remoteIPRanges = {range(u"192.0.2.1"_s)};
            w.servers << s;
        },
        ex, "RC-NAME-DUPLICATE", false, E);
    // Banner and free text.
    row(
        "RC-BANNER-220 trips", [](Workspace& w) { rc(w).banner = u"Welcome"_s; }, ex, "RC-BANNER-220", true,
        E);
    row(
        "RC-BANNER-220 2200", [](Workspace& w) { rc(w).banner = u"2200 x"_s; }, ex, "RC-BANNER-220", true, E);
    row(
        "RC-BANNER-220 not", [](Workspace& w) { rc(w).banner = u"220 mail.contoso.example"_s; }, ex,
        "RC-BANNER-220", false, E);
    // lint --target postfix refuses what export postfix refuses (one rule, one place).
    row(
        "RC-BANNER-POSTFIX trips", [](Workspace& w) { rc(w).banner = u"220 ${x}"_s; }, pf,
        "RC-BANNER-POSTFIX", true, E);
    row(
        "RC-BANNER-POSTFIX exchange", [](Workspace& w) { rc(w).banner = u"220 ${x}"_s; }, ex,
        "RC-BANNER-POSTFIX", false, E);
    row(
        "RC-BANNER-CHARS trips", [](Workspace& w) { rc(w).banner = u"220 a\r\nMAIL FROM:<x>"_s; }, ex,
        "RC-BANNER-CHARS", true, E);
    row(
        "RC-COMMENT-CHARS trips", [](Workspace& w) { rc(w).comment = u"a\tb"_s; }, ex, "RC-COMMENT-CHARS",
        true, E);
    row(
        "RC-COMMENT-CHARS not", [](Workspace& w) { rc(w).comment = u"a 'b' \"c\""_s; }, ex,
        "RC-COMMENT-CHARS", false, E);
    // Network.
    row(
        "RC-BINDINGS-EMPTY trips", [](Workspace& w) { rc(w).bindings.clear(); }, ex, "RC-BINDINGS-EMPTY",
        true, E);
    row(
        "RC-BINDINGS-EMPTY not", [](Workspace&) {}, ex, "RC-BINDINGS-EMPTY", false, E);
    row(
        "RC-REMOTE-EMPTY trips", [](Workspace& w) { rc(w).remoteIPRanges.clear(); }, ex, "RC-REMOTE-EMPTY",
        true, E);
    row(
        "RC-REMOTE-EMPTY not", [](Workspace&) {}, ex, "RC-REMOTE-EMPTY", false, E);
    row(
        "RC-PARTNER-ALL-ADDRESSES trips", [](Workspace& w) { rc(w).remoteIPRanges << range(u"0.0.0.0/0"_s); },
        ex, "RC-PARTNER-ALL-ADDRESSES", true, E);
    row(
        "RC-PARTNER-ALL-ADDRESSES internet ok", [](Workspace&) {}, ex, "RC-PARTNER-ALL-ADDRESSES", false, E);
    row(
        "RC-BINDING-OVERLAP identical",
        [](Workspace& w) {
            ReceiveConnector copy = rc(w);
            copy.name = u"Copy"_s;
            copy.remoteIPRanges = {range(u"203.0.113.10"_s)};
            w.servers[0].receiveConnectors << copy;
        },
        ex, "RC-BINDING-OVERLAP", true, E);
    row(
        "RC-BINDING-OVERLAP partial",
        [](Workspace& w) {
            ReceiveConnector other = ConnectorPresets::receiveConnector(u"Other"_s, ReceiveUsage::Custom);
            other.bindings = {binding(u"192.0.2.5:25"_s)};
            other.remoteIPRanges = {range(u"198.51.100.8-198.51.100.40"_s)};
            w.servers[0].receiveConnectors << other;
        },
        ex, "RC-BINDING-OVERLAP", true, E);
    row(
        "RC-BINDING-OVERLAP nested ok",
        [](Workspace& w) {
            ReceiveConnector other = ConnectorPresets::receiveConnector(u"Other"_s, ReceiveUsage::Custom);
            other.bindings = {binding(u"0.0.0.0:25"_s)};
            other.remoteIPRanges = {range(u"198.51.100.0/24"_s)};
            w.servers[0].receiveConnectors << other;
        },
        ex, "RC-BINDING-OVERLAP", false, E);
    row(
        "RC-BINDING-OVERLAP other port ok",
        [](Workspace& w) {
            ReceiveConnector copy = rc(w);
            copy.name = u"Copy"_s;
            copy.bindings = {binding(u"0.0.0.0:2525"_s)};
            w.servers[0].receiveConnectors << copy;
        },
        ex, "RC-BINDING-OVERLAP", false, E);
    // Authentication.
    row(
        "RC-AUTH-BASIC-TLS trips",
        [](Workspace& w) { rc(w).authMechanism |= AuthMechanism::BasicAuthRequireTLS; }, ex,
        "RC-AUTH-BASIC-TLS", true, E);
    row(
        "RC-AUTH-BASIC-TLS not",
        [](Workspace& w) {
            rc(w).authMechanism |= AuthMechanism::BasicAuthRequireTLS | AuthMechanism::BasicAuth;
        },
        ex, "RC-AUTH-BASIC-TLS", false, E);
    row(
        "RC-AUTH-EXTERNAL trips",
        [](Workspace& w) {
            auto& c = w.servers[0].receiveConnectors[1];
            c.authMechanism = AuthMechanism::ExternalAuthoritative | AuthMechanism::BasicAuth;
            c.permissionGroups = PermissionGroup::ExchangeServers;
        },
        ex, "RC-AUTH-EXTERNAL", true, E);
    row(
        "RC-AUTH-EXTERNAL group",
        [](Workspace& w) {
            w.servers[0].receiveConnectors[1].authMechanism = AuthMechanism::ExternalAuthoritative;
        },
        ex, "RC-AUTH-EXTERNAL", true, E);
    row(
        "RC-AUTH-EXTERNAL not",
        [](Workspace& w) {
            auto& c = w.servers[0].receiveConnectors[1];
            c.authMechanism = AuthMechanism::ExternalAuthoritative | AuthMechanism::Tls;
            c.permissionGroups = PermissionGroup::ExchangeServers;
        },
        ex, "RC-AUTH-EXTERNAL", false, E);
    row(
        "RC-DS-TLS trips", [](Workspace& w) { rc(w).authMechanism = AuthMechanism::None; }, ex, "RC-DS-TLS",
        true, E);
    row(
        "RC-DS-TLS not", [](Workspace&) {}, ex, "RC-DS-TLS", false, E);
    row(
        "RC-DS-EXTERNAL trips",
        [](Workspace& w) { rc(w).authMechanism |= AuthMechanism::ExternalAuthoritative; }, ex,
        "RC-DS-EXTERNAL", true, E);
    row(
        "RC-DS-EXTERNAL not", [](Workspace& w) { rc(w).authMechanism |= AuthMechanism::ExchangeServer; }, ex,
        "RC-DS-EXTERNAL", false, E);
    row(
        "RC-REQUIRETLS-TLS trips",
        [](Workspace& w) {
            auto& c = w.servers[0].receiveConnectors[1];
            c.authMechanism = AuthMechanism::None;
            c.requireTLS = true;
        },
        ex, "RC-REQUIRETLS-TLS", true, E);
    row(
        "RC-REQUIRETLS-TLS not", [](Workspace&) {}, ex, "RC-REQUIRETLS-TLS", false, E);
    row(
        "RC-DS-PARTNERS-GROUP trips",
        [](Workspace& w) { rc(w).permissionGroups = PermissionGroup::AnonymousUsers; }, ex,
        "RC-DS-PARTNERS-GROUP", true, W);
    row(
        "RC-DS-PARTNERS-GROUP not", [](Workspace&) {}, ex, "RC-DS-PARTNERS-GROUP", false, W);
    row(
        "RC-PERM-CUSTOM trips", [](Workspace& w) { rc(w).permissionGroups |= PermissionGroup::Custom; }, ex,
        "RC-PERM-CUSTOM", true, E);
    row(
        "RC-PERM-CUSTOM postfix", [](Workspace& w) { rc(w).permissionGroups |= PermissionGroup::Custom; }, pf,
        "RC-PERM-CUSTOM", false, E);
    row(
        "RC-PERM-EDGE trips", [](Workspace& w) { rc(w).permissionGroups |= PermissionGroup::ExchangeUsers; },
        ex, "RC-PERM-EDGE", true, E);
    row(
        "RC-PERM-EDGE hub ok",
        [](Workspace& w) {
            w.servers[0].role = ServerRole::Hub;
            rc(w).permissionGroups |= PermissionGroup::ExchangeLegacyServers;
        },
        ex, "RC-PERM-EDGE", false, E);
    row(
        "RC-USAGE-CLIENT-EDGE trips",
        [](Workspace& w) { w.servers[0].receiveConnectors[1].usage = ReceiveUsage::Client; }, ex,
        "RC-USAGE-CLIENT-EDGE", true, E);
    row(
        "RC-USAGE-CLIENT-EDGE not", [](Workspace&) {}, ex, "RC-USAGE-CLIENT-EDGE", false, E);
    // Usage and parameters (Exchange 2007 only), the Edge's default connector.
    row(
        "RC-USAGE-INTERNET-REMOTE trips",
        [](Workspace& w) { defaultConnector(w).remoteIPRanges = {range(u"198.51.100.0/24"_s)}; }, ex,
        "RC-USAGE-INTERNET-REMOTE", true, E);
    row(
        "RC-USAGE-INTERNET-REMOTE postfix",
        [](Workspace& w) { defaultConnector(w).remoteIPRanges = {range(u"198.51.100.0/24"_s)}; }, pf,
        "RC-USAGE-INTERNET-REMOTE", false, E);
    row(
        "RC-USAGE-INTERNET-REMOTE custom ok",
        [](Workspace& w) {
            defaultConnector(w).usage = ReceiveUsage::Custom;
            defaultConnector(w).remoteIPRanges = {range(u"198.51.100.0/24"_s)};
        },
        ex, "RC-USAGE-INTERNET-REMOTE", false, E);
    row(
        "RC-USAGE-BINDINGS internal trips",
        [](Workspace& w) {
            ReceiveConnector c = ConnectorPresets::receiveConnector(u"Internal"_s, ReceiveUsage::Internal);
            c.bindings = {binding(u"192.0.2.1:2525"_s)};
            c.remoteIPRanges = {range(u"10.0.0.0/8"_s)};
            w.servers[0].receiveConnectors << c;
        },
        ex, "RC-USAGE-BINDINGS", true, E);
    row(
        "RC-USAGE-BINDINGS client trips",
        [](Workspace& w) {
            w.servers[0].role = ServerRole::Hub;
            ReceiveConnector c = ConnectorPresets::receiveConnector(u"Client"_s, ReceiveUsage::Client, false);
            c.bindings = {binding(u"0.0.0.0:25"_s)};
            c.remoteIPRanges = {range(u"10.0.0.0/8"_s)};
            w.servers[0].receiveConnectors << c;
        },
        ex, "RC-USAGE-BINDINGS", true, E);
    row(
        "RC-USAGE-BINDINGS preset ok",
        [](Workspace& w) {
            ReceiveConnector c = ConnectorPresets::receiveConnector(u"Internal"_s, ReceiveUsage::Internal);
            c.remoteIPRanges = {range(u"10.0.0.0/8"_s)};
            w.servers[0].receiveConnectors << c;
        },
        ex, "RC-USAGE-BINDINGS", false, E);
    row(
        "RC-USAGE-BINDINGS postfix",
        [](Workspace& w) {
            ReceiveConnector c = ConnectorPresets::receiveConnector(u"Internal"_s, ReceiveUsage::Internal);
            c.bindings = {binding(u"192.0.2.1:2525"_s)};
            c.remoteIPRanges = {range(u"10.0.0.0/8"_s)};
            w.servers[0].receiveConnectors << c;
        },
        pf, "RC-USAGE-BINDINGS", false, E);
    row(
        "RC-EDGE-DEFAULT-COLLISION trips", [](Workspace& w) { defaultConnector(w).name = u"Internet"_s; }, ex,
        "RC-EDGE-DEFAULT-COLLISION", true, W);
    row(
        "RC-EDGE-DEFAULT-COLLISION default name ok", [](Workspace&) {}, ex, "RC-EDGE-DEFAULT-COLLISION",
        false, W);
    row(
        "RC-EDGE-DEFAULT-COLLISION own address ok",
        [](Workspace& w) {
            defaultConnector(w).name = u"Internet"_s;
            defaultConnector(w).bindings = {binding(u"192.0.2.25:25"_s)};
        },
        ex, "RC-EDGE-DEFAULT-COLLISION", false, W);
    row(
        "RC-EDGE-DEFAULT-COLLISION hub ok",
        [](Workspace& w) {
            w.servers[0].role = ServerRole::Hub;
            defaultConnector(w).name = u"Internet"_s;
        },
        ex, "RC-EDGE-DEFAULT-COLLISION", false, W);
    row(
        "RC-EDGE-DEFAULT-COLLISION postfix", [](Workspace& w) { defaultConnector(w).name = u"Internet"_s; },
        pf, "RC-EDGE-DEFAULT-COLLISION", false, W);
    // Topology: a subscribed Edge needs a Hub for the organization's configuration.
    row(
        "SC-EDGESYNC-NO-HUB trips", [](Workspace& w) { w.servers[0].edgeSync = EdgeSync::Subscribed; }, ex,
        "SC-EDGESYNC-NO-HUB", true, E);
    row(
        "SC-EDGESYNC-NO-HUB with hub ok",
        [](Workspace& w) {
            w.servers[0].edgeSync = EdgeSync::Subscribed;
            w.servers << hub();
        },
        ex, "SC-EDGESYNC-NO-HUB", false, E);
    row(
        "SC-EDGESYNC-NO-HUB standalone ok", [](Workspace&) {}, ex, "SC-EDGESYNC-NO-HUB", false, E);
    row(
        "SC-EDGESYNC-NO-HUB postfix", [](Workspace& w) { w.servers[0].edgeSync = EdgeSync::Subscribed; }, pf,
        "SC-EDGESYNC-NO-HUB", false, E);
    row(
        "DS-EDGESYNC-NO-HUB trips", [](Workspace& w) { w.servers[0].edgeSync = EdgeSync::Subscribed; }, ex,
        "DS-EDGESYNC-NO-HUB", true, E);
    row(
        "DS-EDGESYNC-NO-HUB with hub ok",
        [](Workspace& w) {
            w.servers[0].edgeSync = EdgeSync::Subscribed;
            w.servers << hub();
        },
        ex, "DS-EDGESYNC-NO-HUB", false, E);
    row(
        "DS-EDGESYNC-NO-HUB no lists ok",
        [](Workspace& w) {
            w.servers[0].edgeSync = EdgeSync::Subscribed;
            w.domainSecure.send.clear();
            w.domainSecure.receive.clear();
        },
        ex, "DS-EDGESYNC-NO-HUB", false, E);
    // Keys and trusted roots (both targets).
    row(
        "CERT-RSA-WEAK certificate trips", [](Workspace& w) { cert(w).keyDescription = u"RSA 1024"_s; }, ex,
        "CERT-RSA-WEAK", true, W);
    row(
        "CERT-RSA-WEAK postfix trips", [](Workspace& w) { cert(w).keyDescription = u"RSA 1024"_s; }, pf,
        "CERT-RSA-WEAK", true, W);
    row(
        "CERT-RSA-WEAK request trips",
        [](Workspace& w) {
            PendingRequest request;
            request.thumbprint = u"0123456789ABCDEF0123456789ABCDEF01234567"_s;
            request.keySpec = u"rsa:1024"_s;
            w.servers[0].pendingRequests << request;
        },
        ex, "CERT-RSA-WEAK", true, W);
    row(
        "CERT-RSA-WEAK 2048 ok", [](Workspace& w) { cert(w).keyDescription = u"RSA 2048"_s; }, ex,
        "CERT-RSA-WEAK", false, W);
    row(
        "CERT-RSA-WEAK EC ok", [](Workspace& w) { cert(w).keyDescription = u"EC P-256"_s; }, ex,
        "CERT-RSA-WEAK", false, W);
    row(
        "TRUST-ROOT-MISSING trips", [](Workspace& w) { w.trustedRoots = {partnerCa().intermediate}; }, ex,
        "TRUST-ROOT-MISSING", true, E);
    row(
        "TRUST-ROOT-MISSING postfix trips", [](Workspace& w) { w.trustedRoots = {partnerCa().intermediate}; },
        pf, "TRUST-ROOT-MISSING", true, E);
    row(
        "TRUST-ROOT-MISSING with root ok",
        [](Workspace& w) {
            w.trustedRoots = {partnerCa().intermediate, partnerCa().root};
        },
        ex, "TRUST-ROOT-MISSING", false, E);
    row(
        "TRUST-ROOT-NONE trips", [](Workspace& w) { w.trustedRoots.clear(); }, ex, "TRUST-ROOT-NONE", true,
        I);
    row(
        "TRUST-ROOT-NONE no partner ok",
        [](Workspace& w) {
            w.trustedRoots.clear();
            w.domainSecure.send.clear();
            w.domainSecure.receive.clear();
        },
        ex, "TRUST-ROOT-NONE", false, I);
    // Limits.
    row(
        "RC-MAXSIZE-RANGE small", [](Workspace& w) { rc(w).maxMessageSize = ByteSize::fromBytes(65535); }, ex,
        "RC-MAXSIZE-RANGE", true, E);
    row(
        "RC-MAXSIZE-RANGE unlimited", [](Workspace& w) { rc(w).maxMessageSize = ByteSize::unlimited(); }, ex,
        "RC-MAXSIZE-RANGE", true, E);
    row(
        "RC-MAXSIZE-RANGE not", [](Workspace& w) { rc(w).maxMessageSize = ByteSize::fromBytes(65536); }, ex,
        "RC-MAXSIZE-RANGE", false, E);
    row(
        "RC-MAXRCPT-RANGE trips", [](Workspace& w) { rc(w).maxRecipientsPerMessage = 0; }, ex,
        "RC-MAXRCPT-RANGE", true, E);
    row(
        "RC-MAXRCPT-RANGE not", [](Workspace& w) { rc(w).maxRecipientsPerMessage = 512000; }, ex,
        "RC-MAXRCPT-RANGE", false, E);
    row(
        "RC-TIMEOUT-RANGE trips",
        [](Workspace& w) { rc(w).connectionTimeout = TimeSpan::fromSeconds(86401); }, ex, "RC-TIMEOUT-RANGE",
        true, E);
    row(
        "RC-TIMEOUT-RANGE not", [](Workspace& w) { rc(w).connectionTimeout = TimeSpan::fromSeconds(86400); },
        ex, "RC-TIMEOUT-RANGE", false, E);
    row(
        "RC-TIMEOUT-ORDER trips",
        [](Workspace& w) { rc(w).connectionInactivityTimeout = rc(w).connectionTimeout; }, ex,
        "RC-TIMEOUT-ORDER", true, E);
    row(
        "RC-TIMEOUT-ORDER not",
        [](Workspace& w) {
            rc(w).connectionInactivityTimeout = TimeSpan::fromSeconds(rc(w).connectionTimeout.seconds() - 1);
        },
        ex, "RC-TIMEOUT-ORDER", false, E);
    // Domain security pairing and certificate names.
    row(
        "RC-DS-LIST trips", [](Workspace& w) { w.domainSecure.receive.clear(); }, ex, "RC-DS-LIST", true, E);
    row(
        "RC-DS-LIST not", [](Workspace&) {}, ex, "RC-DS-LIST", false, E);
    row(
        "RC-DS-NO-PARTNER trips", [](Workspace& w) { rc(w).partnerDomains.clear(); }, ex, "RC-DS-NO-PARTNER",
        true, W);
    row(
        "RC-DS-NO-PARTNER not", [](Workspace&) {}, ex, "RC-DS-NO-PARTNER", false, W);
    row(
        "RC-FQDN-CERT trips",
        [](Workspace& w) { rc(w).fqdn = Fqdn::parse(u"smtp.contoso.example"_s).value(); }, ex, "RC-FQDN-CERT",
        true, E);
    row(
        "RC-FQDN-CERT wildcard ok",
        [](Workspace& w) {
            rc(w).fqdn = Fqdn::parse(u"smtp.contoso.example"_s).value();
            cert(w).domains << u"*.contoso.example"_s;
        },
        ex, "RC-FQDN-CERT", false, E);
    row(
        "RC-FQDN-CERT CN fallback", [](Workspace& w) { cert(w).domains.clear(); }, ex, "RC-FQDN-CERT", false,
        E);
    row(
        "RC-DS-DISABLED trips", [](Workspace& w) { rc(w).enabled = false; }, ex, "RC-DS-DISABLED", true, I);
    row(
        "RC-DS-DISABLED not", [](Workspace&) {}, ex, "RC-DS-DISABLED", false, I);

    // Send connectors.
    row(
        "SC-NAME-EMPTY trips", [](Workspace& w) { sc(w).name.clear(); }, ex, "SC-NAME-EMPTY", true, E);
    row(
        "SC-NAME-LENGTH trips", [](Workspace& w) { sc(w).name = QString(300, u'x'); }, ex, "SC-NAME-LENGTH",
        true, E);
    row(
        "SC-NAME-CHARS trips", [](Workspace& w) { sc(w).name = u"To \u201cFabrikam\u201d"_s; }, ex,
        "SC-NAME-CHARS", true, E);
    row(
        "SC-NAME-CHARS not", [](Workspace&) {}, ex, "SC-NAME-CHARS", false, E);
    row(
        "SC-NAME-DUPLICATE trips", [](Workspace& w) { w.sendConnectors[1].name = u"TO FABRIKAM"_s; }, ex,
        "SC-NAME-DUPLICATE", true, E);
    row(
        "SC-NAME-DUPLICATE not", [](Workspace&) {}, ex, "SC-NAME-DUPLICATE", false, E);
    row(
        "SC-COMMENT-CHARS trips", [](Workspace& w) { sc(w).comment = u"a\u2028b"_s; }, ex, "SC-COMMENT-CHARS",
        true, E);
    row(
        "SC-ADDRESS-EMPTY trips", [](Workspace& w) { sc(w).addressSpaces.clear(); }, ex, "SC-ADDRESS-EMPTY",
        true, E);
    row(
        "SC-ADDRESS-EMPTY not", [](Workspace&) {}, ex, "SC-ADDRESS-EMPTY", false, E);
    row(
        "SC-ADDRESS-DUPLICATE trips",
        [](Workspace& w) {
            w.sendConnectors[1].addressSpaces << AddressSpace::parse(u"fabrikam.example"_s).value();
        },
        ex, "SC-ADDRESS-DUPLICATE", true, W);
    row(
        "SC-ADDRESS-DUPLICATE other cost",
        [](Workspace& w) {
            w.sendConnectors[1].addressSpaces << AddressSpace::parse(u"fabrikam.example;5"_s).value();
        },
        ex, "SC-ADDRESS-DUPLICATE", false, W);
    row(
        "SC-SMARTHOST-WITH-DNS trips",
        [](Workspace& w) { w.sendConnectors[1].smartHosts = {u"relay.example"_s}; }, ex,
        "SC-SMARTHOST-WITH-DNS", true, E);
    row(
        "SC-SMARTHOST-WITH-DNS not",
        [](Workspace& w) {
            w.sendConnectors[1].smartHosts = {u"relay.example"_s};
            w.sendConnectors[1].dnsRoutingEnabled = false;
        },
        ex, "SC-SMARTHOST-WITH-DNS", false, E);
    row(
        "SC-SMARTHOST-MISSING trips", [](Workspace& w) { w.sendConnectors[1].dnsRoutingEnabled = false; }, ex,
        "SC-SMARTHOST-MISSING", true, E);
    row(
        "SC-SMARTHOST-MISSING not", [](Workspace&) {}, ex, "SC-SMARTHOST-MISSING", false, E);
    row(
        "SC-SMARTHOST-AUTH trips",
        [](Workspace& w) {
            w.sendConnectors[1].smartHostAuthMechanism = SmartHostAuthMechanism::ExchangeServer;
        },
        ex, "SC-SMARTHOST-AUTH", true, E);
    row(
        "SC-SMARTHOST-AUTH not",
        [](Workspace& w) {
            auto& c = w.sendConnectors[1];
            c.smartHostAuthMechanism = SmartHostAuthMechanism::ExchangeServer;
            c.smartHosts = {u"relay.example"_s};
            c.dnsRoutingEnabled = false;
        },
        ex, "SC-SMARTHOST-AUTH", false, E);
    row(
        "SC-SMARTHOST-CREDENTIAL trips",
        [](Workspace& w) {
            auto& c = w.sendConnectors[1];
            c.smartHostAuthMechanism = SmartHostAuthMechanism::BasicAuth;
            c.smartHosts = {u"relay.example"_s};
            c.dnsRoutingEnabled = false;
        },
        ex, "SC-SMARTHOST-CREDENTIAL", true, W);
    row(
        "SC-REQUIRETLS-IGNORE trips",
        [](Workspace& w) {
            w.sendConnectors[1].requireTLS = true;
            w.sendConnectors[1].ignoreStartTls = true;
        },
        ex, "SC-REQUIRETLS-IGNORE", true, E);
    row(
        "SC-REQUIRETLS-IGNORE not", [](Workspace& w) { w.sendConnectors[1].ignoreStartTls = true; }, ex,
        "SC-REQUIRETLS-IGNORE", false, E);
    // -TlsAuthLevel / -TlsDomain (Exchange 2010 and later).
    const int ex10 = int(ValidationTarget::Exchange2010);
    row(
        "SC-TLSAUTH-UNSUPPORTED trips",
        [](Workspace& w) { sc(w).tlsAuthLevel = TlsAuthLevel::CertificateValidation; }, ex,
        "SC-TLSAUTH-UNSUPPORTED", true, E);
    row(
        "SC-TLSAUTH-UNSUPPORTED 2010 ok",
        [](Workspace& w) { sc(w).tlsAuthLevel = TlsAuthLevel::CertificateValidation; }, ex10,
        "SC-TLSAUTH-UNSUPPORTED", false, E);
    row(
        "SC-TLSAUTH-UNSUPPORTED postfix ok",
        [](Workspace& w) { sc(w).tlsAuthLevel = TlsAuthLevel::CertificateValidation; }, pf,
        "SC-TLSAUTH-UNSUPPORTED", false, E);
    row(
        "SC-TLSAUTH-REQUIRETLS trips",
        [](Workspace& w) { w.sendConnectors[1].tlsAuthLevel = TlsAuthLevel::EncryptionOnly; }, ex10,
        "SC-TLSAUTH-REQUIRETLS", true, E);
    row(
        "SC-TLSAUTH-REQUIRETLS not",
        [](Workspace& w) {
            sc(w).requireTLS = true;
            sc(w).tlsAuthLevel = TlsAuthLevel::EncryptionOnly;
        },
        ex10, "SC-TLSAUTH-REQUIRETLS", false, E);
    row(
        "SC-TLSDOMAIN-MISSING trips",
        [](Workspace& w) {
            SendConnector& c = sc(w);
            c.domainSecureEnabled = false;
            c.dnsRoutingEnabled = false;
            c.smartHosts = {u"relay.fabrikam.example"_s};
            c.tlsAuthLevel = TlsAuthLevel::DomainValidation;
        },
        ex10, "SC-TLSDOMAIN-MISSING", true, E);
    row(
        "SC-TLSDOMAIN-MISSING not",
        [](Workspace& w) {
            SendConnector& c = sc(w);
            c.domainSecureEnabled = false;
            c.dnsRoutingEnabled = false;
            c.smartHosts = {u"relay.fabrikam.example"_s};
            c.tlsAuthLevel = TlsAuthLevel::DomainValidation;
            c.tlsDomain = u"fabrikam.example"_s;
        },
        ex10, "SC-TLSDOMAIN-MISSING", false, E);
    row(
        "SC-TLSDOMAIN-UNUSED trips", [](Workspace& w) { sc(w).tlsDomain = u"fabrikam.example"_s; }, ex10,
        "SC-TLSDOMAIN-UNUSED", true, W);
    row(
        "SC-TLSDOMAIN-UNUSED with CertificateValidation",
        [](Workspace& w) {
            sc(w).tlsAuthLevel = TlsAuthLevel::CertificateValidation;
            sc(w).tlsDomain = u"fabrikam.example"_s;
        },
        ex10, "SC-TLSDOMAIN-UNUSED", true, W);
    row(
        "SC-PORT-RANGE trips", [](Workspace& w) { sc(w).port = 70000; }, ex, "SC-PORT-RANGE", true, E);
    row(
        "SC-PORT-RANGE not", [](Workspace& w) { sc(w).port = 587; }, ex, "SC-PORT-RANGE", false, E);
    row(
        "SC-MAXSIZE-RANGE trips",
        [](Workspace& w) { sc(w).maxMessageSize = ByteSize::fromBytes(1ULL << 31); }, ex, "SC-MAXSIZE-RANGE",
        true, E);
    row(
        "SC-MAXSIZE-RANGE unlimited ok", [](Workspace& w) { sc(w).maxMessageSize = ByteSize::unlimited(); },
        ex, "SC-MAXSIZE-RANGE", false, E);
    row(
        "SC-TIMEOUT-RANGE trips",
        [](Workspace& w) { sc(w).connectionInactivityTimeout = TimeSpan::fromSeconds(0); }, ex,
        "SC-TIMEOUT-RANGE", true, E);
    row(
        "SC-TIMEOUT-RANGE not", [](Workspace&) {}, ex, "SC-TIMEOUT-RANGE", false, E);
    row(
        "SC-SOURCE-EDGE trips", [](Workspace& w) { sc(w).sourceTransportServers = {u"EDGE01"_s}; }, ex,
        "SC-SOURCE-EDGE", true, E);
    row(
        "SC-SOURCE-EDGE postfix ok", [](Workspace& w) { sc(w).sourceTransportServers = {u"EDGE01"_s}; }, pf,
        "SC-SOURCE-EDGE", false, E);
    row(
        "SC-SOURCE-UNKNOWN trips", [](Workspace& w) { sc(w).sourceTransportServers = {u"MX9"_s}; }, pf,
        "SC-SOURCE-UNKNOWN", true, W);
    row(
        "SC-SOURCE-UNKNOWN not", [](Workspace& w) { sc(w).sourceTransportServers = {u"edge01"_s}; }, pf,
        "SC-SOURCE-UNKNOWN", false, W);
    row(
        "SC-DS-DNS trips",
        [](Workspace& w) {
            sc(w).dnsRoutingEnabled = false;
            sc(w).smartHosts = {u"relay.fabrikam.example"_s};
        },
        ex, "SC-DS-DNS", true, E);
    row(
        "SC-DS-DNS postfix ok",
        [](Workspace& w) {
            sc(w).dnsRoutingEnabled = false;
            sc(w).smartHosts = {u"relay.fabrikam.example"_s};
        },
        pf, "SC-DS-DNS", false, E);
    row(
        "SC-DS-SMARTHOST trips",
        [](Workspace& w) {
            sc(w).dnsRoutingEnabled = false;
            sc(w).smartHosts = {u"relay.fabrikam.example"_s};
        },
        ex, "SC-DS-SMARTHOST", true, E);
    row(
        "SC-DS-SMARTHOST postfix ok",
        [](Workspace& w) {
            sc(w).dnsRoutingEnabled = false;
            sc(w).smartHosts = {u"relay.fabrikam.example"_s};
        },
        pf, "SC-DS-SMARTHOST", false, E);
    row(
        "SC-DS-SMARTHOST-POSTFIX note",
        [](Workspace& w) {
            sc(w).dnsRoutingEnabled = false;
            sc(w).smartHosts = {u"relay.fabrikam.example"_s};
        },
        pf, "SC-DS-SMARTHOST-POSTFIX", true, I);
    row(
        "SC-DS-WILDCARD trips",
        [](Workspace& w) { sc(w).addressSpaces << AddressSpace::parse(u"*.fabrikam.example"_s).value(); }, ex,
        "SC-DS-WILDCARD", true, E);
    row(
        "SC-DS-WILDCARD postfix subdomains ok",
        [](Workspace& w) { sc(w).addressSpaces << AddressSpace::parse(u"*.fabrikam.example"_s).value(); }, pf,
        "SC-DS-WILDCARD", false, E);
    row(
        "SC-DS-WILDCARD postfix star",
        [](Workspace& w) { sc(w).addressSpaces << AddressSpace::parse(u"*"_s).value(); }, pf,
        "SC-DS-WILDCARD", true, E);
    row(
        "SC-DS-IGNORESTARTTLS trips", [](Workspace& w) { sc(w).ignoreStartTls = true; }, ex,
        "SC-DS-IGNORESTARTTLS", true, E);
    row(
        "SC-DS-IGNORESTARTTLS not", [](Workspace&) {}, ex, "SC-DS-IGNORESTARTTLS", false, E);
    row(
        "SC-DS-LIST trips", [](Workspace& w) { w.domainSecure.send.clear(); }, ex, "SC-DS-LIST", true, E);
    row(
        "SC-DS-LIST not", [](Workspace&) {}, ex, "SC-DS-LIST", false, E);
    row(
        "SC-FQDN-CERT trips",
        [](Workspace& w) { sc(w).fqdn = Fqdn::parse(u"out.contoso.example"_s).value(); }, ex, "SC-FQDN-CERT",
        true, E);
    row(
        "SC-FQDN-CERT not", [](Workspace& w) { sc(w).fqdn = Fqdn::parse(u"contoso.example"_s).value(); }, ex,
        "SC-FQDN-CERT", false, E);
    row(
        "SC-DS-DISABLED trips", [](Workspace& w) { sc(w).enabled = false; }, ex, "SC-DS-DISABLED", true, I);

    // Domain-secure lists.
    row(
        "DS-ENTRY-INVALID trips", [](Workspace& w) { w.domainSecure.send << u"*.woodgrove.example"_s; }, ex,
        "DS-ENTRY-INVALID", true, E);
    row(
        "DS-ENTRY-INVALID address", [](Workspace& w) { w.domainSecure.receive << u"a@woodgrove.example"_s; },
        ex, "DS-ENTRY-INVALID", true, E);
    row(
        "DS-ENTRY-INVALID not", [](Workspace&) {}, ex, "DS-ENTRY-INVALID", false, E);
    row(
        "DS-ENTRY-DUPLICATE trips", [](Workspace& w) { w.domainSecure.send << u"FABRIKAM.example"_s; }, ex,
        "DS-ENTRY-DUPLICATE", true, W);
    row(
        "DS-ENTRY-DUPLICATE not", [](Workspace&) {}, ex, "DS-ENTRY-DUPLICATE", false, W);
    row(
        "DS-SEND-UNUSED trips", [](Workspace& w) { w.domainSecure.send << u"woodgrove.example"_s; }, ex,
        "DS-SEND-UNUSED", true, W);
    row(
        "DS-SEND-UNUSED not", [](Workspace&) {}, ex, "DS-SEND-UNUSED", false, W);
    row(
        "DS-RECEIVE-UNUSED trips", [](Workspace& w) { w.domainSecure.receive << u"woodgrove.example"_s; }, ex,
        "DS-RECEIVE-UNUSED", true, W);
    row(
        "DS-RECEIVE-UNUSED not", [](Workspace&) {}, ex, "DS-RECEIVE-UNUSED", false, W);
    row(
        "DS-ONE-WAY trips",
        [](Workspace& w) {
            w.domainSecure.receive.clear();
            rc(w).partnerDomains.clear();
        },
        ex, "DS-ONE-WAY", true, I);
    row(
        "DS-ONE-WAY not", [](Workspace&) {}, ex, "DS-ONE-WAY", false, I);

    // Certificates.
    row(
        "CERT-SMTP-MISSING error", [](Workspace& w) { cert(w).services = Service::IIS; }, ex,
        "CERT-SMTP-MISSING", true, E);
    row(
        "CERT-SMTP-MISSING warning without partner",
        [](Workspace& w) {
            cert(w).services = Service::IIS;
            w.servers[0].receiveConnectors.removeFirst();
            w.sendConnectors.removeFirst();
            w.domainSecure = {};
        },
        ex, "CERT-SMTP-MISSING", true, W);
    row(
        "CERT-SMTP-MISSING not", [](Workspace&) {}, ex, "CERT-SMTP-MISSING", false, E);
    row(
        "CERT-NO-KEY trips", [](Workspace& w) { cert(w).privateKey.clear(); }, ex, "CERT-NO-KEY", true, E);
    row(
        "CERT-NO-KEY not", [](Workspace&) {}, ex, "CERT-NO-KEY", false, E);
    row(
        "CERT-NOT-YET-VALID trips", [](Workspace& w) { cert(w).notBefore = kNow.addSecs(60); }, ex,
        "CERT-NOT-YET-VALID", true, E);
    row(
        "CERT-NOT-YET-VALID not", [](Workspace& w) { cert(w).notBefore = kNow; }, ex, "CERT-NOT-YET-VALID",
        false, E);
    row(
        "CERT-EXPIRED trips", [](Workspace& w) { cert(w).notAfter = kNow.addSecs(-1); }, ex, "CERT-EXPIRED",
        true, E);
    row(
        "CERT-EXPIRED not", [](Workspace& w) { cert(w).notAfter = kNow.addSecs(60); }, ex, "CERT-EXPIRED",
        false, E);
    row(
        "CERT-EXPIRING trips", [](Workspace& w) { cert(w).notAfter = kNow.addDays(29); }, ex, "CERT-EXPIRING",
        true, W);
    row(
        "CERT-EXPIRING not", [](Workspace& w) { cert(w).notAfter = kNow.addDays(31); }, ex, "CERT-EXPIRING",
        false, W);
    row(
        "CERT-SELF-SIGNED trips", [](Workspace& w) { cert(w).selfSigned = true; }, ex, "CERT-SELF-SIGNED",
        true, E);
    row(
        "CERT-SELF-SIGNED internal only", [](Workspace& w) { cert(w).internalOnly = true; }, ex,
        "CERT-SELF-SIGNED", true, E);
    row(
        "CERT-SELF-SIGNED no partner ok",
        [](Workspace& w) {
            cert(w).selfSigned = true;
            rc(w).domainSecureEnabled = false;
            sc(w).domainSecureEnabled = false;
        },
        ex, "CERT-SELF-SIGNED", false, E);
    row(
        "CERT-NO-CLIENTAUTH trips", [](Workspace& w) { cert(w).extendedKeyUsages = {u"serverAuth"_s}; }, ex,
        "CERT-NO-CLIENTAUTH", true, W);
    row(
        "CERT-NO-CLIENTAUTH no EKU ok", [](Workspace& w) { cert(w).extendedKeyUsages.clear(); }, ex,
        "CERT-NO-CLIENTAUTH", false, W);
    row(
        "CERT-KEYS-UNPROTECTED trips", [](Workspace& w) { w.passphraseVerifier.clear(); }, ex,
        "CERT-KEYS-UNPROTECTED", true, W);
    row(
        "CERT-KEYS-UNPROTECTED no keys ok",
        [](Workspace& w) {
            w.passphraseVerifier.clear();
            cert(w).privateKey.clear();
        },
        ex, "CERT-KEYS-UNPROTECTED", false, W);

    // Exchange Online: what it cannot express (ExchangeOnlineRules), and the on-premises rules it
    // does not take.
    const int eo = int(ValidationTarget::ExchangeOnline);
    const int e16 = int(ValidationTarget::Exchange2016);
    row(
        "EXO-SENDER-IP trips IPv6", [](Workspace& w) { rc(w).remoteIPRanges = {range(u"2001:db8::/32"_s)}; },
        eo, "EXO-SENDER-IP", true, E);
    row(
        "EXO-SENDER-IP trips /16", [](Workspace& w) { rc(w).remoteIPRanges = {range(u"198.51.0.0/16"_s)}; },
        eo, "EXO-SENDER-IP", true, E);
    row(
        "EXO-SENDER-IP not /24", [](Workspace& w) { rc(w).remoteIPRanges = {range(u"198.51.100.0/24"_s)}; },
        eo, "EXO-SENDER-IP", false, E);
    row(
        "EXO-SENDER-IP not any address",
        [](Workspace& w) {
            rc(w).remoteIPRanges = {range(u"2001:db8::/32"_s), range(u"0.0.0.0/0"_s)};
        },
        eo, "EXO-SENDER-IP", false, E);
    row(
        "EXO-SENDER-IP not on premises",
        [](Workspace& w) { rc(w).remoteIPRanges = {range(u"2001:db8::/32"_s)}; }, e16, "EXO-SENDER-IP", false,
        E);
    row(
        "EXO-BINDINGS trips", [](Workspace& w) { rc(w).bindings = {binding(u"0.0.0.0:2525"_s)}; }, eo,
        "EXO-BINDINGS", true, W);
    row(
        "EXO-BINDINGS trips banner", [](Workspace& w) { rc(w).banner = u"220 mx ready"_s; }, eo,
        "EXO-BINDINGS", true, W);
    row(
        "EXO-BINDINGS not", [](Workspace&) {}, eo, "EXO-BINDINGS", false, W);
    row(
        "EXO-ROOTS trips", [](Workspace&) {}, eo, "EXO-ROOTS", true, W);
    row(
        "EXO-ROOTS not", [](Workspace& w) { w.trustedRoots.clear(); }, eo, "EXO-ROOTS", false, W);
    row(
        "EXO-SEND-PORT trips",
        [](Workspace& w) {
            sc(w).dnsRoutingEnabled = false;
            sc(w).smartHosts = {u"relay.fabrikam.example"_s};
            sc(w).port = 587;
        },
        eo, "EXO-SEND-PORT", true, E);
    row(
        "EXO-SEND-PORT not",
        [](Workspace& w) {
            sc(w).dnsRoutingEnabled = false;
            sc(w).smartHosts = {u"relay.fabrikam.example"_s};
        },
        eo, "EXO-SEND-PORT", false, E);
    row(
        "EXO-SMARTHOST-AUTH trips",
        [](Workspace& w) {
            sc(w).dnsRoutingEnabled = false;
            sc(w).smartHosts = {u"relay.fabrikam.example"_s};
            sc(w).smartHostAuthMechanism = SmartHostAuthMechanism::BasicAuth;
        },
        eo, "EXO-SMARTHOST-AUTH", true, E);
    row(
        "EXO-NAME-LENGTH trips", [](Workspace& w) { sc(w).name = QString(65, u'n'); }, eo, "EXO-NAME-LENGTH",
        true, E);
    row(
        "EXO-NAME-LENGTH not", [](Workspace& w) { sc(w).name = QString(64, u'n'); }, eo, "EXO-NAME-LENGTH",
        false, E);
    row(
        "EXO-SEND-SKIPPED internet is info", [](Workspace&) {}, eo, "EXO-SEND-SKIPPED", true, I);
    row(
        "EXO-SEND-SKIPPED other is warning",
        [](Workspace& w) {
            w.sendConnectors[1].addressSpaces = {AddressSpace::parse(u"northwind.example"_s).value()};
        },
        eo, "EXO-SEND-SKIPPED", true, W);
    row(
        "EXO-SEND-FQDN trips",
        [](Workspace& w) { sc(w).fqdn = Fqdn::parse(u"mail.contoso.example"_s).value(); }, eo,
        "EXO-SEND-FQDN", true, W);
    row(
        "SC-DS-WILDCARD not subdomains online",
        [](Workspace& w) { sc(w).addressSpaces << AddressSpace::parse(u"*.fabrikam.example"_s).value(); }, eo,
        "SC-DS-WILDCARD", false, E);
    row(
        "SC-DS-WILDCARD trips all online",
        [](Workspace& w) { sc(w).addressSpaces << AddressSpace::parse(u"*"_s).value(); }, eo,
        "SC-DS-WILDCARD", true, E);
    row(
        "CERT-SMTP-MISSING not online", [](Workspace& w) { cert(w).services = Services(); }, eo,
        "CERT-SMTP-MISSING", false, E);
    row(
        "DS-RECEIVE-UNUSED not online", [](Workspace& w) { rc(w).domainSecureEnabled = false; }, eo,
        "DS-RECEIVE-UNUSED", false, W);
    row(
        "SC-EDGESYNC-NO-HUB not online",
        [](Workspace& w) {
            w.servers[0].edgeSync = EdgeSync::Subscribed;
            sc(w).sourceTransportServers = {u"EDGE01"_s};
        },
        eo, "SC-EDGESYNC-NO-HUB", false, E);
}

void TestValidator::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(int, target);
    QFETCH(QString, code);
    QFETCH(bool, expected);
    QFETCH(int, severity);
    Workspace ws = cleanWorkspace();
    mutate(ws);
    const QList<Finding> findings = Validator::run(ws, ValidationTarget(target), m_clock);
    const Finding* found = nullptr;
    QStringList all;
    for (const Finding& f : findings) {
        all << f.toText();
        if (f.code == code)
            found = &f;
    }
    QVERIFY2((found != nullptr) == expected, qPrintable(all.join(u"\n"_s)));
    if (found) {
        QCOMPARE(int(found->severity), severity);
        QVERIFY(!found->message.isEmpty());
        QVERIFY(!found->hint.isEmpty());
        QVERIFY(!found->object().isEmpty());
        QVERIFY(!found->message.contains(QLatin1Char('\n')));
    }
}

void TestValidator::findingCarriesObjectFieldAndHint()
{
    Workspace ws = cleanWorkspace();
    rc(ws).banner = u"hello"_s;
    ws.domainSecure.send << u"woodgrove.example"_s;
    cert(ws).extendedKeyUsages = {u"serverAuth"_s};
    QHash<QString, Finding> byCode;
    for (const Finding& f : Validator::run(ws, ValidationTarget::Exchange2007, m_clock))
        byCode.insert(f.code, f);
    const Finding banner = byCode.value(u"RC-BANNER-220"_s);
    QCOMPARE(banner.object(), u"EDGE01\\From Fabrikam"_s);
    QVERIFY(banner.location ==
            FindingLocation::ofReceiveConnector(u"EDGE01"_s, u"From Fabrikam"_s).at(u"banner"_s));
    QCOMPARE(banner.field(), u"banner"_s);
    QCOMPARE(banner.fix.action, FindingFix::Action::EditField);
    QCOMPARE(byCode.value(u"DS-SEND-UNUSED"_s).object(), u"domain-secure:send:woodgrove.example"_s);
    QCOMPARE(byCode.value(u"DS-SEND-UNUSED"_s).fix.action, FindingFix::Action::NewPartnerSendConnector);
    QCOMPARE(byCode.value(u"DS-SEND-UNUSED"_s).fix.argument, u"woodgrove.example"_s);
    const Finding clientAuth = byCode.value(u"CERT-NO-CLIENTAUTH"_s);
    QCOMPARE(clientAuth.object(), u"certificate:78E1BE82F683EE6D8CB9B9266FC1185AE0890C41"_s);
    QCOMPARE(clientAuth.location.kind, FindingLocation::Kind::Certificate);
    QCOMPARE(clientAuth.location.server, u"EDGE01"_s);
    const QJsonObject json = banner.toJson();
    QCOMPARE(json[u"severity"_s].toString(), u"error"_s);
    QCOMPARE(json[u"object"_s].toString(), u"EDGE01\\From Fabrikam"_s);
    const QJsonObject location = json[u"location"_s].toObject();
    QCOMPARE(location[u"kind"_s].toString(), u"receive-connector"_s);
    QCOMPARE(location[u"server"_s].toString(), u"EDGE01"_s);
    QCOMPARE(location[u"id"_s].toString(), u"From Fabrikam"_s);
    QCOMPARE(location[u"field"_s].toString(), u"banner"_s);
    QCOMPARE(json[u"fix"_s].toObject()[u"action"_s].toString(), u"edit-field"_s);
    QVERIFY(!json.contains(u"tab"_s)); // captions are the console's business
    QCOMPARE(json[u"code"_s].toString(), u"RC-BANNER-220"_s);
}

void TestValidator::topologyAndTrustFindingsCarryLocationAndFix()
{
    Workspace ws = cleanWorkspace();
    ws.servers[0].edgeSync = EdgeSync::Subscribed;
    ws.trustedRoots = {partnerCa().intermediate};
    defaultConnector(ws).name = u"Internet"_s;
    QHash<QString, Finding> byCode; // the first finding of each code, in workspace order
    for (const Finding& f : Validator::run(ws, ValidationTarget::Exchange2007, m_clock)) {
        if (!byCode.contains(f.code))
            byCode.insert(f.code, f);
    }

    // Both send connectors would run on the subscribed Edge: one finding each.
    QStringList sendObjects;
    for (const Finding& f : Validator::run(ws, ValidationTarget::Exchange2007, m_clock)) {
        if (f.code == u"SC-EDGESYNC-NO-HUB"_s)
            sendObjects << f.object();
    }
    QCOMPARE(sendObjects, (QStringList{u"send:To Fabrikam"_s, u"send:Internet"_s}));
    const Finding send = byCode.value(u"SC-EDGESYNC-NO-HUB"_s);
    QCOMPARE(send.object(), u"send:To Fabrikam"_s);
    QVERIFY2(send.message.contains(u"EDGE01"_s), qPrintable(send.message));
    QCOMPARE(send.fix.action, FindingFix::Action::AddHubServer);
    QCOMPARE(send.toJson()[u"fix"_s].toObject()[u"action"_s].toString(), u"add-hub-server"_s);
    const Finding lists = byCode.value(u"DS-EDGESYNC-NO-HUB"_s);
    QCOMPARE(lists.location, FindingLocation::ofServer(u"EDGE01"_s));

    const Finding collision = byCode.value(u"RC-EDGE-DEFAULT-COLLISION"_s);
    QCOMPARE(collision.object(), u"EDGE01\\Internet"_s);
    QCOMPARE(collision.field(), u"bindings"_s);
    QVERIFY(collision.message.contains(u"Default internal receive connector EDGE01"_s));

    const Finding root = byCode.value(u"TRUST-ROOT-MISSING"_s);
    const QString thumbprint = Certificate::fromDer(partnerCa().intermediate)->thumbprint();
    QCOMPARE(root.object(), u"trusted-root:"_s + thumbprint);
    QCOMPARE(root.location.kind, FindingLocation::Kind::TrustedRoot);
    QCOMPARE(root.toJson()[u"location"_s].toObject()[u"kind"_s].toString(), u"trusted-root"_s);
    QCOMPARE(root.fix.action, FindingFix::Action::TrustPartnerRoot);
    QCOMPARE(root.fix.argument, u"CN=Fabrikam Root CA,O=Fabrikam"_s);
    QVERIFY(root.message.contains(u"CN=Fabrikam Issuing CA,O=Fabrikam"_s));
}

void TestValidator::errorsComeFirst()
{
    Workspace ws = cleanWorkspace();
    ws.domainSecure.receive << u"woodgrove.example"_s; // warning
    rc(ws).banner = u"x"_s;                            // error, later in the workspace? no: earlier
    ws.domainSecure.send << u"bad domain"_s;           // error after the warning in workspace order
    const QList<Finding> findings = Validator::run(ws, ValidationTarget::Exchange2007, m_clock);
    QVERIFY(findings.size() >= 3);
    QVERIFY(Finding::hasErrors(findings));
    bool seenNonError = false;
    for (const Finding& f : findings) {
        if (f.severity != Finding::Severity::Error)
            seenNonError = true;
        else
            QVERIFY(!seenNonError);
    }
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
