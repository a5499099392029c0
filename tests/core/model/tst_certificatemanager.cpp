#include "crypto/certificateauthority.h"
#include "crypto/certificaterequest.h"
#include "cryptotesthelpers.h"
#include "model/certificatemanager.h"
#include "model/workspacecrypto.h"
#include "operations/certificateoperations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

using CryptoTest::openssl;
using CryptoTest::path;
using CM = CertificateManager;

// The request -> CA -> import -> enable -> export flow on a workspace, every failure leaving it unchanged.
class TestCertificateManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void requestIsPendingAndVerifies();
    void requestRejectsBadInput_data();
    void requestRejectsBadInput();
    void importCompletesPendingRequest();
    void importWithoutKeyOrRequest();
    void requireMatch();
    void failedImportChangesNothing_data();
    void failedImportChangesNothing();
    void pkcs12ImportKeepsKey();
    void duplicateImport();
    void selfSignedIsInternalOnly();
    void enableRules();
    void enableRefusedWhenNotValid();
    void exportFormats();
    void nonExportableKeyNeverLeaves();
    void exportPendingRequest();
    void removeCertificateAndRequest();
    void trustedRoots();
    void passphraseProtectedKeys();
    void severalServers();

private:
    CM::RequestParams params(const QString& cn, const QStringList& domains = {}) const;
    // Creates a request on EDGE01 and has the openssl CA sign it; returns the PEM certificate.
    QByteArray requestAndSign(const QString& cn, bool exportable = false, const QString& passphrase = {});
    QString thumbprintOf(const QByteArray& pem) const
    {
        return Certificate::fromPem(pem).value().thumbprint();
    }

    QTemporaryDir m_dir;
    Workspace m_ws;
    int m_counter = 0;
};

void TestCertificateManager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(CryptoTest::makeOpensslCa(m_dir));
    QVERIFY(TestSupport::writeFile(path(m_dir, u"pass"_s), "pfx-pass\n"));
}

void TestCertificateManager::init()
{
    m_ws = Workspace();
    m_ws.organization = u"Contoso"_s;
    Server server;
    server.name = u"EDGE01"_s;
    server.fqdn = u"mail.contoso.example"_s;
    m_ws.servers << server;
}

CM::RequestParams TestCertificateManager::params(const QString& cn, const QStringList& domains) const
{
    CM::RequestParams p;
    p.subject = u"CN=%1,O=Contoso,C=JP"_s.arg(cn);
    p.domains = domains;
    p.keySpec = KeySpec::ecP256();
    return p;
}

QByteArray TestCertificateManager::requestAndSign(const QString& cn, bool exportable,
                                                  const QString& passphrase)
{
    CM::RequestParams p = params(cn);
    p.exportable = exportable;
    auto created = CM::createRequest(m_ws, u"EDGE01"_s, p, passphrase);
    if (!created.ok()) {
        qWarning() << created.errorMessage();
        return {};
    }
    const QString name = u"req%1"_s.arg(++m_counter);
    TestSupport::writeFile(path(m_dir, name + u".csr"_s), created->csrPem);
    if (!CryptoTest::opensslSign(m_dir, path(m_dir, name + u".csr"_s), path(m_dir, name + u".pem"_s)))
        return {};
    return TestSupport::readFile(path(m_dir, name + u".pem"_s));
}

