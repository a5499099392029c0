#include "cliapplication.h"
#include "util/coredumps.h"
#include "util/translator.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace ds::core;
using namespace ds::cli;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DomainSecure"));
    QCoreApplication::setApplicationName(QStringLiteral("domainsecure-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DS_VERSION));
    Translator::install();
    if (Status disabled = CoreDumps::disable(); !disabled.ok()) {
        QTextStream(stderr) << "domainsecure-cli: " << disabled.errorMessage() << Qt::endl;
        return static_cast<int>(disabled.error().code);
    }
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
