#include "application.h"
#include "util/coredumps.h"

#include <QTextStream>

using namespace ds::core;
using namespace ds::ui;

int main(int argc, char** argv)
{
    Application app(argc, argv);
    if (Status disabled = CoreDumps::disable(); !disabled.ok()) {
        QTextStream(stderr) << "domainsecure: " << disabled.errorMessage() << Qt::endl;
        return static_cast<int>(disabled.error().code);
    }
    return app.start();
}
