#pragma once

#include "probeoptions.h"
#include "probereport.h"
#include "util/backgroundjob.h"

namespace ds::core {

// Runs an SmtpProbe off the GUI thread; reports progress (done = percent of 100, text = the
// step) and the live transcript by signals (queued to the receiver's thread) and can be
// cancelled; result() holds the report once finished() is emitted.
class ProbeJob : public BackgroundJob<ProbeReport>
{
    Q_OBJECT

public:
    explicit ProbeJob(QObject* parent = nullptr);
    ~ProbeJob() override; // cancels and waits, so no worker outlives the job

    // Starts a probe; false when one is already running.
    bool start(const ProbeOptions& options);

signals:
    void transcriptLine(const ProbeReport::TranscriptLine& line);
};

} // namespace ds::core
