#pragma once

#include "cliverb.h"
#include "probe/probeoptions.h"
#include "probe/probereport.h"

#include <QCoreApplication>

namespace ds::cli {

using namespace ds::core;

// domainsecure-cli probe …
class ProbeVerb : public CliVerb
{
    Q_DECLARE_TR_FUNCTIONS(ProbeVerb)

public:
    QString name() const override { return {}; }
    QString description() const override;
    QList<CliOption> options() const override;
    QList<CliArgument> arguments() const override;
    int run(CliSession& session, const QCommandLineParser& parser) override;

private:
    // One probe; in text mode the transcript is shown live and the summary after it.
    static ProbeReport runProbe(CliSession& session, const ProbeOptions& options);
    static int probeOne(CliSession& session, const ProbeOptions& options);
    // probe HOST --domain D --save-partner-cert: the probe, then the certificate the partner's
    // gateway presented pinned for D in the workspace, only when the probe verified it.
    static int probeAndPin(CliSession& session, const ProbeOptions& options);
};

} // namespace ds::cli
