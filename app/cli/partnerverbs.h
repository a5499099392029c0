#pragma once

#include "cliverb.h"
#include "operations/partnersetup.h"

#include <QCoreApplication>

namespace ds::cli {

using namespace ds::core;

// domainsecure-cli partner add: the New Partner set-up of the console in one command (a Partner
// receive connector for the partner's gateways, a Partner send connector for its domains, and the
// domains on both domain-secure lists) through PartnerOperations.
class PartnerAddVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(PartnerAddVerb)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;
    void report(CliSession& session, const QCommandLineParser& parser) override;

private:
    PartnerSetup m_setup;
    QString m_description;
    QList<Finding> m_findings;
};

} // namespace ds::cli
