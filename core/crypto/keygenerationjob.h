#pragma once

#include "keyspec.h"
#include "privatekey.h"
#include "util/backgroundjob.h"
#include "util/result.h"

namespace ds::core {

// Generates a key on the thread pool so the GUI stays responsive: progress() reports the percent
// done (of 100), cancel() reaches OpenSSL's key generation callback, and result() holds the key,
// or an error (ErrorCode::Cancelled when cancelled) once finished() is emitted.
class KeyGenerationJob : public BackgroundJob<Result<PrivateKey>>
{
    Q_OBJECT

public:
    explicit KeyGenerationJob(QObject* parent = nullptr);

    // Starts generating a key for spec (abandoning a generation still running).
    void start(const KeySpec& spec);
};

} // namespace ds::core
