#include "lintcommand.h"

#include "clisession.h"

QString LintCommand::summary() const
{
    return tr("Validate the workspace");
}

int LintCommand::run(CliSession& session, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return session.usageError(tr("\"lint\" is not available in this build"));
}
