#include "cryptotesthelpers.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/pkcs12.h>

using namespace Qt::StringLiterals;
using TestSupport::cli;
using TestSupport::openssl;

// cert, trust and passphrase commands run as the real domainsecure-cli binary, checked with openssl.
class TestCertCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void requestImportEnableFlow();
    void requestDerAndShow();
    void badInputExitsThreeAndChangesNothing_data();
    void badInputExitsThreeAndChangesNothing();
    void badRequestsExitThree_data();
    void badRequestsExitThree();
    void importSeveralFilesAllOrNothing();
    void enableSecondSmtpNeedsReplaceDefault();
    void noKeyCertificateCannotBeEnabled();
    void exportPfxModernAndLegacy();
    void selfSignedAndRemove();
    void trustAddListRemove();
    void passphraseSetChangeRemove();
    void expensiveStoredKeyNamesItsCertificate();

private:
    QString ws() const { return m_dir->filePath(u"test.dsw"_s); }
    QString file(const QString& name) const { return m_dir->filePath(name); }
    TestSupport::ProcessResult run(const QStringList& arguments)
    {
        return cli(arguments + QStringList{u"-w"_s, ws()});
    }
    QJsonDocument json(const QStringList& arguments);
    // cert request + sign with the openssl CA; returns the certificate file.
    QString requestAndSign(const QString& cn, const QStringList& extra = {});
    bool opensslOk(const QStringList& arguments);

    QTemporaryDir m_ca;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

bool TestCertCli::opensslOk(const QStringList& arguments)
{
    const auto result = openssl(arguments);
    if (result.exitCode != 0)
        qWarning() << arguments << result.err;
    return result.exitCode == 0;
}

QJsonDocument TestCertCli::json(const QStringList& arguments)
{
    const auto r = run(arguments + QStringList{u"--json"_s});
    if (r.exitCode != 0)
        qWarning() << arguments << r.err;
    return QJsonDocument::fromJson(r.out);
}

void TestCertCli::initTestCase()
{
    QVERIFY(m_ca.isValid());
    QVERIFY(opensslOk({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       m_ca.filePath(u"ca.key"_s), u"-out"_s, m_ca.filePath(u"ca.pem"_s), u"-days"_s,
                       u"3650"_s, u"-subj"_s, u"/CN=CLI Test Root/O=Test"_s, u"-addext"_s,
                       u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                       u"keyUsage=critical,keyCertSign,cRLSign"_s}));
}

void TestCertCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const auto r = cli({u"workspace"_s, u"init"_s, u"-w"_s, ws(), u"--organization"_s, u"Contoso"_s,
                        u"--server"_s, u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(TestSupport::writeFile(file(u"pfx-pass"_s), "pfx secret\n"));
}

QString TestCertCli::requestAndSign(const QString& cn, const QStringList& extra)
{
    const QString name = u"req%1"_s.arg(++m_counter);
    const auto r = run(QStringList{u"cert"_s, u"request"_s, u"--subject"_s, u"CN=%1,O=Contoso,C=JP"_s.arg(cn),
                                   u"--key"_s, u"ec:p256"_s, u"--out"_s, file(name + u".csr"_s)} +
                       extra);
    if (r.exitCode != 0) {
        qWarning() << r.err;
        return {};
    }
    if (!opensslOk({u"x509"_s, u"-req"_s, u"-in"_s, file(name + u".csr"_s), u"-CA"_s,
                    m_ca.filePath(u"ca.pem"_s), u"-CAkey"_s, m_ca.filePath(u"ca.key"_s), u"-CAcreateserial"_s,
                    u"-CAserial"_s, file(u"ca.srl"_s), u"-out"_s, file(name + u".pem"_s), u"-days"_s,
                    u"200"_s, u"-copy_extensions"_s, u"copyall"_s}))
        return {};
    return file(name + u".pem"_s);
}

static QString fingerprint(const QString& pemFile)
{
    const auto result = openssl({u"x509"_s, u"-in"_s, pemFile, u"-noout"_s, u"-fingerprint"_s, u"-sha1"_s});
    return QString::fromUtf8(result.out).trimmed().section(u'=', 1).remove(u':');
}

void TestCertCli::requestImportEnableFlow()
{
    // 1. request: the CSR verifies and carries the SANs and both EKUs.
    const auto request = run({u"cert"_s, u"request"_s, u"--server"_s, u"EDGE01"_s, u"--subject"_s,
                              u"CN=mail.contoso.example,O=Contoso\\, Ltd.,C=JP"_s, u"--domain"_s,
                              u"contoso.example"_s, u"--domain"_s, u"bücher.example"_s, u"--friendly-name"_s,
                              u"Edge 2026"_s, u"--exportable"_s, u"--out"_s, file(u"edge.csr"_s)});
    QVERIFY2(request.exitCode == 0, request.err.constData());
    const auto verify =
        openssl({u"req"_s, u"-in"_s, file(u"edge.csr"_s), u"-verify"_s, u"-noout"_s, u"-text"_s});
    QCOMPARE(verify.exitCode, 0);
    const QString text = QString::fromUtf8(verify.out + verify.err);
    QVERIFY2(text.contains(u"verify OK"_s), qPrintable(text));
    QVERIFY2(text.contains(u"DNS:mail.contoso.example, DNS:contoso.example, DNS:xn--bcher-kva.example"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"TLS Web Server Authentication, TLS Web Client Authentication"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Public-Key: (2048 bit)"_s), qPrintable(text)); // rsa:2048 by default
    const QJsonArray pending = json({u"cert"_s, u"list"_s}).array();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0)[u"status"_s].toString(), u"PendingRequest"_s);
    QCOMPARE(pending.at(0)[u"subject"_s].toString(), u"CN=mail.contoso.example,O=Contoso\\, Ltd.,C=JP"_s);

    // 2. the CA signs; import matches the pending request, --enable SMTP; the CA is trusted.
    QVERIFY(opensslOk({u"x509"_s, u"-req"_s, u"-in"_s, file(u"edge.csr"_s), u"-CA"_s,
                       m_ca.filePath(u"ca.pem"_s), u"-CAkey"_s, m_ca.filePath(u"ca.key"_s),
                       u"-CAcreateserial"_s, u"-CAserial"_s, file(u"ca.srl"_s), u"-out"_s,
                       file(u"edge.pem"_s), u"-days"_s, u"200"_s, u"-copy_extensions"_s, u"copyall"_s}));
    QByteArray answer =
        TestSupport::readFile(file(u"edge.pem"_s)) + TestSupport::readFile(m_ca.filePath(u"ca.pem"_s));
    answer.replace("\n", "\r\n"); // as a Windows CA hands it out
    QVERIFY(TestSupport::writeFile(file(u"answer.pem"_s), answer));
    QCOMPARE(run({u"trust"_s, u"add"_s, m_ca.filePath(u"ca.pem"_s)}).exitCode, 0);
    const QJsonObject imported =
        json({u"cert"_s, u"import"_s, file(u"answer.pem"_s), u"--require-match"_s, u"--enable"_s, u"SMTP"_s})
            .object();
    QCOMPARE(imported[u"format"_s].toString(), u"PEM"_s);
    const QJsonObject item = imported[u"imported"_s].toArray().at(0).toObject();
    QVERIFY(item[u"matchedRequest"_s].toBool());
    QVERIFY(item[u"hasPrivateKey"_s].toBool());
    QCOMPARE(item[u"services"_s].toArray(), QJsonArray{u"SMTP"_s});
    const QString thumbprint = item[u"thumbprint"_s].toString();
    QCOMPARE(thumbprint, fingerprint(file(u"edge.pem"_s)));

    // 3. list/show: Valid, trusted, identity equals openssl's.
    const QJsonArray list = json({u"cert"_s, u"list"_s}).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0)[u"status"_s].toString(), u"Valid"_s);
    const QJsonObject shown = json({u"cert"_s, u"show"_s, thumbprint.toLower()}).object();
    QCOMPARE(shown[u"thumbprint"_s].toString(), thumbprint);
    QVERIFY(shown[u"trusted"_s].toBool());
    QCOMPARE(shown[u"friendlyName"_s].toString(), u"Edge 2026"_s);
    QCOMPARE(shown[u"chain"_s].toArray().size(), 2);
    QCOMPARE(shown[u"extendedKeyUsage"_s].toArray(), (QJsonArray{u"serverAuth"_s, u"clientAuth"_s}));
    const auto sha256 =
        openssl({u"x509"_s, u"-in"_s, file(u"edge.pem"_s), u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s});
    QCOMPARE(shown[u"sha256"_s].toString(),
             QString::fromUtf8(sha256.out).trimmed().section(u'=', 1).remove(u':'));
    const auto human = run({u"cert"_s, u"show"_s, thumbprint});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("Status: Valid"));

    // 4. export PEM with chain; openssl verifies it against the CA.
    QCOMPARE(run({u"cert"_s, u"export"_s, thumbprint, u"--out"_s, file(u"out.pem"_s)}).exitCode, 0);
    const QByteArray exported = TestSupport::readFile(file(u"out.pem"_s));
    QCOMPARE(exported.count("BEGIN CERTIFICATE"), 2);
    QVERIFY(opensslOk({u"verify"_s, u"-CAfile"_s, m_ca.filePath(u"ca.pem"_s), u"-purpose"_s, u"sslclient"_s,
                       file(u"out.pem"_s)}));
    QCOMPARE(
        run({u"cert"_s, u"export"_s, thumbprint, u"--format"_s, u"der"_s, u"--out"_s, file(u"out.der"_s)})
            .exitCode,
        0);
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(TestSupport::readFile(file(u"out.der"_s)), QCryptographicHash::Sha1)
                     .toHex())
                 .toUpper(),
             thumbprint);
}

