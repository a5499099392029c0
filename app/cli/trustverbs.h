#pragma once

#include "cliverb.h"
#include "crypto/certificate.h"

#include <QCoreApplication>

namespace ds::cli {

using namespace ds::core;

// domainsecure-cli trust add|list|remove over CertificateOperations.

class TrustAddVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(TrustAddVerb)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString description() const override;
    QList<CliArgument> arguments() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    QList<Certificate> m_added;
};

class TrustListVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(TrustListVerb)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString description() const override;

protected:
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
};

class TrustRemoveVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(TrustRemoveVerb)

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString description() const override;
    QList<CliArgument> arguments() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;
};

} // namespace ds::cli
