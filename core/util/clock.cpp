#include "clock.h"

#include <atomic>

namespace ds::core {

namespace {
const Clock systemClock;
std::atomic<const Clock*> installedClock{nullptr};
} // namespace

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock& Clock::current()
{
    const Clock* clock = installedClock.load();
    return clock ? *clock : systemClock;
}

void Clock::setCurrent(const Clock* clock)
{
    installedClock.store(clock);
}

} // namespace ds::core
