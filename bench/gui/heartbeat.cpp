#include "heartbeat.h"

#include <algorithm>

Heartbeat::Heartbeat(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
}

void Heartbeat::start()
{
    m_gapsUs.clear();
    m_clock.start();
    m_lastUs = 0;
    m_timer.start();
}

void Heartbeat::stop()
{
    m_timer.stop();
    beat(); // the gap up to now counts too
}

void Heartbeat::beat()
{
    const qint64 now = m_clock.nsecsElapsed() / 1000;
    m_gapsUs << now - m_lastUs;
    m_lastUs = now;
}

double Heartbeat::maxStallMs() const
{
    if (m_gapsUs.isEmpty())
        return 0;
    const qint64 gap = *std::max_element(m_gapsUs.cbegin(), m_gapsUs.cend());
    return qMax(0.0, double(gap) / 1000.0 - m_intervalMs);
}

double Heartbeat::maxStallAtMs() const
{
    qint64 at = 0;
    qint64 longest = -1;
    qint64 end = 0;
    for (const qint64 gap : m_gapsUs) {
        end += gap;
        if (gap > longest) {
            longest = gap;
            at = end;
        }
    }
    return double(at) / 1000.0;
}

double Heartbeat::percentileGapMs(double percentile) const
{
    if (m_gapsUs.isEmpty())
        return 0;
    QList<qint64> sorted = m_gapsUs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype index = qMin(sorted.size() - 1, qsizetype(percentile / 100.0 * double(sorted.size())));
    return double(sorted[index]) / 1000.0;
}
