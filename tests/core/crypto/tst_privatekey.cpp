#include "crypto/privatekey.h"
#include "cryptotesthelpers.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

using CryptoTest::openssl;

class TestPrivateKey : public QObject
{
    Q_OBJECT

private slots:
    void generateEveryType_data();
    void generateEveryType();
    void pemRoundTripCheckedByOpenssl();
    void readsOpensslKeyFormats_data();
    void readsOpensslKeyFormats();
    void spkiDigestMatchesOpenssl();
    void matchesOnlyItsOwnPublicKey();
    void badDataIsBadInput();
    void cancelledGeneration();
    void progressReachesHundred();
};

void TestPrivateKey::generateEveryType_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("opensslText");
    QTest::newRow("rsa:2048") << u"rsa:2048"_s << u"RSA 2048"_s << u"Private-Key: (2048 bit, 2 primes)"_s;
    QTest::newRow("rsa:3072") << u"rsa:3072"_s << u"RSA 3072"_s << u"Private-Key: (3072 bit, 2 primes)"_s;
    QTest::newRow("rsa:4096") << u"rsa:4096"_s << u"RSA 4096"_s << u"Private-Key: (4096 bit, 2 primes)"_s;
    QTest::newRow("ec:p256") << u"ec:p256"_s << u"EC P-256"_s << u"NIST CURVE: P-256"_s;
    QTest::newRow("ec:p384") << u"ec:p384"_s << u"EC P-384"_s << u"NIST CURVE: P-384"_s;
}

void TestPrivateKey::generateEveryType()
{
    QFETCH(QString, spec);
    QFETCH(QString, description);
    QFETCH(QString, opensslText);
    auto keySpec = KeySpec::parse(spec);
    QVERIFY(keySpec.ok());
    auto key = PrivateKey::generate(keySpec.value());
    QVERIFY2(key.ok(), qPrintable(key.errorMessage()));
    QVERIFY(!key->isNull());
    QCOMPARE(key->description(), description);
    QCOMPARE(key->type(), keySpec->type());
    QCOMPARE(key->bits(), keySpec->bits());
    // openssl agrees on the type and size and the key passes its consistency check.
    const auto text = openssl({u"pkey"_s, u"-check"_s, u"-noout"_s, u"-text"_s}, key->toPem());
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out + text.err);
    QVERIFY2(out.contains(opensslText), qPrintable(out));
    QVERIFY2(out.contains(u"Key is valid"_s), qPrintable(out));
}

void TestPrivateKey::pemRoundTripCheckedByOpenssl()
{
    auto key = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(key.ok());
    const QByteArray pem = key->toPem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    auto back = PrivateKey::fromPem(pem);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->toPkcs8Der(), key->toPkcs8Der());
    auto fromDer = PrivateKey::fromPkcs8Der(key->toPkcs8Der());
    QVERIFY(fromDer.ok());
    QCOMPARE(fromDer->spkiDer(), key->spkiDer());
    // openssl reads our DER PKCS#8 and writes the same PEM.
    const auto converted = openssl({u"pkey"_s, u"-inform"_s, u"DER"_s}, key->toPkcs8Der());
    QCOMPARE(converted.exitCode, 0);
    QCOMPARE(converted.out, pem);
}

void TestPrivateKey::readsOpensslKeyFormats_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("description");
    QTest::newRow("PKCS#8 RSA") << QStringList{u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s,
                                               u"rsa_keygen_bits:2048"_s}
                                << u"BEGIN PRIVATE KEY"_s << u"RSA 2048"_s;
    QTest::newRow("traditional RSA") << QStringList{u"genrsa"_s, u"-traditional"_s, u"2048"_s}
                                     << u"BEGIN RSA PRIVATE KEY"_s << u"RSA 2048"_s;
    QTest::newRow("SEC1 EC") << QStringList{u"ecparam"_s, u"-name"_s, u"secp384r1"_s, u"-genkey"_s,
                                            u"-noout"_s}
                             << u"BEGIN EC PRIVATE KEY"_s << u"EC P-384"_s;
}

void TestPrivateKey::readsOpensslKeyFormats()
{
    QFETCH(QStringList, command);
    QFETCH(QString, header);
    QFETCH(QString, description);
    const auto generated = openssl(command);
    QCOMPARE(generated.exitCode, 0);
    QVERIFY2(generated.out.contains(header.toLatin1()), generated.out.constData());
    auto key = PrivateKey::fromPem(generated.out);
    QVERIFY2(key.ok(), qPrintable(key.errorMessage()));
    QCOMPARE(key->description(), description);
    // The public half is the one openssl derives.
    const auto pub = openssl({u"pkey"_s, u"-pubout"_s, u"-outform"_s, u"DER"_s}, generated.out);
    QCOMPARE(pub.exitCode, 0);
    QCOMPARE(key->spkiDer(), pub.out);
}

void TestPrivateKey::spkiDigestMatchesOpenssl()
{
    auto key = PrivateKey::generate(KeySpec::ecP384());
    QVERIFY(key.ok());
    const auto pub = openssl({u"pkey"_s, u"-pubout"_s, u"-outform"_s, u"DER"_s}, key->toPem());
    QCOMPARE(pub.exitCode, 0);
    QCOMPARE(key->spkiDer(), pub.out);
    QCOMPARE(key->spkiSha256(), QCryptographicHash::hash(pub.out, QCryptographicHash::Sha256));
    QCOMPARE(key->spkiSha256().size(), 32);
}

void TestPrivateKey::matchesOnlyItsOwnPublicKey()
{
    auto a = PrivateKey::generate(KeySpec::ecP256());
    auto b = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->matches(a->spkiDer()));
    QVERIFY(!a->matches(b->spkiDer()));
    QVERIFY(!a->matches(QByteArray("not a key")));
    QVERIFY(!PrivateKey().matches(a->spkiDer()));
    QVERIFY(a->spkiSha256() != b->spkiSha256());
}

void TestPrivateKey::badDataIsBadInput()
{
    auto der = PrivateKey::fromPkcs8Der(QByteArray("\x30\x03\x02\x01\x00", 5));
    QVERIFY(!der.ok());
    QCOMPARE(der.error().code, ErrorCode::BadInput);
    auto empty = PrivateKey::fromPkcs8Der({});
    QVERIFY(!empty.ok());
    auto pem = PrivateKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    QVERIFY(!pem.ok());
    QCOMPARE(pem.error().code, ErrorCode::BadInput);
    // An encrypted PEM key is refused without prompting on the terminal.
    auto key = PrivateKey::generate(KeySpec::ecP256());
    QVERIFY(key.ok());
    const auto encrypted = openssl({u"pkey"_s, u"-aes256"_s, u"-passout"_s, u"pass:secret"_s}, key->toPem());
    QCOMPARE(encrypted.exitCode, 0);
    auto refused = PrivateKey::fromPem(encrypted.out);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
}

void TestPrivateKey::cancelledGeneration()
{
    const std::atomic_bool cancel{true};
    auto key = PrivateKey::generate(KeySpec::rsa(4096), &cancel);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::Cancelled);
}

void TestPrivateKey::progressReachesHundred()
{
    QList<int> seen;
    auto key = PrivateKey::generate(KeySpec::rsa(2048), nullptr, [&seen](int percent) { seen << percent; });
    QVERIFY(key.ok());
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 100);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY2(seen.at(i) >= 0 && seen.at(i) <= 100, qPrintable(QString::number(seen.at(i))));
}

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "tst_privatekey.moc"
