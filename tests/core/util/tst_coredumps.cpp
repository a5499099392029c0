#include "testsupport.h"
#include "util/coredumps.h"

#include <QProcessEnvironment>
#include <QTest>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace ds::core;

using namespace Qt::StringLiterals;

// CoreDumps::disable() cannot be undone, so it runs in a child: this binary again, with
// DS_COREDUMPS_CHILD set and the test function's name as its argument.
class TestCoreDumps : public QObject
{
    Q_OBJECT

private slots:
    void disableMakesTheProcessNonDumpable();

private:
    static bool inChild() { return qEnvironmentVariableIsSet("DS_COREDUMPS_CHILD"); }
    static void rerunInChild(const QString& function);
};

void TestCoreDumps::rerunInChild(const QString& function)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DS_COREDUMPS_CHILD"_s, u"1"_s);
    const auto child = TestSupport::runIn(env, QCoreApplication::applicationFilePath(), {function});
    const QByteArray output = child.out + child.err;
    QVERIFY2(child.exitCode == 0, output.constData());
    const QByteArray passed = "PASS   : TestCoreDumps::" + function.toUtf8() + "()";
    QVERIFY2(child.out.contains(passed), output.constData());
}

void TestCoreDumps::disableMakesTheProcessNonDumpable()
{
    if (!inChild()) {
        rerunInChild(u"disableMakesTheProcessNonDumpable"_s);
        return;
    }
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    QVERIFY(!CoreDumps::disabled());

    const Status disabled = CoreDumps::disable();
    QVERIFY2(disabled.ok(), qPrintable(disabled.errorMessage()));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
    QVERIFY(CoreDumps::disabled());
    // Calling it again changes nothing.
    QVERIFY(CoreDumps::disable().ok());

    // Programs started from here inherit the limit.
    const auto shell = TestSupport::run(u"/bin/sh"_s, {u"-c"_s, u"ulimit -c; ulimit -Hc"_s});
    QCOMPARE(shell.out, QByteArray("0\n0\n"));
}

QTEST_GUILESS_MAIN(TestCoreDumps)
#include "tst_coredumps.moc"
