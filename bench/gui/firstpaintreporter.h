#pragma once

#include <QObject>

class QElapsedTimer;
class QWidget;

// Installed on the application by the start-up benchmarks: at the first paint of any widget of
// the window it prints the time since main() and, when the launcher put the wall clock of the
// moment it started the process into DS_STARTUP_T0_NS (`date +%s%N`), the time since then; then it
// quits the application. By then the window is mapped, laid out and being drawn.
class FirstPaintReporter : public QObject
{
public:
    FirstPaintReporter(const QElapsedTimer& sinceMain, QWidget* window);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const QElapsedTimer& m_sinceMain;
    QWidget* m_window;
    bool m_seen = false;
};
