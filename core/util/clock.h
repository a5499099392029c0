#pragma once

#include <QDateTime>

namespace ds::core {

// "Now" for everything that depends on it (certificate expiry above all); tests inject a fixed time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;

    // The process-wide clock: the system clock unless a test installed another one.
    static const Clock& current();
    static void setCurrent(const Clock* clock);
};

// A clock that stands still at a chosen time, for tests.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime time)
        : m_time(std::move(time))
    {}
    QDateTime now() const override { return m_time; }
    void setTime(const QDateTime& time) { m_time = time; }

private:
    QDateTime m_time;
};

} // namespace ds::core
