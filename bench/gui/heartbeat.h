#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

// Measures GUI-thread responsiveness: a timer meant to fire every interval; the longest gap
// between two beats minus the interval is the longest stall of the event loop.
class Heartbeat : public QObject
{
    Q_OBJECT

public:
    explicit Heartbeat(int intervalMs = 5, QObject* parent = nullptr);

    void start();
    void stop();
    qint64 beats() const { return m_gapsUs.size(); }
    double maxStallMs() const;
    // When the longest stall ended, in milliseconds after start().
    double maxStallAtMs() const;
    double percentileGapMs(double percentile) const;

private:
    void beat();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastUs = 0;
    QList<qint64> m_gapsUs;
};
