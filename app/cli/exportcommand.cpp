#include "exportcommand.h"

#include "clisession.h"

QString ExportCommand::summary() const
{
    return tr("Export a server's configuration (Exchange, Postfix)");
}

int ExportCommand::run(CliSession& session, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return session.usageError(tr("\"export\" is not available in this build"));
}
