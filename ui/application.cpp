#include "application.h"

#include "util/translator.h"

#include <QMainWindow>

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    setOrganizationName(QStringLiteral("DomainSecure"));
    setApplicationName(QStringLiteral("DomainSecure"));
    setApplicationVersion(QStringLiteral(DS_VERSION));
}

int Application::start()
{
    Translator::install();
    QMainWindow window;
    window.setWindowTitle(tr("DomainSecure"));
    window.show();
    return exec();
}