void TestCertificateManager::requestIsPendingAndVerifies()
{
    CM::RequestParams p = params(u"mail.contoso.example"_s, {u"contoso.example"_s, u"bücher.example"_s});
    p.keySpec = KeySpec(); // RSA 2048, the default
    p.friendlyName = u"Edge 2026"_s;
    auto created = CM::createRequest(m_ws, QString(), p, QString());
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const Server& server = m_ws.servers.first();
    QCOMPARE(server.pendingRequests.size(), 1);
    const PendingRequest& pending = server.pendingRequests.first();
    QCOMPARE(pending.subject, u"CN=mail.contoso.example,O=Contoso,C=JP"_s);
    QCOMPARE(pending.domains,
             (QStringList{u"mail.contoso.example"_s, u"contoso.example"_s, u"xn--bcher-kva.example"_s}));
    QCOMPARE(pending.keySpec, u"rsa:2048"_s);
    QCOMPARE(pending.friendlyName, u"Edge 2026"_s);
    QVERIFY(!pending.exportable);
    QVERIFY(!pending.keyEncrypted);
    QCOMPARE(pending.thumbprint.size(), 40);
    QCOMPARE(pending.csrDer, created->csrDer);
    auto key = PrivateKey::fromPkcs8Der(pending.privateKey);
    QVERIFY(key.ok());
    QCOMPARE(pending.spkiSha256, key->spkiSha256());

    const auto verify = openssl({u"req"_s, u"-verify"_s, u"-noout"_s, u"-text"_s}, created->csrPem);
    QCOMPARE(verify.exitCode, 0);
    const QString text = QString::fromUtf8(verify.out + verify.err);
    QVERIFY2(text.contains(u"verify OK"_s), qPrintable(text));
    QVERIFY2(text.contains(u"DNS:mail.contoso.example, DNS:contoso.example, DNS:xn--bcher-kva.example"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"TLS Web Server Authentication, TLS Web Client Authentication"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Digital Signature, Key Encipherment"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Public-Key: (2048 bit)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"sha256WithRSAEncryption"_s), qPrintable(text));
    QCOMPARE(CertificateStatusEvaluator::evaluate(pending).status, CertificateStatus::PendingRequest);
}

void TestCertificateManager::requestRejectsBadInput_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QString>("friendlyName");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("country not two letters")
        << u"CN=mail.contoso.example,C=JPN"_s << QStringList() << QString() << u"JPN"_s;
    QTest::newRow("CN not a DNS name") << u"CN=mail server,C=JP"_s << QStringList() << QString() << u"CN"_s;
    QTest::newRow("SAN not a DNS name") << u"CN=mail.contoso.example"_s << QStringList{u"bad_name.example"_s}
                                        << QString() << u"bad_name.example"_s;
    QTest::newRow("one-label SAN") << u"CN=mail.contoso.example"_s << QStringList{u"-x.example"_s}
                                   << QString() << u"-x.example"_s;
    QTest::newRow("friendly name of 64")
        << u"CN=mail.contoso.example"_s << QStringList() << QString(64, u'x') << u"64"_s;
    QTest::newRow("unknown DN attribute")
        << u"CN=mail.contoso.example,EMAIL=a@b"_s << QStringList() << QString() << u"EMAIL"_s;
}

void TestCertificateManager::requestRejectsBadInput()
{
    QFETCH(QString, subject);
    QFETCH(QStringList, domains);
    QFETCH(QString, friendlyName);
    QFETCH(QString, mentions);
    CM::RequestParams p = params(u"x"_s, domains);
    p.subject = subject;
    p.friendlyName = friendlyName;
    const Workspace before = m_ws;
    auto created = CM::createRequest(m_ws, u"EDGE01"_s, p, QString());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::BadInput);
    QVERIFY2(created.errorMessage().contains(mentions), qPrintable(created.errorMessage()));
    QVERIFY(m_ws == before);
    // The friendly name limit is "< 64": 63 characters pass.
    if (friendlyName.size() == 64) {
        p.friendlyName = QString(63, u'x');
        QVERIFY(CM::createRequest(m_ws, u"EDGE01"_s, p, QString()).ok());
    }
}

