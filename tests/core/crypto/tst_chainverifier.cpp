#include "crypto/certificateauthority.h"
#include "crypto/chainverifier.h"
#include "cryptotesthelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/x509_vfy.h>

using namespace ds::core;

using namespace Qt::StringLiterals;

// Root -> intermediate -> leaf made with core/crypto, verified without the system store unless a
// test says otherwise.
class TestChainVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustedWithRootAndIntermediate();
    void missingRootSaysWhy();
    void missingIntermediateSaysWhy();
    void mutualTlsNeedsClientAuth();
    void expiredAndNotYetValidByClock();
    void selfSignedLeaf();
    void systemStorePathIsUsed();
    void systemStoreDoesNotTrustOurRoot();
    void opensslAgrees();

private:
    ChainVerifier isolated() const;
    Result<Certificate> issueLeaf(bool serverAuth, bool clientAuth) const;

    QTemporaryDir m_dir;
    CertificateAuthority m_root;
    CertificateAuthority m_intermediate;
    PrivateKey m_key;
    Certificate m_leaf;
};

void TestChainVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto rootKey = PrivateKey::generate(KeySpec::ecP256());
    auto intermediateKey = PrivateKey::generate(KeySpec::ecP256());
    auto key = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(rootKey.ok() && intermediateKey.ok() && key.ok());
    auto root = CertificateAuthority::makeRoot(
        DistinguishedName::parse(u"CN=Chain Root,O=Test,C=JP"_s).value(), rootKey.value());
    QVERIFY(root.ok());
    m_root = root.value();
    auto intermediate = m_root.makeIntermediate(
        DistinguishedName::parse(u"CN=Chain Intermediate,O=Test,C=JP"_s).value(), intermediateKey.value());
    QVERIFY2(intermediate.ok(), qPrintable(intermediate.errorMessage()));
    m_intermediate = intermediate.value();
    m_key = key.value();
    auto leaf = issueLeaf(true, true);
    QVERIFY2(leaf.ok(), qPrintable(leaf.errorMessage()));
    m_leaf = leaf.value();
}

Result<Certificate> TestChainVerifier::issueLeaf(bool serverAuth, bool clientAuth) const
{
    CertificateAuthority::IssueOptions options;
    options.serverAuth = serverAuth;
    options.clientAuth = clientAuth;
    options.days = 90;
    return m_intermediate.issue(m_key.spkiDer(),
                                DistinguishedName::parse(u"CN=mail.contoso.example"_s).value(),
                                {u"mail.contoso.example"_s}, options);
}

ChainVerifier TestChainVerifier::isolated() const
{
    ChainVerifier verifier;
    verifier.setSystemStorePath(QString());
    return verifier;
}

void TestChainVerifier::trustedWithRootAndIntermediate()
{
    ChainVerifier verifier = isolated();
    verifier.addTrustedRoot(m_root.certificate());
    verifier.addIntermediate(m_intermediate.certificate());
    for (auto purpose : {ChainVerifier::Purpose::TlsServer, ChainVerifier::Purpose::TlsClient}) {
        const ChainResult result = verifier.verify(m_leaf, purpose);
        QVERIFY2(result.trusted, qPrintable(result.reason));
        QVERIFY(result.reason.isEmpty());
        QCOMPARE(result.chain.size(), 3);
        QVERIFY(result.chain.at(0).certificate == m_leaf);
        QVERIFY(result.chain.at(1).certificate == m_intermediate.certificate());
        QVERIFY(result.chain.at(2).certificate == m_root.certificate());
        for (const ChainLink& link : result.chain)
            QVERIFY(link.ok);
    }
    QVERIFY(verifier.verifyForMutualTls(m_leaf).trusted);
}

void TestChainVerifier::missingRootSaysWhy()
{
    ChainVerifier verifier = isolated();
    verifier.addIntermediate(m_intermediate.certificate());
    const ChainResult result = verifier.verify(m_leaf);
    QVERIFY(!result.trusted);
    QVERIFY(!result.timeProblem);
    QVERIFY2(result.reason.contains(u"Chain Root"_s), qPrintable(result.reason));
    QCOMPARE(result.chain.size(), 2);
    QVERIFY(!result.chain.last().ok);
}

