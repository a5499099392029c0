#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::cli;

// The verb table of domainsecure-cli: global options anywhere, help made from the table, unknown
// verbs, and a refused edit that names its rule and leaves the file alone (the real binary).
class TestCliTable : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void globalOptionsBeforeOrAfterTheVerb();
    void groupHelpListsTheVerbs();
    void unknownVerbIsAUsageError();
    void duplicateReceiveNameIsRefusedByTheRule();

private:
    QString ws() const { return m_dir->filePath(u"test.dsw"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliTable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const auto r = cli({u"workspace"_s, u"init"_s, u"-w"_s, ws(), u"--organization"_s, u"Contoso"_s,
                        u"--server"_s, u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliTable::globalOptionsBeforeOrAfterTheVerb()
{
    const auto before = cli({u"-w"_s, ws(), u"--json"_s, u"cert"_s, u"list"_s});
    QVERIFY2(before.exitCode == 0, before.err.constData());
    const auto between = cli({u"cert"_s, u"--workspace"_s, ws(), u"list"_s, u"--json"_s});
    QVERIFY2(between.exitCode == 0, between.err.constData());
    const auto after = cli({u"cert"_s, u"list"_s, u"--json"_s, u"-w"_s, ws()});
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QCOMPARE(before.out, after.out);
    QCOMPARE(between.out, after.out);
    QCOMPARE(before.out.trimmed(), QByteArray("[\n]"));
    const auto lint = cli({u"--workspace="_s + ws(), u"lint"_s});
    QVERIFY2(lint.exitCode == 0, lint.err.constData());
}

void TestCliTable::groupHelpListsTheVerbs()
{
    const auto r = cli({u"receive"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char* verb : {"new", "list", "show", "set", "remove"})
        QVERIFY2(r.out.contains(QByteArray(QByteArray("  ") + verb + " ")), r.out.constData());
    const auto cert = cli({u"cert"_s, u"--help"_s});
    QCOMPARE(cert.exitCode, 0);
    QVERIFY(cert.out.contains("self-signed"));
}

void TestCliTable::unknownVerbIsAUsageError()
{
    const auto r = cli({u"cert"_s, u"frobnicate"_s, u"-w"_s, ws()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("frobnicate"));
    QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
}

void TestCliTable::duplicateReceiveNameIsRefusedByTheRule()
{
    auto r = cli({u"receive"_s, u"new"_s, u"-w"_s, ws(), u"--name"_s, u"From Internet"_s, u"--usage"_s,
                  u"internet"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray before = TestSupport::readFile(ws());
    r = cli({u"-w"_s, ws(), u"receive"_s, u"new"_s, u"--name"_s, u"FROM INTERNET"_s, u"--usage"_s,
             u"internet"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("RC-NAME-DUPLICATE"), r.err.constData());
    QCOMPARE(TestSupport::readFile(ws()), before);
}

QTEST_GUILESS_MAIN(TestCliTable)
#include "tst_clitable.moc"
