#pragma once

#include "probeoptions.h"
#include "probereport.h"
#include "util/backgroundjob.h"

#include <QFuture>

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
    // Looks up the MX hosts of domain off the GUI thread (see MxResolver); emits mxLookupFinished
    // with the hosts, most preferred first, or an error. False while a lookup is running.
    bool lookupMx(const QString& domain, int timeoutMs = 10000);

signals:
    void transcriptLine(const ProbeReport::TranscriptLine& line);
    void mxLookupFinished(const QString& domain, const QStringList& hosts, const QString& error);

private:
    QFuture<void> m_mxFuture;
};
