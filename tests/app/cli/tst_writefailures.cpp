// Every file domainsecure-cli writes, with the N-th write/fsync/rename/open failing (ENOSPC or
// EIO, the ds_faultinject shim) for every N until the command succeeds: exit 4, the message names
// the file and the system's reason, nothing claims success, and every file that was there before
// is byte-for-byte (and mode-for-mode) as it was, with no temporary file left. Then the same on a
// real full file system (a 256 KiB tmpfs in a private mount namespace), symbolic links (dangling or
// not) and folders other users may write to.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using TestSupport::cli;
using TestSupport::describe;
using TestSupport::FileState;
using TestSupport::snapshot;

class TestWriteFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyWriterUnderFaults_data();
    void everyWriterUnderFaults();
    void danglingSymlinkAsWorkspace_data();
    void danglingSymlinkAsWorkspace();
    void symlinkedOutputRefused();
    void symlinkInBundleRefused();
    void groupWritableFolderRefused();
    void fullFileSystem();

private:
    // Prepares dir (exists, empty) for one run and returns the command line.
    using Setup = std::function<QStringList(const QString& dir)>;
    QHash<QString, Setup> m_scenarios;
    QString m_thumbprint;   // the SMTP certificate of exchange-a.dsw
    QTemporaryDir m_shared; // files outside the watched folders (passwords)
    QString pfxPassword() const { return m_shared.filePath(u"pfx-password"_s); }
};

