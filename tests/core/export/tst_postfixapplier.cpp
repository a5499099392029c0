#include "export/postfixapplier.h"
#include "export/postfixapplyjob.h"
#include "export/postfixexporter.h"
#include "store/workspacefile.h"
#include "testsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ds::core;

using namespace Qt::StringLiterals;

// PostfixApplier on Debian's stock configuration (main.cf.debian + master.cf.dist) with the real
// postconf/postmap/postfix check: changes only what it owns, merges list settings, idempotent.
class TestPostfixApplier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostfixBundle m_bundle;

    QString configDir() const { return m_dir.filePath(u"etc"_s); }

    QString postconf(const QStringList& arguments)
    {
        const auto result =
            TestSupport::run(u"/usr/sbin/postconf"_s, QStringList{u"-c"_s, configDir()} + arguments);
        return QString::fromUtf8(result.out).trimmed();
    }

    // main.cf/master.cf state, without the settings and services the bundle owns.
    QString foreignState()
    {
        QStringList lines = postconf({u"-n"_s}).split(u'\n');
        QStringList owned;
        for (const auto& setting : m_bundle.mainSettings)
            owned << setting.first;
        lines.removeIf([&](const QString& line) { return owned.contains(line.section(u" = "_s, 0, 0)); });
        QStringList services = postconf({u"-M"_s}).split(u'\n');
        services.removeIf([](const QString& line) { return line.startsWith(u"127.0.0.2:2525"_s); });
        return lines.join(u'\n') + u"\n--\n"_s + services.join(u'\n');
    }

    // A fresh copy of Debian's stock configuration with the given extra main.cf lines.
    static QString stockConfig(QTemporaryDir& dir, const QByteArray& extra)
    {
        return TestSupport::stockPostfixConfig(dir.path(), extra);
    }

    static QString postconfIn(const QString& etc, const QStringList& arguments)
    {
        return QString::fromUtf8(
                   TestSupport::run(u"/usr/sbin/postconf"_s, QStringList{u"-c"_s, etc} + arguments).out)
            .trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(configDir()));
        QVERIFY(QFile::copy(u"/usr/share/postfix/main.cf.debian"_s, configDir() + u"/main.cf"_s));
        QVERIFY(QFile::copy(u"/usr/share/postfix/master.cf.dist"_s, configDir() + u"/master.cf"_s));
        // Administrator settings the apply must keep.
        QVERIFY(
            TestSupport::writeFile(configDir() + u"/admin_transport"_s, "example.net smtp:[192.0.2.1]\n"));
        postconf({u"-e"_s, u"queue_directory="_s + m_dir.filePath(u"queue"_s),
                  u"data_directory="_s + m_dir.filePath(u"data"_s),
                  u"transport_maps=hash:"_s + configDir() + u"/admin_transport"_s,
                  u"relayhost=[192.0.2.9]"_s});
        QVERIFY(QDir().mkpath(m_dir.filePath(u"queue"_s)));
        auto workspace = WorkspaceFile::load(QString::fromUtf8(DS_TEST_DATA) + u"/export/partner-a.dsw"_s);
        QVERIFY(workspace.ok());
        auto bundle = PostfixExporter::bundle(workspace.value(), *workspace->server(u"EDGE01"_s), {});
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorMessage()));
        m_bundle = bundle.value();
    }

    void firstApplyChangesOnlyOwnedSettings()
    {
        const QString before = foreignState();
        const QByteArray mainBefore = TestSupport::readFile(configDir() + u"/main.cf"_s);
        PostfixApplier applier(configDir());
        const auto report = applier.apply(m_bundle);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(report->changed());
        QCOMPARE(foreignState(), before);

        QCOMPARE(postconf({u"-h"_s, u"myhostname"_s}), u"mx.a.example"_s);
        QCOMPARE(postconf({u"-h"_s, u"transport_maps"_s}),
                 u"hash:$config_directory/domainsecure/transport, hash:"_s + configDir() +
                     u"/admin_transport"_s);
        QCOMPARE(postconf({u"-h"_s, u"relayhost"_s}), u"[192.0.2.9]"_s);
        // Partner roots only where partners are met: the global CA files stay unset.
        QCOMPARE(postconf({u"-n"_s, u"smtp_tls_CAfile"_s}), QString());
        QCOMPARE(postconf({u"-n"_s, u"smtpd_tls_CAfile"_s}), QString());
        const QString listener = postconf({u"-M"_s, u"127.0.0.2:2525/inet"_s});
        QVERIFY2(listener.contains(u"smtpd_tls_req_ccert=yes"_s), qPrintable(listener));
        QVERIFY2(listener.contains(u"smtpd_tls_CAfile=$config_directory/domainsecure/trusted-roots.pem"_s),
                 qPrintable(listener));
        QVERIFY(!report->backupDirectory.isEmpty());
        QCOMPARE(TestSupport::readFile(report->backupDirectory + u"/main.cf"_s), mainBefore);
        QVERIFY(QFile::exists(report->backupDirectory + u"/SHA256SUMS"_s));
        QCOMPARE(QFile::permissions(configDir() + u"/domainsecure/.domainsecure-manifest"_s),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QVERIFY(
            postconf({u"-P"_s, u"127.0.0.2:2525/inet/smtpd_banner"_s}).contains(u"O'Brien's $$gateway"_s));
        QVERIFY(QFile::exists(configDir() + u"/domainsecure/tls_policy.db"_s));
        QVERIFY(QFile::exists(configDir() + u"/domainsecure/transport.db"_s));
        const auto keyMode = QFile::permissions(configDir() + u"/domainsecure/smtp-key.pem"_s);
        QVERIFY(!(keyMode & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        // postmap built a table that answers with the exact next hop.
        const auto query = TestSupport::run(u"/usr/sbin/postmap"_s,
                                            {u"-c"_s, configDir(), u"-q"_s, u"[127.0.0.3]:2525"_s,
                                             u"hash:"_s + configDir() + u"/domainsecure/tls_policy"_s});
        QCOMPARE(query.out.trimmed(), "secure match=b.example:.b.example tafile=" + configDir().toUtf8() +
                                          "/domainsecure/trusted-roots.pem");
    }

    void secondApplyChangesNothing()
    {
        const QByteArray mainBefore = TestSupport::readFile(configDir() + u"/main.cf"_s);
        const QByteArray masterBefore = TestSupport::readFile(configDir() + u"/master.cf"_s);
        PostfixApplier applier(configDir());
        const auto report = applier.apply(m_bundle);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY2(!report->changed(), qPrintable(report->changes.join(u'\n')));
        QCOMPARE(TestSupport::readFile(configDir() + u"/main.cf"_s), mainBefore);
        QCOMPARE(TestSupport::readFile(configDir() + u"/master.cf"_s), masterBefore);
    }

    void removedConnectorRemovesItsListener()
    {
        PostfixBundle smaller = m_bundle;
        smaller.services.clear();
        smaller.files.removeIf([](const ExportFile& file) { return file.name.endsWith(u".cidr"_s); });
        const auto report = PostfixApplier(configDir()).apply(smaller);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(postconf({u"-M"_s, u"127.0.0.2:2525/inet"_s}).isEmpty());
        QVERIFY(!QFile::exists(configDir() + u"/domainsecure/clients-1.cidr"_s));
        QVERIFY(!postconf({u"-M"_s, u"smtp/inet"_s}).isEmpty()); // not ours: kept
        // And back.
        QVERIFY(PostfixApplier(configDir()).apply(m_bundle).ok());
        QVERIFY(!postconf({u"-M"_s, u"127.0.0.2:2525/inet"_s}).isEmpty());
    }

    void jobReportsProgressAndResult()
    {
        PostfixApplyJob job(configDir(), m_bundle);
        QSignalSpy progress(&job, &PostfixApplyJob::progress);
        QSignalSpy finished(&job, &PostfixApplyJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(job.result().has_value());
        QVERIFY2(job.result()->ok(), qPrintable(job.result()->errorMessage()));
        QVERIFY(!job.result()->value().changed());
        QCOMPARE(progress.size(), 5); // nothing to install: no backup, install or live check
    }

    void failedApplyRestoresThePreviousConfiguration()
    {
        // Step 4 (postmap) fails after main.cf, master.cf and the files were changed.
        PostfixBundle broken = m_bundle;
        broken.mainSettings.append({u"smtpd_banner"_s, u"$myhostname changed by a failing apply"_s});
        broken.files.first().content += "# changed\n";
        broken.services.first().options.append({u"smtpd_tls_loglevel"_s, u"2"_s});
        broken.hashMaps << u"no_such_map"_s;
        const QByteArray mainBefore = TestSupport::readFile(configDir() + u"/main.cf"_s);
        const QByteArray masterBefore = TestSupport::readFile(configDir() + u"/master.cf"_s);
        const QDir sub(configDir() + u"/domainsecure"_s);
        const QStringList filesBefore = sub.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        const QString firstFile = sub.filePath(broken.files.first().name);
        const QByteArray firstBefore = TestSupport::readFile(firstFile);

        PostfixApplier failing(configDir());
        failing.setAllowGlobalChange(true); // smtpd_banner is the administrator's
        const auto report = failing.apply(broken);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Io);
        QVERIFY2(report.errorMessage().contains(u"nothing was changed"_s), qPrintable(report.errorMessage()));
        QCOMPARE(TestSupport::readFile(configDir() + u"/main.cf"_s), mainBefore);
        QCOMPARE(TestSupport::readFile(configDir() + u"/master.cf"_s), masterBefore);
        QCOMPARE(sub.entryList(QDir::Files | QDir::Hidden, QDir::Name), filesBefore);
        QCOMPARE(TestSupport::readFile(firstFile), firstBefore);

        // Cancelled after the first step: restored as well.
        std::atomic_bool cancel{true};
        PostfixApplier cancelled(configDir());
        cancelled.setCancelFlag(&cancel);
        const auto stopped = cancelled.apply(broken);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(TestSupport::readFile(firstFile), firstBefore);
        QCOMPARE(sub.entryList(QDir::Files | QDir::Hidden, QDir::Name), filesBefore);

        // And the real bundle still applies without a change.
        const auto again = PostfixApplier(configDir()).apply(m_bundle);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QVERIFY2(!again->changed(), qPrintable(again->changes.join(u'\n')));
    }

    void keepsWhatTheAdministratorSet()
    {
        QTemporaryDir dir;
        // dane with DNSSEC, the system CA bundle, stricter inbound TLS, an inline: policy table with
        // a { … } group, a transport list over continuation lines, comments in between.
        const QString etc =
            stockConfig(dir, "# the administrator's own\n"
                             "smtp_tls_security_level = dane\n"
                             "smtp_dns_support_level = dnssec\n"
                             "smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\n"
                             "smtpd_tls_security_level = encrypt\n"
                             "smtp_tls_policy_maps = inline:{ example.org=secure, { [192.0.2.7]:25 = encrypt "
                             "protocols=>=TLSv1.2 } }\n"
                             "transport_maps =\n"
                             "    # comment inside\n"
                             "    inline:{ example.net=smtp:[192.0.2.1] },\n"
                             "    { inline:{ { example.com = relay:[192.0.2.2]:587 } } }\n");
        QVERIFY(!etc.isEmpty());
        QStringList before = postconfIn(etc, {u"-n"_s}).split(u'\n');
        const QString policyBefore = postconfIn(etc, {u"-h"_s, u"smtp_tls_policy_maps"_s});
        const QString transportBefore = postconfIn(etc, {u"-h"_s, u"transport_maps"_s});
        const auto report = PostfixApplier(etc).apply(m_bundle);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        for (const QString& name : {u"smtp_tls_security_level"_s, u"smtp_dns_support_level"_s,
                                    u"smtp_tls_CAfile"_s, u"smtpd_tls_security_level"_s})
            QVERIFY2(before.contains(name + u" = "_s + postconfIn(etc, {u"-h"_s, name})), qPrintable(name));
        // postconf -n: every setting that is not ours is unchanged.
        QStringList after = postconfIn(etc, {u"-n"_s}).split(u'\n');
        QStringList owned;
        for (const auto& setting : m_bundle.mainSettings)
            owned << setting.first;
        auto notOurs = [&](QStringList lines) {
            lines.removeIf([&](const QString& l) { return owned.contains(l.section(u" = "_s, 0, 0)); });
            return lines;
        };
        QCOMPARE(notOurs(after), notOurs(before));
        // The lists: ours first, every foreign item byte-for-byte.
        const QStringList policy =
            PostfixApplier::splitList(postconfIn(etc, {u"-h"_s, u"smtp_tls_policy_maps"_s}));
        QCOMPARE(policy.mid(1), PostfixApplier::splitList(policyBefore));
        QCOMPARE(policy.first(), u"hash:$config_directory/domainsecure/tls_policy"_s);
        const QStringList transport =
            PostfixApplier::splitList(postconfIn(etc, {u"-h"_s, u"transport_maps"_s}));
        QCOMPARE(transport.mid(1), PostfixApplier::splitList(transportBefore));
        QCOMPARE(transport.size(), 3);
        // The foreign tables still answer.
        QCOMPARE(TestSupport::run(
                     u"/usr/sbin/postmap"_s,
                     {u"-c"_s, etc, u"-q"_s, u"[192.0.2.7]:25"_s,
                      u"inline:{ example.org=secure, { [192.0.2.7]:25 = encrypt protocols=>=TLSv1.2 } }"_s})
                     .out.trimmed(),
                 QByteArray("encrypt protocols=>=TLSv1.2"));
        QVERIFY(TestSupport::run(u"/usr/sbin/postfix"_s, {u"-c"_s, etc, u"check"_s}).exitCode == 0);
    }

    void refusesToReplaceAGlobalSetting()
    {
        QTemporaryDir dir;
        const QString etc = stockConfig(dir, "smtpd_tls_cert_file = /etc/ssl/certs/ssl-cert-snakeoil.pem\n");
        const QByteArray mainBefore = TestSupport::readFile(etc + u"/main.cf"_s);
        const auto refused = PostfixApplier(etc).apply(m_bundle);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::BadInput);
        QVERIFY2(refused.errorMessage().contains(u"smtpd_tls_cert_file"_s),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(TestSupport::readFile(etc + u"/main.cf"_s), mainBefore);
        QVERIFY(!QFileInfo::exists(etc + u"/domainsecure"_s));

        PostfixApplier allowed(etc);
        allowed.setAllowGlobalChange(true);
        const auto report = allowed.apply(m_bundle);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY2(report->changes.join(u'\n').contains(
                     u"smtpd_tls_cert_file = $config_directory/domainsecure/smtp-cert.pem (was: "
                     "/etc/ssl/certs/ssl-cert-snakeoil.pem)"_s),
                 qPrintable(report->changes.join(u'\n')));
    }

    void distrustsATamperedManifest()
    {
        QTemporaryDir dir;
        const QString etc = stockConfig(dir, {});
        QVERIFY(PostfixApplier(etc).apply(m_bundle).ok());
        const QString manifest = etc + u"/domainsecure/.domainsecure-manifest"_s;
        const QByteArray good = TestSupport::readFile(manifest);
        const QByteArray mainBefore = TestSupport::readFile(etc + u"/main.cf"_s);
        const QByteArray masterBefore = TestSupport::readFile(etc + u"/master.cf"_s);
        PostfixBundle smaller = m_bundle;
        smaller.services.clear();
        for (const QByteArray& line :
             {QByteArray("file ../../main.cf\n"), QByteArray("file ../main.cf\n"),
              QByteArray("service smtp/inet\n"), QByteArray("service pickup/unix\n")}) {
            QVERIFY(TestSupport::writeFile(manifest, good + line));
            QFile::setPermissions(manifest, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            const auto report = PostfixApplier(etc).apply(smaller);
            QVERIFY2(!report.ok(), line.constData());
            QCOMPARE(report.error().code, ErrorCode::BadInput);
            QCOMPARE(TestSupport::readFile(etc + u"/main.cf"_s), mainBefore);
            QCOMPARE(TestSupport::readFile(etc + u"/master.cf"_s), masterBefore);
        }
        QVERIFY(TestSupport::writeFile(manifest, good));
        QFile::setPermissions(manifest, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther);
        const auto open = PostfixApplier(etc).apply(smaller);
        QVERIFY(!open.ok());
        QVERIFY2(open.errorMessage().contains(u"other users"_s), qPrintable(open.errorMessage()));
        QCOMPARE(TestSupport::readFile(etc + u"/master.cf"_s), masterBefore);
    }

    void refusesSymbolicLinks()
    {
        QTemporaryDir dir;
        const QString etc = stockConfig(dir, {});
        QTemporaryDir elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), etc + u"/domainsecure"_s));
        const QByteArray mainBefore = TestSupport::readFile(etc + u"/main.cf"_s);
        const auto report = PostfixApplier(etc).apply(m_bundle);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::BadInput);
        QVERIFY(QDir(elsewhere.path()).isEmpty());
        QCOMPARE(TestSupport::readFile(etc + u"/main.cf"_s), mainBefore);

        // A key file inside the folder that points elsewhere.
        QFile::remove(etc + u"/domainsecure"_s);
        QVERIFY(QDir().mkpath(etc + u"/domainsecure"_s));
        QVERIFY(QFile::link(elsewhere.filePath(u"key"_s), etc + u"/domainsecure/smtp-key.pem"_s));
        const auto again = PostfixApplier(etc).apply(m_bundle);
        QVERIFY(!again.ok());
        QVERIFY2(again.errorMessage().contains(u"symbolic link"_s), qPrintable(again.errorMessage()));
        QVERIFY(QDir(elsewhere.path()).isEmpty());
        QCOMPARE(TestSupport::readFile(etc + u"/main.cf"_s), mainBefore);
    }

    void refusesADirectoryWithoutConfiguration()
    {
        QTemporaryDir empty;
        const auto report = PostfixApplier(empty.path()).apply(m_bundle);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::BadInput);
        QVERIFY(!QDir(empty.filePath(u"domainsecure"_s)).exists());
    }
};

QTEST_GUILESS_MAIN(TestPostfixApplier)
#include "tst_postfixapplier.moc"