void TestCertificateManager::importCompletesPendingRequest()
{
    const QByteArray pem = requestAndSign(u"mail.contoso.example"_s);
    QVERIFY(!pem.isEmpty());
    const QByteArray data = pem + TestSupport::readFile(path(m_dir, u"ca.pem"_s));
    auto report = CM::importData(m_ws, data, u"issued.pem"_s, QString(), QString(), {}, QString());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->format, u"PEM"_s);
    QCOMPARE(report->items.size(), 1); // the CA is the chain, not a second certificate
    const CM::ImportedItem& item = report->items.first();
    QVERIFY(item.matchedRequest);
    QVERIFY(item.hasPrivateKey);
    QCOMPARE(item.server, u"EDGE01"_s);
    QCOMPARE(item.chainLength, 1);
    QCOMPARE(item.thumbprint, CryptoTest::opensslFingerprint(path(m_dir, u"req%1.pem"_s.arg(m_counter))));
    const Server& server = m_ws.servers.first();
    QVERIFY(server.pendingRequests.isEmpty());
    QCOMPARE(server.certificates.size(), 1);
    const CertificateEntry& entry = server.certificates.first();
    QVERIFY(entry.hasPrivateKey());
    QCOMPARE(entry.friendlyName, CM::defaultFriendlyName());
    QCOMPARE(entry.chainDer.size(), 1);
    // Trusted once the CA is a trusted root; until then Untrusted with the reason.
    QCOMPARE(CM::status(m_ws, entry).status, CertificateStatus::Untrusted);
    auto roots = CM::addTrustedRoots(m_ws, TestSupport::readFile(path(m_dir, u"ca.pem"_s)), u"ca.pem"_s);
    QVERIFY2(roots.ok(), qPrintable(roots.errorMessage()));
    const CertificateStatusReport status = CM::status(m_ws, m_ws.servers.first().certificates.first());
    QVERIFY2(status.trusted, qPrintable(status.trustReason));
    // The openssl CA issues for 10 days: trusted, and expiring soon (< 30 days).
    QCOMPARE(status.status, CertificateStatus::ExpiringSoon);
    QVERIFY(status.usableForSmtp());
}

void TestCertificateManager::importWithoutKeyOrRequest()
{
    QVERIFY(CryptoTest::makeOpensslLeaf(m_dir, u"partner"_s, u"mail.fabrikam.example"_s));
    auto report = CM::importFile(m_ws, path(m_dir, u"partner.pem"_s), QString(), QString(), {}, QString());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->items.size(), 1);
    QVERIFY(!report->items.first().hasPrivateKey);
    QVERIFY(!report->items.first().matchedRequest);
    const CertificateEntry& entry = m_ws.servers.first().certificates.first();
    QCOMPARE(CM::status(m_ws, entry).status, CertificateStatus::NoPrivateKey);
    const Workspace before = m_ws;
    auto enabled = CM::enable(m_ws, entry.thumbprint, Service::SMTP, false);
    QVERIFY(!enabled.ok());
    QCOMPARE(enabled.error().code, ErrorCode::Validation);
    QVERIFY2(enabled.errorMessage().contains(u"no private key"_s), qPrintable(enabled.errorMessage()));
    QVERIFY(m_ws == before);
}

void TestCertificateManager::requireMatch()
{
    QVERIFY(CryptoTest::makeOpensslLeaf(m_dir, u"stranger"_s, u"mail.stranger.example"_s));
    CM::ImportOptions options;
    options.requireMatch = true;
    const Workspace before = m_ws;
    auto report =
        CM::importFile(m_ws, path(m_dir, u"stranger.pem"_s), QString(), QString(), options, QString());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::BadInput);
    QVERIFY2(report.errorMessage().contains(u"matches no pending request"_s),
             qPrintable(report.errorMessage()));
    QVERIFY2(report.errorMessage().startsWith(path(m_dir, u"stranger.pem"_s)),
             qPrintable(report.errorMessage()));
    QVERIFY(m_ws == before);
    // With the request it passes.
    const QByteArray pem = requestAndSign(u"mail.contoso.example"_s);
    auto matched = CM::importData(m_ws, pem, u"issued.pem"_s, QString(), QString(), options, QString());
    QVERIFY2(matched.ok(), qPrintable(matched.errorMessage()));
}

void TestCertificateManager::failedImportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("password");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("truncated PEM") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB") << QString();
    QTest::newRow("garbage DER") << QByteArray("\x30\x02\x05\x00", 4) << QString();
}