void TestWriteFailures::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QString::fromUtf8(DS_FAULTINJECT_LIB)), DS_FAULTINJECT_LIB);
    QVERIFY(TestSupport::writeFile(pfxPassword(), "pfx secret\n"));
    {
        QTemporaryDir dir;
        QVERIFY(TestSupport::copyPrivately(TestSupport::exportTestData(u"exchange-a.dsw"_s),
                                           dir.filePath(u"ws.dsw"_s)));
        const auto list = cli({u"cert"_s, u"list"_s, u"--json"_s, u"-w"_s, dir.filePath(u"ws.dsw"_s)});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        m_thumbprint =
            QJsonDocument::fromJson(list.out).array().first().toObject()[u"thumbprint"_s].toString();
        QVERIFY(!m_thumbprint.isEmpty());
    }

    m_scenarios.insert(u"workspace init"_s, [](const QString& dir) {
        return QStringList{
            u"workspace"_s, u"init"_s,     u"-w"_s,     dir + u"/new.dsw"_s, u"--organization"_s,
            u"Contoso"_s,   u"--server"_s, u"EDGE01"_s, u"--fqdn"_s,         u"mail.contoso.example"_s};
    });
    m_scenarios.insert(u"workspace demo"_s, [](const QString& dir) {
        return QStringList{u"workspace"_s, u"demo"_s, dir + u"/demo.dsw"_s};
    });
    m_scenarios.insert(u"workspace save (domain-secure add)"_s, [](const QString& dir) {
        if (!TestSupport::copyPrivately(TestSupport::exportTestData(u"partner-a.dsw"_s), dir + u"/ws.dsw"_s))
            return QStringList();
        return QStringList{u"domain-secure"_s,       u"add"_s, u"--send"_s,
                           u"new-partner.example"_s, u"-w"_s,  dir + u"/ws.dsw"_s};
    });
    m_scenarios.insert(u"cert request --out"_s, [](const QString& dir) {
        const auto init =
            cli({u"workspace"_s, u"init"_s, u"-w"_s, dir + u"/ws.dsw"_s, u"--organization"_s, u"Contoso"_s,
                 u"--server"_s, u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s});
        if (init.exitCode != 0 || !TestSupport::writeFile(dir + u"/edge01.req"_s, "the previous request\n"))
            return QStringList();
        return QStringList{u"cert"_s,     u"request"_s, u"-w"_s,        dir + u"/ws.dsw"_s,
                           u"--server"_s, u"EDGE01"_s,  u"--subject"_s, u"CN=mail.contoso.example"_s,
                           u"--key"_s,    u"ec:p256"_s, u"--out"_s,     dir + u"/edge01.req"_s};
    });
    for (const QString& format : {u"pem"_s, u"der"_s, u"pfx"_s}) {
        m_scenarios.insert(u"cert export "_s + format, [this, format](const QString& dir) {
            if (!TestSupport::copyPrivately(TestSupport::exportTestData(u"exchange-a.dsw"_s),
                                            dir + u"/ws.dsw"_s))
                return QStringList();
            const QString out = dir + u"/out."_s + format;
            if (!TestSupport::writeFile(out, "the previous export\n"))
                return QStringList();
            QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QStringList args{u"cert"_s,     u"export"_s, m_thumbprint, u"-w"_s, dir + u"/ws.dsw"_s,
                             u"--format"_s, format,      u"--out"_s,   out};
            if (format == u"pfx"_s)
                args << u"--password-file"_s << pfxPassword();
            return args;
        });
    }
    // The exports run once without a fault; the files they wrote are then changed, so the run
    // under test replaces existing files (the script and the PFX; the whole bundle).
    m_scenarios.insert(u"export exchange (script and PFX)"_s, [this](const QString& dir) {
        if (!TestSupport::copyPrivately(TestSupport::exportTestData(u"exchange-a.dsw"_s),
                                        dir + u"/ws.dsw"_s) ||
            !QDir(dir).mkdir(u"out"_s))
            return QStringList();
        const QStringList args{
            u"export"_s, u"exchange"_s, u"-w"_s,         dir + u"/ws.dsw"_s,       u"--server"_s,
            u"EDGE01"_s, u"--out"_s,    dir + u"/out"_s, u"--pfx-password-file"_s, pfxPassword()};
        if (cli(args).exitCode != 0)
            return QStringList();
        for (const QString& name : QDir(dir + u"/out"_s).entryList(QDir::Files))
            TestSupport::writeFile(dir + u"/out/"_s + name, "previous " + name.toUtf8() + '\n');
        return args;
    });
    m_scenarios.insert(u"export postfix --out (bundle)"_s, [](const QString& dir) {
        if (!TestSupport::copyPrivately(TestSupport::exportTestData(u"partner-a.dsw"_s), dir + u"/ws.dsw"_s))
            return QStringList();
        const QStringList args{u"export"_s,   u"postfix"_s, u"-w"_s,    dir + u"/ws.dsw"_s,
                               u"--server"_s, u"EDGE01"_s,  u"--out"_s, dir + u"/bundle"_s};
        if (cli(args).exitCode != 0)
            return QStringList();
        QDirIterator it(dir + u"/bundle"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            TestSupport::writeFile(path, "previous " + QFileInfo(path).fileName().toUtf8() + '\n');
        }
        return args;
    });
}

void TestWriteFailures::everyWriterUnderFaults_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("error");
    const QStringList scenarios{u"workspace init"_s,
                                u"workspace demo"_s,
                                u"workspace save (domain-secure add)"_s,
                                u"cert request --out"_s,
                                u"cert export pem"_s,
                                u"cert export der"_s,
                                u"cert export pfx"_s,
                                u"export exchange (script and PFX)"_s,
                                u"export postfix --out (bundle)"_s};
    const std::pair<QString, QString> faults[] = {
        {u"write"_s, u"ENOSPC"_s}, {u"fsync"_s, u"EIO"_s}, {u"rename"_s, u"EIO"_s}, {u"open"_s, u"ENOSPC"_s}};
    for (const QString& scenario : scenarios) {
        for (const auto& [op, error] : faults) {
            QTest::addRow("%s / %s %s", qPrintable(scenario), qPrintable(op), qPrintable(error))
                << scenario << op << error;
        }
    }
    QTest::newRow("export postfix --out (bundle) / write ENOSPC, every call")
        << u"export postfix --out (bundle)"_s << u"write-repeat"_s << u"ENOSPC"_s;
}

