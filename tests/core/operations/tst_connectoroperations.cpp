#include "model/connectorpresets.h"
#include "operations/connectoroperations.h"

#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// The connector operations: presets, uniqueness and the validation gate, on real workspaces.
class TestConnectorOperations : public QObject
{
    Q_OBJECT

private slots:
    void createAppliesPresetThenFields();
    void duplicateNameIsRefusedByItsRule();
    void changeRefusesOnlyWhatItBreaks();
    void removeAndRename();

private:
    static Workspace workspace();
};

Workspace TestConnectorOperations::workspace()
{
    Workspace ws;
    ws.organization = u"Contoso"_s;
    Server server;
    server.name = u"EDGE01"_s;
    server.fqdn = u"mail.contoso.example"_s;
    ws.servers << server;
    return ws;
}

void TestConnectorOperations::createAppliesPresetThenFields()
{
    const Workspace before = workspace();
    const auto fields = [](ReceiveConnector& c) {
        c.bindings = {Binding::parse(u"0.0.0.0:2525"_s).value()};
        return Status();
    };
    auto change = ConnectorOperations::createReceive(
        before, {u"edge01"_s, u"Internet"_s, ReceiveUsage::Internet, fields});
    QVERIFY2(change.ok(), qPrintable(change.errorMessage()));
    QCOMPARE(before.servers.first().receiveConnectors.size(), 0); // the input is not touched
    const ReceiveConnector* c = change->workspace.servers.first().receiveConnector(u"Internet"_s);
    QVERIFY(c);
    QCOMPARE(c->bindings.first().toString(), u"0.0.0.0:2525"_s);     // the field wins
    QCOMPARE(c->remoteIPRanges, QList<IpRange>{IpRange::allIPv4()}); // the preset fills the rest
    QCOMPARE(c->permissionGroups, PermissionGroups(PermissionGroup::AnonymousUsers));
    QCOMPARE(change->object, u"EDGE01\\Internet"_s);

    // A field edit that fails refuses the whole operation.
    auto failed = ConnectorOperations::createReceive(
        before, {u"EDGE01"_s, u"X"_s, ReceiveUsage::Internet,
                 [](ReceiveConnector&) { return Status::failure(ErrorCode::BadInput, u"bad"_s); }});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::BadInput);
}

void TestConnectorOperations::duplicateNameIsRefusedByItsRule()
{
    auto first =
        ConnectorOperations::createReceive(workspace(), {u"EDGE01"_s, u"In"_s, ReceiveUsage::Internet, {}});
    QVERIFY(first.ok());
    auto second = ConnectorOperations::createReceive(first->workspace,
                                                     {u"EDGE01"_s, u"IN"_s, ReceiveUsage::Internet, {}});
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Validation);
    QCOMPARE(second.error().rule, u"RC-NAME-DUPLICATE"_s);
    QVERIFY(second.error().message.startsWith(u"RC-NAME-DUPLICATE: "_s));

    auto send = ConnectorOperations::createSend(
        workspace(), {u"To F"_s, SendUsage::Internet, [](SendConnector& c) {
                          c.addressSpaces = {AddressSpace::parse(u"f.example"_s).value()};
                          return Status();
                      }});
    QVERIFY2(send.ok(), qPrintable(send.errorMessage()));
    auto again = ConnectorOperations::addSend(send->workspace, send->workspace.sendConnectors.first());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().rule, u"SC-NAME-DUPLICATE"_s);
}

void TestConnectorOperations::changeRefusesOnlyWhatItBreaks()
{
    auto created =
        ConnectorOperations::createReceive(workspace(), {u"EDGE01"_s, u"In"_s, ReceiveUsage::Internet, {}});
    QVERIFY(created.ok());
    auto broken =
        ConnectorOperations::changeReceive(created->workspace, u"EDGE01"_s, u"In"_s, [](ReceiveConnector& c) {
            c.banner = u"hello"_s;
            return Status();
        });
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().rule, u"RC-BANNER-220"_s);
    QCOMPARE(broken.error().field, u"banner"_s);

    // A connector that already breaks a rule (written by another tool) can still be fixed elsewhere.
    Workspace old = created->workspace;
    old.servers.first().receiveConnectors.first().banner = u"hello"_s;
    auto other = ConnectorOperations::changeReceive(old, u"EDGE01"_s, u"In"_s, [](ReceiveConnector& c) {
        c.comment = u"still refused by Exchange, but not by this edit"_s;
        return Status();
    });
    QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
    QCOMPARE(other->workspace.servers.first().receiveConnectors.first().comment.isEmpty(), false);
}

void TestConnectorOperations::removeAndRename()
{
    auto created =
        ConnectorOperations::createReceive(workspace(), {u"EDGE01"_s, u"In"_s, ReceiveUsage::Internet, {}});
    QVERIFY(created.ok());
    auto renamed = ConnectorOperations::renameReceive(created->workspace, u"EDGE01"_s, u"in"_s, u"Inbound"_s);
    QVERIFY2(renamed.ok(), qPrintable(renamed.errorMessage()));
    QVERIFY(renamed->workspace.servers.first().receiveConnector(u"Inbound"_s));
    auto removed = ConnectorOperations::removeReceive(renamed->workspace, u"EDGE01"_s, {u"Inbound"_s});
    QVERIFY(removed.ok());
    QVERIFY(removed->workspace.servers.first().receiveConnectors.isEmpty());
    auto missing = ConnectorOperations::removeReceive(removed->workspace, u"EDGE01"_s, {u"Inbound"_s});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::BadInput);
    auto noServer = ConnectorOperations::removeSend(workspace(), {u"Nope"_s});
    QVERIFY(!noServer.ok());
}

QTEST_GUILESS_MAIN(TestConnectorOperations)
#include "tst_connectoroperations.moc"
