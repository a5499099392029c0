#pragma once

#include "command.h"
#include "probe/probeoptions.h"
#include "probe/probereport.h"

#include <QCoreApplication>

// domainsecure-cli probe …
class ProbeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    QString name() const override { return QStringLiteral("probe"); }
    QString summary() const override;
    int run(CliSession& session, const QStringList& arguments) override;

private:
    // One probe; in text mode the transcript is shown live and the summary after it.
    static ProbeReport runProbe(CliSession& session, const ProbeOptions& options);
    static int probeOne(CliSession& session, const ProbeOptions& options);
};
