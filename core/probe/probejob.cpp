#include "probejob.h"

#include "smtpprobe.h"

namespace ds::core {

ProbeJob::ProbeJob(QObject* parent)
    : BackgroundJob(parent)
{
    qRegisterMetaType<ProbeReport>();
    qRegisterMetaType<ProbeReport::TranscriptLine>();
    setWaitOnDestroy(true);
}

ProbeJob::~ProbeJob() = default;

bool ProbeJob::start(const ProbeOptions& options)
{
    if (isRunning())
        return false;
    BackgroundJob::start([options](JobContext& context) {
        auto probe = std::make_shared<SmtpProbe>(options);
        context.onCancel([probe] { probe->cancel(); });
        SmtpProbe::Callbacks callbacks;
        callbacks.transcript = [&context](const ProbeReport::TranscriptLine& line) {
            context.post(
                [line](BackgroundJobBase* job) { emit static_cast<ProbeJob*>(job)->transcriptLine(line); });
        };
        callbacks.progress = [&context](const QString& step, int percent) {
            context.setProgress(percent, 100, step);
        };
        return probe->run(callbacks);
    });
    return true;
}

} // namespace ds::core