void TestCertCli::requestDerAndShow()
{
    const auto r = run({u"cert"_s, u"request"_s, u"--subject"_s, u"CN=mail.contoso.example"_s, u"--key"_s,
                        u"ec:p384"_s, u"--der"_s, u"--out"_s, file(u"req.der"_s), u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject created = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(created[u"format"_s].toString(), u"der"_s);
    QCOMPARE(created[u"key"_s].toString(), u"ec:p384"_s);
    const auto verify = openssl({u"req"_s, u"-inform"_s, u"DER"_s, u"-in"_s, file(u"req.der"_s), u"-verify"_s,
                                 u"-noout"_s, u"-text"_s});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(QString::fromUtf8(verify.out).contains(u"NIST CURVE: P-384"_s));
    const QString thumbprint = created[u"thumbprint"_s].toString();
    const QJsonObject shown = json({u"cert"_s, u"show"_s, thumbprint}).object();
    QCOMPARE(shown[u"kind"_s].toString(), u"pendingRequest"_s);
    QCOMPARE(shown[u"domains"_s].toArray(), QJsonArray{u"mail.contoso.example"_s});
    // The pending request exports as its PKCS#10.
    QCOMPARE(
        run({u"cert"_s, u"export"_s, thumbprint, u"--format"_s, u"der"_s, u"--out"_s, file(u"again.der"_s)})
            .exitCode,
        0);
    QCOMPARE(TestSupport::readFile(file(u"again.der"_s)), TestSupport::readFile(file(u"req.der"_s)));
}

void TestCertCli::badInputExitsThreeAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mentions");
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUXl\n";
    QTest::newRow("empty file") << QByteArray() << QStringList() << u"empty"_s;
    QTest::newRow("truncated PEM") << pem << QStringList() << u"no END line"_s;
    QTest::newRow("bad base64") << QByteArray(
                                       "-----BEGIN CERTIFICATE-----\nMI!B*zCC\n-----END CERTIFICATE-----\n")
                                << QStringList() << u"base64"_s;
    QTest::newRow("garbage DER") << QByteArray("\x30\x06\x02\x01\x01\x04\x01\x00", 8) << QStringList()
                                 << u"DER"_s;
    QByteArray random(20 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    QTest::newRow("20 MiB random file") << random << QStringList() << QString();
    QTest::newRow("wrong PKCS#12 password") << QByteArray("p12") << QStringList() << u"wrong password"_s;
    // Key derivations above PbeBounds (twenty million iterations): refused before they run.
    QTest::newRow("PKCS#12 MAC iteration count")
        << QByteArray("p12-iter") << QStringList() << u"iteration count too large"_s;
    QTest::newRow("PKCS#8 key iteration count")
        << QByteArray("pkcs8-iter") << QStringList() << u"iteration count too large"_s;
    QTest::newRow("no matching request")
        << QByteArray("nomatch") << QStringList{u"--require-match"_s} << u"matches no pending request"_s;
}

void TestCertCli::badInputExitsThreeAndChangesNothing()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, options);
    QFETCH(QString, mentions);
    // A workspace with some content, to see that nothing in it changes.
    QVERIFY(!requestAndSign(u"mail.contoso.example"_s).isEmpty());
    const QString input = file(u"input.bin"_s);
    QStringList extra = options;
    if (data == "p12" || data == "nomatch" || data == "p12-iter" || data == "pkcs8-iter") {
        QVERIFY(opensslOk({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                           u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, file(u"other.key"_s),
                           u"-out"_s, file(u"other.pem"_s), u"-subj"_s, u"/CN=other.example"_s, u"-days"_s,
                           u"5"_s}));
        if (data == "p12") {
            QVERIFY(opensslOk({u"pkcs12"_s, u"-export"_s, u"-legacy"_s, u"-inkey"_s, file(u"other.key"_s),
                               u"-in"_s, file(u"other.pem"_s), u"-passout"_s, u"pass:right"_s, u"-out"_s,
                               input}));
            extra << u"--password-file"_s << file(u"pfx-pass"_s);
        } else if (data == "p12-iter") {
            QVERIFY(opensslOk({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, file(u"other.key"_s), u"-in"_s,
                               file(u"other.pem"_s), u"-passout"_s, u"pass:pfx secret"_s, u"-out"_s,
                               file(u"cheap.p12"_s)}));
            const QByteArray der = TestSupport::readFile(file(u"cheap.p12"_s));
            const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
            std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12(nullptr, &in, long(der.size())),
                                                                PKCS12_free);
            const ASN1_INTEGER* iterations = nullptr;
            PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12.get());
            QVERIFY(iterations && ASN1_INTEGER_set_uint64(const_cast<ASN1_INTEGER*>(iterations), 20'000'000));
            unsigned char* out = nullptr;
            const int length = i2d_PKCS12(p12.get(), &out);
            QVERIFY(length > 0);
            QVERIFY(TestSupport::writeFile(input, QByteArray(reinterpret_cast<const char*>(out), length)));
            OPENSSL_free(out);
            extra << u"--password-file"_s << file(u"pfx-pass"_s);
        } else if (data == "pkcs8-iter") {
            const auto encrypted = openssl({u"pkcs8"_s, u"-topk8"_s, u"-in"_s, file(u"other.key"_s),
                                            u"-outform"_s, u"DER"_s, u"-v2"_s, u"aes-256-cbc"_s, u"-iter"_s,
                                            u"2048"_s, u"-passout"_s, u"pass:pfx secret"_s});
            const QByteArray der = CryptoTest::withKdfCost(encrypted.out, 20'000'000);
            QVERIFY(!der.isEmpty());
            QVERIFY(TestSupport::writeFile(input, "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + der.toBase64() +
                                                      "\n-----END ENCRYPTED PRIVATE KEY-----\n" +
                                                      TestSupport::readFile(file(u"other.pem"_s))));
            extra << u"--password-file"_s << file(u"pfx-pass"_s);
        } else {
            QVERIFY(QFile::copy(file(u"other.pem"_s), input));
        }
    } else {
        QVERIFY(TestSupport::writeFile(input, data));
    }
    const QByteArray before = TestSupport::readFile(ws());
    const auto r = run(QStringList{u"cert"_s, u"import"_s, input} + extra);
    QCOMPARE(r.exitCode, 3);
    const QByteArray err = r.err.trimmed();
    QVERIFY2(!err.contains('\n'), err.constData()); // one line
    QVERIFY2(err.contains(input.toUtf8()), err.constData());
    QVERIFY2(QString::fromUtf8(err).contains(mentions), err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(TestSupport::readFile(ws()), before); // byte for byte
}

