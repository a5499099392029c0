#include "postfixinstance.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <future>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// The proof of the Postfix export: two organizations' workspaces, built with the real CLI
// (certificate requests signed by one test CA, partner connectors, domain-secure lists), are
// exported with `domainsecure-cli export postfix --apply` into two private Postfix instances on
// loopback (A 127.0.0.2:2525, B 127.0.0.3:2526). Mail flows both ways over mutual TLS with a
// verified peer on each side; the partner listener refuses a non-partner address, a client
// without a certificate and one from another CA; a partner name the certificate does not carry
// and a partner whose certificate comes from an untrusted CA (instance C, 127.0.0.4:2527) leave
// the message deferred in A's queue. B's configuration carries settings of its administrator
// (dane, the system CA bundle, inline: tables, a { … } group, comments): apply keeps them all.
// Each side pins the other's public key (partner cert add): a certificate from the same CA for
// another name, and one for the partner's own name with another key, are refused with 5.7.1 on
// the partner listener; a certificate from another partner's CA that B trusts (C's) is untrusted
// on A's listener; when B moves to a key A has not pinned, A defers the message and delivers
// it once both keys are pinned (rollover), and again after a removed pin is restored.
// All instances stop at the end, also on failure.
class TestPostfixE2e : public QObject
{
    Q_OBJECT

    struct Org
    {
        QString letter;  // "a"
        QString server;  // "EDGEA"
        QString address; // 127.0.0.2
        int port = 0;    // the partner listener's port
        QString partner; // the other org's letter
        QString workspace;
        QString bundle;
        std::unique_ptr<PostfixInstance> mx;
        QString domain() const { return letter + u".example"_s; }
        QString fqdn() const { return u"mx."_s + domain(); }
        QString listener() const { return address + u':' + QString::number(port); }
    };

    QTemporaryDir m_work;
    Org m_a;
    Org m_b;
    std::unique_ptr<PostfixInstance> m_rogue; // C: a gateway whose certificate comes from another CA
    QElapsedTimer m_clock;
    std::atomic_int m_serial{1000};

    QString path(const QString& name) const { return m_work.filePath(name); }

    static bool ok(const TestSupport::ProcessResult& r, const QString& what)
    {
        if (r.exitCode == 0)
            return true;
        qWarning("%s failed (exit %d):\n%s%s", qPrintable(what), r.exitCode, r.out.constData(),
                 r.err.constData());
        return false;
    }

    bool cli(const Org& org, const QStringList& arguments, QByteArray* out = nullptr)
    {
        const auto r = TestSupport::cli(arguments + QStringList{u"-w"_s, org.workspace});
        if (out)
            *out = r.out;
        return ok(r, u"domainsecure-cli "_s + arguments.join(u' '));
    }

