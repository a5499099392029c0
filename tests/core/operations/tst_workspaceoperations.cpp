#include "model/connectorpresets.h"
#include "operations/certificateoperations.h"
#include "operations/listoperations.h"
#include "operations/organizationoperations.h"
#include "operations/partnersetup.h"
#include "operations/serveroperations.h"
#include "store/demoworkspace.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// The list, certificate, server and partner operations on the demo workspace (real keys and
// certificates): each returns the new workspace and what changed, or refuses and leaves the
// input untouched.
class TestWorkspaceOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAddAndRemoveAllOrNothing();
    void certificatesAndRequestsAreRemovedByThumbprint();
    void trustedRootsAddAndRemove();
    void enableReportsWhatItReplaced();
    void serversAddChangeRemove();
    void exchangeVersionIsTheOrganizations();
    void subscribingWithoutHubIsRefusedByTheTopologyRules();
    void roleChangeIsRefusedForWhatItBreaks();
    void partnerSetupIsOneChange();
    void partnerSetupRefusedByTheRuleThatRefusesIt();

private:
    Workspace m_demo;
};

void TestWorkspaceOperations::initTestCase()
{
    auto demo = DemoWorkspace::create();
    QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
    m_demo = demo.value();
}

void TestWorkspaceOperations::listsAddAndRemoveAllOrNothing()
{
    using D = ListOperations::Direction;
    auto added = ListOperations::add(m_demo, {{D::Send, u"Woodgrove.Example"_s},
                                              {D::Receive, u"woodgrove.example"_s},
                                              {D::Send, u"fabrikam.example"_s}});
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QVERIFY(added->workspace.domainSecure.send.contains(u"woodgrove.example"_s));
    QVERIFY(added->workspace.domainSecure.receive.contains(u"woodgrove.example"_s));
    QCOMPARE(added->entries.size(), 3);
    QVERIFY(added->entries.at(0).changed);
    QVERIFY(!added->entries.at(2).changed); // fabrikam is on the demo's send list already
    QCOMPARE(added->description, u"Add woodgrove.example, fabrikam.example to the domain-secure lists"_s);
    QVERIFY(!m_demo.domainSecure.send.contains(u"woodgrove.example"_s)); // the input is untouched

    // One bad domain refuses everything, naming the list.
    auto refused = ListOperations::add(m_demo, {{D::Send, u"ok.example"_s}, {D::Receive, u"*.bad"_s}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QVERIFY2(refused.errorMessage().startsWith(u"receive list: "_s), qPrintable(refused.errorMessage()));

    auto removed =
        ListOperations::remove(added->workspace, ListOperations::bothDirections({u"woodgrove.example"_s}));
    QVERIFY(removed.ok());
    QCOMPARE(removed->workspace.domainSecure, m_demo.domainSecure);
    QVERIFY(!ListOperations::add(m_demo, {}).ok());
}

void TestWorkspaceOperations::certificatesAndRequestsAreRemovedByThumbprint()
{
    const Server& edge = m_demo.servers.first();
    QVERIFY(!edge.certificates.isEmpty());
    const QString thumbprint = edge.certificates.first().thumbprint;

    auto refused = CertificateOperations::removeCertificates(m_demo, edge.name, {thumbprint, u"00FF"_s});
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(u"00FF"_s));

    auto removed =
        CertificateOperations::removeCertificates(m_demo, edge.name.toLower(), {thumbprint.toLower()});
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QVERIFY(!removed->workspace.servers.first().certificate(thumbprint));
    QCOMPARE(removed->workspace.servers.first().certificates.size(), edge.certificates.size() - 1);
    QCOMPARE(removed->object, thumbprint.toUpper());

    // A certificate is not a pending request.
    QVERIFY(!CertificateOperations::removeRequests(m_demo, edge.name, {thumbprint}).ok());
    auto anywhere = CertificateOperations::remove(m_demo, thumbprint);
    QVERIFY(anywhere.ok());
    QCOMPARE(anywhere->workspace, removed->workspace);
    QVERIFY(!CertificateOperations::remove(m_demo, u"AB"_s).ok());
    QVERIFY(!CertificateOperations::removeCertificates(m_demo, u"NOSUCH"_s, {thumbprint}).ok());
}

void TestWorkspaceOperations::trustedRootsAddAndRemove()
{
    QVERIFY(!m_demo.trustedRoots.isEmpty());
    const QList<Certificate> roots = CertificateManager::trustedRoots(m_demo);
    const QString thumbprint = roots.first().thumbprint();

    auto removed = CertificateOperations::removeTrustedRoots(m_demo, {thumbprint});
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(removed->workspace.trustedRoots.size(), m_demo.trustedRoots.size() - 1);
    QVERIFY(!CertificateOperations::removeTrustedRoots(removed->workspace, {thumbprint}).ok());

    auto added =
        CertificateOperations::addTrustedRoots(removed->workspace, roots.first().toPem(), u"root.pem"_s);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(added->added.size(), 1);
    QCOMPARE(added->added.first().thumbprint(), thumbprint);
    QCOMPARE(added->workspace.trustedRoots.size(), m_demo.trustedRoots.size());
    // Trusting it again adds nothing.
    auto again = CertificateOperations::addTrustedRoots(m_demo, roots.first().toPem(), u"root.pem"_s);
    QVERIFY(again.ok());
    QVERIFY(again->added.isEmpty());
    QCOMPARE(again->workspace, m_demo);
    // Garbage is refused, naming the file.
    auto garbage = CertificateOperations::addTrustedRoots(m_demo, "not a certificate", u"junk.pem"_s);
    QVERIFY(!garbage.ok());
    QVERIFY(garbage.errorMessage().contains(u"junk.pem"_s));
}

void TestWorkspaceOperations::enableReportsWhatItReplaced()
{
    const Server& edge = m_demo.servers.first();
    const CertificateEntry* smtp = edge.smtpCertificate();
    QVERIFY(smtp);
    auto enabled = CertificateOperations::enable(m_demo, smtp->thumbprint, Services(Service::IMAP), false);
    QVERIFY2(enabled.ok(), qPrintable(enabled.errorMessage()));
    QVERIFY(enabled->report.services.testFlag(Service::SMTP));
    QVERIFY(enabled->report.services.testFlag(Service::IMAP));
    QVERIFY(
        enabled->workspace.servers.first().certificate(smtp->thumbprint)->services.testFlag(Service::IMAP));
    QVERIFY(!CertificateOperations::enable(m_demo, u"00"_s, Services(Service::SMTP), false).ok());
}

void TestWorkspaceOperations::serversAddChangeRemove()
{
    // The demo has HUB01 and EDGE01 subscribed to the organization already.
    auto added = ServerOperations::add(m_demo, {u"HUB02"_s, ServerRole::Hub, u"hub02.contoso.example"_s, {}});
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    const Server* hub = added->workspace.server(u"hub02"_s);
    QVERIFY(hub);
    QCOMPARE(hub->role, ServerRole::Hub);
    QCOMPARE(hub->fqdn, u"hub02.contoso.example"_s);

    QVERIFY(!ServerOperations::add(added->workspace, {u"HUB02"_s, ServerRole::Hub, {}, {}}).ok()); // taken
    QVERIFY(!ServerOperations::add(m_demo, {u"HUB01"_s, ServerRole::Hub, {}, {}}).ok()); // the demo's
    QVERIFY(!ServerOperations::add(m_demo, {u"bad name"_s, ServerRole::Edge, {}, {}}).ok());
    QVERIFY(!ServerOperations::add(m_demo, {u"X"_s, ServerRole::Edge, u"not a host!"_s, {}}).ok());
    QVERIFY(!ServerOperations::add(m_demo, {u"X"_s, ServerRole::Hub, {}, EdgeSync::Subscribed}).ok());

    ServerOperations::ServerEdit standalone;
    standalone.edgeSync = EdgeSync::Standalone;
    auto alone = ServerOperations::change(added->workspace, u"EDGE01"_s, standalone);
    QVERIFY2(alone.ok(), qPrintable(alone.errorMessage()));
    QVERIFY(!alone->workspace.server(u"EDGE01"_s)->isSubscribedEdge());
    ServerOperations::ServerEdit subscribe;
    subscribe.edgeSync = EdgeSync::Subscribed;
    auto subscribed = ServerOperations::change(alone->workspace, u"EDGE01"_s, subscribe);
    QVERIFY2(subscribed.ok(), qPrintable(subscribed.errorMessage()));
    QVERIFY(subscribed->workspace.server(u"EDGE01"_s)->isSubscribedEdge());
    QVERIFY(!ServerOperations::change(added->workspace, u"HUB02"_s, subscribe).ok());

    auto removed = ServerOperations::remove(added->workspace, u"Hub02"_s);
    QVERIFY(removed.ok());
    QCOMPARE(removed->workspace, m_demo);

    // A server a send connector sends from stays until the connector no longer names it.
    Workspace sourced = added->workspace;
    sourced.sendConnectors.first().sourceTransportServers = {u"HUB02"_s};
    auto inUse = ServerOperations::remove(sourced, u"HUB02"_s);
    QVERIFY(!inUse.ok());
    QVERIFY(inUse.errorMessage().contains(sourced.sendConnectors.first().name));
}

void TestWorkspaceOperations::subscribingWithoutHubIsRefusedByTheTopologyRules()
{
    // Without a Hub Transport server nothing could hold the send connector and the lists that a
    // subscribed Edge gets through EdgeSync: subscribing is refused, naming the rule.
    Workspace edgeOnly = m_demo;
    edgeOnly.servers.removeIf([](const Server& server) { return !server.isEdge(); });
    edgeOnly.server(u"EDGE01"_s)->edgeSync = EdgeSync::Standalone;
    edgeOnly.sendConnectors.first().sourceTransportServers.clear();
    ServerOperations::ServerEdit subscribe;
    subscribe.edgeSync = EdgeSync::Subscribed;
    auto refused = ServerOperations::change(edgeOnly, u"EDGE01"_s, subscribe);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    QVERIFY2(refused.error().rule == u"SC-EDGESYNC-NO-HUB"_s ||
                 refused.error().rule == u"DS-EDGESYNC-NO-HUB"_s,
             qPrintable(refused.errorMessage()));
}

void TestWorkspaceOperations::roleChangeIsRefusedForWhatItBreaks()
{
    // The Client usage does not exist on an Edge: a Hub with a Client connector cannot become one.
    auto hub = ServerOperations::add(m_demo, {u"HUB02"_s, ServerRole::Hub, u"hub02.contoso.example"_s, {}});
    QVERIFY(hub.ok());
    Workspace w = hub->workspace;
    ReceiveConnector client =
        ConnectorPresets::receiveConnector(u"Client HUB02"_s, ReceiveUsage::Client, false);
    client.bindings = {Binding::parse(u"0.0.0.0:587"_s).value()};
    client.remoteIPRanges = {IpRange::allIPv4()};
    w.server(u"HUB02"_s)->receiveConnectors << client;
    ServerOperations::ServerEdit toEdge;
    toEdge.role = ServerRole::Edge;
    auto refused = ServerOperations::change(w, u"HUB02"_s, toEdge);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    QVERIFY2(!refused.error().rule.isEmpty(), qPrintable(refused.errorMessage()));
    QVERIFY(refused.errorMessage().startsWith(refused.error().rule + u": "_s));
}

void TestWorkspaceOperations::partnerSetupIsOneChange()
{
    PartnerSetup setup;
    setup.partnerName = u"Woodgrove"_s;
    setup.domains << SmtpDomain::parse(u"woodgrove.example"_s).value();
    setup.gatewayRanges << IpRange::parse(u"192.0.2.16/28"_s).value();
    setup.bindings << Binding::parse(u"0.0.0.0:25"_s).value();
    setup.server = u"EDGE01"_s;
    auto created = PartnerOperations::create(m_demo, setup);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const Workspace& w = created->workspace;
    const ReceiveConnector* receive = w.server(u"EDGE01"_s)->receiveConnector(u"From Woodgrove"_s);
    QVERIFY(receive);
    QCOMPARE(receive->usage, ReceiveUsage::Partner);
    QVERIFY(receive->domainSecureEnabled);
    QVERIFY(w.sendConnector(u"To Woodgrove"_s));
    QVERIFY(w.domainSecure.send.contains(u"woodgrove.example"_s));
    QVERIFY(w.domainSecure.receive.contains(u"woodgrove.example"_s));
    QCOMPARE(created->description, u"New partner Woodgrove"_s);
    QCOMPARE(w.servers.first().receiveConnectors.size(), m_demo.servers.first().receiveConnectors.size() + 1);
    QCOMPARE(w.sendConnectors.size(), m_demo.sendConnectors.size() + 1);
    // With a Hub the send connector is sent from the partner's Edge; on an Edge alone it belongs to
    // the Edge itself and names no source server (SC-SOURCE-EDGE).
    QCOMPARE(w.sendConnector(u"To Woodgrove"_s)->sourceTransportServers, QStringList{u"EDGE01"_s});
    Workspace edgeOnly = m_demo;
    edgeOnly.servers.removeIf([](const Server& server) { return !server.isEdge(); });
    edgeOnly.server(u"EDGE01"_s)->edgeSync = EdgeSync::Standalone;
    edgeOnly.sendConnectors.first().sourceTransportServers.clear();
    auto alone = PartnerOperations::create(edgeOnly, setup);
    QVERIFY2(alone.ok(), qPrintable(alone.errorMessage()));
    QVERIFY(alone->workspace.sendConnector(u"To Woodgrove"_s)->sourceTransportServers.isEmpty());
}

void TestWorkspaceOperations::partnerSetupRefusedByTheRuleThatRefusesIt()
{
    PartnerSetup setup;
    setup.partnerName = u"Fabrikam"_s; // the demo has "From Fabrikam" and "To Fabrikam"
    setup.domains << SmtpDomain::parse(u"fabrikam2.example"_s).value();
    setup.gatewayRanges << IpRange::parse(u"192.0.2.1"_s).value();
    setup.bindings << Binding::parse(u"0.0.0.0:25"_s).value();
    setup.server = u"EDGE01"_s;
    auto taken = PartnerOperations::create(m_demo, setup);
    QVERIFY(!taken.ok());
    QVERIFY(taken.error().rule == u"SC-NAME-DUPLICATE"_s || taken.error().rule == u"RC-NAME-DUPLICATE"_s);

    setup.partnerName = u"Northwind"_s;
    setup.gatewayRanges = {IpRange::parse(u"0.0.0.0/0"_s).value()};
    auto everyone = PartnerOperations::create(m_demo, setup);
    QVERIFY(!everyone.ok());
    QCOMPARE(everyone.error().rule, u"RC-PARTNER-ALL-ADDRESSES"_s);
    QCOMPARE(everyone.error().field, u"remoteIPRanges"_s);

    setup.gatewayRanges = {IpRange::parse(u"192.0.2.1"_s).value()};
    setup.server = u"NOSUCH"_s;
    QVERIFY(!PartnerOperations::create(m_demo, setup).ok());

    // No partner name is no name: not "From " and "To ".
    setup.server = u"EDGE01"_s;
    for (const QString& name : {QString(), u"   "_s}) {
        setup.partnerName = name;
        auto unnamed = PartnerOperations::create(m_demo, setup);
        QVERIFY(!unnamed.ok());
        QCOMPARE(unnamed.error().code, ErrorCode::BadInput);
        QVERIFY2(unnamed.error().message.contains(u"Partner name"_s), qPrintable(unnamed.error().message));
    }
}

void TestWorkspaceOperations::exchangeVersionIsTheOrganizations()
{
    QCOMPARE(m_demo.exchangeVersion, ExchangeVersion::Exchange2007);
    auto change = OrganizationOperations::setExchangeVersion(m_demo, ExchangeVersion::Exchange2016);
    QVERIFY(change.ok());
    QCOMPARE(change->workspace.exchangeVersion, ExchangeVersion::Exchange2016);
    QCOMPARE(change->object, m_demo.organization);
    QVERIFY(change->description.contains(ExchangeVersions::displayName(ExchangeVersion::Exchange2016)));
    QCOMPARE(m_demo.exchangeVersion, ExchangeVersion::Exchange2007); // the input is untouched
    // Nothing else moves.
    Workspace back = change->workspace;
    back.exchangeVersion = ExchangeVersion::Exchange2007;
    QCOMPARE(back, m_demo);
}

QTEST_MAIN(TestWorkspaceOperations)
#include "tst_workspaceoperations.moc"