void TestCertCli::badRequestsExitThree_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("CN not a DNS name") << u"CN=mail server,O=Contoso"_s << QString() << u"mail server"_s;
    QTest::newRow("SAN not a DNS name")
        << u"CN=mail.contoso.example"_s << u"under_score.example"_s << u"under_score.example"_s;
    QTest::newRow("country of three letters") << u"CN=mail.contoso.example,C=JPN"_s << QString() << u"JPN"_s;
}

void TestCertCli::badRequestsExitThree()
{
    QFETCH(QString, subject);
    QFETCH(QString, domain);
    QFETCH(QString, mentions);
    const QByteArray before = TestSupport::readFile(ws());
    QStringList arguments{u"cert"_s, u"request"_s, u"--subject"_s, subject, u"--out"_s, file(u"bad.csr"_s)};
    if (!domain.isEmpty())
        arguments << u"--domain"_s << domain;
    const auto r = run(arguments);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(!QFile::exists(file(u"bad.csr"_s)));
    QCOMPARE(TestSupport::readFile(ws()), before);
    // The same names refused for a self-signed certificate.
    arguments[1] = u"self-signed"_s;
    arguments.removeAt(arguments.indexOf(u"--out"_s) + 1);
    arguments.removeAt(arguments.indexOf(u"--out"_s));
    QCOMPARE(run(arguments).exitCode, 3);
    QCOMPARE(TestSupport::readFile(ws()), before);
}

