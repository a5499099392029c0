#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli cert …
class CertCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CertCommand)

public:
    QString name() const override { return QStringLiteral("cert"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;
};