void TestWriteFailures::everyWriterUnderFaults()
{
    QFETCH(QString, scenario);
    QFETCH(QString, op);
    QFETCH(QString, error);
    const bool repeat = op.endsWith(u"-repeat"_s);
    if (repeat)
        op.chop(7);
    const Setup setup = m_scenarios.value(scenario);
    QVERIFY(setup);
    int failures = 0;
    bool succeeded = false;
    for (int at = 1; at <= 60 && !succeeded; ++at) {
        QTemporaryDir root;
        const QString dir = root.filePath(u"work"_s);
        QVERIFY(QDir(root.path()).mkdir(u"work"_s));
        const QStringList args = setup(dir);
        QVERIFY2(!args.isEmpty(), "the scenario could not be set up");
        const auto before = snapshot(dir);

        TestSupport::Fault fault;
        fault.op = op;
        fault.at = at;
        fault.error = error;
        fault.repeat = repeat;
        fault.pathPrefix = dir;
        fault.log = root.filePath(u"fault.log"_s);
        const auto result = TestSupport::cliWithFault(fault, args);
        const bool injected = TestSupport::faultInjected(fault.log);
        const QString err = QString::fromLocal8Bit(result.err);
        const QString where = u"N=%1: exit %2: %3"_s.arg(at).arg(result.exitCode).arg(err.trimmed());
        if (result.exitCode == 0) {
            if (!injected)
                succeeded = true;
            continue;
        }
        ++failures;
        QVERIFY2(injected, qPrintable(u"failed without a fault: "_s + where));
        QVERIFY2(result.exitCode == 4, qPrintable(where));
        // The message names a file of the folder (the one that failed) and the reason.
        QVERIFY2(err.contains(dir + u'/'), qPrintable(where));
        QVERIFY2(err.contains(TestSupport::errnoMessage(error)), qPrintable(where));
        QVERIFY2(!result.out.contains("Wrote") && !result.out.contains("Exported") &&
                     !result.out.contains("Created"),
                 qPrintable(where + u" / stdout: "_s + QString::fromUtf8(result.out)));
        const auto after = snapshot(dir);
        QVERIFY2(after == before,
                 qPrintable(where + u"\nbefore: "_s + describe(before) + u"\nafter:  "_s + describe(after)));
    }
    QVERIFY2(succeeded, "the command never succeeded once the fault came after its last call");
    QVERIFY2(failures > 0, "no fault was ever reported");
}

void TestWriteFailures::danglingSymlinkAsWorkspace_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("init") << u"init"_s;
    QTest::newRow("demo") << u"demo"_s;
}

void TestWriteFailures::danglingSymlinkAsWorkspace()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(u"planted.dsw"_s);
    const QString link = dir.filePath(u"ws.dsw"_s);
    QVERIFY(QFile::link(target, link));
    const QStringList args =
        command == u"init"_s
            ? QStringList{u"workspace"_s, u"init"_s,     u"-w"_s,     link,        u"--organization"_s,
                          u"Contoso"_s,   u"--server"_s, u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s}
            : QStringList{u"workspace"_s, u"demo"_s, link};
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(link.toLocal8Bit()) && r.err.contains("symbolic link"), r.err.constData());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(elsewhere.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(snapshot(dir.path()).keys(), QStringList{u"ws.dsw"_s});
}

