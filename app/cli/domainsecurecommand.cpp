#include "domainsecurecommand.h"

#include "clisession.h"

QString DomainSecureCommand::summary() const
{
    return tr("The send and receive domain-secure lists");
}

int DomainSecureCommand::run(CliSession& session, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    return session.usageError(tr("\"domain-secure\" is not available in this build"));
}
