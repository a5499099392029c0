#pragma once

#include "probeoptions.h"
#include "probereport.h"

#include <QFuture>
#include <QObject>
#include <memory>

class SmtpProbe;

// Runs an SmtpProbe off the GUI thread; reports progress and the live transcript by signals
// (queued to the receiver's thread) and can be cancelled.
class ProbeJob : public QObject
{
    Q_OBJECT

public:
    explicit ProbeJob(QObject* parent = nullptr);
    ~ProbeJob() override; // cancels and waits, so no signal outlives the job

    // Starts a probe; false when one is already running.
    bool start(const ProbeOptions& options);
    bool isRunning() const;
    const ProbeReport& report() const { return m_report; }

public slots:
    void cancel();

signals:
    void progress(const QString& step, int percent);
    void transcriptLine(const ProbeReport::TranscriptLine& line);
    void finished(const ProbeReport& report);

private:
    std::shared_ptr<SmtpProbe> m_probe;
    QFuture<ProbeReport> m_future;
    ProbeReport m_report;
};
