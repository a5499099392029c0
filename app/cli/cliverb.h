#pragma once

#include "operations/change.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <concepts>

namespace ds::cli {

using namespace ds::core;

class CliSession;

// An option of a verb, declared as data: the parser and the help text are made from it.
struct CliOption
{
    QStringList names;    // {"w", "workspace"}: one-letter names are short options
    QString description;  // translated
    QString valueName;    // translated; empty for a switch
    QString defaultValue; // shown in the help and returned when the option is not given

    QCommandLineOption toOption() const;
};

// A positional argument of a verb, for the help text.
struct CliArgument
{
    QString name;
    QString description; // translated
    QString syntax;      // how the usage line shows it; empty: name
};

// One verb of domainsecure-cli ("cert list", "lint"): what it is called, its options and
// arguments as data, and run(). CliApplication parses the command line from this data (with the
// global options) and calls run() with the parsed options.
class CliVerb
{
public:
    virtual ~CliVerb() = default;
    // The word after the group ("list"); empty when the group is the whole command ("lint").
    virtual QString name() const = 0;
    // Other words for the same verb ("exchange2007" for "exchange").
    virtual QStringList aliases() const { return {}; }
    // What the verb does, translated; --help shows it, GROUP --help shows its first line.
    virtual QString description() const = 0;
    virtual QList<CliOption> options() const { return {}; }
    virtual QList<CliArgument> arguments() const { return {}; }
    // The exit code (README "Exit codes"); errors go through CliSession::fail.
    virtual int run(CliSession& session, const QCommandLineParser& parser) = 0;
};

// A verb that works on the workspace. run() is the same for all of them: check the arguments,
// load the workspace (and the passphrase, when the verb needs it), act, save it durably when act
// changed it, print the report. Every error is printed and mapped to its exit code by
// CliSession::fail, and a failure before the save leaves the file untouched.
class WorkspaceVerb : public CliVerb
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceVerb)

public:
    enum class Outcome {
        Unchanged, // nothing to save; the report follows
        Changed,   // the session's workspace is saved, then the report follows
        Invalid,   // nothing to save; the report follows and the exit code is 1 (validation)
    };
    enum class PassphraseNeed {
        None,     // act() does not touch private keys, or reads the passphrase itself
        Optional, // --passphrase-file when given
        Required, // --passphrase-file, required when the workspace protects its keys
    };

    int run(CliSession& session, const QCommandLineParser& parser) final;

protected:
    virtual PassphraseNeed passphraseNeed() const { return PassphraseNeed::None; }
    // Checks the options before the workspace is read: Usage errors for malformed calls.
    virtual Status check(CliSession& session, const QCommandLineParser& parser);
    virtual Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) = 0;
    // Writes the changed workspace; verbs that write other files with it override this.
    virtual Status save(CliSession& session);
    // Prints what act() did, after the save; verbs that change nothing may print in act().
    virtual void report(CliSession& session, const QCommandLineParser& parser);

    // The passphrase that run() read for passphraseNeed() (empty when none).
    const QString& passphrase() const { return m_passphrase; }
    // An operation's outcome: a refusal is the error, a change becomes the session's workspace.
    template <std::derived_from<Change> C>
    static Result<Outcome> adopt(CliSession& session, const Result<C>& change)
    {
        if (!change.ok())
            return change.error();
        adoptChange(session, *change);
        return Outcome::Changed;
    }
    static void adoptChange(CliSession& session, const Change& change);
    // A Usage error "unexpected argument" when the verb was given positional arguments.
    static Status noArguments(const QCommandLineParser& parser, const QString& prefix = {});

private:
    QString m_passphrase;
};

} // namespace ds::cli
