#include "probejob.h"

#include "crypto/opensslthreadscope.h"
#include "mxresolver.h"
#include "smtpprobe.h"

#include <QMetaObject>
#include <QtConcurrent>

ProbeJob::ProbeJob(QObject* parent)
    : BackgroundJob(parent)
{
    qRegisterMetaType<ProbeReport>();
    qRegisterMetaType<ProbeReport::TranscriptLine>();
    setWaitOnDestroy(true);
}

ProbeJob::~ProbeJob()
{
    m_mxFuture.waitForFinished();
}

bool ProbeJob::lookupMx(const QString& domain, int timeoutMs)
{
    if (m_mxFuture.isRunning())
        return false;
    m_mxFuture = QtConcurrent::run([this, domain, timeoutMs]() {
        const OpenSslThreadScope openssl;
        const auto hosts = MxResolver::lookup(domain, timeoutMs);
        QStringList names;
        if (hosts.ok()) {
            for (const MxResolver::Host& host : hosts.value())
                names << host.name;
        }
        const QString error = hosts.errorMessage();
        QMetaObject::invokeMethod(
            this, [this, domain, names, error]() { emit mxLookupFinished(domain, names, error); },
            Qt::QueuedConnection);
    });
    return true;
}

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
