#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli probe …
class ProbeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    QString name() const override { return QStringLiteral("probe"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;
};
