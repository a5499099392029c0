#include "firstpaintreporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

FirstPaintReporter::FirstPaintReporter(const QElapsedTimer& sinceMain, QWidget* window)
    : m_sinceMain(sinceMain)
    , m_window(window)
{}

bool FirstPaintReporter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        m_seen = true;
        const qint64 elapsed = m_sinceMain.nsecsElapsed();
        QTextStream out(stdout);
        out << "first paint of the main window: " << QString::number(double(elapsed) / 1e6, 'f', 1)
            << " ms after main()\n";
        if (const qint64 t0 = qEnvironmentVariable("DS_STARTUP_T0_NS").toLongLong(); t0 > 0) {
            const qint64 now = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000000;
            out << "first paint of the main window: " << QString::number(double(now - t0) / 1e6, 'f', 1)
                << " ms after the process was started\n";
        }
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}
