#include "receivecommand.h"

#include "clisession.h"

QString ReceiveCommand::summary() const
{
    return tr("Receive connectors of a server");
}

int ReceiveCommand::run(CliSession& session, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return session.usageError(tr("\"receive\" is not available in this build"));
}
