// What joins a workspace to core/crypto: WorkspaceCrypto (the workspace passphrase over every
// stored key, the chain verifier of the workspace's roots and imported chains) and
// CertificateEntry::fromCertificate (the summary fields of an entry).
#include "crypto/certificateauthority.h"
#include "crypto/keyprotector.h"
#include "crypto/privatekey.h"
#include "cryptotesthelpers.h"
#include "model/certificateentry.h"
#include "model/workspace.h"
#include "model/workspacecrypto.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;
using CryptoTest::path;

class TestWorkspaceCrypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkPassphrase();
    void protectKeyFollowsWorkspace();
    void changePassphraseReencryptsEverything();
    void failedChangeLeavesWorkspaceUnchanged();
    void chainVerifierUsesRootsAndImportedChains();
    void entryFromCertificate();

private:
    Workspace workspaceWithKeys() const;
    PrivateKey m_key;
    PrivateKey m_other;
    CertificateAuthority m_root;
    CertificateAuthority m_intermediate;
    Certificate m_leaf;
};

void TestWorkspaceCrypto::initTestCase()
{
    auto key = PrivateKey::generate(KeySpec::ecP256());
    auto other = PrivateKey::generate(KeySpec::rsa(2048));
    auto rootKey = PrivateKey::generate(KeySpec::ecP256());
    auto intermediateKey = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(key.ok() && other.ok() && rootKey.ok() && intermediateKey.ok());
    m_key = key.value();
    m_other = other.value();
    auto root = CertificateAuthority::makeRoot(
        DistinguishedName::parse(u"CN=Chain Root,O=Test,C=JP"_s).value(), rootKey.value());
    QVERIFY(root.ok());
    m_root = root.value();
    auto intermediate = m_root.makeIntermediate(
        DistinguishedName::parse(u"CN=Chain Intermediate,O=Test,C=JP"_s).value(), intermediateKey.value());
    QVERIFY2(intermediate.ok(), qPrintable(intermediate.errorMessage()));
    m_intermediate = intermediate.value();
    CertificateAuthority::IssueOptions options;
    options.serverAuth = true;
    options.clientAuth = true;
    options.days = 90;
    auto leaf =
        m_intermediate.issue(m_key.spkiDer(), DistinguishedName::parse(u"CN=mail.contoso.example"_s).value(),
                             {u"mail.contoso.example"_s}, options);
    QVERIFY2(leaf.ok(), qPrintable(leaf.errorMessage()));
    m_leaf = leaf.value();
}

void TestWorkspaceCrypto::checkPassphrase()
{
    const QString verifier = KeyProtector::makeVerifier(u"pass phrase"_s);
    Workspace workspace;
    QVERIFY(WorkspaceCrypto::checkPassphrase(workspace, QString()).ok()); // not protected
    workspace.passphraseVerifier = verifier;
    QVERIFY(WorkspaceCrypto::checkPassphrase(workspace, u"pass phrase"_s).ok());
    const Status wrong = WorkspaceCrypto::checkPassphrase(workspace, u"nope"_s);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::BadInput);
    const Status none = WorkspaceCrypto::checkPassphrase(workspace, QString());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::BadInput);
}

Workspace TestWorkspaceCrypto::workspaceWithKeys() const
{
    Workspace workspace;
    Server server;
    server.name = u"EDGE01"_s;
    CertificateEntry entry;
    entry.certificateDer = "placeholder";
    entry.thumbprint = u"AA"_s;
    entry.privateKey = m_key.toPkcs8Der();
    server.certificates << entry;
    CertificateEntry noKey;
    noKey.certificateDer = "placeholder";
    noKey.thumbprint = u"BB"_s;
    server.certificates << noKey;
    PendingRequest request;
    request.thumbprint = u"CC"_s;
    request.privateKey = m_other.toPkcs8Der();
    server.pendingRequests << request;
    workspace.servers << server;
    return workspace;
}

void TestWorkspaceCrypto::protectKeyFollowsWorkspace()
{
    Workspace workspace;
    bool encrypted = true;
    auto plain = WorkspaceCrypto::protectKey(m_key.toPkcs8Der(), workspace, QString(), &encrypted);
    QVERIFY(plain.ok());
    QVERIFY(!encrypted);
    QCOMPARE(plain.value(), m_key.toPkcs8Der());
    workspace.passphraseVerifier = KeyProtector::makeVerifier(u"pp"_s);
    auto wrapped = WorkspaceCrypto::protectKey(m_key.toPkcs8Der(), workspace, u"pp"_s, &encrypted);
    QVERIFY(wrapped.ok());
    QVERIFY(encrypted);
    auto back = KeyProtector::unprotect(wrapped.value(), true, u"pp"_s);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), m_key.toPkcs8Der());
}

