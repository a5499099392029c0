#pragma once

#include "cliverb.h"
#include "operations/serveroperations.h"

#include <QCoreApplication>

namespace ds::cli {

using namespace ds::core;

// domainsecure-cli server add|set|list|remove over ServerOperations: the organization's Edge and
// Hub Transport servers (a Postfix host is an Edge).

class ServerAddVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddVerb)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    ServerOperations::NewServer m_request;
    QString m_description;
};

class ServerSetVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetVerb)

public:
    QString name() const override { return QStringLiteral("set"); }
    QString description() const override;
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    ServerOperations::ServerEdit m_edit;
    QString m_description;
};

class ServerListVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(ServerListVerb)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString description() const override;

protected:
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
};

class ServerRemoveVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(ServerRemoveVerb)

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString description() const override;
    QList<CliArgument> arguments() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    QString m_description;
};

} // namespace ds::cli
