#include "crypto/keyprotector.h"
#include "crypto/privatekey.h"
#include "cryptotesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

using CryptoTest::openssl;

class TestKeyProtector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void encryptDecryptRoundTrip();
    void wrongPassphraseIsBadInput();
    void opensslDecryptsOurKeys();
    void weDecryptOpensslScryptKeys();
    void expensiveStoredKeyIsRefused();
    void verifier();
    void tamperedVerifierIsRefused();

private:
    PrivateKey m_key;
    PrivateKey m_other;
};

void TestKeyProtector::initTestCase()
{
    auto key = PrivateKey::generate(KeySpec::ecP256());
    auto other = PrivateKey::generate(KeySpec::rsa(2048));
    QVERIFY(key.ok() && other.ok());
    m_key = key.value();
    m_other = other.value();
}

void TestKeyProtector::encryptDecryptRoundTrip()
{
    const QByteArray plain = m_key.toPkcs8Der();
    auto encrypted = KeyProtector::encrypt(plain, u"correct horse ☃"_s);
    QVERIFY2(encrypted.ok(), qPrintable(encrypted.errorMessage()));
    QVERIFY(!encrypted->contains(plain.right(32)));
    // A fresh salt and IV each time.
    auto again = KeyProtector::encrypt(plain, u"correct horse ☃"_s);
    QVERIFY(again.ok());
    QVERIFY(again.value() != encrypted.value());
    auto decrypted = KeyProtector::decrypt(encrypted.value(), u"correct horse ☃"_s);
    QVERIFY2(decrypted.ok(), qPrintable(decrypted.errorMessage()));
    QCOMPARE(decrypted.value(), plain);
    auto stored = PrivateKey::fromStored(encrypted.value(), true, u"correct horse ☃"_s);
    QVERIFY(stored.ok());
    QCOMPARE(stored->spkiDer(), m_key.spkiDer());
    // An empty passphrase never "protects" a key.
    auto empty = KeyProtector::encrypt(plain, QString());
    QVERIFY(!empty.ok());
}

void TestKeyProtector::wrongPassphraseIsBadInput()
{
    auto encrypted = KeyProtector::encrypt(m_key.toPkcs8Der(), u"right"_s);
    QVERIFY(encrypted.ok());
    auto wrong = KeyProtector::decrypt(encrypted.value(), u"wrong"_s);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::BadInput);
    QVERIFY2(wrong.errorMessage().contains(u"passphrase"_s), qPrintable(wrong.errorMessage()));
    auto damaged = KeyProtector::decrypt(QByteArray("garbage"), u"right"_s);
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error().code, ErrorCode::BadInput);
    auto missing = KeyProtector::unprotect(encrypted.value(), true, QString());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::BadInput);
}

void TestKeyProtector::opensslDecryptsOurKeys()
{
    QTemporaryDir dir;
    auto encrypted = KeyProtector::encrypt(m_key.toPkcs8Der(), u"s3cret"_s);
    QVERIFY(encrypted.ok());
    // PBES2 with scrypt and AES-256-CBC, as openssl sees it.
    const auto parsed = openssl({u"asn1parse"_s, u"-inform"_s, u"DER"_s}, encrypted.value());
    QCOMPARE(parsed.exitCode, 0);
    const QString structure = QString::fromUtf8(parsed.out);
    QVERIFY2(structure.contains(u"PBES2"_s), qPrintable(structure));
    QVERIFY2(structure.contains(u":scrypt"_s), qPrintable(structure));
    QVERIFY2(structure.contains(u"aes-256-cbc"_s), qPrintable(structure));
    // The work factor is the documented one (N = 2^14 = 0x4000, r = 8, p = 1).
    QCOMPARE(KeyProtector::kScryptN, 16384u);
    QVERIFY2(structure.contains(u":4000"_s), qPrintable(structure));

    TestSupport::writeFile(dir.filePath(u"pass"_s), "s3cret\n");
    // openssl decrypts it (and derives the same public key).
    const auto decrypted =
        openssl({u"pkey"_s, u"-inform"_s, u"DER"_s, u"-passin"_s, u"file:"_s + dir.filePath(u"pass"_s),
                 u"-pubout"_s, u"-outform"_s, u"DER"_s},
                encrypted.value());
    QVERIFY2(decrypted.exitCode == 0, decrypted.err.constData());
    QCOMPARE(decrypted.out, m_key.spkiDer());
}

void TestKeyProtector::weDecryptOpensslScryptKeys()
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(u"pass"_s), "from-openssl\n");
    const auto encrypted = openssl({u"pkcs8"_s, u"-topk8"_s, u"-scrypt"_s, u"-outform"_s, u"DER"_s,
                                    u"-passout"_s, u"file:"_s + dir.filePath(u"pass"_s)},
                                   m_other.toPem());
    QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());
    auto decrypted = KeyProtector::decrypt(encrypted.out, u"from-openssl"_s);
    QVERIFY2(decrypted.ok(), qPrintable(decrypted.errorMessage()));
    QCOMPARE(decrypted.value(), m_other.toPkcs8Der());
}

