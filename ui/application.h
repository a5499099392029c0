#pragma once

#include <QApplication>

namespace ds::ui {

// The GUI application: settings, translations, the main window on the workspace given on the
// command line or on the demo workspace.
class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int& argc, char** argv);
    int start();
};

} // namespace ds::ui
