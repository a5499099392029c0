#include "application.h"
#include "util/coredumps.h"

#include <QTextStream>
#include <cstring>

using namespace ds::core;
using namespace ds::ui;

namespace {
// --version and --help only print text: without a display (an SSH session, a package check) they
// run on the offscreen platform instead of aborting because Qt finds no screen.
void printOnlyWithoutDisplay(int argc, char** argv)
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--version", "-v", "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
        }
    }
}
} // namespace

int main(int argc, char** argv)
{
    printOnlyWithoutDisplay(argc, argv);
    Application app(argc, argv);
    if (Status disabled = CoreDumps::disable(); !disabled.ok()) {
        QTextStream(stderr) << "domainsecure: " << disabled.errorMessage() << Qt::endl;
        return static_cast<int>(disabled.error().code);
    }
    return app.start();
}
