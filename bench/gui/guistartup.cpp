// GUI start-up benchmark: what Application::start does (settings, translations, main window,
// open the workspace, show), then quits at the first paint of the main window. Prints the time
// from main() to that paint and, when the launcher put the wall clock of the moment it started
// the process into DS_STARTUP_T0_NS (`date +%s%N`), the time from process start to that paint;
// bench/gui/run.sh also times the whole process up to its exit (teardown included).
//
//   DS_STARTUP_T0_NS=$(date +%s%N) guistartup [WORKSPACE.dsw]

#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "util/translator.h"
#include "widgets/shippediconstyle.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
QElapsedTimer g_sinceMain;

// Quits at the window's first paint: by then it is mapped, laid out and drawn once.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget* window)
        : m_window(window)
    {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            m_seen = true;
            const qint64 elapsed = g_sinceMain.nsecsElapsed();
            QTextStream(stdout) << "first paint of the main window: "
                                << QString::number(double(elapsed) / 1e6, 'f', 1) << " ms after main()\n";
            if (const qint64 t0 = qEnvironmentVariable("DS_STARTUP_T0_NS").toLongLong(); t0 > 0) {
                const qint64 now = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000000;
                QTextStream(stdout) << "first paint of the main window: "
                                    << QString::number(double(now - t0) / 1e6, 'f', 1)
                                    << " ms after the process was started\n";
            }
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    bool m_seen = false;
};
} // namespace

int main(int argc, char** argv)
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    app.setOrganizationName(u"DomainSecure"_s);
    app.setApplicationName(u"DomainSecure"_s);
    ShippedIconStyle::install(); // as Application does
    Translator::install(AppSettings::language());
    auto window = std::make_unique<MainWindow>();
    const QString path = app.arguments().value(1);
    if (!path.isEmpty() && !window->openFile(path))
        return 1;
    FirstPaint filter(window.get());
    app.installEventFilter(&filter);
    window->show();
    const int code = app.exec();
    window.reset();
    QTextStream(stdout) << "window destroyed: "
                        << QString::number(double(g_sinceMain.nsecsElapsed()) / 1e6, 'f', 1)
                        << " ms after main()\n";
    return code;
}