void TestCertCli::importSeveralFilesAllOrNothing()
{
    // Three PKCS#12 files made by the openssl CLI with the same password, one command.
    QStringList pfx;
    for (int i = 0; i < 3; ++i) {
        const QString name = u"p%1"_s.arg(i);
        QVERIFY(opensslOk({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                           u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, file(name + u".key"_s),
                           u"-out"_s, file(name + u".pem"_s), u"-subj"_s,
                           u"/CN=host%1.contoso.example"_s.arg(i), u"-days"_s, u"30"_s}));
        QVERIFY(opensslOk({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, file(name + u".key"_s), u"-in"_s,
                           file(name + u".pem"_s), u"-passout"_s, u"pass:pfx secret"_s, u"-out"_s,
                           file(name + u".p12"_s)}));
        pfx << file(name + u".p12"_s);
    }
    // A bad file last: nothing of the good ones before it is kept.
    QVERIFY(TestSupport::writeFile(file(u"bad.pem"_s), "-----BEGIN CERTIFICATE-----\nMIIB\n"));
    const QByteArray before = TestSupport::readFile(ws());
    const auto refused = run(QStringList{u"cert"_s, u"import"_s} + pfx +
                             QStringList{file(u"bad.pem"_s), u"--password-file"_s, file(u"pfx-pass"_s)});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(file(u"bad.pem"_s).toUtf8()), refused.err.constData());
    QCOMPARE(TestSupport::readFile(ws()), before);

    const QJsonDocument doc = json(QStringList{u"cert"_s, u"import"_s} + pfx +
                                   QStringList{u"--password-file"_s, file(u"pfx-pass"_s)});
    const QJsonArray imports = doc.object().value(u"imports"_s).toArray();
    QCOMPARE(imports.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject entry = imports.at(i).toObject();
        QCOMPARE(entry.value(u"file"_s).toString(), pfx.at(i));
        QCOMPARE(entry.value(u"format"_s).toString(), u"PKCS#12"_s);
        const QJsonObject item = entry.value(u"imported"_s).toArray().first().toObject();
        QVERIFY(item.value(u"hasPrivateKey"_s).toBool());
        QCOMPARE(item.value(u"thumbprint"_s).toString(), fingerprint(file(u"p%1.pem"_s.arg(i))));
    }
    const QJsonArray listed = json({u"cert"_s, u"list"_s}).array();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(run({u"cert"_s, u"import"_s, u"--friendly-name"_s, u"x"_s, pfx.at(0), pfx.at(1)}).exitCode, 2);
}

