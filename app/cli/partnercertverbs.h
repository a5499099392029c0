#pragma once

#include "cliverb.h"
#include "model/partnercertificate.h"

#include <QCoreApplication>

namespace ds::cli {

using namespace ds::core;

// domainsecure-cli partner cert add|list|remove: the partner certificates whose public keys are
// pinned, over PartnerPinOperations.

class PartnerCertAddVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCertAddVerb)

public:
    QString name() const override { return QStringLiteral("cert add"); }
    QString description() const override;
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    PartnerCertificate m_added;
    bool m_alreadyPresent = false;
    QList<Finding> m_findings;
};

class PartnerCertListVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCertListVerb)

public:
    QString name() const override { return QStringLiteral("cert list"); }
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
};

class PartnerCertRemoveVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCertRemoveVerb)

public:
    QString name() const override { return QStringLiteral("cert remove"); }
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    QString m_description;
    QList<Finding> m_findings;
};

} // namespace ds::cli
