#include "passphraseverbs.h"

#include "clisession.h"
#include "crypto/secrets.h"
#include "model/workspacecrypto.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

PassphraseVerb::~PassphraseVerb()
{
    Secrets::wipe(m_newPassphrase);
}

QString PassphraseVerb::name() const
{
    switch (m_mode) {
    case Mode::Set:
        return u"set"_s;
    case Mode::Change:
        return u"change"_s;
    case Mode::Remove:
        break;
    }
    return u"remove"_s;
}

QString PassphraseVerb::description() const
{
    switch (m_mode) {
    case Mode::Set:
        return tr("Encrypt every private key with a new passphrase.");
    case Mode::Change:
        return tr("Re-encrypt every private key with a new passphrase "
                  "(the current one from --passphrase-file).");
    case Mode::Remove:
        break;
    }
    return tr("Store the private keys unencrypted (the current passphrase from "
              "--passphrase-file).");
}

QList<CliOption> PassphraseVerb::options() const
{
    if (m_mode == Mode::Remove)
        return {};
    return {{{u"new-passphrase-file"_s}, tr("The new passphrase from the first line of FILE."), tr("FILE")}};
}

Status PassphraseVerb::check(CliSession& session, const QCommandLineParser& parser)
{
    if (Status s = WorkspaceVerb::check(session, parser); !s.ok())
        return s;
    if (m_mode == Mode::Remove)
        return {};
    if (!parser.isSet(u"new-passphrase-file"_s))
        return Status::failure(ErrorCode::Usage,
                               tr("passphrase %1: give --new-passphrase-file FILE").arg(name()));
    auto secret = CliSession::readSecretFile(parser.value(u"new-passphrase-file"_s));
    if (!secret.ok())
        return secret.error();
    m_newPassphrase = secret.value();
    if (m_newPassphrase.isEmpty())
        return Status::failure(ErrorCode::Usage, tr("the new passphrase is empty"));
    return {};
}

Result<WorkspaceVerb::Outcome> PassphraseVerb::act(CliSession& session, const QCommandLineParser&)
{
    using R = Result<Outcome>;
    Workspace& workspace = session.workspace();
    if (m_mode == Mode::Set && workspace.keysProtected())
        return R::failure(ErrorCode::Validation,
                          tr("%1: the workspace has a passphrase already: use \"passphrase change\"")
                              .arg(session.workspacePath()));
    if (m_mode != Mode::Set && !workspace.keysProtected())
        return R::failure(
            ErrorCode::Validation,
            tr("%1: the workspace has no passphrase: use \"passphrase set\"").arg(session.workspacePath()));
    QString oldPassphrase;
    if (m_mode != Mode::Set) {
        auto current = session.requirePassphraseIfProtected();
        if (!current.ok())
            return current.error();
        oldPassphrase = current.value();
    }
    if (auto changed = WorkspaceCrypto::changePassphrase(workspace, oldPassphrase, m_newPassphrase);
        !changed.ok())
        return changed.error();
    return Outcome::Changed;
}

void PassphraseVerb::report(CliSession& session, const QCommandLineParser&)
{
    const bool protectedNow = session.workspace().keysProtected();
    if (session.json()) {
        session.printJson(QJsonObject{{u"keysProtected"_s, protectedNow}});
    } else {
        session.out() << (protectedNow
                              ? tr("The private keys are encrypted with the new passphrase")
                              : tr("The private keys are stored unencrypted (the file stays mode 0600)"))
                      << Qt::endl;
    }
}

} // namespace ds::cli
