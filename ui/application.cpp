#include "application.h"

#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"
#include "store/demoworkspace.h"
#include "util/translator.h"
#include "widgets/messagebox.h"
#include "widgets/shippediconstyle.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    setOrganizationName(u"DomainSecure"_s);
    setApplicationName(u"DomainSecure"_s);
    setApplicationVersion(QStringLiteral(DS_VERSION));
    // The installed desktop entry (packaging/), so that desktops match the window to its menu entry.
    setDesktopFileName(u"io.github.domainsecure.DomainSecure"_s);
    ShippedIconStyle::install();
}

int Application::start()
{
    Translator::install(AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Certificates and mutual-TLS connectors for mail gateways."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"workspace"_s,
                                 tr("The workspace file (*.dsw) to open; the demo when omitted."));
    const QCommandLineOption languageOption(
        u"language"_s,
        tr("User interface language for this session: en or ja (default: Settings, else the system locale)."),
        tr("LANGUAGE"));
    parser.addOption(languageOption);
    parser.process(arguments());
    if (parser.isSet(languageOption))
        Translator::install(parser.value(languageOption));

    MainWindow window;
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        auto demo = DemoWorkspace::ensureInDataFolder();
        if (demo.ok())
            path = demo.value();
        else
            MessageBox::warning(&window, tr("Demo Workspace"), demo.errorMessage());
    }
    if (!path.isEmpty())
        window.openFile(path);
    window.show();
    return exec();
}

} // namespace ds::ui
