#include "cliapplication.h"
#include "util/translator.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DomainSecure"));
    QCoreApplication::setApplicationName(QStringLiteral("domainsecure-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DS_VERSION));
    Translator::install();
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
