#include "keygenerationjob.h"

namespace ds::core {

KeyGenerationJob::KeyGenerationJob(QObject* parent)
    : BackgroundJob(parent)
{}

void KeyGenerationJob::start(const KeySpec& spec)
{
    BackgroundJob::start([spec](JobContext& context) {
        return PrivateKey::generate(spec, context.cancelFlag(),
                                    [&context](int percent) { context.setProgress(percent, 100); });
    });
}

} // namespace ds::core
