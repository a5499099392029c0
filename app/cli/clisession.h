#pragma once

#include "cliverb.h"
#include "model/workspace.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace ds::cli {

using namespace ds::core;

// What every CLI verb shares: the global options, the workspace (loaded once, saved
// atomically only when a verb succeeded), the passphrase file, and text/JSON output.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    CliSession(QTextStream& out, QTextStream& err);
    ~CliSession(); // wipes the passphrase

    // The options every verb accepts, before or after the command: -w/--workspace,
    // --passphrase-file and --json.
    static QList<CliOption> globalOptions();
    // Takes the global options from a parsed command line.
    void configure(const QCommandLineParser& parser);

    bool json() const { return m_json; }
    QString workspacePath() const { return m_workspacePath; }

    // Loads the workspace named by -w or $DOMAINSECURE_WORKSPACE.
    Status loadWorkspace();
    Workspace& workspace() { return m_workspace; }
    Status saveWorkspace();

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

} // namespace ds::cli