void TestCertificateManager::failedImportChangesNothing()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, password);
    const QByteArray pem = requestAndSign(u"mail.contoso.example"_s);
    QVERIFY(!pem.isEmpty());
    const Workspace before = m_ws;
    auto report = CM::importData(m_ws, data, u"bad.pem"_s, password, QString(), {}, QString());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::BadInput);
    QVERIFY(m_ws == before);
    // A PKCS#12 with the wrong password too.
    const QString p12 = path(m_dir, u"wrong.p12"_s);
    const auto made = openssl({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, path(m_dir, u"ca.key"_s), u"-in"_s,
                               path(m_dir, u"ca.pem"_s), u"-passout"_s, u"pass:right"_s, u"-out"_s, p12});
    QCOMPARE(made.exitCode, 0);
    auto wrong = CM::importFile(m_ws, p12, u"wrong"_s, QString(), {}, QString());
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::BadInput);
    QVERIFY(m_ws == before);
    // The import asked to enable SMTP while another certificate has it: nothing is imported.
    const QString thumbprint = thumbprintOf(pem);
    QVERIFY(CM::importData(m_ws, pem, u"issued.pem"_s, QString(), QString(), {}, QString()).ok());
    QVERIFY(CM::enable(m_ws, thumbprint, Service::SMTP, false).ok());
    const QByteArray second = requestAndSign(u"mail2.contoso.example"_s);
    const Workspace withDefault = m_ws;
    CM::ImportOptions options;
    options.enable = Service::SMTP;
    auto refused = CM::importData(m_ws, second, u"second.pem"_s, QString(), QString(), options, QString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    QVERIFY(m_ws == withDefault);
}

void TestCertificateManager::pkcs12ImportKeepsKey()
{
    QVERIFY(CryptoTest::makeOpensslLeaf(m_dir, u"pfxleaf"_s, u"mail.contoso.example"_s));
    const QString p12 = path(m_dir, u"legacy.p12"_s);
    const auto made =
        openssl({u"pkcs12"_s, u"-export"_s, u"-legacy"_s, u"-inkey"_s, path(m_dir, u"pfxleaf.key"_s),
                 u"-in"_s, path(m_dir, u"pfxleaf.pem"_s), u"-certfile"_s, path(m_dir, u"ca.pem"_s),
                 u"-name"_s, u"From Windows"_s, u"-passout"_s, u"pass:pw"_s, u"-out"_s, p12});
    QCOMPARE(made.exitCode, 0);
    CM::ImportOptions options;
    options.enable = Service::SMTP | Service::IIS;
    auto report = CM::importFile(m_ws, p12, u"pw"_s, u"edge01"_s, options, QString());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->format, u"PKCS#12"_s);
    QCOMPARE(report->items.size(), 1);
    QVERIFY(report->items.first().hasPrivateKey);
    QCOMPARE(report->items.first().services, Service::SMTP | Service::IIS);
    const CertificateEntry& entry = m_ws.servers.first().certificates.first();
    QCOMPARE(entry.friendlyName, u"From Windows"_s);
    QVERIFY(entry.exportable);
    QCOMPARE(entry.chainDer.size(), 1);
    auto key = PrivateKey::fromPkcs8Der(entry.privateKey);
    QVERIFY(key.ok());
    QVERIFY(key->matches(Certificate::fromDer(entry.certificateDer).value().spkiDer()));
}

void TestCertificateManager::duplicateImport()
{
    QVERIFY(CryptoTest::makeOpensslLeaf(m_dir, u"dup"_s, u"dup.contoso.example"_s));
    QVERIFY(CM::importFile(m_ws, path(m_dir, u"dup.pem"_s), QString(), QString(), {}, QString()).ok());
    // Again, now with its key: one certificate, which now has the key.
    const QByteArray withKey =
        TestSupport::readFile(path(m_dir, u"dup.key"_s)) + TestSupport::readFile(path(m_dir, u"dup.pem"_s));
    auto report = CM::importData(m_ws, withKey, u"dup-key.pem"_s, QString(), QString(), {}, QString());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->items.first().duplicate);
    QVERIFY(report->items.first().hasPrivateKey);
    QCOMPARE(m_ws.servers.first().certificates.size(), 1);
    QVERIFY(m_ws.servers.first().certificates.first().hasPrivateKey());
    QVERIFY(!report->warnings.isEmpty());
}

