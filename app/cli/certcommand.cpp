#include "certcommand.h"

#include "clisession.h"

QString CertCommand::summary() const
{
    return tr("Certificate requests, import, enable, export");
}

int CertCommand::run(CliSession& session, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return session.usageError(tr("\"cert\" is not available in this build"));
}
