#include "passphrasecommand.h"

#include "clisession.h"

QString PassphraseCommand::summary() const
{
    return tr("Set, change or remove the workspace passphrase");
}

int PassphraseCommand::run(CliSession& session, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return session.usageError(tr("\"passphrase\" is not available in this build"));
}
