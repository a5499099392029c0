// DurableFile: the complete new file or the old one byte-for-byte, the mode set before any byte,
// no write through a symbolic link or into a folder other users may write to, and every failing
// write/fsync/rename/open (the ds_faultinject shim, in a helper process) reported with the file
// name while the old file stays as it was and no temporary file is left.
#include "testsupport.h"
#include "util/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace ds::core;

using namespace Qt::StringLiterals;

namespace {

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

QByteArray bigData()
{
    QByteArray data;
    for (int i = 0; data.size() < 300 * 1024; ++i)
        data += "line " + QByteArray::number(i) + " of a file that is larger than the write buffer\n";
    return data;
}

} // namespace

class TestDurableFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesNewFileWithMode_data();
    void writesNewFileWithMode();
    void replacesExistingFile();
    void modeIsExact();
    void streamsThroughQIODevice();
    void cancelKeepsOldFile();
    void syncThenCancelKeepsOldFile();
    void refusesSymlink();
    void refusesDanglingSymlink();
    void refusesDirectoryAsTarget();
    void refusesUnsafeDirectory_data();
    void refusesUnsafeDirectory();
    void missingFolderNamesTheFile();
    void makeDirectory();
    void makeDirectoryRefusesSymlinks();
    void faultInjection_data();
    void faultInjection();
    void faultInjectionMakeDirectory();
};

void TestDurableFile::initTestCase()
{
    ::umask(022);
    QVERIFY2(QFileInfo::exists(QString::fromUtf8(DS_FAULTINJECT_LIB)), DS_FAULTINJECT_LIB);
    QVERIFY2(QFileInfo::exists(QString::fromUtf8(DS_DURABLEWRITE_HELPER)), DS_DURABLEWRITE_HELPER);
}

void TestDurableFile::writesNewFileWithMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("private") << DurableFile::kPrivateMode;
    QTest::newRow("public") << DurableFile::kPublicMode;
    QTest::newRow("executable") << DurableFile::kExecutableMode;
}

void TestDurableFile::writesNewFileWithMode()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.txt"_s);
    const Status status = DurableFile::writeFile(path, "hello\n", mode);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QCOMPARE(TestSupport::readFile(path), QByteArray("hello\n"));
    QCOMPARE(modeOf(path), mode);
    QCOMPARE(entries(dir.path()), QStringList{u"new.txt"_s});
}

void TestDurableFile::replacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"file"_s);
    QVERIFY(TestSupport::writeFile(path, "old content that is longer\n"));
    const Status status = DurableFile::writeFile(path, "new\n", DurableFile::kPublicMode);
    QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
    QCOMPARE(TestSupport::readFile(path), QByteArray("new\n"));
    QCOMPARE(entries(dir.path()), QStringList{u"file"_s});
}

void TestDurableFile::modeIsExact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"main.cf"_s);
    QVERIFY(TestSupport::writeFile(path, "old\n"));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    QVERIFY(DurableFile::writeFile(path, "new\n", 0640).ok());
    QCOMPARE(modeOf(path), 0640);
    const mode_t old = ::umask(077);
    QVERIFY(DurableFile::writeFile(path, "new\n", DurableFile::kPublicMode).ok());
    ::umask(old);
    QCOMPARE(modeOf(path), 0644);
    QCOMPARE(DurableFile::unixMode(QFileDevice::ReadOwner | QFileDevice::WriteOwner), 0600);
    QCOMPARE(DurableFile::unixMode(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                   QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             0745);
}

void TestDurableFile::streamsThroughQIODevice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big"_s);
    QVERIFY(TestSupport::writeFile(path, "old\n"));
    const QByteArray data = bigData();
    DurableFile file(path, DurableFile::kPrivateMode);
    QVERIFY(file.begin().ok());
    QCOMPARE(modeOf(path), 0644); // the old file is untouched until commit
    for (qsizetype i = 0; i < data.size(); i += 777)
        QCOMPARE(file.write(data.mid(i, 777)), qMin<qint64>(777, data.size() - i));
    QCOMPARE(TestSupport::readFile(path), QByteArray("old\n"));
    const Status committed = file.commit();
    QVERIFY2(committed.ok(), qPrintable(committed.errorMessage()));
    QCOMPARE(TestSupport::readFile(path), data);
    QCOMPARE(entries(dir.path()), QStringList{u"big"_s});
}

void TestDurableFile::cancelKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"file"_s);
    QVERIFY(TestSupport::writeFile(path, "old\n"));
    {
        DurableFile file(path);
        QVERIFY(file.begin().ok());
        QCOMPARE(entries(dir.path()).size(), 2); // the file and the temporary one
        file.write("new");
    } // destroyed without commit
    QCOMPARE(TestSupport::readFile(path), QByteArray("old\n"));
    QCOMPARE(entries(dir.path()), QStringList{u"file"_s});
}

