#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <cerrno>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace TestSupport {

ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input,
                  int timeoutMs)
{
    return runIn(QProcessEnvironment::systemEnvironment(), program, arguments, input, timeoutMs);
}

ProcessResult runIn(const QProcessEnvironment& env, const QString& program, const QStringList& arguments,
                    const QByteArray& input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult openssl(const QStringList& arguments, const QByteArray& input)
{
    return run(u"openssl"_s, arguments, input);
}

ProcessResult cli(const QStringList& arguments, const QByteArray& input)
{
#ifdef DS_CLI
    return run(QString::fromUtf8(DS_CLI), arguments, input);
#else
    Q_UNUSED(arguments)
    Q_UNUSED(input)
    return {};
#endif
}

QProcessEnvironment faultEnvironment(const Fault& fault, bool sanitizerRuntime)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList preload;
#ifdef DS_ASAN_RUNTIME
    // An ASan binary refuses to start unless its runtime is the first library loaded.
    if (sanitizerRuntime)
        preload << QString::fromUtf8(DS_ASAN_RUNTIME);
#else
    Q_UNUSED(sanitizerRuntime)
#endif
    preload << QString::fromUtf8(DS_FAULTINJECT_LIB);
    env.insert(u"LD_PRELOAD"_s, preload.join(u':'));
    env.insert(u"DS_FAULT_OP"_s, fault.op);
    env.insert(u"DS_FAULT_AT"_s, QString::number(fault.at));
    env.insert(u"DS_FAULT_ERRNO"_s, fault.error);
    if (!fault.pathPrefix.isEmpty())
        env.insert(u"DS_FAULT_PATH_PREFIX"_s, fault.pathPrefix);
    if (fault.repeat)
        env.insert(u"DS_FAULT_REPEAT"_s, u"1"_s);
    if (!fault.log.isEmpty())
        env.insert(u"DS_FAULT_LOG"_s, fault.log);
    return env;
}

ProcessResult cliWithFault(const Fault& fault, const QStringList& arguments, const QByteArray& input)
{
#ifdef DS_CLI
    return runIn(faultEnvironment(fault), QString::fromUtf8(DS_CLI), arguments, input);
#else
    Q_UNUSED(fault)
    Q_UNUSED(arguments)
    Q_UNUSED(input)
    return {};
#endif
}

ProcessResult rerunUnderFault(const Fault& fault, const QString& function)
{
    QProcessEnvironment env = faultEnvironment(fault);
    env.insert(u"DS_FAULT_CHILD"_s, u"1"_s);
    return runIn(env, QCoreApplication::applicationFilePath(), {function}, {}, 240000);
}

bool faultUnderTest()
{
    return qEnvironmentVariableIsSet("DS_FAULT_CHILD");
}

QString faultFolder()
{
    return qEnvironmentVariable("DS_FAULT_PATH_PREFIX");
}

QString faultReason()
{
    return errnoMessage(qEnvironmentVariable("DS_FAULT_ERRNO"));
}

QString errnoMessage(const QString& name)
{
    return qt_error_string(name == u"EIO"_s ? EIO : name == u"EDQUOT"_s ? EDQUOT : ENOSPC);
}

int faultCallsCounted(const QString& log)
{
    const QByteArray text = readFile(log);
    return int(text.count('\n'));
}

bool faultInjected(const QString& log)
{
    return readFile(log).contains(" FAIL\n");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QString exportTestData(const QString& name)
{
#ifdef DS_TEST_DATA
    return QString::fromUtf8(DS_TEST_DATA) + u"/export/"_s + name;
#else
    return name;
#endif
}

bool copyPrivately(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QMap<QString, FileState> snapshot(const QString& dir)
{
    QMap<QString, FileState> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        FileState state;
        state.mode = int(st.st_mode & 07777);
        if (S_ISLNK(st.st_mode))
            state.content = "-> " + QFile::encodeName(QFile::symLinkTarget(path));
        else
            state.content = readFile(path);
        files.insert(QDir(dir).relativeFilePath(path), state);
    }
    return files;
}

QString describe(const QMap<QString, FileState>& files)
{
    QStringList lines;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        lines << u"%1 (%2 bytes, mode %3)"_s.arg(it.key())
                     .arg(it->content.size())
                     .arg(it->mode, 4, 8, QChar(u'0'));
    return lines.join(u", "_s);
}

QString stockPostfixConfig(const QString& dir, const QByteArray& extraMain)
{
    const QString etc = dir + u"/etc"_s;
    QByteArray main = readFile(u"/usr/share/postfix/main.cf.debian"_s);
    main += "queue_directory = " + QFile::encodeName(dir) + "/queue\n";
    main += "data_directory = " + QFile::encodeName(dir) + "/data\n";
    main += extraMain;
    if (!QDir().mkpath(etc) || !QDir().mkpath(dir + u"/queue"_s) || main.isEmpty() ||
        !writeFile(etc + u"/main.cf"_s, main) ||
        !QFile::copy(u"/usr/share/postfix/master.cf.dist"_s, etc + u"/master.cf"_s))
        return {};
    return etc;
}

QStringList postfixBackupFolders(const QString& etc)
{
    QStringList folders;
    for (const QString& name : QDir(etc).entryList({u"domainsecure.backup-*"_s}, QDir::Dirs | QDir::Hidden))
        folders << etc + u'/' + name;
    return folders;
}

} // namespace TestSupport