    // A CA (self-signed, CA:TRUE, keyCertSign) with the openssl CLI.
    bool makeCa(const QString& name, const QString& commonName)
    {
        return ok(
            TestSupport::openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                  u"-keyout"_s, path(name + u".key"_s), u"-out"_s, path(name + u".crt"_s),
                                  u"-days"_s, u"30"_s, u"-subj"_s, u"/CN="_s + commonName, u"-addext"_s,
                                  u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                  u"keyUsage=critical,keyCertSign,cRLSign"_s}),
            u"openssl req (CA "_s + name + u')');
    }

    // Signs csr with ca as a gateway certificate for fqdn and domain (serverAuth + clientAuth).
    bool sign(const QString& csr, const QString& ca, const QString& fqdn, const QString& domain,
              const QString& out)
    {
        const QString ext = path(out + u".ext"_s);
        TestSupport::writeFile(ext, u"subjectAltName=DNS:%1,DNS:%2\nextendedKeyUsage=serverAuth,clientAuth\n"
                                    "keyUsage=critical,digitalSignature,keyEncipherment\n"_s.arg(fqdn, domain)
                                        .toUtf8());
        return ok(TestSupport::openssl({u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, path(ca + u".crt"_s),
                                        u"-CAkey"_s, path(ca + u".key"_s), u"-set_serial"_s,
                                        QString::number(++m_serial), u"-days"_s, u"30"_s, u"-extfile"_s, ext,
                                        u"-out"_s, path(out)}),
                  u"openssl x509 -req "_s + out);
    }

    // Organization X's workspace through the CLI, as an administrator would build it.
    bool buildWorkspace(Org& org, const Org& partner)
    {
        org.workspace = path(org.letter + u".dsw"_s);
        const QString csr = path(org.letter + u".csr"_s);
        const QString crt = org.letter + u".crt"_s;
        return cli(org, {u"workspace"_s, u"init"_s, u"--organization"_s, u"Org "_s + org.letter.toUpper(),
                         u"--domain"_s, org.domain(), u"--server"_s, org.server, u"--fqdn"_s, org.fqdn()}) &&
               cli(org, {u"trust"_s, u"add"_s, path(u"ca.crt"_s)}) &&
               cli(org, {u"cert"_s, u"request"_s, u"--server"_s, org.server, u"--subject"_s,
                         u"CN="_s + org.fqdn(), u"--domain"_s, org.fqdn(), u"--domain"_s, org.domain(),
                         u"--key"_s, u"rsa:2048"_s, u"--out"_s, csr}) &&
               sign(csr, u"ca"_s, org.fqdn(), org.domain(), crt) &&
               cli(org, {u"cert"_s, u"import"_s, path(crt), u"--enable"_s, u"SMTP"_s}) &&
               cli(org, {u"receive"_s, u"new"_s, u"--server"_s, org.server, u"--name"_s,
                         u"From "_s + partner.letter.toUpper(), u"--usage"_s, u"partner"_s, u"--binding"_s,
                         org.listener(), u"--remote"_s, partner.address, u"--partner-domain"_s,
                         partner.domain(), u"--domain-secure"_s, u"--require-tls"_s}) &&
               cli(org,
                   {u"send"_s, u"new"_s, u"--name"_s, u"To "_s + partner.letter.toUpper(), u"--usage"_s,
                    u"partner"_s, u"--address-space"_s, partner.domain(), u"--smart-host"_s, partner.address,
                    u"--port"_s, QString::number(partner.port), u"--domain-secure"_s, u"--require-tls"_s}) &&
               cli(org, {u"domain-secure"_s, u"add"_s, u"--send"_s, partner.domain(), u"--receive"_s,
                         partner.domain()});
    }

    // export postfix --apply into the instance's configuration; returns the JSON report. The key was
    // made by `cert request` (not exportable, as Exchange makes it): it belongs on this server.
    QJsonObject exportAndApply(const Org& org)
    {
        QByteArray out;
        if (!cli(org,
                 {u"export"_s, u"postfix"_s, u"--server"_s, org.server, u"--out"_s, org.bundle, u"--apply"_s,
                  org.mx->configDir(), u"--include-private-key"_s, u"--json"_s},
                 &out))
            return {};
        return QJsonDocument::fromJson(out).object();
    }

    // B's administrator's own main.cf lines (DANE for the Internet, the system CA bundle, an
    // inline: policy table with a { … } group, a transport list over continuation lines with a
    // comment; a list entry in braces would be a lookup table Postfix cannot open, so the groups
    // are inside inline: tables). DNS stays disabled in the test instances, so dane falls back
    // to may there.
    static constexpr char kAdminSettings[] =
        "# the administrator's own\n"
        "smtp_tls_security_level = dane\n"
        "smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\n"
        "smtp_tls_policy_maps = inline:{ example.org=secure, { [192.0.2.7]:25 = encrypt "
        "protocols=>=TLSv1.2 } }\n"
        "transport_maps =\n"
        "    # comment inside\n"
        "    inline:{ example.net=smtp:[192.0.2.1] },\n"
        "    inline:{ { example.com = relay:[192.0.2.2]:587 } }\n";

    // Every main.cf setting of before (postconf -n) that the bundle does not own is unchanged;
    // the lists it extends keep every entry after ours. An error text, or empty.
    static QString foreignSettingsLost(const Org& org, const QByteArray& before)
    {
        const QByteArray bundleSettings = TestSupport::readFile(org.bundle + u"/main.cf.postconf"_s);
        QByteArray after;
        if (!org.mx->postconf({u"-n"_s}, &after))
            return u"postconf -n failed on B"_s;
        const QList<QByteArray> afterLines = after.split('\n');
        for (const QByteArray& line : before.split('\n')) {
            const QByteArray name = line.left(line.indexOf(" = "));
            if (line.isEmpty() || bundleSettings.contains(QByteArray(" -e '" + name + '=')))
                continue;
            if (!afterLines.contains(line))
                return u"apply changed B's own setting: %1"_s.arg(QString::fromUtf8(line));
        }
        for (const QByteArray& list : {QByteArray("smtp_tls_policy_maps"), QByteArray("transport_maps")}) {
            const QByteArray prefix = list + " = ";
            QByteArray was;
            QByteArray now;
            for (const QByteArray& line : before.split('\n'))
                was = line.startsWith(prefix) ? line.mid(prefix.size()) : was;
            for (const QByteArray& line : afterLines)
                now = line.startsWith(prefix) ? line.mid(prefix.size()) : now;
            if (was.isEmpty() || !now.endsWith(QByteArray(", " + was)) || !now.startsWith("hash:"))
                return u"apply did not keep B's %1: %2"_s.arg(QString::fromUtf8(list),
                                                              QString::fromUtf8(now));
        }
        return {};
    }

    // The listener of a partner, as an SMTP client would meet it. Stops at the first reply that is
    // not 2xx/3xx (or at a dropped connection) and returns the transcript, one line per reply.
    struct Session
    {
        QStringList transcript;
        bool rcptAccepted = false;
        bool tls = false;
        QString refusal; // the first 4xx/5xx reply, or "closed"
    };
    static Session smtpSession(const QString& source, const Org& target, const QString& certFile,
                               const QString& keyFile, const QString& recipient)
    {
        Session s;
        QSslSocket socket;
        if (!socket.bind(QHostAddress(source), 0)) {
            s.refusal = u"cannot bind "_s + source;
            return s;
        }
        socket.connectToHost(target.address, quint16(target.port));
        if (!socket.waitForConnected(5000)) {
            s.refusal = u"cannot connect: "_s + socket.errorString();
            return s;
        }
        auto reply = [&]() -> QString {
            QString last;
            for (;;) {
                while (!socket.canReadLine()) {
                    if (!socket.waitForReadyRead(5000))
                        return QString();
                }
                last = QString::fromUtf8(socket.readLine()).trimmed();
                s.transcript << u"S: "_s + last;
                if (last.size() < 4 || last.at(3) != u'-')
                    return last;
            }
        };
        auto step = [&](const QByteArray& command) -> bool {
            if (!command.isEmpty()) {
                s.transcript << u"C: "_s + QString::fromUtf8(command);
                socket.write(command + "\r\n");
                socket.flush();
            }
            const QString answer = reply();
            if (answer.isEmpty()) {
                s.refusal = u"closed"_s;
                return false;
            }
            if (!answer.startsWith(u'2') && !answer.startsWith(u'3')) {
                s.refusal = answer;
                return false;
            }
            return true;
        };
        if (!step({}) || !step("EHLO client.test") || !step("STARTTLS"))
            return s;
        QSslConfiguration config = socket.sslConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!certFile.isEmpty()) {
            config.setLocalCertificateChain(QSslCertificate::fromPath(certFile));
            config.setPrivateKey(QSslKey(TestSupport::readFile(keyFile), QSsl::Rsa));
        }
        socket.setSslConfiguration(config);
        socket.startClientEncryption();
        if (!socket.waitForEncrypted(5000)) {
            s.refusal = u"handshake failed: "_s + socket.errorString();
            return s;
        }
        s.tls = true;
        if (!step("EHLO client.test") || !step("MAIL FROM:<probe@client.test>"))
            return s;
        s.rcptAccepted = step("RCPT TO:<" + recipient.toUtf8() + '>');
        if (s.rcptAccepted)
            step("RSET");
        socket.write("QUIT\r\n");
        socket.flush();
        socket.disconnectFromHost();
        return s;
    }

    QString user(const Org& org) const { return u"user@"_s + org.domain(); }

    // Everything on one organization's side, from the workspace to its configured instance: the
    // workspace through the CLI, lint, the instance, export --apply. An error text, or empty.
    // Runs in a worker thread (no QTest macros), A's and B's sides at the same time.
    QString prepareSide(Org& org)
    {
        if (&org == &m_b) {
            // B's partner connector also listens on a second port: A routes d.example there, a
            // partner name that B's certificate does not carry.
            if (!cli(org, {u"receive"_s, u"set"_s, u"EDGEB\\From A"_s, u"--binding"_s, u"127.0.0.3:2526"_s,
                           u"--binding"_s, u"127.0.0.3:2528"_s}))
                return u"receive set failed"_s;
            // B also trusts another partner's CA (C's): A's listener must still trust only A's.
            if (!cli(org, {u"trust"_s, u"add"_s, path(u"rogue-ca.crt"_s)}))
                return u"trust add of C's CA failed"_s;
        } else if (!cli(org,
                        {u"send"_s, u"new"_s, u"--name"_s, u"To D (name not on B's certificate)"_s,
                         u"--usage"_s, u"partner"_s, u"--address-space"_s, u"d.example"_s, u"--smart-host"_s,
                         u"127.0.0.3"_s, u"--port"_s, u"2528"_s, u"--domain-secure"_s, u"--require-tls"_s}) ||
                   !cli(org,
                        {u"send"_s, u"new"_s, u"--name"_s, u"To C (certificate from another CA)"_s,
                         u"--usage"_s, u"partner"_s, u"--address-space"_s, u"c.example"_s, u"--smart-host"_s,
                         u"127.0.0.4"_s, u"--port"_s, u"2527"_s, u"--domain-secure"_s, u"--require-tls"_s}) ||
                   !cli(org, {u"domain-secure"_s, u"add"_s, u"--send"_s, u"d.example"_s, u"--send"_s,
                              u"c.example"_s})) {
            return u"the extra send connectors of A failed"_s;
        }
        if (!cli(org, {u"lint"_s, u"--target"_s, u"postfix"_s}))
            return u"lint --target postfix reports errors for %1"_s.arg(org.letter);

        // Export and apply into the instance (Debian's stock configuration plus the instance's
        // private paths). The CLI exits 0 only when `postfix check` passed after applying.
        if (!org.mx->create() || !org.mx->addMailbox(user(org)))
            return org.mx->errorString();
        QByteArray adminBefore;
        if (&org == &m_b) {
            // B's administrator has settings of their own: apply keeps every one of them, and
            // mail still flows both ways over the partner policy.
            const QByteArray main =
                TestSupport::readFile(org.mx->configDir() + u"/main.cf"_s) + kAdminSettings;
            if (org.mx->writeConfigFile(u"main.cf"_s, main).isEmpty() ||
                !org.mx->postconf({u"-n"_s}, &adminBefore))
                return u"cannot add the administrator's settings to B"_s;
        }
        const QJsonObject report = exportAndApply(org);
        if (!report[u"apply"_s][u"changed"_s].toBool())
            return u"export --apply into %1 failed or changed nothing"_s.arg(org.mx->configDir());
        if (&org == &m_b) {
            if (const QString lost = foreignSettingsLost(org, adminBefore); !lost.isEmpty())
                return lost;
        }
        QByteArray listener;
        if (!org.mx->postconf({u"-M"_s, org.listener() + u"/inet"_s}, &listener) ||
            !listener.contains("smtpd_tls_req_ccert=yes"))
            return u"the partner listener %1 is not configured: %2"_s.arg(org.listener(),
                                                                          QString::fromUtf8(listener));
        if (!org.mx->mainValue(u"smtp_tls_policy_maps"_s).startsWith(u"hash:"_s))
            return u"smtp_tls_policy_maps is not set"_s;
        return {};
    }

    // C: a gateway for c.example whose certificate comes from the rogue CA; and a forged client
    // certificate that carries A's names but is self-signed.
    QString prepareRogue()
    {
        m_rogue = std::make_unique<PostfixInstance>(
            PostfixInstance::Identity{u"c"_s, u"127.0.0.4"_s, u"c.example"_s, u"mx.c.example"_s, QString()});
        if (!m_rogue->create())
            return m_rogue->errorString();
        if (!ok(TestSupport::openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                                      path(u"c.key"_s), u"-out"_s, path(u"c.csr"_s), u"-subj"_s,
                                      u"/CN=mx.c.example"_s}),
                u"openssl req c"_s) ||
            !sign(path(u"c.csr"_s), u"rogue-ca"_s, u"mx.c.example"_s, u"c.example"_s, u"c.crt"_s))
            return u"cannot make C's certificate"_s;
        const QString cert = m_rogue->writeConfigFile(u"c.crt"_s, TestSupport::readFile(path(u"c.crt"_s)));
        const QString key = m_rogue->writeConfigFile(u"c.key"_s, TestSupport::readFile(path(u"c.key"_s)),
                                                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (cert.isEmpty() || key.isEmpty() ||
            !m_rogue->setMain({{u"smtpd_tls_cert_file"_s, cert},
                               {u"smtpd_tls_key_file"_s, key},
                               {u"smtpd_tls_security_level"_s, u"may"_s}}) ||
            !m_rogue->addService(u"127.0.0.4:2527 inet n - n - - smtpd"_s))
            return m_rogue->errorString();
        if (!ok(TestSupport::openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                      u"-keyout"_s, path(u"forged.key"_s), u"-out"_s, path(u"forged.crt"_s),
                                      u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=mx.a.example"_s, u"-addext"_s,
                                      u"subjectAltName=DNS:mx.a.example,DNS:a.example"_s, u"-addext"_s,
                                      u"extendedKeyUsage=serverAuth,clientAuth"_s}),
                u"openssl req forged"_s))
            return u"cannot make the forged certificate"_s;
        return {};
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY(m_work.isValid());
        QVERIFY(QFile::setPermissions(m_work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                         QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                         QFileDevice::ExeOther));
        m_a.letter = u"a"_s;
        m_a.server = u"EDGEA"_s;
        m_a.address = u"127.0.0.2"_s;
        m_a.port = 2525;
        m_b.letter = u"b"_s;
        m_b.server = u"EDGEB"_s;
        m_b.address = u"127.0.0.3"_s;
        m_b.port = 2526;
        for (Org* org : {&m_a, &m_b}) {
            org->bundle = path(org->letter + u"-bundle"_s);
            org->mx = std::make_unique<PostfixInstance>(
                PostfixInstance::Identity{org->letter, org->address, org->domain(), org->fqdn(), QString()});
        }

        // One CA for both partners; a rogue CA for the negative cases.
        QVERIFY(makeCa(u"ca"_s, u"DomainSecure E2E CA"_s));
        QVERIFY(makeCa(u"rogue-ca"_s, u"Rogue CA"_s));

        // Both workspaces first (each signs its own gateway certificate), then each side pins the
        // other's certificate, as an administrator imports the partner's certificate.
        auto buildA = std::async(std::launch::async, [this] { return buildWorkspace(m_a, m_b); });
        auto buildB = std::async(std::launch::async, [this] { return buildWorkspace(m_b, m_a); });
        const bool builtA = buildA.get();
        const bool builtB = buildB.get();
        QVERIFY2(builtA && builtB, "building the workspaces failed (see the warnings)");
        QVERIFY(cli(m_a, {u"partner"_s, u"cert"_s, u"add"_s, u"--domain"_s, m_b.domain(), path(u"b.crt"_s)}));
        QVERIFY(cli(m_b, {u"partner"_s, u"cert"_s, u"add"_s, u"--domain"_s, m_a.domain(), path(u"a.crt"_s)}));

        // A's side, B's side and C are independent: prepared at the same time (the machine is
        // shared; three processes at a time get more of it than one).
        auto a = std::async(std::launch::async, [this] { return prepareSide(m_a); });
        auto b = std::async(std::launch::async, [this] { return prepareSide(m_b); });
        auto c = std::async(std::launch::async, [this] { return prepareRogue(); });
        const QString errorA = a.get();
        const QString errorB = b.get();
        const QString errorC = c.get();
        QVERIFY2(errorA.isEmpty(), qPrintable(errorA));
        QVERIFY2(errorB.isEmpty(), qPrintable(errorB));
        QVERIFY2(errorC.isEmpty(), qPrintable(errorC));
        qInfo("CAs, both workspaces through the CLI, export --apply into A and B, C: %lld ms",
              m_clock.elapsed());

        std::vector<std::future<QString>> starts;
        for (PostfixInstance* mx : {m_a.mx.get(), m_b.mx.get(), m_rogue.get()})
            starts.push_back(
                std::async(std::launch::async, [mx] { return mx->start() ? QString() : mx->errorString(); }));
        for (auto& start : starts) {
            const QString error = start.get();
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        qInfo("set-up done, 3 instances started: %lld ms", m_clock.elapsed());
    }

    void cleanupTestCase()
    {
        for (PostfixInstance* mx : {m_a.mx.get(), m_b.mx.get(), m_rogue.get()}) {
            if (mx)
                QVERIFY2(mx->stop(), qPrintable(mx->errorString()));
        }
        qInfo("e2e total: %lld ms", m_clock.elapsed());
    }

    void bundleAsExported()
    {
        // The applied files are the exported ones; the key is 0600 in the bundle and in CONFIG_DIR.
        for (const Org* org : {&m_a, &m_b}) {
            for (const QString& dir : {org->bundle, org->mx->configDir()}) {
                const QString key = dir + u"/domainsecure/smtp-key.pem"_s;
                QVERIFY2(QFile::exists(key), qPrintable(key));
                QCOMPARE(QFile::permissions(key) &
                             ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
            // tafile= is not expanded by Postfix: apply writes the real directory there.
            QCOMPARE(TestSupport::readFile(org->mx->configDir() + u"/domainsecure/tls_policy"_s),
                     TestSupport::readFile(org->bundle + u"/domainsecure/tls_policy"_s)
                         .replace("$config_directory", QFile::encodeName(org->mx->configDir())));
        }
        // B's next hop: the trust anchor is B's pinned public key; d.example's (no pin) the roots.
        const QByteArray policy = TestSupport::readFile(m_a.bundle + u"/domainsecure/tls_policy"_s);
        QVERIFY2(policy.contains("[127.0.0.3]:2526\tsecure match=b.example:.b.example "
                                 "tafile=$config_directory/domainsecure/partner-keys-b.example.pem\n"),
                 policy.constData());
        QVERIFY2(policy.contains("[127.0.0.3]:2528\tsecure match=d.example:.d.example "
                                 "tafile=$config_directory/domainsecure/trusted-roots.pem\n"),
                 policy.constData());
        QByteArray listener;
        QVERIFY(m_b.mx->postconf({u"-M"_s, m_b.listener() + u"/inet"_s}, &listener));
        QVERIFY2(listener.contains("smtpd_tls_fingerprint_digest=sha256") &&
                     listener.contains("check_ccert_access,hash:$config_directory/domainsecure/"
                                       "partner-pins-a.example"),
                 listener.constData());
    }

    void deliversBothWaysOverVerifiedMutualTls_data()
    {
        QTest::addColumn<bool>("fromA");
        QTest::newRow("A to B") << true;
        QTest::newRow("B to A") << false;
    }
    void deliversBothWaysOverVerifiedMutualTls()
    {
        QFETCH(bool, fromA);
        Org& from = fromA ? m_a : m_b;
        Org& to = fromA ? m_b : m_a;
        const QByteArray subject =
            "Subject: domain secured " + from.letter.toUtf8() + " to " + to.letter.toUtf8();
        QVERIFY2(from.mx->sendmail(user(from), user(to),
                                   subject + "\nFrom: " + user(from).toUtf8() + "\nTo: " + user(to).toUtf8() +
                                       "\n\nover mutual TLS\n"),
                 qPrintable(from.mx->errorString()));
        QVERIFY2(to.mx->waitForMailbox(user(to), 1, 20000),
                 qPrintable(from.mx->log().right(3000) + u"\n---\n"_s + to.mx->log().right(3000)));

        // Sender: the partner's server certificate was verified against the partner domain.
        const QString peer = u"%1[%1]:%2"_s.arg(to.address).arg(to.port);
        QString line;
        QVERIFY2(from.mx->waitForLog(
                     QRegularExpression(
                         u"postfix-%1/smtp\\[\\d+\\]: Verified TLS connection established to %2"_s.arg(
                             from.letter, QRegularExpression::escape(peer))),
                     10000, &line),
                 qPrintable(from.mx->log().right(3000)));
        QVERIFY2(line.contains(u"client-signature"_s), qPrintable(line)); // we presented our certificate
        QVERIFY(from.mx->waitForLog(QRegularExpression(u"to=<%1>, relay=%2.*status=sent"_s.arg(
                                        user(to), QRegularExpression::escape(peer))),
                                    10000));

        // Receiver: the client certificate was verified (smtpd checks the chain: "Trusted").
        QVERIFY2(to.mx->waitForLog(
                     QRegularExpression(
                         u"postfix-%1/smtpd\\[\\d+\\]: Trusted TLS connection established from "
                         "unknown\\[%2\\]"_s.arg(to.letter, QRegularExpression::escape(from.address))),
                     10000),
                 qPrintable(to.mx->log().right(3000)));
        const QByteArray message = to.mx->mailbox(user(to)).constLast();
        QVERIFY(message.contains(subject));
        const QByteArray verified =
            "(Client CN \"" + from.fqdn().toUtf8() + "\", Issuer \"DomainSecure E2E CA\" (verified OK))";
        QVERIFY2(message.contains(verified), message.constData());
        QVERIFY2(message.contains("with ESMTPS"), message.constData());
    }

    void partnerListenerAcceptsThePartner()
    {
        // The control for the refusals below: the same client, from A's address with A's
        // certificate, gets its recipient accepted.
        const Session s = smtpSession(m_a.address, m_b, m_a.bundle + u"/domainsecure/smtp-cert.pem"_s,
                                      m_a.bundle + u"/domainsecure/smtp-key.pem"_s, user(m_b));
        QVERIFY2(s.tls && s.rcptAccepted, qPrintable(s.transcript.join(u'\n') + u'\n' + s.refusal));
    }

    void partnerListenerRefuses_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("logPattern");
        QTest::newRow("non-partner address, valid certificate")
            << u"127.0.0.9"_s << u"a"_s
            << u"reject: RCPT from unknown\\[127\\.0\\.0\\.9\\].*not an authorized partner gateway"_s;
        QTest::newRow("partner address, no client certificate")
            << u"127.0.0.2"_s << QString()
            << u"Anonymous TLS connection established from unknown\\[127\\.0\\.0\\.2\\]"_s;
        QTest::newRow("partner address, certificate from another CA")
            << u"127.0.0.2"_s << u"forged"_s
            << u"Untrusted TLS connection established from unknown\\[127\\.0\\.0\\.2\\]"_s;
        // C's certificate comes from a CA that B trusts (for another partner); A's pinned
        // listener verifies client certificates with A's root only.
        QTest::newRow("partner address, certificate from another partner's CA")
            << u"127.0.0.2"_s << u"c"_s
            << u"verification failed for unknown\\[127\\.0\\.0\\.2\\]: untrusted issuer /CN=Rogue CA"_s;
    }
    void partnerListenerRefuses()
    {
        QFETCH(QString, source);
        QFETCH(QString, cert);
        QFETCH(QString, logPattern);
        const int delivered = m_b.mx->mailbox(user(m_b)).size();
        QString certFile;
        QString keyFile;
        if (cert == u"a"_s) {
            certFile = m_a.bundle + u"/domainsecure/smtp-cert.pem"_s;
            keyFile = m_a.bundle + u"/domainsecure/smtp-key.pem"_s;
        } else if (!cert.isEmpty()) {
            certFile = path(cert + u".crt"_s);
            keyFile = path(cert + u".key"_s);
        }
        const Session s = smtpSession(source, m_b, certFile, keyFile, user(m_b));
        const QString transcript = s.transcript.join(u'\n') + u"\nrefusal: "_s + s.refusal;
        QVERIFY2(!s.rcptAccepted, qPrintable(transcript));
        QVERIFY2(s.refusal == u"closed"_s || s.refusal.startsWith(u'4') || s.refusal.startsWith(u'5') ||
                     s.refusal.startsWith(u"handshake"_s),
                 qPrintable(transcript));
        QVERIFY2(m_b.mx->waitForLog(QRegularExpression(logPattern), 5000),
                 qPrintable(m_b.mx->log().right(3000)));
        QCOMPARE(m_b.mx->mailbox(user(m_b)).size(), delivered);
    }

    // A certificate that chains to the partner's CA but is not the partner's key: another name,
    // or the partner's own names with another key. Both come from the partner's address.
    void pinnedListenerRefusesImpostors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fqdn");
        QTest::addColumn<QString>("domain");
        QTest::newRow("same CA, another name") << u"other-name"_s << u"mx.z.example"_s << u"z.example"_s;
        QTest::newRow("partner's names, another key")
            << u"other-key"_s << u"mx.a.example"_s << u"a.example"_s;
    }
    void pinnedListenerRefusesImpostors()
    {
        QFETCH(QString, name);
        QFETCH(QString, fqdn);
        QFETCH(QString, domain);
        QVERIFY(ok(TestSupport::openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                                         path(name + u".key"_s), u"-out"_s, path(name + u".csr"_s),
                                         u"-subj"_s, u"/CN="_s + fqdn}),
                   u"openssl req "_s + name));
        QVERIFY(sign(path(name + u".csr"_s), u"ca"_s, fqdn, domain, name + u".crt"_s));
        const int delivered = m_b.mx->mailbox(user(m_b)).size();
        const Session s =
            smtpSession(m_a.address, m_b, path(name + u".crt"_s), path(name + u".key"_s), user(m_b));
        const QString transcript = s.transcript.join(u'\n') + u"\nrefusal: "_s + s.refusal;
        // The chain is fine (the partner's CA): TLS is up, the pin refuses at RCPT with 5.7.1.
        QVERIFY2(s.tls && !s.rcptAccepted, qPrintable(transcript));
        QVERIFY2(s.refusal.startsWith(u"554 5.7.1"_s), qPrintable(transcript));
        QVERIFY2(s.refusal.contains(u"client certificate public key is not pinned"_s),
                 qPrintable(transcript));
        QVERIFY2(m_b.mx->waitForLog(
                     QRegularExpression(u"reject: RCPT from unknown\\[127\\.0\\.0\\.2\\]: 554 5\\.7\\.1 "
                                        ".*client certificate public key is not pinned"_s),
                     5000),
                 qPrintable(m_b.mx->log().right(3000)));
        QCOMPARE(m_b.mx->mailbox(user(m_b)).size(), delivered);
    }

    void unverifiablePartnerIsDeferred_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("evidence"); // what A's smtp logs about the certificate
        // B's certificate chains to the trusted CA but is for b.example; the policy of
        // d.example's next hop requires d.example.
        QTest::newRow("wrong partner name")
            << u"user@d.example"_s << u"127.0.0.3[127.0.0.3]:2528"_s
            << u"server certificate verification failed for 127\\.0\\.0\\.3\\[127\\.0\\.0\\.3\\]:2528: "
               "num=62:hostname mismatch"_s;
        // C's certificate chains to a CA that A does not trust. The partner roots are the policy
        // entry's tafile= trust anchors, which Postfix checks as synthetic DANE TLSA records.
        QTest::newRow("partner certificate from another CA")
            << u"user@c.example"_s << u"127.0.0.4[127.0.0.4]:2527"_s
            << u"server certificate verification failed for 127\\.0\\.0\\.4\\[127\\.0\\.0\\.4\\]:2527: "
               "num=65:no matching DANE TLSA records"_s;
    }
    void unverifiablePartnerIsDeferred()
    {
        QFETCH(QString, recipient);
        QFETCH(QString, peer);
        QFETCH(QString, evidence);
        const QString reason = u"Server certificate not verified"_s;
        const auto related = [&] {
            return m_a.mx
                ->logLines(QRegularExpression(QRegularExpression::escape(recipient) + u"|"_s +
                                              QRegularExpression::escape(peer)))
                .join(u'\n');
        };
        QVERIFY(m_a.mx->sendmail(user(m_a), recipient, "Subject: must not leave unverified\n\nsecret\n"));
        QVERIFY2(m_a.mx->waitForLog(
                     QRegularExpression(u"to=<%1>, relay=%2.*dsn=4\\.7\\.5, status=deferred \\(%3\\)"_s.arg(
                         QRegularExpression::escape(recipient), QRegularExpression::escape(peer), reason)),
                     15000),
                 qPrintable(related()));
        QVERIFY2(!m_a.mx->logLines(QRegularExpression(u"postfix-a/smtp\\[\\d+\\]: "_s + evidence)).isEmpty(),
                 qPrintable(related()));
        // Deferred, not bounced or lost: it waits in A's queue.
        bool queued = false;
        for (const PostfixInstance::QueueEntry& entry : m_a.mx->queue()) {
            if (entry.recipients.contains(recipient)) {
                queued = entry.queueName == u"deferred"_s || entry.queueName == u"active"_s;
                QVERIFY2(entry.delayReasons.join(u' ').contains(reason),
                         qPrintable(entry.delayReasons.join(u' ')));
            }
        }
        QVERIFY2(queued, m_a.mx->queueText().constData());
        QVERIFY(m_a.mx
                    ->logLines(QRegularExpression(
                        u"to=<%1>.*status=(sent|bounced)"_s.arg(QRegularExpression::escape(recipient))))
                    .isEmpty());
    }

    // Re-exports A's workspace into A and reloads it (new policy and pin files in use).
    bool reapplyA()
    {
        const QJsonObject report = exportAndApply(m_a);
        return report[u"apply"_s][u"changed"_s].toBool() && m_a.mx->reload();
    }

    // A message from A to B; true when it was delivered (count: B's mailbox size before).
    bool deliveredToB(int count) { return m_b.mx->waitForMailbox(user(m_b), count + 1, 20000); }

    // Runs last: B moves to a new key. A defers until it pins the new key next to the old one
    // (rollover), delivers then, defers again once that pin is removed and delivers after it is
    // restored; nothing is lost on the way.
    void keyRolloverAndRemovedPin()
    {
        // B's next certificate: same CA and names, a new key.
        QVERIFY(ok(TestSupport::openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                                         path(u"b2.key"_s), u"-out"_s, path(u"b2.csr"_s), u"-subj"_s,
                                         u"/CN=mx.b.example"_s}),
                   u"openssl req b2"_s));
        QVERIFY(sign(path(u"b2.csr"_s), u"ca"_s, u"mx.b.example"_s, u"b.example"_s, u"b2.crt"_s));
        // A resumed TLS session would carry B's old certificate: A's client cache is off, so each
        // delivery sees the certificate B presents now.
        QVERIFY(m_a.mx->setMain(u"smtp_tls_session_cache_database"_s, QString()));
        QVERIFY(m_a.mx->reload());
        // B installs it (as B's own renewal would) and reloads.
        const QString sub = m_b.mx->configDir() + u"/domainsecure/"_s;
        QVERIFY(TestSupport::writeFile(sub + u"smtp-cert.pem"_s, TestSupport::readFile(path(u"b2.crt"_s))));
        QVERIFY(TestSupport::writeFile(sub + u"smtp-key.pem"_s, TestSupport::readFile(path(u"b2.key"_s))));
        QVERIFY(m_b.mx->reload());

        const auto send = [&](const QByteArray& subject) {
            return m_a.mx->sendmail(user(m_a), user(m_b),
                                    "Subject: " + subject + "\nFrom: " + user(m_a).toUtf8() +
                                        "\nTo: " + user(m_b).toUtf8() + "\n\n" + subject + "\n");
        };
        const auto deferrals = [&] {
            return int(m_a.mx
                           ->logLines(QRegularExpression(
                               u"to=<%1>, relay=127\\.0\\.0\\.3\\[127\\.0\\.0\\.3\\]:2526.*dsn=4\\.7\\.5, "
                               "status=deferred"_s.arg(QRegularExpression::escape(user(m_b)))))
                           .size());
        };
        // A new deferral after already of them.
        const auto deferredAtA = [&](int already) {
            QElapsedTimer waited;
            waited.start();
            while (deferrals() <= already && waited.elapsed() < 20000)
                QTest::qWait(200);
            return deferrals() > already;
        };
        const auto context = [&]() -> QString {
            return m_a.mx->log().right(3000) + u"\n---\n"_s + m_b.mx->log().right(2000);
        };

        // 1. A pins only B's old key: the new one is not accepted, the message waits in A's queue.
        int before = m_b.mx->mailbox(user(m_b)).size();
        int deferred = deferrals();
        QVERIFY(send("before the rollover"));
        QVERIFY2(deferredAtA(deferred), qPrintable(context()));
        QCOMPARE(m_b.mx->mailbox(user(m_b)).size(), before);

        // 2. Rollover: A pins B's new key next to the old one; the waiting message goes out.
        QVERIFY(
            cli(m_a, {u"partner"_s, u"cert"_s, u"add"_s, u"--domain"_s, m_b.domain(), path(u"b2.crt"_s)}));
        QByteArray list;
        QVERIFY(cli(m_a, {u"partner"_s, u"cert"_s, u"list"_s, u"--domain"_s, m_b.domain()}, &list));
        QCOMPARE(list.count('\n'), 2);
        QVERIFY(reapplyA());
        QVERIFY(m_a.mx->flush());
        QVERIFY2(deliveredToB(before), qPrintable(context()));
        // And new mail flows with both pins in place.
        before = m_b.mx->mailbox(user(m_b)).size();
        QVERIFY(send("during the rollover"));
        QVERIFY2(deliveredToB(before), qPrintable(context()));

        // 3. The pin of the key in use is removed: deferred again, nothing lost.
        const QString pin = QString::fromUtf8(list.split('\n').at(1)).section(u"  "_s, 1, 1);
        QCOMPARE(pin.size(), 64);
        QVERIFY(
            cli(m_a, {u"partner"_s, u"cert"_s, u"remove"_s, u"--domain"_s, m_b.domain(), u"--pin"_s, pin}));
        QVERIFY(reapplyA());
        before = m_b.mx->mailbox(user(m_b)).size();
        deferred = deferrals();
        QVERIFY(send("after the pin was removed"));
        QVERIFY2(deferredAtA(deferred), qPrintable(context()));
        QCOMPARE(m_b.mx->mailbox(user(m_b)).size(), before);

        // 4. Restored: delivered.
        QVERIFY(
            cli(m_a, {u"partner"_s, u"cert"_s, u"add"_s, u"--domain"_s, m_b.domain(), path(u"b2.crt"_s)}));
        QVERIFY(reapplyA());
        QVERIFY(m_a.mx->flush());
        QVERIFY2(deliveredToB(before), qPrintable(context()));
        QVERIFY(m_a.mx
                    ->logLines(QRegularExpression(
                        u"to=<%1>.*status=bounced"_s.arg(QRegularExpression::escape(user(m_b)))))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostfixE2e)
#include "tst_postfixe2e.moc"
