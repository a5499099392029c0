// The Postfix bundle's apply.sh, run by the real sh on copies of Debian's stock configuration: it
// ends where `export postfix --apply` ends, keeps what the administrator set, stops before the
// first change when a check fails, and puts everything back (verified) when a later step fails.

#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::FileState;
using TestSupport::snapshot;

namespace {

QString postconf(const QString& etc, const QStringList& arguments)
{
    return QString::fromUtf8(
               TestSupport::run(u"/usr/sbin/postconf"_s, QStringList{u"-c"_s, etc} + arguments).out)
        .trimmed();
}

// The configuration without the backup folders an apply leaves beside it.
QMap<QString, FileState> withoutBackups(QMap<QString, FileState> files)
{
    files.removeIf([](const auto& it) { return it.key().startsWith(u"domainsecure.backup-"_s); });
    return files;
}

} // namespace

class TestApplyScript : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle;

    TestSupport::ProcessResult applyScript(const QString& etc, const QStringList& extra = {})
    {
        return TestSupport::run(u"/bin/sh"_s, QStringList{m_bundle + u"/apply.sh"_s, etc} + extra, {},
                                120000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(u"/usr/sbin/postconf"_s).isExecutable());
        m_bundle = m_dir.filePath(u"bundle"_s);
        const auto exported = TestSupport::cli({u"export"_s, u"postfix"_s, u"-w"_s,
                                                TestSupport::exportTestData(u"partner-a.dsw"_s),
                                                u"--server"_s, u"EDGE01"_s, u"--out"_s, m_bundle});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
    }

    // The same end state as --apply (main.cf, master.cf, the owned files); a second run changes
    // nothing; the backup holds the files as they were.
    void endsWhereApplyEnds()
    {
        QTemporaryDir scriptDir;
        QTemporaryDir applyDir;
        const QString byScript = TestSupport::stockPostfixConfig(scriptDir.path());
        const QString byApply = TestSupport::stockPostfixConfig(applyDir.path());
        QVERIFY(!byScript.isEmpty() && !byApply.isEmpty());
        const auto before = snapshot(byScript);

        const auto script = applyScript(byScript);
        QVERIFY2(script.exitCode == 0, script.err.constData());
        QVERIFY2(script.out.contains("Applied"), script.out.constData());
        const auto applied = TestSupport::cli(
            {u"export"_s, u"postfix"_s, u"-w"_s, TestSupport::exportTestData(u"partner-a.dsw"_s),
             u"--server"_s, u"EDGE01"_s, u"--out"_s, applyDir.filePath(u"bundle"_s), u"--apply"_s, byApply});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());

        QCOMPARE(postconf(byScript, {u"-n"_s}).replace(scriptDir.path(), u"ROOT"_s),
                 postconf(byApply, {u"-n"_s}).replace(applyDir.path(), u"ROOT"_s));
        QCOMPARE(postconf(byScript, {u"-M"_s}), postconf(byApply, {u"-M"_s}));
        QCOMPARE(postconf(byScript, {u"-P"_s}), postconf(byApply, {u"-P"_s}));
        const auto scriptFiles = snapshot(byScript + u"/domainsecure"_s);
        const auto applyFiles = snapshot(byApply + u"/domainsecure"_s);
        QCOMPARE(scriptFiles.keys(), applyFiles.keys());
        for (const QString& name : scriptFiles.keys()) {
            if (name.endsWith(u".db"_s))
                continue; // Berkeley DB files differ in their free space
            QCOMPARE(scriptFiles.value(name).mode, applyFiles.value(name).mode);
            QCOMPARE(QString::fromUtf8(scriptFiles.value(name).content).replace(scriptDir.path(), u"ROOT"_s),
                     QString::fromUtf8(applyFiles.value(name).content).replace(applyDir.path(), u"ROOT"_s));
        }
        QCOMPARE(TestSupport::run(u"/usr/sbin/postfix"_s, {u"-c"_s, byScript, u"check"_s}).exitCode, 0);

        const QStringList backups = TestSupport::postfixBackupFolders(byScript);
        QCOMPARE(backups.size(), 1);
        QVERIFY(script.out.contains(backups.first().toUtf8()));
        const auto copies = snapshot(backups.first());
        QCOMPARE(copies.value(u"main.cf"_s), before.value(u"main.cf"_s));
        QCOMPARE(copies.value(u"master.cf"_s), before.value(u"master.cf"_s));
        QVERIFY(copies.contains(u"SHA256SUMS"_s));

        const auto afterFirst = withoutBackups(snapshot(byScript));
        const auto again = applyScript(byScript);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        auto afterSecond = withoutBackups(snapshot(byScript));
        afterSecond.removeIf([](const auto& it) { return it.key().endsWith(u".db"_s); });
        auto expected = afterFirst;
        expected.removeIf([](const auto& it) { return it.key().endsWith(u".db"_s); });
        QCOMPARE(afterSecond, expected);
    }

    // dane with DNSSEC, the system CA bundle, stricter inbound TLS, a larger size limit, an inline:
    // policy table with a { … } group, a transport list over continuation lines with comments.
    void keepsWhatTheAdministratorSet()
    {
        QTemporaryDir dir;
        const QString etc = TestSupport::stockPostfixConfig(
            dir.path(), "# the administrator's own\n"
                        "smtp_tls_security_level = dane\n"
                        "smtp_dns_support_level = dnssec\n"
                        "smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\n"
                        "smtpd_tls_security_level = encrypt\n"
                        "message_size_limit = 104857600\n"
                        "smtp_tls_policy_maps = inline:{ example.org=secure, { "
                        "[192.0.2.7]:25 = encrypt protocols=>=TLSv1.2 } }\n"
                        "transport_maps =\n"
                        "    # comment inside\n"
                        "    inline:{ example.net=smtp:[192.0.2.1] },\n"
                        "    { inline:{ { example.com = relay:[192.0.2.2]:587 } } }\n");
        QVERIFY(!etc.isEmpty());
        const QStringList before = postconf(etc, {u"-n"_s}).split(u'\n');
        const QString policyBefore = postconf(etc, {u"-h"_s, u"smtp_tls_policy_maps"_s});
        const QString transportBefore = postconf(etc, {u"-h"_s, u"transport_maps"_s});

        const auto script = applyScript(etc);
        QVERIFY2(script.exitCode == 0, script.err.constData());
        for (const QString& name :
             {u"smtp_tls_security_level"_s, u"smtp_dns_support_level"_s, u"smtp_tls_CAfile"_s,
              u"smtpd_tls_security_level"_s, u"message_size_limit"_s})
            QVERIFY2(before.contains(name + u" = "_s + postconf(etc, {u"-h"_s, name})), qPrintable(name));
        QCOMPARE(postconf(etc, {u"-h"_s, u"smtp_tls_policy_maps"_s}),
                 u"hash:$config_directory/domainsecure/tls_policy, "_s + policyBefore);
        QCOMPARE(postconf(etc, {u"-h"_s, u"transport_maps"_s}),
                 u"hash:$config_directory/domainsecure/transport, "_s + transportBefore);
        QCOMPARE(TestSupport::run(u"/usr/sbin/postmap"_s,
                                  {u"-c"_s, etc, u"-q"_s, u"example.com"_s,
                                   u"inline:{ { example.com = relay:[192.0.2.2]:587 } }"_s})
                     .out.trimmed(),
                 QByteArray("relay:[192.0.2.2]:587"));
        QCOMPARE(TestSupport::run(u"/usr/sbin/postfix"_s, {u"-c"_s, etc, u"check"_s}).exitCode, 0);
    }

    // A global value the administrator chose (certificate, size limit below ours, a listener on
    // our address): refused before any change, exit 3, every file as it was, no backup; allowed
    // with --allow-global-change.
    void refusesGlobalChanges_data()
    {
        QTest::addColumn<QByteArray>("mainExtra");
        QTest::addColumn<QString>("named");
        QTest::newRow("certificate") << QByteArray(
                                            "smtpd_tls_cert_file = /etc/ssl/certs/ssl-cert-snakeoil.pem\n")
                                     << u"smtpd_tls_cert_file = /etc/ssl/certs/ssl-cert-snakeoil.pem"_s;
        QTest::newRow("smaller size limit")
            << QByteArray("message_size_limit = 5000000\n") << u"message_size_limit = 5000000"_s;
        QTest::newRow("host name") << QByteArray("myhostname = mail.elsewhere.example\n")
                                   << u"myhostname = mail.elsewhere.example"_s;
        QTest::newRow("listener") << QByteArray() << u"master.cf 127.0.0.2:2525/inet"_s;
    }
    void refusesGlobalChanges()
    {
        QFETCH(QByteArray, mainExtra);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString etc = TestSupport::stockPostfixConfig(dir.path(), mainExtra);
        QVERIFY(!etc.isEmpty());
        if (mainExtra.isEmpty()) {
            QVERIFY(TestSupport::run(
                        u"/usr/sbin/postconf"_s,
                        {u"-c"_s, etc, u"-M"_s, u"127.0.0.2:2525/inet=127.0.0.2:2525 inet n - n - - smtpd"_s})
                        .exitCode == 0);
        }
        const auto before = snapshot(etc);
        const auto refused = applyScript(etc);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(named.toUtf8()), refused.err.constData());
        QVERIFY2(refused.err.contains("--allow-global-change"), refused.err.constData());
        QCOMPARE(snapshot(etc), before);

        const auto allowed = applyScript(etc, {u"--allow-global-change"_s});
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        QVERIFY(snapshot(etc) != before);
    }

    // Symbolic links inside the configuration directory: refused, nothing written anywhere.
    void refusesSymbolicLinks_data()
    {
        QTest::addColumn<bool>("linkFolder");
        QTest::newRow("domainsecure/ folder") << true;
        QTest::newRow("key file") << false;
    }
    void refusesSymbolicLinks()
    {
        QFETCH(bool, linkFolder);
        QTemporaryDir dir;
        const QString etc = TestSupport::stockPostfixConfig(dir.path());
        const QString elsewhere = dir.filePath(u"elsewhere"_s);
        QVERIFY(!etc.isEmpty() && QDir().mkpath(elsewhere));
        if (linkFolder) {
            QVERIFY(QFile::link(elsewhere, etc + u"/domainsecure"_s));
        } else {
            QVERIFY(QDir().mkpath(etc + u"/domainsecure"_s));
            QVERIFY(QFile::link(elsewhere + u"/key.pem"_s, etc + u"/domainsecure/smtp-key.pem"_s));
        }
        const auto before = snapshot(dir.path());
        const auto refused = applyScript(etc);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("symbolic link"), refused.err.constData());
        QCOMPARE(snapshot(dir.path()), before);
    }

    // postmap cannot create the transport table after main.cf, master.cf and the owned files were
    // changed: everything is put back, verified, exit 4.
    void restoresWhenAStepFails()
    {
        QTemporaryDir dir;
        const QString etc = TestSupport::stockPostfixConfig(dir.path());
        QVERIFY(!etc.isEmpty());
        const auto before = snapshot(etc);
        TestSupport::Fault fault;
        fault.op = u"open"_s;
        fault.error = u"ENOSPC"_s;
        fault.pathPrefix = etc + u"/domainsecure/transport.db"_s;
        fault.log = dir.filePath(u"fault.log"_s);
        const auto failed = TestSupport::runIn(TestSupport::faultEnvironment(fault, false), u"/bin/sh"_s,
                                               {m_bundle + u"/apply.sh"_s, etc}, {}, 120000);
        QVERIFY(TestSupport::faultInjected(fault.log));
        QCOMPARE(failed.exitCode, 4);
        QVERIFY2(failed.err.contains("restored and verified"), failed.err.constData());
        QCOMPARE(withoutBackups(snapshot(etc)), before);
        QCOMPARE(TestSupport::postfixBackupFolders(etc).size(), 1);
        QVERIFY(failed.err.contains(TestSupport::postfixBackupFolders(etc).first().toUtf8()));
    }

    // Every write into domainsecure/ fails on a second apply (postmap rewriting the tables), so the
    // restore cannot put the tables back either: exit 4, the damaged files named, the intact copies
    // kept and verifiable.
    void namesTheDamageWhenTheRestoreFails()
    {
        QTemporaryDir dir;
        const QString etc = TestSupport::stockPostfixConfig(dir.path());
        QVERIFY(!etc.isEmpty());
        const auto first = applyScript(etc);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        for (const QString& backup : TestSupport::postfixBackupFolders(etc))
            QVERIFY(QDir(backup).removeRecursively());
        const auto before = snapshot(etc);
        TestSupport::Fault fault;
        fault.op = u"write"_s;
        fault.error = u"ENOSPC"_s;
        fault.repeat = true;
        fault.pathPrefix = etc + u"/domainsecure/"_s;
        fault.log = dir.filePath(u"fault.log"_s);
        const auto failed = TestSupport::runIn(TestSupport::faultEnvironment(fault, false), u"/bin/sh"_s,
                                               {m_bundle + u"/apply.sh"_s, etc}, {}, 120000);
        QCOMPARE(failed.exitCode, 4);
        QVERIFY2(failed.err.contains("restoring FAILED"), failed.err.constData());
        QVERIFY2(failed.err.contains("damaged: ./domainsecure/tls_policy.db"), failed.err.constData());
        QVERIFY(withoutBackups(snapshot(etc)) != before);
        const QStringList backups = TestSupport::postfixBackupFolders(etc);
        QCOMPARE(backups.size(), 1);
        QVERIFY(failed.err.contains(backups.first().toUtf8()));
        const auto verify =
            TestSupport::run(u"/bin/sh"_s, {u"-c"_s, u"cd \"$1\" && sha256sum -c --quiet SHA256SUMS"_s,
                                            u"sh"_s, backups.first()});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        const auto copies = snapshot(backups.first());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(copies.value(it.key()).content, it->content);
    }
};

QTEST_GUILESS_MAIN(TestApplyScript)
#include "tst_applyscript.moc"