void TestDurableFile::syncThenCancelKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"file"_s);
    QVERIFY(TestSupport::writeFile(path, "old\n"));
    DurableFile file(path);
    QVERIFY(file.begin().ok());
    file.write("new");
    QVERIFY(file.sync().ok());
    file.cancel();
    QCOMPARE(TestSupport::readFile(path), QByteArray("old\n"));
    QCOMPARE(entries(dir.path()), QStringList{u"file"_s});
}

void TestDurableFile::refusesSymlink()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"real"_s);
    const QString link = dir.filePath(u"link"_s);
    QVERIFY(TestSupport::writeFile(real, "precious\n"));
    QVERIFY(QFile::link(real, link));
    const Status status = DurableFile::writeFile(link, "attack\n", DurableFile::kPrivateMode);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Io);
    QVERIFY2(status.errorMessage().contains(link), qPrintable(status.errorMessage()));
    QVERIFY2(status.errorMessage().contains(u"symbolic link"_s), qPrintable(status.errorMessage()));
    QCOMPARE(TestSupport::readFile(real), QByteArray("precious\n"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(entries(dir.path()), (QStringList{u"link"_s, u"real"_s}));
}

void TestDurableFile::refusesDanglingSymlink()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(u"planted"_s);
    const QString link = dir.filePath(u"workspace.dsw"_s);
    QVERIFY(QFile::link(target, link));
    const Status status = DurableFile::writeFile(link, "secret\n", DurableFile::kPrivateMode);
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().contains(u"symbolic link"_s), qPrintable(status.errorMessage()));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(entries(elsewhere.path()).isEmpty());
    QCOMPARE(entries(dir.path()), QStringList{u"workspace.dsw"_s});
}

void TestDurableFile::refusesDirectoryAsTarget()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    const Status status = DurableFile::writeFile(dir.filePath(u"sub"_s), "x", DurableFile::kPublicMode);
    QVERIFY(!status.ok());
    QVERIFY(QFileInfo(dir.filePath(u"sub"_s)).isDir());
    QCOMPARE(entries(dir.path()), QStringList{u"sub"_s});
}

void TestDurableFile::refusesUnsafeDirectory_data()
{
    QTest::addColumn<int>("dirMode");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0755") << 0755 << true;
    QTest::newRow("0700") << 0700 << true;
    QTest::newRow("group writable 0775") << 0775 << false;
    QTest::newRow("world writable 0777") << 0777 << false;
    QTest::newRow("world writable 0757") << 0757 << false;
    QTest::newRow("sticky 1777") << 01777 << true;
    QTest::newRow("sticky 1775") << 01775 << true;
}

void TestDurableFile::refusesUnsafeDirectory()
{
    QFETCH(int, dirMode);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"shared"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"shared"_s));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), mode_t(dirMode)) == 0);
    const QString path = folder + u"/key.pem"_s;
    QVERIFY(TestSupport::writeFile(path, "old\n"));
    const Status status = DurableFile::writeFile(path, "new\n", DurableFile::kPrivateMode);
    QCOMPARE(status.ok(), accepted);
    if (accepted) {
        QCOMPARE(TestSupport::readFile(path), QByteArray("new\n"));
    } else {
        QVERIFY2(status.errorMessage().contains(path), qPrintable(status.errorMessage()));
        QVERIFY2(status.errorMessage().contains(u"other users may write"_s),
                 qPrintable(status.errorMessage()));
        QCOMPARE(TestSupport::readFile(path), QByteArray("old\n"));
    }
    QCOMPARE(entries(folder), QStringList{u"key.pem"_s});
}

void TestDurableFile::missingFolderNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/file.req"_s);
    const Status status = DurableFile::writeFile(path, "x", DurableFile::kPublicMode);
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().startsWith(path + u": "_s), qPrintable(status.errorMessage()));
    QVERIFY2(status.errorMessage().contains(u"No such file or directory"_s),
             qPrintable(status.errorMessage()));
}

void TestDurableFile::makeDirectory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a/b/c"_s);
    const Status made = DurableFile::makeDirectory(path, 0700);
    QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(modeOf(path), 0700);
    QVERIFY(DurableFile::makeDirectory(path, 0700).ok()); // exists: fine
    QVERIFY(TestSupport::writeFile(dir.filePath(u"file"_s), "x"));
    QVERIFY(!DurableFile::makeDirectory(dir.filePath(u"file"_s)).ok());
}

void TestDurableFile::makeDirectoryRefusesSymlinks()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString link = dir.filePath(u"domainsecure"_s);
    QVERIFY(QFile::link(elsewhere.path(), link));
    Status status = DurableFile::makeDirectory(link);
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().contains(u"symbolic link"_s), qPrintable(status.errorMessage()));
    // dangling: nothing is created where it points
    const QString dangling = dir.filePath(u"dangling"_s);
    QVERIFY(QFile::link(elsewhere.filePath(u"nothere"_s), dangling));
    status = DurableFile::makeDirectory(dangling);
    QVERIFY(!status.ok());
    QVERIFY(!QFileInfo::exists(elsewhere.filePath(u"nothere"_s)));
    status = DurableFile::makeDirectory(dangling + u"/sub"_s);
    QVERIFY(!status.ok());
    QVERIFY(entries(elsewhere.path()).isEmpty());
}