void TestCertificateManager::selfSignedIsInternalOnly()
{
    CryptoTest::ScopedClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    CM::RequestParams p = params(u"edge01.contoso.example"_s);
    p.exportable = true;
    auto entry = CM::createSelfSigned(m_ws, u"EDGE01"_s, p, 365, QString());
    QVERIFY2(entry.ok(), qPrintable(entry.errorMessage()));
    QVERIFY(entry->internalOnly);
    QVERIFY(entry->selfSigned);
    QVERIFY(entry->hasPrivateKey());
    QCOMPARE(entry->notBefore, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(entry->notBefore.daysTo(entry->notAfter), 365);
    QCOMPARE(entry->extendedKeyUsages, (QStringList{u"serverAuth"_s, u"clientAuth"_s}));
    QCOMPARE(m_ws.servers.first().certificates.size(), 1);
    // Enabling it for SMTP works but warns that partners will not trust it.
    auto enabled = CM::enable(m_ws, entry->thumbprint, Service::SMTP, false);
    QVERIFY2(enabled.ok(), qPrintable(enabled.errorMessage()));
    QVERIFY(!enabled->warnings.isEmpty());
    QVERIFY2(enabled->warnings.join(u' ').contains(u"self-signed"_s),
             qPrintable(enabled->warnings.join(u' ')));
    // Bad days.
    const Workspace before = m_ws;
    auto bad = CM::createSelfSigned(m_ws, u"EDGE01"_s, p, 0, QString());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Usage);
    QVERIFY(m_ws == before);
}