void TestChainVerifier::missingIntermediateSaysWhy()
{
    ChainVerifier verifier = isolated();
    verifier.addTrustedRoot(m_root.certificate());
    const ChainResult result = verifier.verify(m_leaf);
    QVERIFY(!result.trusted);
    QCOMPARE(result.opensslError, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    QVERIFY2(result.reason.contains(u"Chain Intermediate"_s), qPrintable(result.reason));
    QVERIFY2(result.reason.startsWith(u"the certificate: "_s), qPrintable(result.reason));
}

void TestChainVerifier::mutualTlsNeedsClientAuth()
{
    ChainVerifier verifier = isolated();
    verifier.addTrustedRoot(m_root.certificate());
    verifier.addIntermediate(m_intermediate.certificate());
    auto serverOnly = issueLeaf(true, false);
    QVERIFY(serverOnly.ok());
    QVERIFY(verifier.verify(serverOnly.value(), ChainVerifier::Purpose::TlsServer).trusted);
    const ChainResult client = verifier.verify(serverOnly.value(), ChainVerifier::Purpose::TlsClient);
    QVERIFY(!client.trusted);
    QCOMPARE(client.opensslError, X509_V_ERR_INVALID_PURPOSE);
    QVERIFY2(client.reason.contains(u"client"_s), qPrintable(client.reason));
    const ChainResult mutual = verifier.verifyForMutualTls(serverOnly.value());
    QVERIFY(!mutual.trusted);
    QVERIFY2(mutual.reason.contains(u"client"_s), qPrintable(mutual.reason));
    auto clientOnly = issueLeaf(false, true);
    QVERIFY(clientOnly.ok());
    const ChainResult server = verifier.verifyForMutualTls(clientOnly.value());
    QVERIFY(!server.trusted);
    QVERIFY2(server.reason.contains(u"server"_s), qPrintable(server.reason));
}

void TestChainVerifier::expiredAndNotYetValidByClock()
{
    ChainVerifier verifier = isolated();
    verifier.addTrustedRoot(m_root.certificate());
    verifier.addIntermediate(m_intermediate.certificate());
    {
        CryptoTest::ScopedClock clock(m_leaf.notAfter().addDays(1));
        const ChainResult result = verifier.verify(m_leaf);
        QVERIFY(!result.trusted);
        QVERIFY(result.timeProblem);
        QCOMPARE(result.opensslError, X509_V_ERR_CERT_HAS_EXPIRED);
        QVERIFY2(result.reason.contains(u"expired"_s), qPrintable(result.reason));
    }
    {
        CryptoTest::ScopedClock clock(m_leaf.notBefore().addDays(-1));
        const ChainResult result = verifier.verify(m_leaf);
        QVERIFY(!result.trusted);
        QVERIFY(result.timeProblem);
        QVERIFY2(result.reason.contains(u"not valid before"_s), qPrintable(result.reason));
    }
    // The clock is back: valid again. setTime overrides the clock.
    QVERIFY(verifier.verify(m_leaf).trusted);
    verifier.setTime(m_leaf.notAfter().addSecs(60));
    QVERIFY(!verifier.verify(m_leaf).trusted);
}

void TestChainVerifier::selfSignedLeaf()
{
    auto certificate = CertificateAuthority::selfSigned(
        DistinguishedName::parse(u"CN=self.example"_s).value(), {u"self.example"_s}, m_key, 365);
    QVERIFY(certificate.ok());
    ChainVerifier verifier = isolated();
    const ChainResult result = verifier.verify(certificate.value());
    QVERIFY(!result.trusted);
    QVERIFY2(result.reason.contains(u"self-signed"_s), qPrintable(result.reason));
    // Trusting it explicitly (a partner's self-signed certificate) makes it verify.
    verifier.addTrustedRoot(certificate.value());
    QVERIFY2(verifier.verifyForMutualTls(certificate.value()).trusted,
             qPrintable(verifier.verifyForMutualTls(certificate.value()).reason));
}

void TestChainVerifier::systemStorePathIsUsed()
{
    // A hashed directory like /etc/ssl/certs holding our root.
    const QString store = m_dir.filePath(u"store"_s);
    QVERIFY(QDir().mkpath(store));
    const auto hash =
        CryptoTest::openssl({u"x509"_s, u"-noout"_s, u"-subject_hash"_s}, m_root.certificate().toPem());
    QCOMPARE(hash.exitCode, 0);
    QVERIFY(TestSupport::writeFile(store + u'/' + QString::fromLatin1(hash.out.trimmed()) + u".0"_s,
                                   m_root.certificate().toPem()));
    ChainVerifier verifier;
    verifier.setSystemStorePath(store);
    verifier.addIntermediate(m_intermediate.certificate());
    const ChainResult result = verifier.verifyForMutualTls(m_leaf);
    QVERIFY2(result.trusted, qPrintable(result.reason));
}

void TestChainVerifier::systemStoreDoesNotTrustOurRoot()
{
    if (!QFile::exists(u"/etc/ssl/certs"_s))
        QFAIL("/etc/ssl/certs is missing (ca-certificates not installed)");
    ChainVerifier verifier; // default: /etc/ssl/certs
    verifier.addIntermediate(m_intermediate.certificate());
    QVERIFY(!verifier.verify(m_leaf).trusted);
    verifier.addTrustedRoot(m_root.certificate());
    QVERIFY(verifier.verifyForMutualTls(m_leaf).trusted);
}

void TestChainVerifier::opensslAgrees()
{
    const QString root = m_dir.filePath(u"root.pem"_s);
    const QString untrusted = m_dir.filePath(u"intermediate.pem"_s);
    QVERIFY(TestSupport::writeFile(root, m_root.certificate().toPem()));
    QVERIFY(TestSupport::writeFile(untrusted, m_intermediate.certificate().toPem()));
    for (const QString& purpose : {u"sslserver"_s, u"sslclient"_s}) {
        const auto result = CryptoTest::openssl({u"verify"_s, u"-no-CApath"_s, u"-CAfile"_s, root,
                                                 u"-untrusted"_s, untrusted, u"-purpose"_s, purpose},
                                                m_leaf.toPem());
        QVERIFY2(result.exitCode == 0, result.out.constData());
        QVERIFY(result.out.contains("OK"));
    }
}

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "tst_chainverifier.moc"