void TestDurableFile::faultInjection_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<bool>("repeat");
    for (const QString& op : {u"write"_s, u"fsync"_s, u"rename"_s, u"open"_s, u"link"_s}) {
        for (const QString& error : {u"ENOSPC"_s, u"EIO"_s}) {
            for (const QString& command : {u"write"_s, u"stream"_s}) {
                QTest::addRow("%s %s %s replace", qPrintable(op), qPrintable(error), qPrintable(command))
                    << op << error << command << true << false;
                QTest::addRow("%s %s %s new", qPrintable(op), qPrintable(error), qPrintable(command))
                    << op << error << command << false << false;
            }
        }
    }
    QTest::newRow("write ENOSPC stream full disk")
        << u"write"_s << u"ENOSPC"_s << u"stream"_s << true << true;
    QTest::newRow("fsync EIO full disk") << u"fsync"_s << u"EIO"_s << u"write"_s << true << true;
}

void TestDurableFile::faultInjection()
{
    QFETCH(QString, op);
    QFETCH(QString, error);
    QFETCH(QString, command);
    QFETCH(bool, existing);
    QFETCH(bool, repeat);
    const QByteArray oldData = "the administrator's file\n";
    const QByteArray newData = bigData();
    int failures = 0;
    bool succeeded = false;
    for (int at = 1; at <= 20 && !succeeded; ++at) {
        QTemporaryDir dir;
        QTemporaryDir logDir;
        const QString path = dir.filePath(u"target.cf"_s);
        if (existing) {
            QVERIFY(TestSupport::writeFile(path, oldData));
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        }
        TestSupport::Fault fault;
        fault.op = op;
        fault.at = at;
        fault.error = error;
        fault.pathPrefix = dir.path();
        fault.repeat = repeat;
        fault.log = logDir.filePath(u"calls"_s);
        const auto result =
            TestSupport::runIn(TestSupport::faultEnvironment(fault),
                               QString::fromUtf8(DS_DURABLEWRITE_HELPER), {command, path, u"600"_s}, newData);
        const bool injected = TestSupport::faultInjected(fault.log);
        if (result.exitCode == 0) {
            // Either the fault came after the last call, or it hit a step that may fail (the
            // backup link); in both cases the file is complete.
            QCOMPARE(TestSupport::readFile(path), newData);
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(entries(dir.path()), QStringList{u"target.cf"_s});
            if (!injected)
                succeeded = true;
            continue;
        }
        ++failures;
        QVERIFY2(injected, qPrintable(u"N=%1: failed without a fault: %2"_s.arg(at).arg(
                               QString::fromLocal8Bit(result.err))));
        QCOMPARE(result.exitCode, 4);
        const QString message = QString::fromLocal8Bit(result.err);
        QVERIFY2(message.startsWith(path + u": "_s), qPrintable(message));
        const QString reason = error == u"EIO"_s ? qt_error_string(EIO) : qt_error_string(ENOSPC);
        QVERIFY2(message.contains(reason), qPrintable(message));
        if (existing) {
            QCOMPARE(TestSupport::readFile(path), oldData);
            QCOMPARE(modeOf(path), 0640);
            QCOMPARE(entries(dir.path()), QStringList{u"target.cf"_s});
        } else {
            QVERIFY(entries(dir.path()).isEmpty());
        }
    }
    QVERIFY2(succeeded, "the write never succeeded once the fault came after the last call");
    if (op != u"link"_s || repeat)
        QVERIFY2(failures > 0, "no fault was ever reported");
    if (op == u"link"_s)
        QCOMPARE(failures, 0); // the backup name is best effort: the write goes on without it
}

void TestDurableFile::faultInjectionMakeDirectory()
{
    bool succeeded = false;
    int failures = 0;
    for (int at = 1; at <= 10 && !succeeded; ++at) {
        for (const QString& op : {u"mkdir"_s, u"fsync"_s}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"a/b"_s);
            TestSupport::Fault fault;
            fault.op = op;
            fault.at = at;
            fault.pathPrefix = dir.path();
            const auto result =
                TestSupport::runIn(TestSupport::faultEnvironment(fault),
                                   QString::fromUtf8(DS_DURABLEWRITE_HELPER), {u"mkdir"_s, path});
            if (result.exitCode == 0) {
                QVERIFY(QFileInfo(path).isDir());
                succeeded = succeeded || op == u"mkdir"_s;
                continue;
            }
            ++failures;
            QCOMPARE(result.exitCode, 4);
            QVERIFY2(QString::fromLocal8Bit(result.err).contains(dir.path()), result.err.constData());
        }
    }
    QVERIFY(succeeded);
    QVERIFY(failures >= 4);
}

QTEST_GUILESS_MAIN(TestDurableFile)
#include "tst_durablefile.moc"
