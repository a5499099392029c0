#include "trustcommand.h"

#include "clisession.h"

QString TrustCommand::summary() const
{
    return tr("Trusted partner root CAs");
}

int TrustCommand::run(CliSession& session, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return session.usageError(tr("\"trust\" is not available in this build"));
}
