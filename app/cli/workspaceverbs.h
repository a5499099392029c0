#pragma once

#include "cliverb.h"
#include "model/exchangeversion.h"

#include <QCoreApplication>
#include <optional>

namespace ds::cli {

// domainsecure-cli workspace init|demo|set; init and demo: they create the workspace file, so they do not
// load one.

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

// domainsecure-cli workspace set --exchange-version VERSION: the organization's Exchange release,
// which `export exchange` and `lint` use when no release or target is given.
class WorkspaceSetVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSetVerb)

public:
    QString name() const override { return QStringLiteral("set"); }
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    std::optional<ds::core::ExchangeVersion> m_version;
};

} // namespace ds::cli
