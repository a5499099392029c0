#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli domain-secure add|remove [--send D…] [--receive D…], domain-secure list
class DomainSecureCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DomainSecureCommand)

public:
    QString name() const override { return QStringLiteral("domain-secure"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;

private:
    int change(CliSession& session, bool add, const QStringList& arguments);
    int list(CliSession& session, const QStringList& arguments);
};