void TestCertificateManager::enableRules()
{
    auto first = CM::createSelfSigned(m_ws, u"EDGE01"_s, params(u"a.contoso.example"_s), 365, QString());
    auto second = CM::createSelfSigned(m_ws, u"EDGE01"_s, params(u"b.contoso.example"_s), 365, QString());
    QVERIFY(first.ok() && second.ok());
    auto enabled = CM::enable(m_ws, first->thumbprint.toLower(), Service::SMTP | Service::IMAP, false);
    QVERIFY2(enabled.ok(), qPrintable(enabled.errorMessage()));
    QCOMPARE(enabled->services, Service::SMTP | Service::IMAP);
    // Services only add.
    auto pop = CM::enable(m_ws, first->thumbprint, Service::POP, false);
    QVERIFY(pop.ok());
    QCOMPARE(pop->services, Service::SMTP | Service::IMAP | Service::POP);
    // A second SMTP certificate needs replaceDefault; the refusal names the current default.
    const Workspace before = m_ws;
    auto refused = CM::enable(m_ws, second->thumbprint, Service::SMTP, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    QVERIFY2(refused.errorMessage().contains(first->thumbprint), qPrintable(refused.errorMessage()));
    QVERIFY2(refused.errorMessage().contains(u"--replace-default"_s), qPrintable(refused.errorMessage()));
    QVERIFY(m_ws == before);
    // Other services on a second certificate are fine.
    QVERIFY(CM::enable(m_ws, second->thumbprint, Service::UM, false).ok());
    auto replaced = CM::enable(m_ws, second->thumbprint, Service::SMTP, true);
    QVERIFY(replaced.ok());
    QCOMPARE(replaced->replacedDefault, first->thumbprint);
    const Server& server = m_ws.servers.first();
    QCOMPARE(server.smtpCertificate()->thumbprint, second->thumbprint);
    QCOMPARE(server.certificate(first->thumbprint)->services, Service::IMAP | Service::POP);
    // No services and unknown thumbprints.
    QCOMPARE(CM::enable(m_ws, second->thumbprint, Services(), false).error().code, ErrorCode::Usage);
    QCOMPARE(CM::enable(m_ws, QString(40, u'0'), Service::SMTP, false).error().code, ErrorCode::BadInput);
    // A pending request cannot be enabled.
    auto created = CM::createRequest(m_ws, u"EDGE01"_s, params(u"c.contoso.example"_s), QString());
    QVERIFY(created.ok());
    QCOMPARE(CM::enable(m_ws, created->request.thumbprint, Service::SMTP, true).error().code,
             ErrorCode::Validation);
}

void TestCertificateManager::enableRefusedWhenNotValid()
{
    QDateTime created;
    QString thumbprint;
    {
        CryptoTest::ScopedClock clock(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        auto entry = CM::createSelfSigned(m_ws, u"EDGE01"_s, params(u"old.contoso.example"_s), 30, QString());
        QVERIFY(entry.ok());
        thumbprint = entry->thumbprint;
    }
    const Workspace before = m_ws;
    auto expired = CM::enable(m_ws, thumbprint, Service::SMTP, true);
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error().code, ErrorCode::Validation);
    QVERIFY2(expired.errorMessage().contains(u"not currently valid"_s), qPrintable(expired.errorMessage()));
    QVERIFY(m_ws == before);
    {
        CryptoTest::ScopedClock clock(QDateTime(QDate(2019, 12, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!CM::enable(m_ws, thumbprint, Service::SMTP, true).ok()); // not yet valid
        CryptoTest::ScopedClock inside(QDateTime(QDate(2020, 1, 20), QTime(0, 0), Qt::UTC));
        auto soon = CM::enable(m_ws, thumbprint, Service::SMTP, true); // expiring soon: allowed, warned
        QVERIFY2(soon.ok(), qPrintable(soon.errorMessage()));
        QVERIFY2(soon->warnings.join(u' ').contains(u"expires in"_s), qPrintable(soon->warnings.join(u' ')));
    }
}

void TestCertificateManager::exportFormats()
{
    const QByteArray pem = requestAndSign(u"mail.contoso.example"_s, true);
    const QByteArray ca = TestSupport::readFile(path(m_dir, u"ca.pem"_s));
    QVERIFY(CM::importData(m_ws, pem + ca, u"issued.pem"_s, QString(), QString(), {}, QString()).ok());
    const QString thumbprint = thumbprintOf(pem);
    CM::ExportOptions options;
    auto withChain = CM::exportCertificate(m_ws, thumbprint, options, QString());
    QVERIFY(withChain.ok());
    QCOMPARE(withChain.value(), QByteArray(pem + ca));
    options.includeChain = false;
    QCOMPARE(CM::exportCertificate(m_ws, thumbprint, options, QString()).value(), pem);
    options.format = CM::ExportFormat::Der;
    QCOMPARE(CM::exportCertificate(m_ws, thumbprint, options, QString()).value(),
             Certificate::fromPem(pem).value().toDer());
    options.format = CM::ExportFormat::Pfx;
    options.includeChain = true;
    QCOMPARE(CM::exportCertificate(m_ws, thumbprint, options, QString()).error().code,
             ErrorCode::Usage); // password
    options.password = u"pfx-pass"_s;
    for (bool legacy : {false, true}) {
        options.legacyPfx = legacy;
        auto pfx = CM::exportCertificate(m_ws, thumbprint, options, QString());
        QVERIFY2(pfx.ok(), qPrintable(pfx.errorMessage()));
        const auto info =
            openssl({u"pkcs12"_s, u"-info"_s, u"-noout"_s, u"-passin"_s, u"file:"_s + path(m_dir, u"pass"_s)},
                    pfx.value());
        QCOMPARE(info.exitCode, 0);
        const QString text = QString::fromUtf8(info.err + info.out);
        QVERIFY2(text.contains(legacy ? u"pbeWithSHA1And3-KeyTripleDES-CBC"_s : u"AES-256-CBC"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(legacy ? u"MAC: sha1"_s : u"MAC: sha256"_s), qPrintable(text));
    }
}

void TestCertificateManager::nonExportableKeyNeverLeaves()
{
    const QByteArray pem = requestAndSign(u"mail.contoso.example"_s, false);
    QVERIFY(CM::importData(m_ws, pem, u"issued.pem"_s, QString(), QString(), {}, QString()).ok());
    CM::ExportOptions options;
    options.format = CM::ExportFormat::Pfx;
    options.password = u"x"_s;
    auto refused = CM::exportCertificate(m_ws, thumbprintOf(pem), options, QString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QVERIFY2(refused.errorMessage().contains(u"not exportable"_s), qPrintable(refused.errorMessage()));
    // The certificate itself can still be exported.
    options.format = CM::ExportFormat::Pem;
    QVERIFY(CM::exportCertificate(m_ws, thumbprintOf(pem), options, QString()).ok());
    // A certificate without a key has no PFX.
    QVERIFY(CryptoTest::makeOpensslLeaf(m_dir, u"nokey"_s, u"nokey.example"_s));
    QVERIFY(CM::importFile(m_ws, path(m_dir, u"nokey.pem"_s), QString(), QString(), {}, QString()).ok());
    options.format = CM::ExportFormat::Pfx;
    auto noKey = CM::exportCertificate(m_ws, CryptoTest::opensslFingerprint(path(m_dir, u"nokey.pem"_s)),
                                       options, QString());
    QVERIFY(!noKey.ok());
    QVERIFY2(noKey.errorMessage().contains(u"no private key"_s), qPrintable(noKey.errorMessage()));
}

void TestCertificateManager::exportPendingRequest()
{
    auto created = CM::createRequest(m_ws, u"EDGE01"_s, params(u"mail.contoso.example"_s), QString());
    QVERIFY(created.ok());
    CM::ExportOptions options;
    QCOMPARE(CM::exportCertificate(m_ws, created->request.thumbprint, options, QString()).value(),
             created->csrPem);
    options.format = CM::ExportFormat::Der;
    QCOMPARE(CM::exportCertificate(m_ws, created->request.thumbprint, options, QString()).value(),
             created->csrDer);
    options.format = CM::ExportFormat::Pfx;
    QVERIFY(!CM::exportCertificate(m_ws, created->request.thumbprint, options, QString()).ok());
}

void TestCertificateManager::removeCertificateAndRequest()
{
    using Ops = CertificateOperations;
    auto created = CM::createRequest(m_ws, u"EDGE01"_s, params(u"a.contoso.example"_s), QString());
    auto self = CM::createSelfSigned(m_ws, u"EDGE01"_s, params(u"b.contoso.example"_s), 365, QString());
    QVERIFY(created.ok() && self.ok());
    // A request is not a certificate and the other way round; nothing changes then.
    QVERIFY(!Ops::removeCertificates(m_ws, u"EDGE01"_s, {created->request.thumbprint}).ok());
    QVERIFY(!Ops::removeRequests(m_ws, u"EDGE01"_s, {self->thumbprint}).ok());
    auto removed = Ops::removeRequests(m_ws, u"EDGE01"_s, {created->request.thumbprint});
    QVERIFY(removed.ok());
    QVERIFY(removed->workspace.servers.first().pendingRequests.isEmpty());
    QCOMPARE(removed->workspace.servers.first().certificates.size(), 1);
    QCOMPARE(m_ws.servers.first().pendingRequests.size(), 1); // the operation works on a copy
    m_ws = removed->workspace;
    removed = Ops::remove(m_ws, self->thumbprint.toLower());
    QVERIFY(removed.ok());
    QVERIFY(removed->workspace.servers.first().certificates.isEmpty());
    m_ws = removed->workspace;
    const auto again = Ops::remove(m_ws, self->thumbprint);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::BadInput);
}

void TestCertificateManager::trustedRoots()
{
    const QByteArray ca = TestSupport::readFile(path(m_dir, u"ca.pem"_s));
    auto added = CM::addTrustedRoots(m_ws, ca, u"ca.pem"_s);
    QVERIFY(added.ok());
    QCOMPARE(added->size(), 1);
    QCOMPARE(CM::addTrustedRoots(m_ws, ca, u"ca.pem"_s)->size(), 0); // already there
    QCOMPARE(CM::trustedRoots(m_ws).size(), 1);
    // An end-entity certificate is not a root.
    QVERIFY(CryptoTest::makeOpensslLeaf(m_dir, u"notroot"_s, u"notroot.example"_s));
    const Workspace before = m_ws;
    auto refused =
        CM::addTrustedRoots(m_ws, TestSupport::readFile(path(m_dir, u"notroot.pem"_s)), u"notroot.pem"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QVERIFY(m_ws == before);
    const QString thumbprint = CryptoTest::opensslFingerprint(path(m_dir, u"ca.pem"_s));
    QVERIFY(CM::removeTrustedRoot(m_ws, thumbprint).ok());
    QVERIFY(m_ws.trustedRoots.isEmpty());
    QVERIFY(!CM::removeTrustedRoot(m_ws, thumbprint).ok());
}

void TestCertificateManager::passphraseProtectedKeys()
{
    QVERIFY(WorkspaceCrypto::changePassphrase(m_ws, QString(), u"workspace pass"_s).ok());
    // Without the passphrase nothing with a key happens.
    const Workspace before = m_ws;
    auto refused = CM::createRequest(m_ws, u"EDGE01"_s, params(u"mail.contoso.example"_s), u"wrong"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QVERIFY(m_ws == before);
    const QByteArray pem = requestAndSign(u"mail.contoso.example"_s, true, u"workspace pass"_s);
    QVERIFY(!pem.isEmpty());
    QVERIFY(m_ws.servers.first().pendingRequests.first().keyEncrypted);
    QVERIFY(CM::importData(m_ws, pem, u"issued.pem"_s, QString(), QString(), {}, QString()).ok());
    const CertificateEntry& entry = m_ws.servers.first().certificates.first();
    QVERIFY(entry.keyEncrypted);
    QVERIFY(!PrivateKey::fromPkcs8Der(entry.privateKey).ok()); // not plain PKCS#8
    QVERIFY(PrivateKey::fromStored(entry.privateKey, true, u"workspace pass"_s).ok());
    CM::ExportOptions options;
    options.format = CM::ExportFormat::Pfx;
    options.password = u"p"_s;
    QCOMPARE(CM::exportCertificate(m_ws, entry.thumbprint, options, u"nope"_s).error().code,
             ErrorCode::BadInput);
    QVERIFY(CM::exportCertificate(m_ws, entry.thumbprint, options, u"workspace pass"_s).ok());
}

void TestCertificateManager::severalServers()
{
    Server second;
    second.name = u"EDGE02"_s;
    m_ws.servers << second;
    auto ambiguous = CM::createRequest(m_ws, QString(), params(u"a.contoso.example"_s), QString());
    QVERIFY(!ambiguous.ok());
    QCOMPARE(ambiguous.error().code, ErrorCode::Usage);
    QVERIFY2(ambiguous.errorMessage().contains(u"EDGE02"_s), qPrintable(ambiguous.errorMessage()));
    QCOMPARE(CM::createRequest(m_ws, u"EDGE09"_s, params(u"a.contoso.example"_s), QString()).error().code,
             ErrorCode::Usage);
    // The certificate goes to the server of its request, even with no --server.
    auto created = CM::createRequest(m_ws, u"EDGE02"_s, params(u"b.contoso.example"_s), QString());
    QVERIFY(created.ok());
    TestSupport::writeFile(path(m_dir, u"edge02.csr"_s), created->csrPem);
    QVERIFY(CryptoTest::opensslSign(m_dir, path(m_dir, u"edge02.csr"_s), path(m_dir, u"edge02.pem"_s)));
    const QByteArray pem = TestSupport::readFile(path(m_dir, u"edge02.pem"_s));
    const Workspace before = m_ws;
    auto wrongServer = CM::importData(m_ws, pem, u"edge02.pem"_s, QString(), u"EDGE01"_s, {}, QString());
    QVERIFY(!wrongServer.ok());
    QVERIFY(m_ws == before);
    auto report = CM::importData(m_ws, pem, u"edge02.pem"_s, QString(), QString(), {}, QString());
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->items.first().server, u"EDGE02"_s);
    QCOMPARE(m_ws.servers.at(1).certificates.size(), 1);
    QVERIFY(m_ws.servers.at(1).pendingRequests.isEmpty());
}

QTEST_GUILESS_MAIN(TestCertificateManager)
#include "tst_certificatemanager.moc"
