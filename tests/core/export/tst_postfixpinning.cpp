#include "export/postfixapplier.h"
#include "export/postfixexporter.h"
#include "goldenfiles.h"
#include "operations/partnerpinoperations.h"
#include "partnerpki.h"
#include "store/workspacefile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// PostfixExporter with pinned partner keys: the partner listener trusts only the partner's roots
// and accepts only its public keys (current and next side by side), the send side's trust
// anchors are the partner's keys, and apply keeps the administrator's dane level and MTA-STS map.
class TestPostfixPinning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unpinnedPartnerIsUnchanged();
    void receiveSideTrustsOnlyThePartner();
    void rolloverListsBothPins();
    void sendSideTrustAnchorsAreThePartnerKeys();
    void unpinnedDomainOnTheSameHopKeepsRoots();
    void appliesBesideDaneAndMtaSts();

private:
    Workspace pinned(const QStringList& certificateFiles) const;
    static const ExportFile* file(const PostfixBundle& bundle, const QString& name);
    QString pki(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    Workspace m_base;
};

void TestPostfixPinning::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.path();
    QVERIFY(PartnerPki::makeCa(dir, u"b-ca"_s, u"B Root"_s));
    QVERIFY(PartnerPki::makeCa(dir, u"c-ca"_s, u"C Root"_s));
    QVERIFY(PartnerPki::makeLeaf(dir, u"b-ca"_s, u"b-current"_s, {u"mx.b.example"_s, u"b.example"_s}));
    QVERIFY(PartnerPki::makeLeaf(dir, u"b-ca"_s, u"b-next"_s, {u"mx.b.example"_s, u"b.example"_s}));
    auto workspace = WorkspaceFile::load(GoldenFiles::inputPath(u"partner-a.dsw"_s));
    QVERIFY2(workspace.ok(), qPrintable(workspace.errorMessage()));
    m_base = workspace.value();
    // The partner's roots and another partner's root are trusted by the organization.
    for (const QString& ca : {u"b-ca.pem"_s, u"c-ca.pem"_s})
        m_base.trustedRoots << Certificate::fromPem(TestSupport::readFile(pki(ca)))->toDer();
    ReceiveConnector& connector = m_base.server(u"EDGE01"_s)->receiveConnectors.first();
    connector.partnerDomains = {SmtpDomain::parse(u"b.example"_s).value()};
}

Workspace TestPostfixPinning::pinned(const QStringList& certificateFiles) const
{
    Workspace workspace = m_base;
    for (const QString& name : certificateFiles) {
        auto change = PartnerPinOperations::addCertificate(workspace, u"b.example"_s,
                                                           TestSupport::readFile(pki(name)), name);
        if (!change.ok())
            qFatal("%s", qPrintable(change.errorMessage()));
        workspace = change->workspace;
    }
    return workspace;
}

