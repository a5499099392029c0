#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <cerrno>

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

QProcessEnvironment faultEnvironment(const Fault& fault)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList preload;
#ifdef DS_ASAN_RUNTIME
    // An ASan binary refuses to start unless its runtime is the first library loaded.
    preload << QString::fromUtf8(DS_ASAN_RUNTIME);
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
    const QString name = qEnvironmentVariable("DS_FAULT_ERRNO");
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

} // namespace TestSupport
