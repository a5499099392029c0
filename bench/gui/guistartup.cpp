// GUI start-up benchmark: what Application::start does (settings, translations, main window,
// open the workspace, show), then quits at the first paint of the main window. Prints the time
// from main() to that paint; bench/gui/run.sh adds the whole-process wall clock around it.
//
//   guistartup [WORKSPACE.dsw]

#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "util/translator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTextStream>
#include <QTimer>

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
    Translator::install(AppSettings::language());
    MainWindow window;
    const QString path = app.arguments().value(1);
    if (!path.isEmpty() && !window.openFile(path))
        return 1;
    FirstPaint filter(&window);
    app.installEventFilter(&filter);
    window.show();
    return app.exec();
}