void TestCertCli::enableSecondSmtpNeedsReplaceDefault()
{
    const QString first = requestAndSign(u"a.contoso.example"_s);
    const QString second = requestAndSign(u"b.contoso.example"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(run({u"cert"_s, u"import"_s, first, u"--enable"_s, u"SMTP,IMAP"_s}).exitCode, 0);
    QCOMPARE(run({u"cert"_s, u"import"_s, second}).exitCode, 0);
    const QString a = fingerprint(first);
    const QString b = fingerprint(second);
    const QByteArray before = TestSupport::readFile(ws());
    const auto refused = run({u"cert"_s, u"enable"_s, b, u"--services"_s, u"SMTP"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(a.toLatin1()), refused.err.constData());
    QVERIFY2(refused.err.contains("--replace-default"), refused.err.constData());
    QCOMPARE(TestSupport::readFile(ws()), before);
    const QJsonObject replaced =
        json({u"cert"_s, u"enable"_s, b, u"--services"_s, u"SMTP"_s, u"--replace-default"_s}).object();
    QCOMPARE(replaced[u"replacedDefault"_s].toString(), a);
    QCOMPARE(replaced[u"services"_s].toArray(), QJsonArray{u"SMTP"_s});
    const QJsonObject old = json({u"cert"_s, u"show"_s, a}).object();
    QCOMPARE(old[u"services"_s].toArray(), QJsonArray{u"IMAP"_s});
    // Unknown service: usage error.
    QCOMPARE(run({u"cert"_s, u"enable"_s, b, u"--services"_s, u"FTP"_s}).exitCode, 2);
}

void TestCertCli::noKeyCertificateCannotBeEnabled()
{
    QVERIFY(
        opensslOk({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                   u"-nodes"_s, u"-keyout"_s, file(u"p.key"_s), u"-out"_s, file(u"partner.pem"_s), u"-subj"_s,
                   u"/CN=mail.fabrikam.example"_s, u"-days"_s, u"5"_s}));
    const QJsonObject imported = json({u"cert"_s, u"import"_s, file(u"partner.pem"_s)}).object();
    const QJsonObject item = imported[u"imported"_s].toArray().at(0).toObject();
    QVERIFY(!item[u"hasPrivateKey"_s].toBool());
    const QString thumbprint = item[u"thumbprint"_s].toString();
    QCOMPARE(json({u"cert"_s, u"show"_s, thumbprint}).object()[u"status"_s].toString(), u"NoPrivateKey"_s);
    const auto refused = run({u"cert"_s, u"enable"_s, thumbprint, u"--services"_s, u"SMTP"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("no private key"), refused.err.constData());
    // --enable during import fails the whole import.
    QCOMPARE(run({u"cert"_s, u"remove"_s, thumbprint}).exitCode, 0);
    const QByteArray before = TestSupport::readFile(ws());
    QCOMPARE(run({u"cert"_s, u"import"_s, file(u"partner.pem"_s), u"--enable"_s, u"SMTP"_s}).exitCode, 1);
    QCOMPARE(TestSupport::readFile(ws()), before);
}

void TestCertCli::exportPfxModernAndLegacy()
{
    const QString exportable = requestAndSign(u"mail.contoso.example"_s, {u"--exportable"_s});
    const QString locked = requestAndSign(u"locked.contoso.example"_s);
    QVERIFY(!exportable.isEmpty() && !locked.isEmpty());
    QCOMPARE(run({u"cert"_s, u"import"_s, exportable}).exitCode, 0);
    QCOMPARE(run({u"cert"_s, u"import"_s, locked}).exitCode, 0);
    const QString thumbprint = fingerprint(exportable);
    const QString pass = u"file:"_s + file(u"pfx-pass"_s);
    for (bool legacy : {false, true}) {
        QStringList arguments{u"cert"_s,          u"export"_s, thumbprint,         u"--format"_s,
                              u"pfx"_s,           u"--out"_s,  file(u"out.pfx"_s), u"--password-file"_s,
                              file(u"pfx-pass"_s)};
        if (legacy)
            arguments << u"--legacy-pfx"_s;
        const auto r = run(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto info =
            openssl({u"pkcs12"_s, u"-info"_s, u"-noout"_s, u"-in"_s, file(u"out.pfx"_s), u"-passin"_s, pass});
        QCOMPARE(info.exitCode, 0);
        const QString text = QString::fromUtf8(info.err + info.out);
        QVERIFY2(text.contains(legacy ? u"MAC: sha1"_s : u"MAC: sha256"_s), qPrintable(text));
        QVERIFY2(
            text.contains(legacy ? u"pbeWithSHA1And3-KeyTripleDES-CBC"_s : u"PBES2, PBKDF2, AES-256-CBC"_s),
            qPrintable(text));
        QCOMPARE(QFile::permissions(file(u"out.pfx"_s)) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }
    // Non-exportable: refused, no file written.
    const auto refused = run({u"cert"_s, u"export"_s, fingerprint(locked), u"--format"_s, u"pfx"_s,
                              u"--out"_s, file(u"locked.pfx"_s), u"--password-file"_s, file(u"pfx-pass"_s)});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("not exportable"), refused.err.constData());
    QVERIFY(!QFile::exists(file(u"locked.pfx"_s)));
    // Usage errors.
    QCOMPARE(run({u"cert"_s, u"export"_s, thumbprint, u"--format"_s, u"pfx"_s, u"--out"_s, file(u"x.pfx"_s)})
                 .exitCode,
             2);
    QCOMPARE(
        run({u"cert"_s, u"export"_s, thumbprint, u"--legacy-pfx"_s, u"--out"_s, file(u"x.pem"_s)}).exitCode,
        2);
    QCOMPARE(run({u"cert"_s, u"export"_s, thumbprint, u"--format"_s, u"p7b"_s, u"--out"_s, file(u"x.p7b"_s)})
                 .exitCode,
             2);
}

void TestCertCli::selfSignedAndRemove()
{
    const auto r = run({u"cert"_s, u"self-signed"_s, u"--subject"_s, u"CN=edge01.contoso.example"_s,
                        u"--days"_s, u"365"_s, u"--key"_s, u"ec:p256"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject created = QJsonDocument::fromJson(r.out).object();
    QVERIFY(created[u"internalOnly"_s].toBool());
    QVERIFY(created[u"selfSigned"_s].toBool());
    const QString thumbprint = created[u"thumbprint"_s].toString();
    const QDateTime notBefore = QDateTime::fromString(created[u"notBefore"_s].toString(), Qt::ISODate);
    const QDateTime notAfter = QDateTime::fromString(created[u"notAfter"_s].toString(), Qt::ISODate);
    QCOMPARE(notBefore.daysTo(notAfter), 365);
    QCOMPARE(
        run({u"cert"_s, u"self-signed"_s, u"--subject"_s, u"CN=x.example"_s, u"--days"_s, u"abc"_s}).exitCode,
        2);
    QCOMPARE(run({u"cert"_s, u"remove"_s, thumbprint}).exitCode, 0);
    QCOMPARE(json({u"cert"_s, u"list"_s}).array().size(), 0);
    const auto again = run({u"cert"_s, u"remove"_s, thumbprint});
    QCOMPARE(again.exitCode, 3);
}

void TestCertCli::trustAddListRemove()
{
    const QJsonObject added = json({u"trust"_s, u"add"_s, m_ca.filePath(u"ca.pem"_s)}).object();
    QCOMPARE(added[u"added"_s].toArray().size(), 1);
    const QJsonArray list = json({u"trust"_s, u"list"_s}).array();
    QCOMPARE(list.size(), 1);
    const QString thumbprint = fingerprint(m_ca.filePath(u"ca.pem"_s));
    QCOMPARE(list.at(0)[u"thumbprint"_s].toString(), thumbprint);
    // A leaf certificate is not a root: exit 3, nothing changes.
    const QString leaf = requestAndSign(u"mail.contoso.example"_s);
    const QByteArray before = TestSupport::readFile(ws());
    QCOMPARE(run({u"trust"_s, u"add"_s, leaf}).exitCode, 3);
    QCOMPARE(TestSupport::readFile(ws()), before);
    QCOMPARE(run({u"trust"_s, u"remove"_s, thumbprint}).exitCode, 0);
    QCOMPARE(json({u"trust"_s, u"list"_s}).array().size(), 0);
    QCOMPARE(run({u"trust"_s, u"remove"_s, thumbprint}).exitCode, 3);
}

void TestCertCli::passphraseSetChangeRemove()
{
    QVERIFY(TestSupport::writeFile(file(u"pp1"_s), "first passphrase\n"));
    QVERIFY(TestSupport::writeFile(file(u"pp2"_s), "second passphrase\n"));
    const QString signedFile = requestAndSign(u"mail.contoso.example"_s, {u"--exportable"_s});
    QVERIFY(!signedFile.isEmpty());
    auto r = run({u"passphrase"_s, u"set"_s, u"--new-passphrase-file"_s, file(u"pp1"_s)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!TestSupport::readFile(ws()).contains("first passphrase"));
    // A new request needs the passphrase; the key is stored encrypted.
    const QByteArray before = TestSupport::readFile(ws());
    r = run({u"cert"_s, u"request"_s, u"--subject"_s, u"CN=b.contoso.example"_s, u"--key"_s, u"ec:p256"_s,
             u"--out"_s, file(u"b.csr"_s)});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("passphrase"), r.err.constData());
    QCOMPARE(TestSupport::readFile(ws()), before);
    r = run({u"cert"_s, u"request"_s, u"--subject"_s, u"CN=b.contoso.example"_s, u"--key"_s, u"ec:p256"_s,
             u"--out"_s, file(u"b.csr"_s), u"--passphrase-file"_s, file(u"pp2"_s)});
    QCOMPARE(r.exitCode, 3); // wrong passphrase
    r = run({u"cert"_s, u"request"_s, u"--subject"_s, u"CN=b.contoso.example"_s, u"--key"_s, u"ec:p256"_s,
             u"--out"_s, file(u"b.csr"_s), u"--passphrase-file"_s, file(u"pp1"_s)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Importing the signed request keeps its encrypted key; exporting the key needs the passphrase.
    QCOMPARE(run({u"cert"_s, u"import"_s, signedFile}).exitCode, 0);
    const QString thumbprint = fingerprint(signedFile);
    const QStringList exportPfx{u"cert"_s,          u"export"_s, thumbprint,       u"--format"_s,
                                u"pfx"_s,           u"--out"_s,  file(u"k.pfx"_s), u"--password-file"_s,
                                file(u"pfx-pass"_s)};
    QCOMPARE(run(exportPfx).exitCode, 3);
    QCOMPARE(run(exportPfx + QStringList{u"--passphrase-file"_s, file(u"pp1"_s)}).exitCode, 0);
    // change and remove
    r = run({u"passphrase"_s, u"change"_s, u"--passphrase-file"_s, file(u"pp1"_s), u"--new-passphrase-file"_s,
             file(u"pp2"_s)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(run(exportPfx + QStringList{u"--passphrase-file"_s, file(u"pp1"_s)}).exitCode, 3);
    QCOMPARE(run(exportPfx + QStringList{u"--passphrase-file"_s, file(u"pp2"_s)}).exitCode, 0);
    r = run({u"passphrase"_s, u"remove"_s, u"--passphrase-file"_s, file(u"pp2"_s)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(run(exportPfx).exitCode, 0);
    QVERIFY(!json({u"cert"_s, u"show"_s, thumbprint}).object()[u"keyEncrypted"_s].toBool());
}

void TestCertCli::expensiveStoredKeyNamesItsCertificate()
{
    // An imported key, stored encrypted (scrypt), whose N a hostile edit of the workspace raised.
    QVERIFY(TestSupport::writeFile(file(u"pp"_s), "workspace passphrase\n"));
    const QString signedFile = requestAndSign(u"mail.contoso.example"_s, {u"--exportable"_s});
    QVERIFY(!signedFile.isEmpty());
    QCOMPARE(run({u"cert"_s, u"import"_s, signedFile}).exitCode, 0);
    const QString thumbprint = fingerprint(signedFile);
    QCOMPARE(run({u"cert"_s, u"enable"_s, thumbprint, u"--services"_s, u"SMTP"_s}).exitCode, 0);
    auto r = run({u"passphrase"_s, u"set"_s, u"--new-passphrase-file"_s, file(u"pp"_s)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject root = QJsonDocument::fromJson(TestSupport::readFile(ws())).object();
    QJsonArray servers = root[u"servers"_s].toArray();
    QJsonObject server = servers[0].toObject();
    QJsonArray certificates = server[u"certificates"_s].toArray();
    QJsonObject certificate = certificates[0].toObject();
    QVERIFY(certificate[u"keyEncrypted"_s].toBool());
    const QByteArray expensive = CryptoTest::withKdfCost(
        QByteArray::fromBase64(certificate[u"privateKey"_s].toString().toLatin1()), 1 << 20);
    QVERIFY(!expensive.isEmpty());
    certificate[u"privateKey"_s] = QString::fromLatin1(expensive.toBase64());
    certificates[0] = certificate;
    server[u"certificates"_s] = certificates;
    servers[0] = server;
    root[u"servers"_s] = servers;
    QVERIFY(TestSupport::writeFile(ws(), QJsonDocument(root).toJson()));

    const QStringList passphrase{u"--passphrase-file"_s, file(u"pp"_s)};
    r = run(QStringList{u"cert"_s, u"export"_s, thumbprint, u"--format"_s, u"pfx"_s, u"--out"_s,
                        file(u"k.pfx"_s), u"--password-file"_s, file(u"pfx-pass"_s)} +
            passphrase);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(thumbprint.toUtf8()) && r.err.contains("too large"), r.err.constData());
    QVERIFY(!QFile::exists(file(u"k.pfx"_s)));
    r = run(QStringList{u"export"_s, u"postfix"_s, u"--out"_s, file(u"bundle"_s)} + passphrase);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(thumbprint.toUtf8()) && r.err.contains("too large"), r.err.constData());
    QVERIFY(!QFile::exists(file(u"bundle"_s)));
}

QTEST_GUILESS_MAIN(TestCertCli)
#include "tst_certcli.moc"
