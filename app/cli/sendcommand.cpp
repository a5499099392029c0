#include "sendcommand.h"

#include "clisession.h"

QString SendCommand::summary() const
{
    return tr("Send connectors of the organization");
}

int SendCommand::run(CliSession& session, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return session.usageError(tr("\"send\" is not available in this build"));
}
