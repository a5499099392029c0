#include "crypto/certificateimporter.h"
#include "cryptotesthelpers.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <optional>
#include <thread>

using namespace ds::core;

using namespace Qt::StringLiterals;

using CryptoTest::openssl;
using CryptoTest::path;

// Every import format, each file made by the openssl CLI.
class TestCertificateImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void singlePem();
    void pemChainWithCrlf();
    void pemKeyAndCertificates();
    void der();
    void pkcs7_data();
    void pkcs7();
    void pkcs12_data();
    void pkcs12();
    void pkcs12WrongPassword_data();
    void pkcs12WrongPassword();
    void pkcs12WithoutPassword();
    void legacyProviderStaysOutOfDefaultContext();
    void isPkcs12();
    void badInput_data();
    void badInput();
    void largeRandomFile();
    void oversizedFile();
    void missingFile();
    void cancelStopsLargeBundle();
    void pemWithoutLineBreaksIsLinear();
    void expensiveKeyDerivationIsRefused_data();
    void expensiveKeyDerivationIsRefused();

private:
    QString file(const QString& name) const { return path(m_dir, name); }
    void checkLeafAndChain(const ImportedBundle& bundle, int expectedCount);
    void opensslOrFail(const QStringList& arguments);
    QByteArray expensivePkcs12(const QString& name, const QByteArray& which) const;

    QTemporaryDir m_dir;
    QString m_leafThumbprint;
    QString m_caThumbprint;
};

void TestCertificateImporter::opensslOrFail(const QStringList& arguments)
{
    const auto result = openssl(arguments);
    QVERIFY2(result.exitCode == 0,
             qPrintable(arguments.join(u' ') + u": "_s + QString::fromUtf8(result.err)));
}

void TestCertificateImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(CryptoTest::makeOpensslCa(m_dir));
    QVERIFY(CryptoTest::makeOpensslLeaf(m_dir, u"leaf"_s, u"mail.fabrikam.example"_s));
    m_leafThumbprint = CryptoTest::opensslFingerprint(file(u"leaf.pem"_s));
    m_caThumbprint = CryptoTest::opensslFingerprint(file(u"ca.pem"_s));
    QVERIFY(TestSupport::writeFile(file(u"pass"_s), "p12 secret\n"));
    const QString pass = u"file:"_s + file(u"pass"_s);
    opensslOrFail(
        {u"x509"_s, u"-in"_s, file(u"leaf.pem"_s), u"-outform"_s, u"DER"_s, u"-out"_s, file(u"leaf.der"_s)});
    for (const QString& form : {u"PEM"_s, u"DER"_s}) {
        opensslOrFail({u"crl2pkcs7"_s, u"-nocrl"_s, u"-certfile"_s, file(u"leaf.pem"_s), u"-certfile"_s,
                       file(u"ca.pem"_s), u"-outform"_s, form, u"-out"_s, file(u"chain.p7b."_s + form)});
    }
    const QStringList p12 = {u"pkcs12"_s, u"-export"_s,        u"-inkey"_s,    file(u"leaf.key"_s),
                             u"-in"_s,    file(u"leaf.pem"_s), u"-certfile"_s, file(u"ca.pem"_s),
                             u"-name"_s,  u"Fabrikam Edge"_s};
    opensslOrFail(p12 + QStringList{u"-passout"_s, pass, u"-out"_s, file(u"modern.p12"_s)});
    opensslOrFail(p12 + QStringList{u"-legacy"_s, u"-passout"_s, pass, u"-out"_s, file(u"legacy.p12"_s)});
    opensslOrFail(p12 + QStringList{u"-certpbe"_s, u"PBE-SHA1-3DES"_s, u"-keypbe"_s, u"PBE-SHA1-3DES"_s,
                                    u"-macalg"_s, u"sha1"_s, u"-passout"_s, pass, u"-out"_s,
                                    file(u"3des.p12"_s)});
    opensslOrFail(p12 + QStringList{u"-passout"_s, u"pass:"_s, u"-out"_s, file(u"nopass.p12"_s)});
    // The -legacy file really uses RC2 (what old Windows writes).
    const auto info = openssl({u"pkcs12"_s, u"-info"_s, u"-noout"_s, u"-legacy"_s, u"-in"_s,
                               file(u"legacy.p12"_s), u"-passin"_s, pass});
    QVERIFY2(QString::fromUtf8(info.err + info.out).contains(u"RC2"_s), info.err.constData());
}

