#pragma once

#include "probeoptions.h"
#include "probereport.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace ds::core {

// Runs one SMTP STARTTLS / mutual-TLS probe synchronously (call it from a worker thread, see
// ProbeJob): plain socket for the SMTP dialogue, OpenSSL directly for TLS so that the server's
// certificate request and acceptable CA names are visible.
class SmtpProbe
{
    Q_DECLARE_TR_FUNCTIONS(SmtpProbe)

public:
    struct Callbacks
    {
        std::function<void(const ProbeReport::TranscriptLine&)> transcript;
        std::function<void(const QString& step, int percent)> progress;
    };

    explicit SmtpProbe(ProbeOptions options);

    // Cancels a running probe from any thread; run() returns soon with Result::Cancelled.
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    ProbeReport run(const Callbacks& callbacks = {});

private:
    ProbeOptions m_options;
    std::atomic<bool> m_cancelled{false};
};

} // namespace ds::core
