// The floor of GUI start-up on this machine, for scale next to guistartup: an empty Qt Widgets
// main window with one label, measured the same way (first paint, then quit).
//
//   DS_STARTUP_T0_NS=$(date +%s%N) guihello

#include "firstpaintreporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"Hello"_s, &window));
    FirstPaintReporter reporter(sinceMain, &window);
    app.installEventFilter(&reporter);
    window.show();
    return app.exec();
}
