#include "cliverb.h"

#include "clisession.h"

using namespace Qt::StringLiterals;

namespace ds::cli {

QCommandLineOption CliOption::toOption() const
{
    if (valueName.isEmpty())
        return QCommandLineOption(names, description);
    return QCommandLineOption(names, description, valueName, defaultValue);
}

int WorkspaceVerb::run(CliSession& session, const QCommandLineParser& parser)
{
    if (Status checked = check(session, parser); !checked.ok())
        return session.fail(checked.error());
    if (Status loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    if (passphraseNeed() != PassphraseNeed::None) {
        auto secret = passphraseNeed() == PassphraseNeed::Required ? session.requirePassphraseIfProtected()
                                                                   : session.passphrase();
        if (!secret.ok())
            return session.fail(secret.error());
        m_passphrase = secret.value();
    }
    auto outcome = act(session, parser);
    if (!outcome.ok())
        return session.fail(outcome.error());
    if (outcome.value() == Outcome::Changed) {
        if (Status saved = save(session); !saved.ok())
            return session.fail(saved.error());
    }
    report(session, parser);
    return outcome.value() == Outcome::Invalid ? static_cast<int>(ErrorCode::Validation) : 0;
}

Status WorkspaceVerb::check(CliSession&, const QCommandLineParser& parser)
{
    return noArguments(parser);
}

Status WorkspaceVerb::save(CliSession& session)
{
    return session.saveWorkspace();
}

void WorkspaceVerb::report(CliSession&, const QCommandLineParser&) {}

void WorkspaceVerb::adoptChange(CliSession& session, const Change& change)
{
    session.workspace() = change.workspace;
}

Status WorkspaceVerb::noArguments(const QCommandLineParser& parser, const QString& prefix)
{
    if (parser.positionalArguments().isEmpty())
        return {};
    const QString message = tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
    return Status::failure(ErrorCode::Usage, prefix.isEmpty() ? message : prefix + u": "_s + message);
}

} // namespace ds::cli