const ExportFile* TestPostfixPinning::file(const PostfixBundle& bundle, const QString& name)
{
    for (const ExportFile& f : bundle.files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

void TestPostfixPinning::unpinnedPartnerIsUnchanged()
{
    auto bundle = PostfixExporter::bundle(m_base, *m_base.server(u"EDGE01"_s), {});
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    const auto& options = bundle->services.first().options;
    QVERIFY(options.contains(
        qMakePair(u"smtpd_tls_CAfile"_s, u"$config_directory/domainsecure/trusted-roots.pem"_s)));
    QVERIFY(options.contains(qMakePair(u"smtpd_relay_restrictions"_s, u"reject_unauth_destination"_s)));
    QVERIFY(!file(*bundle, u"unpinned-client.regexp"_s));
}

void TestPostfixPinning::receiveSideTrustsOnlyThePartner()
{
    const Workspace workspace = pinned({u"b-current.pem"_s});
    QStringList warnings;
    auto bundle = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {}, &warnings);
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    QCOMPARE(bundle->services.size(), 1);
    const auto& options = bundle->services.first().options;
    QVERIFY(options.contains(
        qMakePair(u"smtpd_tls_CAfile"_s, u"$config_directory/domainsecure/partner-roots-b.example.pem"_s)));
    QVERIFY(options.contains(qMakePair(u"smtpd_tls_fingerprint_digest"_s, u"sha256"_s)));
    QVERIFY(options.contains(qMakePair(
        u"smtpd_relay_restrictions"_s,
        u"reject_unauth_destination,check_ccert_access,hash:$config_directory/domainsecure/"
        u"partner-pins-b.example,"
        "check_ccert_access,regexp:$config_directory/domainsecure/unpinned-client.regexp,reject"_s)));
    // Only the partner's own root: partner C's root is not trusted on B's listener.
    const ExportFile* roots = file(*bundle, u"partner-roots-b.example.pem"_s);
    QVERIFY(roots);
    QCOMPARE(roots->content, TestSupport::readFile(pki(u"b-ca.pem"_s)));
    // The pin as Postfix looks it up: the public key's SHA-256 in uppercase pairs with ':'.
    const ExportFile* pins = file(*bundle, u"partner-pins-b.example"_s);
    QVERIFY(pins);
    const QString pin = PartnerPki::opensslPublicKeyPin(pki(u"b-current.pem"_s));
    QVERIFY2(
        pins->content.contains(QByteArray(PartnerCertificate::postfixFingerprint(pin).toLatin1() + "\tOK\n")),
        pins->content.constData());
    QVERIFY(bundle->hashMaps.contains(u"partner-pins-b.example"_s));
    const ExportFile* unpinned = file(*bundle, u"unpinned-client.regexp"_s);
    QVERIFY(unpinned);
    QVERIFY(unpinned->content.contains("/^/\tREJECT 5.7.1 "));
    // postmap reads the map as written: the pin answers OK, the certificate's own digest nothing.
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(u"pins"_s), pins->content);
    const QString etc = TestSupport::stockPostfixConfig(dir.path());
    QCOMPARE(TestSupport::run(u"/usr/sbin/postmap"_s, {u"-c"_s, etc, dir.filePath(u"pins"_s)}).exitCode, 0);
    const auto query = [&](const QString& key) {
        return TestSupport::run(u"/usr/sbin/postmap"_s,
                                {u"-c"_s, etc, u"-q"_s, key, u"hash:"_s + dir.filePath(u"pins"_s)})
            .out.trimmed();
    };
    QCOMPARE(query(PartnerCertificate::postfixFingerprint(pin)), QByteArray("OK"));
    QCOMPARE(query(PartnerCertificate::postfixFingerprint(workspace.partnerCertificates.first().sha256)),
             QByteArray());
}

void TestPostfixPinning::rolloverListsBothPins()
{
    const Workspace workspace = pinned({u"b-current.pem"_s, u"b-next.pem"_s});
    auto bundle = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {});
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    const ExportFile* pins = file(*bundle, u"partner-pins-b.example"_s);
    QVERIFY(pins);
    for (const QString& name : {u"b-current.pem"_s, u"b-next.pem"_s}) {
        const QString pin = PartnerPki::opensslPublicKeyPin(pki(name));
        QVERIFY2(pins->content.contains(
                     QByteArray(PartnerCertificate::postfixFingerprint(pin).toLatin1() + "\tOK\n")),
                 qPrintable(name));
    }
    QCOMPARE(pins->content.count("\tOK\n"), 2);
}

void TestPostfixPinning::sendSideTrustAnchorsAreThePartnerKeys()
{
    const Workspace workspace = pinned({u"b-current.pem"_s, u"b-next.pem"_s});
    auto bundle = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {});
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    const ExportFile* policy = file(*bundle, u"tls_policy"_s);
    QVERIFY(policy);
    QVERIFY2(policy->content.contains("[127.0.0.3]:2525\tsecure match=b.example:.b.example "
                                      "tafile=$config_directory/domainsecure/partner-keys-b.example.pem\n"),
             policy->content.constData());
    const ExportFile* keys = file(*bundle, u"partner-keys-b.example.pem"_s);
    QVERIFY(keys);
    QByteArray expected;
    for (const QString& name : {u"b-current.pem"_s, u"b-next.pem"_s})
        expected += TestSupport::openssl({u"x509"_s, u"-pubkey"_s, u"-noout"_s, u"-in"_s, pki(name)}).out;
    QCOMPARE(keys->content, expected);
}

