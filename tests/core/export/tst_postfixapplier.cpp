#include "export/postfixapplier.h"
#include "export/postfixapplyjob.h"
#include "export/postfixexporter.h"
#include "store/workspacefile.h"
#include "testsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(postconf({u"-h"_s, u"-x"_s, u"smtp_tls_CAfile"_s}),
                 configDir() + u"/domainsecure/trusted-roots.pem"_s);
        const QString listener = postconf({u"-M"_s, u"127.0.0.2:2525/inet"_s});
        QVERIFY2(listener.contains(u"smtpd_tls_req_ccert=yes"_s), qPrintable(listener));
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
        QCOMPARE(query.out.trimmed(), QByteArray("secure match=b.example:.b.example"));
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
        QCOMPARE(progress.size(), 6);
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

        const auto report = PostfixApplier(configDir()).apply(broken);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Io);
        QVERIFY2(report.errorMessage().contains(u"restored"_s), qPrintable(report.errorMessage()));
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
