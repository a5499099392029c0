#include "probejob.h"

#include "crypto/opensslthreadscope.h"
#include "smtpprobe.h"

#include <QFutureWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

ProbeJob::ProbeJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ProbeReport>();
    qRegisterMetaType<ProbeReport::TranscriptLine>();
}

ProbeJob::~ProbeJob()
{
    if (m_probe)
        m_probe->cancel();
    m_future.waitForFinished();
}

bool ProbeJob::isRunning() const
{
    return m_future.isRunning();
}

bool ProbeJob::start(const ProbeOptions& options)
{
    if (isRunning())
        return false;
    m_probe = std::make_shared<SmtpProbe>(options);
    // The worker only emits through queued invocations on this object; the destructor waits
    // for the worker, so "this" stays valid while it runs.
    auto probe = m_probe;
    m_future = QtConcurrent::run([this, probe]() {
        const OpenSslThreadScope openssl;
        SmtpProbe::Callbacks callbacks;
        callbacks.transcript = [this](const ProbeReport::TranscriptLine& line) {
            QMetaObject::invokeMethod(
                this, [this, line]() { emit transcriptLine(line); }, Qt::QueuedConnection);
        };
        callbacks.progress = [this](const QString& step, int percent) {
            QMetaObject::invokeMethod(
                this, [this, step, percent]() { emit progress(step, percent); }, Qt::QueuedConnection);
        };
        return probe->run(callbacks);
    });
    auto* watcher = new QFutureWatcher<ProbeReport>(this);
    connect(watcher, &QFutureWatcher<ProbeReport>::finished, this, [this, watcher]() {
        m_report = watcher->result();
        watcher->deleteLater();
        emit finished(m_report);
    });
    watcher->setFuture(m_future);
    return true;
}

void ProbeJob::cancel()
{
    if (m_probe)
        m_probe->cancel();
}