void TestCertificateImporter::checkLeafAndChain(const ImportedBundle& bundle, int expectedCount)
{
    QCOMPARE(bundle.certificates.size(), expectedCount);
    QCOMPARE(bundle.certificates.first().thumbprint(), m_leafThumbprint);
    if (expectedCount > 1)
        QCOMPARE(bundle.certificates.at(1).thumbprint(), m_caThumbprint);
}

void TestCertificateImporter::singlePem()
{
    auto bundle = CertificateImporter::importFile(file(u"leaf.pem"_s));
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    QCOMPARE(bundle->format, ImportedBundle::Format::Pem);
    checkLeafAndChain(bundle.value(), 1);
    QVERIFY(bundle->key.isNull());
    QCOMPARE(ImportedBundle::formatName(bundle->format), u"PEM"_s);
}

void TestCertificateImporter::pemChainWithCrlf()
{
    QByteArray data = "Bag Attributes: text before the first block is ignored\n" +
                      TestSupport::readFile(file(u"leaf.pem"_s)) + TestSupport::readFile(file(u"ca.pem"_s));
    data.replace("\n", "\r\n");
    auto bundle = CertificateImporter::importData(data, u"chain-crlf.pem"_s);
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    checkLeafAndChain(bundle.value(), 2);
    // Same through a file (mapped, not read).
    QVERIFY(TestSupport::writeFile(file(u"chain-crlf.pem"_s), data));
    auto mapped = CertificateImporter::importFile(file(u"chain-crlf.pem"_s));
    QVERIFY(mapped.ok());
    checkLeafAndChain(mapped.value(), 2);
}

void TestCertificateImporter::pemKeyAndCertificates()
{
    // Key first, then the CA, then the leaf: the leaf (the key's certificate) comes out first.
    const QByteArray data = TestSupport::readFile(file(u"leaf.key"_s)) +
                            TestSupport::readFile(file(u"ca.pem"_s)) +
                            TestSupport::readFile(file(u"leaf.pem"_s));
    auto bundle = CertificateImporter::importData(data, u"key-and-chain.pem"_s);
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    checkLeafAndChain(bundle.value(), 2);
    QVERIFY(!bundle->key.isNull());
    QVERIFY(bundle->key.matches(bundle->certificates.first().spkiDer()));
}

void TestCertificateImporter::der()
{
    auto bundle = CertificateImporter::importFile(file(u"leaf.der"_s));
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    QCOMPARE(bundle->format, ImportedBundle::Format::Der);
    checkLeafAndChain(bundle.value(), 1);
}

void TestCertificateImporter::pkcs7_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("PEM") << u"chain.p7b.PEM"_s;
    QTest::newRow("DER") << u"chain.p7b.DER"_s;
}

void TestCertificateImporter::pkcs7()
{
    QFETCH(QString, name);
    auto bundle = CertificateImporter::importFile(file(name));
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    QCOMPARE(bundle->format, ImportedBundle::Format::Pkcs7);
    QCOMPARE(bundle->certificates.size(), 2);
    QStringList thumbprints;
    for (const Certificate& certificate : bundle->certificates)
        thumbprints << certificate.thumbprint();
    QVERIFY(thumbprints.contains(m_leafThumbprint));
    QVERIFY(thumbprints.contains(m_caThumbprint));
    QVERIFY(bundle->key.isNull());
}

void TestCertificateImporter::pkcs12_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("legacy");
    QTest::newRow("modern (AES-256, PBKDF2)") << u"modern.p12"_s << false;
    QTest::newRow("-legacy (RC2-40, 3DES)") << u"legacy.p12"_s << true;
    QTest::newRow("PBE-SHA1-3DES, SHA-1 MAC") << u"3des.p12"_s << false;
}

