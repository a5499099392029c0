#pragma once

#include "command.h"

#include <QCoreApplication>

// domainsecure-cli workspace init|demo
class WorkspaceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)

public:
    QString name() const override { return QStringLiteral("workspace"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;

private:
    int init(CliSession& session, const QStringList& arguments);
    int demo(CliSession& session, const QStringList& arguments);
};
