// The floor of GUI start-up on this machine, for scale next to guistartup: an empty Qt Widgets
// main window with one label, measured the same way (first paint, then quit).
//
//   DS_STARTUP_T0_NS=$(date +%s%N) guihello

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QElapsedTimer g_sinceMain;

class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTextStream out(stdout);
            out << "first paint of the main window: "
                << QString::number(double(g_sinceMain.nsecsElapsed()) / 1e6, 'f', 1) << " ms after main()\n";
            if (const qint64 t0 = qEnvironmentVariable("DS_STARTUP_T0_NS").toLongLong(); t0 > 0) {
                const qint64 now = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000000;
                out << "first paint of the main window: " << QString::number(double(now - t0) / 1e6, 'f', 1)
                    << " ms after the process was started\n";
            }
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char** argv)
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"Hello"_s, &window));
    FirstPaint filter;
    app.installEventFilter(&filter);
    window.show();
    return app.exec();
}