void TestCertificateImporter::pkcs12()
{
    QFETCH(QString, name);
    QFETCH(bool, legacy);
    auto bundle = CertificateImporter::importFile(file(name), u"p12 secret"_s);
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    QCOMPARE(bundle->format, ImportedBundle::Format::Pkcs12);
    checkLeafAndChain(bundle.value(), 2);
    QVERIFY(!bundle->key.isNull());
    QVERIFY(bundle->key.matches(bundle->certificates.first().spkiDer()));
    QCOMPARE(bundle->key.description(), u"EC P-256"_s);
    QCOMPARE(bundle->friendlyName, u"Fabrikam Edge"_s);
    QCOMPARE(bundle->legacyPkcs12, legacy);
}

void TestCertificateImporter::pkcs12WrongPassword_data()
{
    pkcs12_data();
}

void TestCertificateImporter::pkcs12WrongPassword()
{
    QFETCH(QString, name);
    auto bundle = CertificateImporter::importFile(file(name), u"not the password"_s);
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().code, ErrorCode::BadInput);
    QVERIFY2(bundle.errorMessage().startsWith(file(name) + u": "_s), qPrintable(bundle.errorMessage()));
    QVERIFY2(bundle.errorMessage().contains(u"wrong password"_s), qPrintable(bundle.errorMessage()));
    auto none = CertificateImporter::importFile(file(name));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::BadInput);
    QVERIFY2(none.errorMessage().contains(u"password"_s), qPrintable(none.errorMessage()));
}

void TestCertificateImporter::pkcs12WithoutPassword()
{
    auto bundle = CertificateImporter::importFile(file(u"nopass.p12"_s));
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    checkLeafAndChain(bundle.value(), 2);
    QVERIFY(!bundle->key.isNull());
}

void TestCertificateImporter::legacyProviderStaysOutOfDefaultContext()
{
    auto bundle = CertificateImporter::importFile(file(u"legacy.p12"_s), u"p12 secret"_s);
    QVERIFY(bundle.ok());
    QVERIFY(bundle->legacyPkcs12);
    // The legacy provider was loaded in a private library context only.
    QCOMPARE(OSSL_PROVIDER_available(nullptr, "legacy"), 0);
}

void TestCertificateImporter::isPkcs12()
{
    QVERIFY(CertificateImporter::isPkcs12(TestSupport::readFile(file(u"modern.p12"_s))));
    QVERIFY(CertificateImporter::isPkcs12(TestSupport::readFile(file(u"legacy.p12"_s))));
    QVERIFY(!CertificateImporter::isPkcs12(TestSupport::readFile(file(u"leaf.der"_s))));
    QVERIFY(!CertificateImporter::isPkcs12(TestSupport::readFile(file(u"leaf.pem"_s))));
    QVERIFY(!CertificateImporter::isPkcs12({}));
}

void TestCertificateImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    const QByteArray leafPem = TestSupport::readFile(file(u"leaf.pem"_s));
    const QByteArray leafDer = TestSupport::readFile(file(u"leaf.der"_s));
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("only blanks") << QByteArray(" \r\n\t\n") << u"empty"_s;
    QTest::newRow("truncated PEM") << leafPem.left(leafPem.size() / 2) << u"no END line"_s;
    QByteArray badBase64 = leafPem;
    badBase64[40] = '!';
    badBase64[41] = '*';
    QTest::newRow("PEM with a bad base64 body") << badBase64 << u"bad base64"_s;
    QByteArray damagedBody = leafPem;
    damagedBody.replace(28, 8, "AAAAAAAA");
    QTest::newRow("PEM with a damaged certificate") << damagedBody << u"damaged"_s;
    QTest::newRow("garbage DER") << QByteArray("\x30\x05\x01\x02\x03\x04\x05", 7) << u"garbage DER"_s;
    QTest::newRow("truncated DER") << leafDer.left(leafDer.size() - 20) << u"truncated"_s;
    QTest::newRow("DER with trailing bytes") << QByteArray(leafDer + "xx") << u"garbage DER"_s;
    QTest::newRow("text") << QByteArray("hello, this is not a certificate\n") << u"BEGIN"_s;
    QTest::newRow("certificate request") << TestSupport::readFile(file(u"leaf.csr"_s)) << u"request"_s;
    QTest::newRow("key only") << TestSupport::readFile(file(u"leaf.key"_s)) << u"no certificate"_s;
    QTest::newRow("key of another certificate")
        << QByteArray(TestSupport::readFile(file(u"leaf.key"_s)) + TestSupport::readFile(file(u"ca.pem"_s)))
        << u"matches none"_s;
    QTest::newRow("malformed BEGIN line") << QByteArray("-----BEGIN CERTIFICATE\nAAAA\n") << u"malformed"_s;
    // The label would go into the message: a megabyte of it is a malformed line, not a label.
    QTest::newRow("BEGIN line with a 1 MB label")
        << QByteArray("-----BEGIN " + QByteArray(1 << 20, 'A') + "-----AAAA-----END A-----")
        << u"malformed"_s;
    QTest::newRow("PKCS#7 damaged") << QByteArray("-----BEGIN PKCS7-----\nMAMCAQA=\n-----END PKCS7-----\n")
                                    << u"PKCS#7"_s;
}

void TestCertificateImporter::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    auto bundle = CertificateImporter::importData(data, u"input.crt"_s, u"pw"_s);
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().code, ErrorCode::BadInput);
    const QString message = bundle.errorMessage();
    QVERIFY2(message.startsWith(u"input.crt: "_s), qPrintable(message));
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(message.size() < 300, qPrintable(message.left(300)));
    // The same through a file.
    QVERIFY(TestSupport::writeFile(file(u"bad.crt"_s), data));
    auto fromFile = CertificateImporter::importFile(file(u"bad.crt"_s), u"pw"_s);
    QVERIFY(!fromFile.ok());
    QCOMPARE(fromFile.error().code, ErrorCode::BadInput);
    QVERIFY2(fromFile.errorMessage().startsWith(file(u"bad.crt"_s)), qPrintable(fromFile.errorMessage()));
}

void TestCertificateImporter::largeRandomFile()
{
    QByteArray data(20 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
    for (const char first : {'\x30', 'x'}) {
        data[0] = first; // once looking like DER, once like text
        QVERIFY(TestSupport::writeFile(file(u"random.bin"_s), data));
        auto bundle = CertificateImporter::importFile(file(u"random.bin"_s));
        QVERIFY(!bundle.ok());
        QCOMPARE(bundle.error().code, ErrorCode::BadInput);
        QVERIFY2(bundle.errorMessage().startsWith(file(u"random.bin"_s)), qPrintable(bundle.errorMessage()));
    }
}

void TestCertificateImporter::oversizedFile()
{
    // Sparse: refused from its size, before a byte is read.
    QFile big(file(u"big.pem"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(CertificateImporter::kMaxFileSize + 1));
    big.close();
    auto bundle = CertificateImporter::importFile(file(u"big.pem"_s));
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().code, ErrorCode::BadInput);
    QCOMPARE(bundle.errorMessage(),
             file(u"big.pem"_s) + u": the file is too large (256 MiB) for a certificate file"_s);
    big.remove();
}

void TestCertificateImporter::missingFile()
{
    auto bundle = CertificateImporter::importFile(file(u"does-not-exist.pem"_s));
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().code, ErrorCode::BadInput);
    QVERIFY2(bundle.errorMessage().contains(u"does-not-exist.pem"_s), qPrintable(bundle.errorMessage()));
}

