#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli domain-secure …
class DomainSecureCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DomainSecureCommand)

public:
    QString name() const override { return QStringLiteral("domain-secure"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;
};
