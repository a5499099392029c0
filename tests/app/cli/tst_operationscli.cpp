#include "fixcommand.h"
#include "model/connectorpresets.h"
#include "receivekind.h"
#include "sendkind.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;
using namespace ds::cli;

using namespace Qt::StringLiterals;

using TestSupport::cli;

// The CLI verbs over the core operations (server, partner, domain-secure) and the fix commands
// lint prints: each command is run as printed and must fix its finding (the real binary).
class TestOperationsCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serversAddSetListRemove();
    void serverEditsThatBreakARuleLeaveTheFileAlone();
    void partnerAddCreatesConnectorsAndLists();
    void partnerAddTwiceIsRefusedByTheNameRule();
    void lintFixCommandFixesTheFinding();
    void addHubFixCommandFixesTheTopologyFinding();
    void fixOptionsAreOptionsOfTheSetVerbs();

private:
    QString ws() const { return m_dir->filePath(u"test.dsw"_s); }
    QJsonValue json(const QStringList& arguments) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QJsonValue TestOperationsCli::json(const QStringList& arguments) const
{
    const auto r = cli(arguments + QStringList{u"-w"_s, ws(), u"--json"_s});
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

void TestOperationsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const auto r = cli({u"workspace"_s, u"init"_s, u"-w"_s, ws(), u"--organization"_s, u"Contoso"_s,
                        u"--server"_s, u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestOperationsCli::serversAddSetListRemove()
{
    auto r = cli({u"server"_s, u"add"_s, u"-w"_s, ws(), u"--name"_s, u"HUB01"_s, u"--role"_s, u"hub"_s,
                  u"--fqdn"_s, u"hub01.contoso.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"server"_s, u"set"_s, u"EDGE01"_s, u"-w"_s, ws(), u"--edge-sync"_s, u"subscribed"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    QJsonArray servers = json({u"server"_s, u"list"_s}).toArray();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers[0][u"name"_s].toString(), u"EDGE01"_s);
    QCOMPARE(servers[0][u"role"_s].toString(), u"Edge"_s);
    QCOMPARE(servers[0][u"edgeSync"_s].toString(), u"subscribed"_s);
    QCOMPARE(servers[1][u"name"_s].toString(), u"HUB01"_s);
    QCOMPARE(servers[1][u"role"_s].toString(), u"Hub"_s);
    QCOMPARE(servers[1][u"fqdn"_s].toString(), u"hub01.contoso.example"_s);

    r = cli({u"server"_s, u"list"_s, u"-w"_s, ws()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("EDGE01\tEdge\tsubscribed\tmail.contoso.example\n"), r.out.constData());
    QVERIFY2(r.out.contains("HUB01\tHub\t-\thub01.contoso.example\n"), r.out.constData());

    r = cli({u"server"_s, u"remove"_s, u"HUB01"_s, u"-w"_s, ws()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json({u"server"_s, u"list"_s}).toArray().size(), 1);
}

void TestOperationsCli::serverEditsThatBreakARuleLeaveTheFileAlone()
{
    auto r = cli({u"server"_s, u"add"_s, u"-w"_s, ws(), u"--name"_s, u"HUB01"_s, u"--role"_s, u"hub"_s,
                  u"--fqdn"_s, u"hub01.contoso.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"send"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"To Fabrikam"_s, u"--usage"_s, u"partner"_s,
             u"--address-space"_s, u"fabrikam.example"_s, u"--source-server"_s, u"HUB01"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray before = TestSupport::readFile(ws());

    struct Case
    {
        QStringList arguments;
        int exitCode;
        QByteArray says;
    };
    const QList<Case> cases{
        {{u"server"_s, u"add"_s, u"--name"_s, u"hub01"_s, u"--role"_s, u"hub"_s, u"--fqdn"_s, u"x.example"_s},
         3,
         "hub01"},
        {{u"server"_s, u"add"_s, u"--name"_s, u"HUB 02"_s, u"--role"_s, u"hub"_s, u"--fqdn"_s,
          u"x.example"_s},
         3,
         "HUB 02"},
        {{u"server"_s, u"add"_s, u"--name"_s, u"HUB02"_s, u"--role"_s, u"mailbox"_s, u"--fqdn"_s,
          u"x.example"_s},
         2,
         "mailbox"},
        {{u"server"_s, u"set"_s, u"HUB01"_s, u"--edge-sync"_s, u"subscribed"_s}, 3, "Edge"},
        {{u"server"_s, u"set"_s, u"HUB01"_s, u"--fqdn"_s, u"not a name"_s}, 3, "FQDN"},
        {{u"server"_s, u"set"_s, u"NOSUCH"_s, u"--role"_s, u"hub"_s}, 3, "NOSUCH"},
        {{u"server"_s, u"remove"_s, u"HUB01"_s}, 1, "To Fabrikam"},
    };
    for (const Case& c : cases) {
        r = cli(c.arguments + QStringList{u"-w"_s, ws()});
        QVERIFY2(r.exitCode == c.exitCode,
                 qPrintable(c.arguments.join(u' ') + u" -> "_s + QString::number(r.exitCode) + u" "_s +
                            QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(c.says), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QCOMPARE(TestSupport::readFile(ws()), before);
    }
}

void TestOperationsCli::partnerAddCreatesConnectorsAndLists()
{
    auto r = cli({u"partner"_s, u"add"_s, u"-w"_s, ws(), u"--name"_s, u"Fabrikam"_s, u"--domain"_s,
                  u"Fabrikam.example,b\u00fccher.example"_s, u"--gateway"_s, u"192.0.2.0/28"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("From Fabrikam"), r.out.constData());

    const QJsonObject receive = json({u"receive"_s, u"show"_s, u"EDGE01\\From Fabrikam"_s}).toObject();
    QCOMPARE(receive[u"remoteIPRanges"_s].toArray(), QJsonArray{u"192.0.2.0/28"_s});
    QVERIFY(receive[u"domainSecureEnabled"_s].toBool());
    const QJsonObject send = json({u"send"_s, u"show"_s, u"To Fabrikam"_s}).toObject();
    QVERIFY(send[u"domainSecureEnabled"_s].toBool());
    const QJsonObject lists = json({u"domain-secure"_s, u"list"_s}).toObject();
    const QJsonArray both{u"fabrikam.example"_s, u"xn--bcher-kva.example"_s};
    QCOMPARE(lists[u"send"_s].toArray(), both);
    QCOMPARE(lists[u"receive"_s].toArray(), both);
}

void TestOperationsCli::partnerAddTwiceIsRefusedByTheNameRule()
{
    const QStringList add{u"partner"_s,   u"add"_s,      u"-w"_s,       ws(),
                          u"--name"_s,    u"Fabrikam"_s, u"--domain"_s, u"fabrikam.example"_s,
                          u"--gateway"_s, u"192.0.2.1"_s};
    auto r = cli(add);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray before = TestSupport::readFile(ws());
    r = cli(add);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("SC-NAME-DUPLICATE"), r.err.constData());
    QCOMPARE(TestSupport::readFile(ws()), before);
    // An empty partner name is refused, not turned into "From " and "To ".
    r = cli({u"partner"_s, u"add"_s, u"-w"_s, ws(), u"--name"_s, u" "_s, u"--domain"_s,
             u"woodgrove.example"_s, u"--gateway"_s, u"192.0.2.9"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Partner name"), r.err.constData());
    QCOMPARE(TestSupport::readFile(ws()), before);
    // Bad values are named with their option; nothing is written.
    r = cli({u"partner"_s, u"add"_s, u"-w"_s, ws(), u"--name"_s, u"Woodgrove"_s, u"--domain"_s,
             u"woodgrove.example"_s, u"--gateway"_s, u"192.0.2.300"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--gateway"), r.err.constData());
    QCOMPARE(TestSupport::readFile(ws()), before);
}

void TestOperationsCli::lintFixCommandFixesTheFinding()
{
    auto r = cli({u"receive"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"From Fabrikam"_s, u"--usage"_s,
                  u"partner"_s, u"--binding"_s, u"0.0.0.0:25"_s, u"--remote"_s, u"192.0.2.0/28"_s,
                  u"--partner-domain"_s, u"fabrikam.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QJsonObject lint = json({u"lint"_s}).toObject();
    QString command;
    for (const QJsonValue finding : lint[u"findings"_s].toArray()) {
        if (finding[u"code"_s].toString() == u"RC-DS-LIST"_s) {
            QCOMPARE(finding[u"fix"_s][u"action"_s].toString(), u"add-to-receive-list"_s);
            QCOMPARE(finding[u"location"_s][u"server"_s].toString(), u"EDGE01"_s);
            QCOMPARE(finding[u"location"_s][u"id"_s].toString(), u"From Fabrikam"_s);
            command = finding[u"fix"_s][u"command"_s].toString();
        }
    }
    QCOMPARE(command, u"domainsecure-cli domain-secure add --receive fabrikam.example"_s);
    // The text report prints the same command on the line after the finding.
    r = cli({u"lint"_s, u"-w"_s, ws()});
    const QList<QByteArray> lines = r.out.split('\n');
    const auto at = std::find_if(lines.cbegin(), lines.cend(),
                                 [](const QByteArray& line) { return line.contains("RC-DS-LIST"); });
    QVERIFY(at != lines.cend() && at + 1 != lines.cend());
    QCOMPARE((at + 1)->trimmed(), command.toUtf8());

    QStringList words = QProcess::splitCommand(command);
    QCOMPARE(words.takeFirst(), u"domainsecure-cli"_s);
    r = cli(words + QStringList{u"-w"_s, ws()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"lint"_s, u"-w"_s, ws()});
    QVERIFY2(!r.out.contains("RC-DS-LIST"), r.out.constData());
}

void TestOperationsCli::addHubFixCommandFixesTheTopologyFinding()
{
    // A subscribed Edge with domain-secure lists and no Hub: the lists have nowhere to be set.
    auto r = cli({u"domain-secure"_s, u"add"_s, u"-w"_s, ws(), u"--send"_s, u"fabrikam.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"server"_s, u"set"_s, u"-w"_s, ws(), u"EDGE01"_s, u"--edge-sync"_s, u"subscribed"_s});
    QCOMPARE(r.exitCode, 1); // refused by DS-EDGESYNC-NO-HUB, the file is unchanged
    QVERIFY2(r.err.contains("DS-EDGESYNC-NO-HUB"), r.err.constData());
    r = cli({u"server"_s, u"add"_s, u"-w"_s, ws(), u"--name"_s, u"HUB01"_s, u"--role"_s, u"hub"_s,
             u"--fqdn"_s, u"hub01.contoso.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"server"_s, u"set"_s, u"-w"_s, ws(), u"EDGE01"_s, u"--edge-sync"_s, u"subscribed"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"server"_s, u"remove"_s, u"-w"_s, ws(), u"HUB01"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QJsonObject lint = json({u"lint"_s}).toObject();
    QString command;
    for (const QJsonValue finding : lint[u"findings"_s].toArray()) {
        if (finding[u"code"_s].toString() == u"DS-EDGESYNC-NO-HUB"_s) {
            QCOMPARE(finding[u"location"_s][u"kind"_s].toString(), u"server"_s);
            QCOMPARE(finding[u"location"_s][u"id"_s].toString(), u"EDGE01"_s);
            QCOMPARE(finding[u"fix"_s][u"action"_s].toString(), u"add-hub-server"_s);
            command = finding[u"fix"_s][u"command"_s].toString();
        }
    }
    QCOMPARE(command, u"domainsecure-cli server add --name NAME --role hub --fqdn FQDN"_s);
    QStringList words = QProcess::splitCommand(command);
    QCOMPARE(words.takeFirst(), u"domainsecure-cli"_s);
    words.replace(words.indexOf(u"NAME"_s), u"HUB02"_s);
    words.replace(words.indexOf(u"FQDN"_s), u"hub02.contoso.example"_s);
    r = cli(words + QStringList{u"-w"_s, ws()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"lint"_s, u"-w"_s, ws()});
    QVERIFY2(!r.out.contains("EDGESYNC-NO-HUB"), r.out.constData());
}

void TestOperationsCli::fixOptionsAreOptionsOfTheSetVerbs()
{
    const auto names = [](const QList<CliOption>& options) {
        QStringList all;
        for (const CliOption& option : options)
            all += option.names;
        return all;
    };
    const QStringList receiveOptions = names(ReceiveKind::fieldOptions(true));
    const QStringList sendOptions = names(SendKind::fieldOptions(true));
    // Every model field of a connector that a fix can name maps to an option "set" has.
    int mapped = 0;
    const ReceiveConnector receive = ConnectorPresets::receiveConnector(u"r"_s, ReceiveUsage::Partner, true);
    for (const QString& field : receive.toJson().keys()) {
        if (const QString option = FixCommand::receiveOption(field); !option.isEmpty()) {
            QVERIFY2(receiveOptions.contains(option), qPrintable(field + u" -> "_s + option));
            ++mapped;
        }
    }
    const SendConnector send = ConnectorPresets::sendConnector(u"s"_s, SendUsage::Partner);
    for (const QString& field : send.toJson().keys()) {
        if (const QString option = FixCommand::sendOption(field); !option.isEmpty()) {
            QVERIFY2(sendOptions.contains(option), qPrintable(field + u" -> "_s + option));
            ++mapped;
        }
    }
    QVERIFY(mapped > 20);
}

QTEST_GUILESS_MAIN(TestOperationsCli)
#include "tst_operationscli.moc"