void TestWorkspaceCrypto::changePassphraseReencryptsEverything()
{
    Workspace workspace = workspaceWithKeys();
    QVERIFY(WorkspaceCrypto::changePassphrase(workspace, QString(), u"first"_s).ok());
    QVERIFY(workspace.keysProtected());
    const Server& server = workspace.servers.first();
    QVERIFY(server.certificates.at(0).keyEncrypted);
    QVERIFY(!server.certificates.at(1).keyEncrypted); // no key, nothing to encrypt
    QVERIFY(server.certificates.at(1).privateKey.isEmpty());
    QVERIFY(server.pendingRequests.at(0).keyEncrypted);
    QCOMPARE(KeyProtector::decrypt(server.certificates.at(0).privateKey, u"first"_s).value(),
             m_key.toPkcs8Der());
    QCOMPARE(KeyProtector::decrypt(server.pendingRequests.at(0).privateKey, u"first"_s).value(),
             m_other.toPkcs8Der());

    QVERIFY(WorkspaceCrypto::changePassphrase(workspace, u"first"_s, u"second"_s).ok());
    QVERIFY(WorkspaceCrypto::checkPassphrase(workspace, u"second"_s).ok());
    QVERIFY(!WorkspaceCrypto::checkPassphrase(workspace, u"first"_s).ok());
    QVERIFY(!KeyProtector::decrypt(workspace.servers.first().certificates.at(0).privateKey, u"first"_s).ok());
    QCOMPARE(
        KeyProtector::decrypt(workspace.servers.first().certificates.at(0).privateKey, u"second"_s).value(),
        m_key.toPkcs8Der());

    QVERIFY(WorkspaceCrypto::changePassphrase(workspace, u"second"_s, QString()).ok());
    QVERIFY(!workspace.keysProtected());
    QCOMPARE(workspace.servers.first().certificates.at(0).privateKey, m_key.toPkcs8Der());
    QVERIFY(!workspace.servers.first().certificates.at(0).keyEncrypted);
    QCOMPARE(workspace.servers.first().pendingRequests.at(0).privateKey, m_other.toPkcs8Der());
}

void TestWorkspaceCrypto::failedChangeLeavesWorkspaceUnchanged()
{
    Workspace workspace = workspaceWithKeys();
    QVERIFY(WorkspaceCrypto::changePassphrase(workspace, QString(), u"first"_s).ok());
    const Workspace before = workspace;
    const Status wrongOld = WorkspaceCrypto::changePassphrase(workspace, u"not it"_s, u"second"_s);
    QVERIFY(!wrongOld.ok());
    QCOMPARE(wrongOld.error().code, ErrorCode::BadInput);
    QVERIFY(workspace == before);
    // A damaged key in the middle: nothing is re-encrypted.
    workspace.servers[0].pendingRequests[0].privateKey = "damaged";
    const Workspace damaged = workspace;
    const Status failed = WorkspaceCrypto::changePassphrase(workspace, u"first"_s, u"second"_s);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.errorMessage().contains(u"CC"_s), qPrintable(failed.errorMessage()));
    QVERIFY(workspace == damaged);
}

void TestWorkspaceCrypto::chainVerifierUsesRootsAndImportedChains()
{
    Workspace workspace;
    Server server;
    server.name = u"EDGE01"_s;
    CertificateEntry entry = CertificateEntry::fromCertificate(m_leaf);
    server.certificates << entry;
    workspace.servers << server;
    QVERIFY(!WorkspaceCrypto::chainVerifier(workspace).verify(m_leaf).trusted);
    workspace.trustedRoots << m_root.certificate().toDer();
    QVERIFY(!WorkspaceCrypto::chainVerifier(workspace).verify(m_leaf).trusted); // no intermediate yet
    workspace.servers[0].certificates[0].chainDer << m_intermediate.certificate().toDer();
    const ChainResult result = WorkspaceCrypto::chainVerifier(workspace).verifyForMutualTls(m_leaf);
    QVERIFY2(result.trusted, qPrintable(result.reason));
    // The same intermediate imported with a second certificate is added once.
    workspace.servers[0].certificates << workspace.servers[0].certificates[0];
    const ChainVerifier twice = WorkspaceCrypto::chainVerifier(workspace);
    QVERIFY(twice.hasIntermediate(m_intermediate.certificate().toDer()));
    QVERIFY(!twice.hasIntermediate(m_root.certificate().toDer())); // a trusted root, not an intermediate
    QVERIFY(twice.verify(m_leaf).trusted);
}

void TestWorkspaceCrypto::entryFromCertificate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(CryptoTest::makeOpensslCa(dir));
    QVERIFY(CryptoTest::makeOpensslLeaf(dir, u"leaf"_s, u"mail.fabrikam.example"_s));
    auto leaf = Certificate::fromPem(TestSupport::readFile(path(dir, u"leaf.pem"_s)));
    QVERIFY2(leaf.ok(), qPrintable(leaf.errorMessage()));
    auto ca = Certificate::fromPem(TestSupport::readFile(path(dir, u"ca.pem"_s)));
    QVERIFY(ca.ok());

    const CertificateEntry entry = CertificateEntry::fromCertificate(leaf.value());
    QCOMPARE(entry.certificateDer, leaf->toDer());
    QCOMPARE(entry.thumbprint, leaf->thumbprint());
    QCOMPARE(entry.thumbprint, CryptoTest::opensslFingerprint(path(dir, u"leaf.pem"_s)));
    QCOMPARE(entry.sha256, leaf->sha256Fingerprint());
    QCOMPARE(entry.subject, leaf->subject());
    QCOMPARE(entry.issuer, leaf->issuer());
    QCOMPARE(entry.domains, leaf->dnsNames());
    QCOMPARE(entry.serialNumber, leaf->serialNumber());
    QCOMPARE(entry.notBefore, leaf->notBefore());
    QCOMPARE(entry.notAfter, leaf->notAfter());
    QCOMPARE(entry.keyDescription, u"EC P-256"_s);
    QCOMPARE(entry.extendedKeyUsages, (QStringList{u"serverAuth"_s, u"clientAuth"_s}));
    QVERIFY(!entry.selfSigned);
    QVERIFY(!entry.hasPrivateKey());
    QVERIFY(!entry.services);
    QVERIFY(CertificateEntry::fromCertificate(ca.value()).selfSigned);
    // A compacted certificate (what an import keeps) gives the same entry.
    QVERIFY(CertificateEntry::fromCertificate(leaf->compacted()) == entry);
    QVERIFY(CertificateEntry::fromCertificate(Certificate()) == CertificateEntry());
}

QTEST_GUILESS_MAIN(TestWorkspaceCrypto)
#include "tst_workspacecrypto.moc"