void TestWriteFailures::symlinkedOutputRefused()
{
    QTemporaryDir dir;
    QVERIFY(TestSupport::copyPrivately(TestSupport::exportTestData(u"exchange-a.dsw"_s),
                                       dir.filePath(u"ws.dsw"_s)));
    const QString precious = dir.filePath(u"precious.key"_s);
    QVERIFY(TestSupport::writeFile(precious, "not to be overwritten\n"));
    const QString link = dir.filePath(u"out.pfx"_s);
    QVERIFY(QFile::link(precious, link));
    const auto r = cli({u"cert"_s, u"export"_s, m_thumbprint, u"-w"_s, dir.filePath(u"ws.dsw"_s),
                        u"--format"_s, u"pfx"_s, u"--password-file"_s, pfxPassword(), u"--out"_s, link});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(link.toLocal8Bit()) && r.err.contains("symbolic link"), r.err.constData());
    QCOMPARE(TestSupport::readFile(precious), QByteArray("not to be overwritten\n"));

    // A request file, dangling: nothing is written where it points, the workspace is unchanged.
    QVERIFY(TestSupport::writeFile(dir.filePath(u"ws2.dsw"_s), {}));
    QFile::remove(dir.filePath(u"ws2.dsw"_s));
    QVERIFY(cli({u"workspace"_s, u"init"_s, u"-w"_s, dir.filePath(u"ws2.dsw"_s), u"--organization"_s, u"C"_s,
                 u"--server"_s, u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s})
                .exitCode == 0);
    const QByteArray workspace = TestSupport::readFile(dir.filePath(u"ws2.dsw"_s));
    QTemporaryDir elsewhere;
    const QString requestLink = dir.filePath(u"edge.req"_s);
    QVERIFY(QFile::link(elsewhere.filePath(u"edge.req"_s), requestLink));
    const auto request = cli({u"cert"_s, u"request"_s, u"-w"_s, dir.filePath(u"ws2.dsw"_s), u"--server"_s,
                              u"EDGE01"_s, u"--subject"_s, u"CN=mail.contoso.example"_s, u"--key"_s,
                              u"ec:p256"_s, u"--out"_s, requestLink});
    QCOMPARE(request.exitCode, 4);
    QVERIFY2(request.err.contains("symbolic link"), request.err.constData());
    QVERIFY(QDir(elsewhere.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QCOMPARE(TestSupport::readFile(dir.filePath(u"ws2.dsw"_s)), workspace);
}

void TestWriteFailures::symlinkInBundleRefused()
{
    // A file of an existing bundle replaced by a link to something else: the export refuses and
    // writes no file of the bundle (all or none), the link's target is untouched.
    QTemporaryDir dir;
    QVERIFY(TestSupport::copyPrivately(TestSupport::exportTestData(u"partner-a.dsw"_s),
                                       dir.filePath(u"ws.dsw"_s)));
    const QStringList args{u"export"_s,   u"postfix"_s, u"-w"_s,    dir.filePath(u"ws.dsw"_s),
                           u"--server"_s, u"EDGE01"_s,  u"--out"_s, dir.filePath(u"bundle"_s)};
    QVERIFY(cli(args).exitCode == 0);
    const QStringList names = QDir(dir.filePath(u"bundle"_s)).entryList(QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 2);
    const QString victim = dir.filePath(u"bundle/"_s + names.last());
    const QString precious = dir.filePath(u"precious"_s);
    QVERIFY(TestSupport::writeFile(precious, "precious\n"));
    QVERIFY(QFile::remove(victim));
    QVERIFY(QFile::link(precious, victim));
    for (const QString& name : names.mid(0, names.size() - 1))
        QVERIFY(TestSupport::writeFile(dir.filePath(u"bundle/"_s + name), "previous\n"));
    const auto before = snapshot(dir.path());
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(victim.toLocal8Bit()) && r.err.contains("symbolic link"), r.err.constData());
    QCOMPARE(snapshot(dir.path()), before);
}

void TestWriteFailures::groupWritableFolderRefused()
{
    QTemporaryDir dir;
    QVERIFY(TestSupport::copyPrivately(TestSupport::exportTestData(u"exchange-a.dsw"_s),
                                       dir.filePath(u"ws.dsw"_s)));
    const QString shared = dir.filePath(u"shared"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"shared"_s));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0777) == 0);
    const QStringList args{u"cert"_s,
                           u"export"_s,
                           m_thumbprint,
                           u"-w"_s,
                           dir.filePath(u"ws.dsw"_s),
                           u"--out"_s,
                           shared + u"/cert.pem"_s};
    auto r = cli(args);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(shared.toLocal8Bit()) && r.err.contains("other users may write"),
             r.err.constData());
    QVERIFY(QDir(shared).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 01777) == 0); // sticky, like /tmp: fine
    r = cli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(TestSupport::readFile(shared + u"/cert.pem"_s).startsWith("-----BEGIN CERTIFICATE-----"));
}