void TestPostfixPinning::unpinnedDomainOnTheSameHopKeepsRoots()
{
    Workspace workspace = pinned({u"b-current.pem"_s});
    for (SendConnector& connector : workspace.sendConnectors) {
        if (connector.plainDomains().contains(u"b.example"_s))
            connector.addressSpaces << AddressSpace::parse(u"d.example"_s).value();
    }
    QStringList warnings;
    auto bundle = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {}, &warnings);
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    const ExportFile* policy = file(*bundle, u"tls_policy"_s);
    QVERIFY(policy->content.contains("tafile=$config_directory/domainsecure/trusted-roots.pem\n"));
    QVERIFY2(warnings.join(u'\n').contains(u"d.example"_s), qPrintable(warnings.join(u'\n')));
}

void TestPostfixPinning::appliesBesideDaneAndMtaSts()
{
    const Workspace workspace = pinned({u"b-current.pem"_s, u"b-next.pem"_s});
    auto bundle = PostfixExporter::bundle(workspace, *workspace.server(u"EDGE01"_s), {});
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    QTemporaryDir dir;
    const QByteArray mtaSts = "socketmap:inet:127.0.0.1:8461:postfix";
    const QString etc = TestSupport::stockPostfixConfig(dir.path(), "smtp_tls_security_level = dane\n"
                                                                    "smtp_dns_support_level = dnssec\n"
                                                                    "smtp_tls_policy_maps = " +
                                                                        mtaSts + "\n");
    QVERIFY(!etc.isEmpty());
    const auto report = PostfixApplier(etc).apply(bundle.value());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const auto postconf = [&](const QStringList& arguments) {
        return QString::fromUtf8(
                   TestSupport::run(u"/usr/sbin/postconf"_s, QStringList{u"-c"_s, etc} + arguments).out)
            .trimmed();
    };
    // The partner entries first, the administrator's MTA-STS lookup after them, dane untouched.
    QCOMPARE(PostfixApplier::splitList(postconf({u"-h"_s, u"smtp_tls_policy_maps"_s})),
             (QStringList{u"hash:$config_directory/domainsecure/tls_policy"_s, QString::fromLatin1(mtaSts)}));
    QCOMPARE(postconf({u"-h"_s, u"smtp_tls_security_level"_s}), u"dane"_s);
    // The installed tables answer as Postfix will ask them.
    const QString sub = etc + u"/domainsecure/"_s;
    const auto query = [&](const QString& key, const QString& table) {
        return QString::fromUtf8(
                   TestSupport::run(u"/usr/sbin/postmap"_s, {u"-c"_s, etc, u"-q"_s, key, table}).out)
            .trimmed();
    };
    QCOMPARE(query(u"[127.0.0.3]:2525"_s, u"hash:"_s + sub + u"tls_policy"_s),
             u"secure match=b.example:.b.example tafile="_s + sub + u"partner-keys-b.example.pem"_s);
    const QString pin = PartnerPki::opensslPublicKeyPin(pki(u"b-next.pem"_s));
    QCOMPARE(
        query(PartnerCertificate::postfixFingerprint(pin), u"hash:"_s + sub + u"partner-pins-b.example"_s),
        u"OK"_s);
    QVERIFY(
        query(u"AA:BB"_s, u"regexp:"_s + sub + u"unpinned-client.regexp"_s).startsWith(u"REJECT 5.7.1 "_s));
    const QString service = postconf({u"-M"_s, u"127.0.0.2:2525/inet"_s});
    QVERIFY2(
        service.contains(u"check_ccert_access,hash:$config_directory/domainsecure/partner-pins-b.example"_s),
        qPrintable(service));
    QCOMPARE(TestSupport::run(u"/usr/sbin/postfix"_s, {u"-c"_s, etc, u"check"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestPostfixPinning)
#include "tst_postfixpinning.moc"
