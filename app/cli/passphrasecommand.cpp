#include "passphrasecommand.h"

#include "clisession.h"
#include "crypto/keyprotector.h"
#include "crypto/secrets.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

QString PassphraseCommand::summary() const
{
    return tr("Set, change or remove the passphrase that encrypts the workspace keys");
}

int PassphraseCommand::run(CliSession& session, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub != u"set"_s && sub != u"change"_s && sub != u"remove"_s)
        return session.usageError(tr("passphrase: expected set, change or remove"));
    QCommandLineParser parser;
    if (sub == u"set"_s)
        parser.setApplicationDescription(tr("Encrypt every private key with a new passphrase."));
    else if (sub == u"change"_s)
        parser.setApplicationDescription(tr("Re-encrypt every private key with a new passphrase "
                                            "(the current one from --passphrase-file)."));
    else
        parser.setApplicationDescription(tr("Store the private keys unencrypted (the current passphrase from "
                                            "--passphrase-file)."));
    if (sub != u"remove"_s)
        parser.addOption(
            {u"new-passphrase-file"_s, tr("The new passphrase from the first line of FILE."), tr("FILE")});
    if (auto code =
            session.parse(parser, QStringList{u"domainsecure-cli passphrase "_s + sub} + arguments.mid(1)))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return session.usageError(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    QString newPassphrase;
    const auto wipeNew = qScopeGuard([&newPassphrase] { Secrets::wipe(newPassphrase); });
    if (sub != u"remove"_s) {
        if (!parser.isSet(u"new-passphrase-file"_s))
            return session.usageError(tr("passphrase %1: give --new-passphrase-file FILE").arg(sub));
        auto secret = CliSession::readSecretFile(parser.value(u"new-passphrase-file"_s));
        if (!secret.ok())
            return session.fail(secret.error());
        newPassphrase = secret.value();
        if (newPassphrase.isEmpty())
            return session.usageError(tr("the new passphrase is empty"));
    }
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    Workspace& workspace = session.workspace();
    if (sub == u"set"_s && workspace.keysProtected())
        return session.fail(ErrorCode::Validation,
                            tr("%1: the workspace has a passphrase already: use \"passphrase change\"")
                                .arg(session.workspacePath()));
    if (sub != u"set"_s && !workspace.keysProtected())
        return session.fail(
            ErrorCode::Validation,
            tr("%1: the workspace has no passphrase: use \"passphrase set\"").arg(session.workspacePath()));
    QString oldPassphrase;
    if (sub != u"set"_s) {
        auto current = session.requirePassphraseIfProtected();
        if (!current.ok())
            return session.fail(current.error());
        oldPassphrase = current.value();
    }
    if (auto changed = KeyProtector::changePassphrase(workspace, oldPassphrase, newPassphrase); !changed.ok())
        return session.fail(changed.error());
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    const bool protectedNow = workspace.keysProtected();
    if (session.json()) {
        session.printJson(QJsonObject{{u"keysProtected"_s, protectedNow}});
    } else {
        session.out() << (protectedNow
                              ? tr("The private keys are encrypted with the new passphrase")
                              : tr("The private keys are stored unencrypted (the file stays mode 0600)"))
                      << Qt::endl;
    }
    return 0;
}