void TestWriteFailures::fullFileSystem()
{
    // A real full disk: a 256 KiB tmpfs, mounted in a private mount namespace (unshare -m) so that
    // nothing outside this test sees it. Needs root, as the e2e tests do: without it this fails.
    if (::geteuid() != 0)
        QFAIL("tst_writefailures::fullFileSystem mounts a tmpfs in a private mount namespace and must run as "
              "root (./test.sh and CI do)");
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (unshare.isEmpty())
        QFAIL("unshare (util-linux) not found: it is needed to mount the full tmpfs privately");

    QTemporaryDir work;
    const QString initial = work.filePath(u"initial"_s);
    const QString results = work.filePath(u"results"_s);
    const QString mnt = work.filePath(u"mnt"_s);
    QVERIFY(QDir().mkpath(initial) && QDir().mkpath(results) && QDir().mkpath(mnt));
    // What is on the small disk before: a workspace, a request, a certificate, a PFX, a script
    // with its PFX and a bundle, each written once for real and then given recognisable bytes.
    QVERIFY(
        TestSupport::copyPrivately(TestSupport::exportTestData(u"exchange-a.dsw"_s), initial + u"/ws.dsw"_s));
    QVERIFY(TestSupport::copyPrivately(TestSupport::exportTestData(u"partner-a.dsw"_s),
                                       work.filePath(u"partner.dsw"_s)));
    QVERIFY(TestSupport::writeFile(initial + u"/edge01.req"_s, "previous request\n"));
    QVERIFY(TestSupport::writeFile(initial + u"/out.pem"_s, "previous pem\n"));
    QVERIFY(TestSupport::writeFile(initial + u"/out.der"_s, "previous der\n"));
    QVERIFY(TestSupport::writeFile(initial + u"/out.pfx"_s, "previous pfx\n"));
    QVERIFY(QDir(initial).mkdir(u"exchange"_s));
    QVERIFY(cli({u"export"_s, u"exchange"_s, u"-w"_s, initial + u"/ws.dsw"_s, u"--server"_s, u"EDGE01"_s,
                 u"--out"_s, initial + u"/exchange"_s, u"--pfx-password-file"_s, pfxPassword()})
                .exitCode == 0);
    QVERIFY(cli({u"export"_s, u"postfix"_s, u"-w"_s, work.filePath(u"partner.dsw"_s), u"--server"_s,
                 u"EDGE01"_s, u"--out"_s, initial + u"/bundle"_s})
                .exitCode == 0);
    for (const QString& sub : {u"exchange"_s, u"bundle"_s}) {
        QDirIterator it(initial + u'/' + sub, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY(TestSupport::writeFile(path, "previous " + QFileInfo(path).fileName().toUtf8() + '\n'));
        }
    }
    const auto before = snapshot(initial);

    const QString cliPath = QString::fromUtf8(DS_CLI);
    // name, command line ($M: the mounted folder)
    const QList<std::pair<QString, QStringList>> commands{
        {u"workspace-init"_s,
         {u"workspace"_s, u"init"_s, u"-w"_s, u"$M/new.dsw"_s, u"--organization"_s, u"C"_s, u"--server"_s,
          u"EDGE01"_s, u"--fqdn"_s, u"mail.contoso.example"_s}},
        {u"workspace-demo"_s, {u"workspace"_s, u"demo"_s, u"$M/demo.dsw"_s}},
        {u"workspace-save"_s,
         {u"domain-secure"_s, u"add"_s, u"--send"_s, u"new.example"_s, u"-w"_s, u"$M/ws.dsw"_s}},
        {u"cert-request"_s,
         {u"cert"_s, u"request"_s, u"-w"_s, u"$M/ws.dsw"_s, u"--server"_s, u"EDGE01"_s, u"--subject"_s,
          u"CN=mx.a.example"_s, u"--key"_s, u"ec:p256"_s, u"--out"_s, u"$M/edge01.req"_s}},
        {u"cert-export-pem"_s,
         {u"cert"_s, u"export"_s, m_thumbprint, u"-w"_s, u"$M/ws.dsw"_s, u"--out"_s, u"$M/out.pem"_s}},
        {u"cert-export-der"_s,
         {u"cert"_s, u"export"_s, m_thumbprint, u"-w"_s, u"$M/ws.dsw"_s, u"--format"_s, u"der"_s, u"--out"_s,
          u"$M/out.der"_s}},
        {u"cert-export-pfx"_s,
         {u"cert"_s, u"export"_s, m_thumbprint, u"-w"_s, u"$M/ws.dsw"_s, u"--format"_s, u"pfx"_s,
          u"--password-file"_s, pfxPassword(), u"--out"_s, u"$M/out.pfx"_s}},
        {u"export-exchange"_s,
         {u"export"_s, u"exchange"_s, u"-w"_s, u"$M/ws.dsw"_s, u"--server"_s, u"EDGE01"_s, u"--out"_s,
          u"$M/exchange"_s, u"--pfx-password-file"_s, pfxPassword()}},
        {u"export-postfix"_s,
         {u"export"_s, u"postfix"_s, u"-w"_s, work.filePath(u"partner.dsw"_s), u"--server"_s, u"EDGE01"_s,
          u"--out"_s, u"$M/bundle"_s}},
    };
    auto quote = [](QString text) -> QString { return u"'"_s + text.replace(u"'"_s, u"'\\''"_s) + u"'"_s; };
    QString script =
        u"set -u\n"_s
        u"M=%1\nR=%2\n"_s
        u"mount -t tmpfs -o size=256k,mode=0755 tmpfs \"$M\" || { echo 'mount failed' >&2; exit 90; }\n"_s
        u"cp -a %3/. \"$M\"/ || exit 91\n"_s
        // Fill what is left; the filler stays, so every later write finds the disk full.
        u"dd if=/dev/zero of=\"$M/.filler\" bs=1k 2>/dev/null\n"_s
        u"df -k \"$M\" > \"$R/df\"\n"_s.arg(quote(mnt), quote(results), quote(initial));
    for (const auto& [name, args] : commands) {
        QStringList quoted;
        for (const QString& arg : args)
            quoted << (arg.startsWith(u"$M/"_s) ? QString(u"\"$M\""_s + quote(arg.mid(2))) : quote(arg));
        script += u"%1 %2 >\"$R/%3.out\" 2>\"$R/%3.err\"; echo $? >\"$R/%3.rc\"\n"_s.arg(
            quote(cliPath), quoted.join(u' '), name);
    }
    script += u"rm -f \"$M/.filler\"\ncp -a \"$M\" \"$R/after\"\n"_s;
    QVERIFY(TestSupport::writeFile(work.filePath(u"run.sh"_s), script.toUtf8()));
    const auto r = TestSupport::run(
        unshare, {u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, work.filePath(u"run.sh"_s)}, {},
        300000);
    QVERIFY2(r.exitCode == 0,
             qPrintable(u"unshare -m (a private mount namespace) failed, exit %1: %2"_s.arg(r.exitCode)
                            .arg(QString::fromLocal8Bit(r.err))));

    for (const auto& [name, args] : commands) {
        const QByteArray rc = TestSupport::readFile(results + u'/' + name + u".rc"_s).trimmed();
        const QString err = QString::fromLocal8Bit(TestSupport::readFile(results + u'/' + name + u".err"_s));
        const QByteArray out = TestSupport::readFile(results + u'/' + name + u".out"_s);
        const QString where = u"%1: exit %2: %3"_s.arg(name, QString::fromLatin1(rc), err.trimmed());
        QVERIFY2(rc == "4", qPrintable(where));
        QVERIFY2(err.contains(mnt + u'/'), qPrintable(where));
        QVERIFY2(err.contains(qt_error_string(ENOSPC)), qPrintable(where));
        QVERIFY2(!out.contains("Wrote") && !out.contains("Exported") && !out.contains("Created"),
                 out.constData());
    }
    const auto after = snapshot(results + u"/after"_s);
    QVERIFY2(after == before,
             qPrintable(u"before: "_s + describe(before) + u"\nafter:  "_s + describe(after) + u"\n"_s +
                        QString::fromLocal8Bit(TestSupport::readFile(results + u"/df"_s))));
}

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "tst_writefailures.moc"