void TestCertificateImporter::cancelStopsLargeBundle()
{
    QFile leaf(file(u"leaf.pem"_s));
    QVERIFY(leaf.open(QIODevice::ReadOnly));
    const QByteArray pem = leaf.readAll();
    const QByteArray bundle = pem.repeated(20000); // parsing all takes seconds

    std::atomic_bool cancel = true;
    auto cancelled = CertificateImporter::importData(pem, u"one.pem"_s, {}, &cancel);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QVERIFY2(cancelled.errorMessage().contains(u"one.pem"_s), qPrintable(cancelled.errorMessage()));
    cancel = false;
    QVERIFY(CertificateImporter::importData(pem, u"one.pem"_s, {}, &cancel).ok());

    // Cancelled from another thread while it works: it stops between two blocks.
    // A thread joined here (not the global pool): OpenSSL frees its per-thread state at thread exit.
    std::optional<Result<ImportedBundle>> result;
    std::thread worker(
        [&] { result.emplace(CertificateImporter::importData(bundle, u"big.pem"_s, {}, &cancel)); });
    QTest::qWait(20);
    cancel = true;
    worker.join();
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, ErrorCode::Cancelled);
}

void TestCertificateImporter::pemWithoutLineBreaksIsLinear()
{
    // A reported worst case (300,000 blocks, 10.8 MB, no line break: 23 s before the fix), each block
    // with its own label, then one certificate. Searching the rest of the data for a line break
    // after every BEGIN, or the labels seen so far for each new one, made this quadratic.
    constexpr int kBlocks = 300'000;
    QByteArray data;
    data.reserve(kBlocks * 48);
    for (int i = 0; i < kBlocks; ++i) {
        const QByteArray label = "X" + QByteArray::number(i);
        data += "-----BEGIN " + label + "-----QUJD-----END " + label + "-----";
    }
    const QByteArray leaf = TestSupport::readFile(file(u"leaf.pem"_s));
    // Speed is measured by bench/parsers/run.sh (the whole CLI process: 0.1 s CPU). This bound only
    // tells linear from quadratic, three orders of magnitude apart: the quadratic code took 169 s
    // CPU for these blocks (24 s with a single label), the linear one 0.1 s in a release build; 8 s
    // leaves room for ASan and a loaded machine on one side and fails the quadratic code on the other.
    QElapsedTimer timer;
    timer.start();
    auto bundle = CertificateImporter::importData(data + QByteArray(leaf).replace('\n', ""), u"flat.pem"_s);
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
    QCOMPARE(bundle->certificates.size(), 1);
    QCOMPARE(bundle->certificates.first().thumbprint(), m_leafThumbprint);
    // No certificate: one short line naming a few of the labels.
    auto none = CertificateImporter::importData(data, u"flat.pem"_s);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::BadInput);
    QCOMPARE(none.errorMessage(),
             u"flat.pem: no certificate in the PEM data (found: X0, X1, X2, X3, X4, …)"_s);
    QVERIFY2(timer.elapsed() < 8000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
}

// name (made by the openssl CLI) with one derivation asking for twenty million iterations: the
// MAC's ("mac"), the encrypted certificates' ("certificates") or the key's ("key"). The MAC is
// computed again (with the password, 2,048 iterations) unless it is the one changed.
QByteArray TestCertificateImporter::expensivePkcs12(const QString& name, const QByteArray& which) const
{
    constexpr uint64_t kCost = 20'000'000;
    const QByteArray der = TestSupport::readFile(file(name));
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12(nullptr, &in, long(der.size())),
                                                        PKCS12_free);
    if (!p12)
        return {};
    if (which == "mac") {
        const ASN1_INTEGER* iterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12.get());
        if (!iterations || !ASN1_INTEGER_set_uint64(const_cast<ASN1_INTEGER*>(iterations), kCost))
            return {};
    } else {
        STACK_OF(PKCS7)* safes = PKCS12_unpack_authsafes(p12.get());
        bool changed = false;
        for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
            PKCS7* p7 = sk_PKCS7_value(safes, i);
            const int nid = OBJ_obj2nid(p7->type);
            if (nid == NID_pkcs7_encrypted && which == "certificates") {
                changed = CryptoTest::setKdfCost(p7->d.encrypted->enc_data->algorithm, kCost);
            } else if (nid == NID_pkcs7_data && which == "key") {
                STACK_OF(PKCS12_SAFEBAG)* bags = PKCS12_unpack_p7data(p7);
                for (int j = 0; j < sk_PKCS12_SAFEBAG_num(bags); ++j) {
                    if (const X509_SIG* shrouded =
                            PKCS12_SAFEBAG_get0_pkcs8(sk_PKCS12_SAFEBAG_value(bags, j))) {
                        X509_ALGOR* algorithm = nullptr;
                        X509_SIG_getm(const_cast<X509_SIG*>(shrouded), &algorithm, nullptr);
                        changed = CryptoTest::setKdfCost(algorithm, kCost);
                    }
                }
                if (changed) {
                    PKCS7_free(p7);
                    sk_PKCS7_set(safes, i, PKCS12_pack_p7data(bags));
                }
                sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
            }
        }
        const bool packed = changed && PKCS12_pack_authsafes(p12.get(), safes) &&
                            PKCS12_set_mac(p12.get(), "p12 secret", -1, nullptr, 0, 2048, nullptr);
        sk_PKCS7_pop_free(safes, PKCS7_free);
        if (!packed)
            return {};
    }
    unsigned char* out = nullptr;
    const int length = i2d_PKCS12(p12.get(), &out);
    const QByteArray result =
        length > 0 ? QByteArray(reinterpret_cast<const char*>(out), length) : QByteArray();
    OPENSSL_free(out);
    return result;
}

