#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli lint …
class LintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LintCommand)

public:
    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;
};
