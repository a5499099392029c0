#include "partnerpki.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::cli;

// domainsecure-cli partner cert add|list|remove (the real binary): pins as the openssl CLI
// computes them, the workspace file untouched by a refused call, usage errors, the two-word verbs
// in the group's help.
class TestPartnerCertCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addListRemove();
    void refusalsLeaveTheFileAlone();
    void usage();

private:
    QString ws() const { return m_dir->filePath(u"test.dsw"_s); }
    QString pki(const QString& name) const { return m_pki.filePath(name); }
    QTemporaryDir m_pki;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPartnerCertCli::initTestCase()
{
    QVERIFY(m_pki.isValid());
    QVERIFY(PartnerPki::makeCa(m_pki.path(), u"ca"_s, u"Partner Root"_s));
    QVERIFY(PartnerPki::makeLeaf(m_pki.path(), u"ca"_s, u"current"_s, {u"mx.b.example"_s, u"b.example"_s}));
    QVERIFY(PartnerPki::makeLeaf(m_pki.path(), u"ca"_s, u"next"_s, {u"mx.b.example"_s, u"b.example"_s}));
}

void TestPartnerCertCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const auto r = cli({u"workspace"_s, u"init"_s, u"-w"_s, ws(), u"--organization"_s, u"Contoso"_s,
                        u"--server"_s, u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestPartnerCertCli::addListRemove()
{
    for (const QString& name : {u"current.pem"_s, u"next.pem"_s}) {
        const auto r = cli({u"partner"_s, u"cert"_s, u"add"_s, u"--domain"_s, u"b.example"_s, pki(name),
                            u"-w"_s, ws(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject added = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(added[u"pin"_s].toString(), PartnerPki::opensslPublicKeyPin(pki(name)));
        QVERIFY(added[u"added"_s].toBool());
    }
    // The same certificate again: nothing to do, still success.
    auto again = cli({u"partner"_s, u"cert"_s, u"add"_s, u"--domain"_s, u"b.example"_s, pki(u"current.pem"_s),
                      u"-w"_s, ws()});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("pinned already"), again.out.constData());

    const auto list = cli({u"partner"_s, u"cert"_s, u"list"_s, u"-w"_s, ws(), u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray pins = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(pins.size(), 2);
    QCOMPARE(pins.at(0)[u"domain"_s].toString(), u"b.example"_s);
    QCOMPARE(pins.at(0)[u"names"_s].toArray().size(), 2);

    const QString current = PartnerPki::opensslPublicKeyPin(pki(u"current.pem"_s));
    const auto removed = cli({u"partner"_s, u"cert"_s, u"remove"_s, u"--domain"_s, u"b.example"_s, u"--pin"_s,
                              current.toLower(), u"-w"_s, ws()});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    const auto text = cli({u"partner"_s, u"cert"_s, u"list"_s, u"--domain"_s, u"b.example"_s, u"-w"_s, ws()});
    QCOMPARE(text.out.count('\n'), 1);
    QVERIFY(text.out.startsWith(
        QByteArray("b.example  " + PartnerPki::opensslPublicKeyPin(pki(u"next.pem"_s)).toLatin1())));
}

void TestPartnerCertCli::refusalsLeaveTheFileAlone()
{
    const QByteArray before = TestSupport::readFile(ws());
    // A CA certificate, a missing pin, a bad domain: refused with exit 3 (bad input).
    for (const QStringList& arguments :
         {QStringList{u"partner"_s, u"cert"_s, u"add"_s, u"--domain"_s, u"b.example"_s, pki(u"ca.pem"_s)},
          QStringList{u"partner"_s, u"cert"_s, u"remove"_s, u"--domain"_s, u"b.example"_s, u"--pin"_s,
                      u"AB"_s.repeated(32)},
          QStringList{u"partner"_s, u"cert"_s, u"add"_s, u"--domain"_s, u"user@b.example"_s,
                      pki(u"current.pem"_s)}}) {
        const auto r = cli(arguments + QStringList{u"-w"_s, ws()});
        QVERIFY2(r.exitCode == 3, qPrintable(arguments.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
        QCOMPARE(TestSupport::readFile(ws()), before);
    }
}

void TestPartnerCertCli::usage()
{
    // Missing --domain and FILE are usage errors (exit 2).
    auto r = cli({u"partner"_s, u"cert"_s, u"add"_s, pki(u"current.pem"_s), u"-w"_s, ws()});
    QCOMPARE(r.exitCode, 2);
    r = cli({u"partner"_s, u"cert"_s, u"remove"_s, u"--domain"_s, u"b.example"_s, u"-w"_s, ws()});
    QCOMPARE(r.exitCode, 2);
    r = cli({u"partner"_s, u"cert"_s, u"frobnicate"_s, u"-w"_s, ws()});
    QCOMPARE(r.exitCode, 2);
    r = cli({u"partner"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("cert add") && r.out.contains("cert list") && r.out.contains("cert remove"));
}

QTEST_GUILESS_MAIN(TestPartnerCertCli)
#include "tst_partnercertcli.moc"
