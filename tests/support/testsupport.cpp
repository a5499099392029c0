#include "testsupport.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace TestSupport {

ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input,
                  int timeoutMs)
{
    QProcess process;
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
