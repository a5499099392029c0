#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli trust …
class TrustCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommand)

public:
    QString name() const override { return QStringLiteral("trust"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;
};
