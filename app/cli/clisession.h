#pragma once

#include "model/workspace.h"
#include "operations/change.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

// What every CLI command shares: the global options, the workspace (loaded once, saved
// atomically only when a command succeeded), the passphrase file, and text/JSON output.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    CliSession(QTextStream& out, QTextStream& err);
    ~CliSession(); // wipes the passphrase

    // Adds the global options and --help to parser and parses arguments (arguments[0] is the
    // command line shown in help, e.g. "domainsecure-cli cert request"). Returns an exit code
    // when the command must stop (help shown: 0, usage error: 2), nullopt to go on.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments);

    bool json() const { return m_json; }
    QString workspacePath() const { return m_workspacePath; }

    // Loads the workspace named by -w or $DOMAINSECURE_WORKSPACE.
    Status loadWorkspace();
    Workspace& workspace() { return m_workspace; }
    Status saveWorkspace();

    // What every workspace command starts and ends with. open() loads the workspace: nullopt when
    // it is loaded, else the exit code after printing why not. apply() takes an operation's
    // outcome: a refusal or error is printed and its exit code returned (the file is untouched);
    // a change becomes the session's workspace and is saved (nullopt when saved).
    std::optional<int> open();
    std::optional<int> apply(const Result<Change>& change);

    // The workspace passphrase from --passphrase-file (first line), read once. Empty when none.
    Result<QString> passphrase();
    // The passphrase, required when the workspace protects its keys.
    Result<QString> requirePassphraseIfProtected();
    // A password or passphrase from a file: the first line, without its line break.
    static Result<QString> readSecretFile(const QString& path);

    // Prints "domainsecure-cli: message" on stderr, controls in each line escaped (terminalSafe), and
    // returns the error's exit code.
    int fail(const Error& error);
    int fail(ErrorCode code, const QString& message);
    int usageError(const QString& message) { return fail(ErrorCode::Usage, message); }

    QTextStream& out() { return m_out; }
    void printJson(const QJsonValue& value);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json = false;
    QString m_workspacePath;
    QString m_passphraseFile;
    std::optional<QString> m_passphrase;
    Workspace m_workspace;
};
