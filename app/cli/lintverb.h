#pragma once

#include "cliverb.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <optional>

namespace ds::cli {

using namespace ds::core;

// domainsecure-cli lint: the validator's findings; exit 1 when one is an error.
class LintVerb : public WorkspaceVerb
{
    Q_DECLARE_TR_FUNCTIONS(LintVerb)

public:
    QString name() const override { return {}; }
    QString description() const override;
    QList<CliOption> options() const override;

protected:
    Status check(CliSession& session, const QCommandLineParser& parser) override;
    Result<Outcome> act(CliSession& session, const QCommandLineParser& parser) override;

private:
    // --target; without it, the workspace's Exchange release.
    std::optional<ValidationTarget> m_target;
    // --profile ids, each once.
    QStringList m_profiles;
};

} // namespace ds::cli
