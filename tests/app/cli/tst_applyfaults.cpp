// export postfix --apply onto Debian's stock configuration (the real Postfix tools) with the N-th
// write/fsync/rename/open below the configuration directory failing (the ds_faultinject shim):
// the configuration is byte-for-byte as before and the rollback verified, or the damage named.
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::describe;
using TestSupport::snapshot;

class TestApplyFaults : public QObject
{
    Q_OBJECT

private slots:
    void applyUnderFaults_data();
    void applyUnderFaults();
};

void TestApplyFaults::applyUnderFaults_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("repeat");
    QTest::newRow("write ENOSPC") << u"write"_s << u"ENOSPC"_s << false;
    QTest::newRow("fsync EIO") << u"fsync"_s << u"EIO"_s << false;
    QTest::newRow("rename EIO") << u"rename"_s << u"EIO"_s << false;
    QTest::newRow("open ENOSPC") << u"open"_s << u"ENOSPC"_s << false;
    // Every write from the N-th on fails: the restore fails too and must say so.
    QTest::newRow("write ENOSPC, every call") << u"write"_s << u"ENOSPC"_s << true;
}

// export postfix --apply onto Debian's stock configuration with the N-th call failing: exit 4, the
// file and the reason named, and the configuration byte-for-byte and mode-for-mode as before (the
// backup folder aside, which is kept and verifies with sha256sum -c); or, when the restore failed
// too, the damaged files and the intact copies named. A run without a fault comes first, must
// succeed, and counts the calls C; then every N from 1 to C fails in turn (for "every call from N
// on", N is sampled: the first and last calls and two between, since each run takes seconds).
void TestApplyFaults::applyUnderFaults()
{
    QFETCH(QString, op);
    QFETCH(QString, error);
    QFETCH(bool, repeat);
    int failures = 0;
    int restoreFailures = 0;
    QList<long> samples{1'000'000}; // the run without a fault comes first and counts the calls
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const long at = samples.at(i);
        QTemporaryDir root;
        const QString etc = TestSupport::stockPostfixConfig(root.path());
        QVERIFY(!etc.isEmpty());
        QVERIFY(TestSupport::copyPrivately(TestSupport::exportTestData(u"partner-a.dsw"_s),
                                           root.filePath(u"ws.dsw"_s)));
        const auto before = snapshot(etc);

        TestSupport::Fault fault;
        fault.op = op;
        fault.at = at;
        fault.error = error;
        fault.repeat = repeat;
        fault.pathPrefix = etc;
        fault.log = root.filePath(u"fault.log"_s);
        const auto result = TestSupport::cliWithFault(
            fault, {u"export"_s, u"postfix"_s, u"-w"_s, root.filePath(u"ws.dsw"_s), u"--server"_s,
                    u"EDGE01"_s, u"--out"_s, root.filePath(u"bundle"_s), u"--apply"_s, etc});
        const bool injected = TestSupport::faultInjected(fault.log);
        const QString err = QString::fromLocal8Bit(result.err);
        const QString where = u"N=%1: exit %2: %3"_s.arg(at).arg(result.exitCode).arg(err.trimmed());
        if (i == 0) {
            QVERIFY2(result.exitCode == 0 && !injected, qPrintable(where));
            QVERIFY(snapshot(etc) != before);
            long calls = 0;
            for (const QByteArray& line : TestSupport::readFile(fault.log).split('\n')) {
                if (const QList<QByteArray> fields = line.split(' '); fields.size() > 1)
                    calls = std::max(calls, fields.at(1).toLong());
            }
            QVERIFY2(calls > 3, "the apply made almost no calls of this kind");
            if (repeat) {
                samples = {1'000'000, 1, calls / 3, 2 * calls / 3, calls};
            } else {
                for (long n = 1; n <= calls; ++n)
                    samples << n;
            }
            continue;
        }
        if (result.exitCode == 0) {
            // Only the folder fsync after the old file's link is removed may fail unreported:
            // the new file is already durable in place by then.
            QVERIFY2(injected && op == u"fsync"_s, qPrintable(u"succeeded under a fault: "_s + where));
            const QByteArray log = TestSupport::readFile(fault.log);
            const qsizetype failed = log.indexOf(" FAIL\n");
            const QList<QByteArray> fields =
                log.left(failed).mid(log.lastIndexOf('\n', failed) + 1).split(' ');
            QVERIFY2(fields.size() == 3 && QFileInfo(QFile::decodeName(fields.at(2))).isDir(),
                     qPrintable(u"a file's fsync failed unreported: "_s + where));
            QVERIFY(snapshot(etc) != before);
            continue;
        }
        ++failures;
        QVERIFY2(injected, qPrintable(u"failed without a fault: "_s + where));
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(err.contains(etc + u'/'), qPrintable(where));
        QVERIFY2(err.contains(TestSupport::errnoMessage(error)), qPrintable(where));
        QVERIFY2(!result.out.contains("Applied"), qPrintable(where));

        const QStringList backups = TestSupport::postfixBackupFolders(etc);
        QVERIFY2(backups.size() <= 1, qPrintable(where));
        auto after = snapshot(etc);
        for (const QString& backup : backups) {
            const QString prefix = QDir(etc).relativeFilePath(backup) + u'/';
            after.removeIf([&](const auto& entry) { return entry.key().startsWith(prefix); });
            // The copies verify, and each is the file as it was.
            const auto check = TestSupport::run(
                u"/bin/sh"_s, {u"-c"_s, u"cd \"$1\" && sha256sum -c --quiet SHA256SUMS"_s, u"sh"_s, backup});
            QVERIFY2(check.exitCode == 0,
                     qPrintable(where + u"\n"_s + QString::fromLocal8Bit(check.out + check.err)));
            const auto copies = snapshot(backup);
            for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
                if (it.key() != u"SHA256SUMS"_s)
                    QVERIFY2(before.value(it.key()) == it.value(),
                             qPrintable(where + u": the copy of "_s + it.key()));
            }
        }
        if (err.contains(u"FAILED"_s)) {
            // The restore failed as well: only possible when every later write fails too.
            QVERIFY2(repeat, qPrintable(where));
            ++restoreFailures;
            QCOMPARE(backups.size(), 1);
            QVERIFY2(err.contains(backups.first()), qPrintable(where));
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                if (after.value(it.key()) != it.value())
                    QVERIFY2(err.contains(etc + u'/' + it.key()),
                             qPrintable(where + u": not named: "_s + it.key()));
            }
            continue;
        }
        QVERIFY2(after == before,
                 qPrintable(where + u"\nbefore: "_s + describe(before) + u"\nafter:  "_s + describe(after)));
        if (!backups.isEmpty())
            QVERIFY2(err.contains(u"restored and verified"_s), qPrintable(where));
    }
    if (repeat)
        QVERIFY2(restoreFailures > 0, "the restore never failed although every later write did");
    QVERIFY2(failures > 0, "no fault was ever reported");
    qInfo("%d failing runs, %d of them with a failed restore", failures, restoreFailures);
}

QTEST_GUILESS_MAIN(TestApplyFaults)
#include "tst_applyfaults.moc"
