#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Helpers for tests that run real tools (openssl, the CLI) as child processes.
namespace TestSupport {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs program with arguments; stdin gets input. Fails the process result (exitCode -1) on timeout.
ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                  int timeoutMs = 60000);
// Runs the openssl CLI.
ProcessResult openssl(const QStringList& arguments, const QByteArray& input = {});
// Runs domainsecure-cli (the binary built beside the tests).
ProcessResult cli(const QStringList& arguments, const QByteArray& input = {});
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& data);

} // namespace TestSupport
