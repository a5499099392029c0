#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
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
// Runs program with arguments in env (the whole environment of the child).
ProcessResult runIn(const QProcessEnvironment& env, const QString& program, const QStringList& arguments,
                    const QByteArray& input = {}, int timeoutMs = 60000);

// One fault for the ds_faultinject shim (tests/support/faultinject.cpp): the at-th call of op
// (write, fsync, rename, open, mkdir, link, sync) on a file below pathPrefix fails with error.
struct Fault
{
    QString op;
    int at = 1;
    QString error = QStringLiteral("ENOSPC");
    QString pathPrefix;  // empty: every call counts
    bool repeat = false; // every call from the at-th on fails
    QString log;         // DS_FAULT_LOG: one line per counted call
};
// The process environment with the shim preloaded for fault (the ASan runtime first in the ASan
// build, unless sanitizerRuntime is false: for programs not built with it, such as sh).
QProcessEnvironment faultEnvironment(const Fault& fault, bool sanitizerRuntime = true);
// domainsecure-cli with fault injected.
ProcessResult cliWithFault(const Fault& fault, const QStringList& arguments, const QByteArray& input = {});
// Runs test function of this test program again in a child process under fault (for writers that
// live in the GUI process). In the child, faultUnderTest() is true and the folder to write into is
// fault.pathPrefix (DS_FAULT_PATH_PREFIX).
ProcessResult rerunUnderFault(const Fault& fault, const QString& function);
bool faultUnderTest();
QString faultFolder();
// The system's message for the child's DS_FAULT_ERRNO (what the error shown must contain).
QString faultReason();
// The system's message for an errno name (ENOSPC, EIO, EDQUOT).
QString errnoMessage(const QString& name);
// Lines of a DS_FAULT_LOG file: how many calls were counted, and whether one failed.
int faultCallsCounted(const QString& log);
bool faultInjected(const QString& log);

QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& data);

// tests/data/export/NAME.
QString exportTestData(const QString& name);
// Copies from to to (replacing it), readable and writable by the owner only.
bool copyPrivately(const QString& from, const QString& to);

// One file as a snapshot holds it: its bytes (for a symbolic link "-> target") and its mode.
struct FileState
{
    QByteArray content;
    int mode = 0;
    bool operator==(const FileState&) const = default;
};
// Every file below dir (hidden ones too), keyed by its path relative to dir.
QMap<QString, FileState> snapshot(const QString& dir);
// "name (N bytes, mode 0644), …" for a failure message.
QString describe(const QMap<QString, FileState>& files);

// Debian's stock Postfix configuration (main.cf.debian, master.cf.dist) in dir/etc, with its own
// queue and data folders below dir and extraMain appended to main.cf. Returns dir/etc, or an empty
// string when it could not be written.
QString stockPostfixConfig(const QString& dir, const QByteArray& extraMain = {});
// The backup folders (domainsecure.backup-*) an apply left in the configuration directory etc.
QStringList postfixBackupFolders(const QString& etc);

} // namespace TestSupport