void TestKeyProtector::expensiveStoredKeyIsRefused()
{
    // A tampered workspace key asking for scrypt N = 2^20 (1 GiB): refused from its parameters, not
    // reported as a wrong passphrase after OpenSSL's memory limit stops the derivation.
    auto encrypted = KeyProtector::encrypt(m_key.toPkcs8Der(), u"right"_s);
    QVERIFY(encrypted.ok());
    const QByteArray scrypt = CryptoTest::withKdfCost(encrypted.value(), 1 << 20);
    QVERIFY(!scrypt.isEmpty());
    auto refused = KeyProtector::decrypt(scrypt, u"right"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QVERIFY2(refused.errorMessage().startsWith(u"scrypt parameters too large (N=1048576, r=8, p=1;"_s),
             qPrintable(refused.errorMessage()));
    auto stored = PrivateKey::fromStored(scrypt, true, u"right"_s);
    QVERIFY(!stored.ok());
    QVERIFY2(stored.errorMessage().contains(u"scrypt parameters too large"_s),
             qPrintable(stored.errorMessage()));

    // PBKDF2 with twenty million iterations (written by openssl with 2,048, then raised: openssl
    // would spend a minute deriving to write it).
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(u"pass"_s), "from-openssl\n");
    const auto pbkdf2 =
        openssl({u"pkcs8"_s, u"-topk8"_s, u"-v2"_s, u"aes-256-cbc"_s, u"-iter"_s, u"2048"_s, u"-outform"_s,
                 u"DER"_s, u"-passout"_s, u"file:"_s + dir.filePath(u"pass"_s)},
                m_other.toPem());
    QVERIFY2(pbkdf2.exitCode == 0, pbkdf2.err.constData());
    QVERIFY(KeyProtector::decrypt(pbkdf2.out, u"from-openssl"_s).ok());
    auto iterations =
        KeyProtector::decrypt(CryptoTest::withKdfCost(pbkdf2.out, 20'000'000), u"from-openssl"_s);
    QVERIFY(!iterations.ok());
    QCOMPARE(iterations.errorMessage(), u"iteration count too large (20000000; at most 10000000)"_s);
}

void TestKeyProtector::verifier()
{
    const QString verifier = KeyProtector::makeVerifier(u"pass phrase"_s);
    QVERIFY(verifier.startsWith(u"scrypt$16384$8$1$"_s));
    QVERIFY(!verifier.contains(u"pass phrase"_s));
    QVERIFY(KeyProtector::checkVerifier(verifier, u"pass phrase"_s));
    QVERIFY(!KeyProtector::checkVerifier(verifier, u"pass phrasE"_s));
    QVERIFY(!KeyProtector::checkVerifier(verifier, QString()));
    QVERIFY(KeyProtector::makeVerifier(u"pass phrase"_s) != verifier); // salted
    // Applied to a workspace by WorkspaceCrypto::checkPassphrase (tests/core/model/tst_workspacecrypto).
}

void TestKeyProtector::tamperedVerifierIsRefused()
{
    const QString good = KeyProtector::makeVerifier(u"x"_s);
    QStringList parts = good.split(u'$');
    QCOMPARE(parts.size(), 6);
    // A huge N would allocate gigabytes: refused before deriving anything.
    parts[1] = u"1073741824"_s;
    QVERIFY(!KeyProtector::checkVerifier(parts.join(u'$'), u"x"_s));
    parts[1] = u"16384"_s;
    parts[2] = u"0"_s;
    QVERIFY(!KeyProtector::checkVerifier(parts.join(u'$'), u"x"_s));
    QVERIFY(!KeyProtector::checkVerifier(u"pbkdf2$1$2$3$4$5"_s, u"x"_s));
    QVERIFY(!KeyProtector::checkVerifier(u"scrypt$16384$8"_s, u"x"_s));
    parts[2] = u"8"_s;
    parts[1] = u"16383"_s; // not a power of two
    QVERIFY(!KeyProtector::checkVerifier(parts.join(u'$'), u"x"_s));
    parts[1] = u"1048576"_s; // 2^20 with r = 8: 1 GiB
    QVERIFY(!KeyProtector::checkVerifier(parts.join(u'$'), u"x"_s));
    parts[1] = u"16384"_s;
    QVERIFY(KeyProtector::checkVerifier(parts.join(u'$'), u"x"_s));
}

QTEST_GUILESS_MAIN(TestKeyProtector)
#include "tst_keyprotector.moc"
