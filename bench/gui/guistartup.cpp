// GUI start-up benchmark: what Application::start does (settings, translations, main window,
// open the workspace, show), then quits at the first paint of the main window. Prints the time
// from main() to that paint and, when the launcher put the wall clock of the moment it started
// the process into DS_STARTUP_T0_NS (`date +%s%N`), the time from process start to that paint;
// bench/gui/run.sh also times the whole process up to its exit (teardown included).
//
//   DS_STARTUP_T0_NS=$(date +%s%N) guistartup [WORKSPACE.dsw]

#include "firstpaintreporter.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "util/translator.h"
#include "widgets/shippediconstyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <memory>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    app.setOrganizationName(u"DomainSecure"_s);
    app.setApplicationName(u"DomainSecure"_s);
    ShippedIconStyle::install(); // as Application does
    Translator::install(AppSettings::language());
    auto window = std::make_unique<MainWindow>();
    const QString path = app.arguments().value(1);
    if (!path.isEmpty() && !window->openFile(path))
        return 1;
    FirstPaintReporter reporter(sinceMain, window.get());
    app.installEventFilter(&reporter);
    window->show();
    const int code = app.exec();
    window.reset();
    QTextStream(stdout) << "window destroyed: "
                        << QString::number(double(sinceMain.nsecsElapsed()) / 1e6, 'f', 1)
                        << " ms after main()\n";
    return code;
}
