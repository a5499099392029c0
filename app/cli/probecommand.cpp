#include "probecommand.h"

#include "clisession.h"

QString ProbeCommand::summary() const
{
    return tr("Test SMTP STARTTLS / mutual TLS with a partner gateway");
}

int ProbeCommand::run(CliSession& session, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return session.usageError(tr("\"probe\" is not available in this build"));
}
