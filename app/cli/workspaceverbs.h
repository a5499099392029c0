#pragma once

#include "cliverb.h"

#include <QCoreApplication>

namespace ds::cli {

// domainsecure-cli workspace init|demo: they create the workspace file, so they do not load one.

class WorkspaceInitVerb : public CliVerb
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceInitVerb)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override;
    QList<CliOption> options() const override;
    int run(CliSession& session, const QCommandLineParser& parser) override;
};

class WorkspaceDemoVerb : public CliVerb
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDemoVerb)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliSession& session, const QCommandLineParser& parser) override;
};

} // namespace ds::cli