void TestCertificateImporter::expensiveKeyDerivationIsRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    const QString pass = u"file:"_s + file(u"pass"_s);
    for (const QByteArray which : {"mac", "certificates", "key"}) {
        const QByteArray p12 = expensivePkcs12(u"modern.p12"_s, which);
        QVERIFY2(!p12.isEmpty(), which.constData());
        QTest::addRow("PKCS#12 %s, PBKDF2", which.constData()) << p12 << u"iteration count too large"_s;
    }
    // The 3DES file's key bag uses PKCS#12's own PBE (PBEParameter); its MAC uses SHA-1.
    for (const QByteArray which : {"mac", "key"}) {
        const QByteArray p12 = expensivePkcs12(u"3des.p12"_s, which);
        QVERIFY2(!p12.isEmpty(), which.constData());
        QTest::addRow("PKCS#12 3DES %s", which.constData()) << p12 << u"iteration count too large"_s;
    }
    // An encrypted PKCS#8 key beside its certificate.
    const QByteArray leafPem = TestSupport::readFile(file(u"leaf.pem"_s));
    const QByteArray leafKey = TestSupport::readFile(file(u"leaf.key"_s));
    const auto pkcs8 = [&](const QStringList& options, uint64_t cost) {
        const auto encrypted = openssl(
            QStringList{u"pkcs8"_s, u"-topk8"_s, u"-outform"_s, u"DER"_s, u"-passout"_s, pass} + options,
            leafKey);
        const QByteArray der = CryptoTest::withKdfCost(encrypted.out, cost);
        return QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + der.toBase64() +
                          "\n-----END ENCRYPTED PRIVATE KEY-----\n" + leafPem);
    };
    QTest::newRow("PKCS#8 PBKDF2") << pkcs8({u"-v2"_s, u"aes-256-cbc"_s, u"-iter"_s, u"2048"_s}, 20'000'000)
                                   << u"iteration count too large (20000000; at most 10000000)"_s;
    QTest::newRow("PKCS#8 scrypt N=2^20")
        << pkcs8({u"-scrypt"_s}, 1 << 20) << u"scrypt parameters too large"_s;
}

void TestCertificateImporter::expensiveKeyDerivationIsRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    QVERIFY(TestSupport::writeFile(file(u"expensive.bin"_s), data));
    // Refused before the derivation runs: twenty million iterations take ten seconds or more, so a
    // bound of two seconds tells the two apart on any machine this runs on.
    QElapsedTimer timer;
    timer.start();
    auto bundle = CertificateImporter::importFile(file(u"expensive.bin"_s), u"p12 secret"_s);
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().code, ErrorCode::BadInput);
    const QString message = bundle.errorMessage();
    QVERIFY2(message.startsWith(file(u"expensive.bin"_s) + u": "_s), qPrintable(message));
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(u"password"_s), qPrintable(message));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestCertificateImporter)
#include "tst_certificateimporter.moc"
