#include "cliapplication.h"

#include "certcommand.h"
#include "clisession.h"
#include "domainsecurecommand.h"
#include "exportcommand.h"
#include "lintcommand.h"
#include "passphrasecommand.h"
#include "probecommand.h"
#include "receivecommand.h"
#include "sendcommand.h"
#include "trustcommand.h"
#include "workspacecommand.h"

#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<WorkspaceCommand>());
    m_commands.push_back(std::make_unique<PassphraseCommand>());
    m_commands.push_back(std::make_unique<CertCommand>());
    m_commands.push_back(std::make_unique<TrustCommand>());
    m_commands.push_back(std::make_unique<ReceiveCommand>());
    m_commands.push_back(std::make_unique<SendCommand>());
    m_commands.push_back(std::make_unique<DomainSecureCommand>());
    m_commands.push_back(std::make_unique<LintCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ProbeCommand>());
}

CliApplication::~CliApplication() = default;

QString CliApplication::usage() const
{
    QString text =
        tr("Usage: domainsecure-cli COMMAND [SUBCOMMAND] [OPTIONS]") + u"\n\n"_s + tr("Commands:") + u"\n"_s;
    for (const auto& command : m_commands)
        text += u"  %1 %2\n"_s.arg(command->name(), -16).arg(command->summary());
    text += u"\n"_s + tr("Run \"domainsecure-cli COMMAND --help\" for the options of a command.") + u"\n"_s;
    return text;
}

int CliApplication::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliSession session(out, err);
    if (arguments.size() < 2) {
        err << usage();
        return static_cast<int>(ErrorCode::Usage);
    }
    const QString group = arguments.at(1);
    if (group == u"-h"_s || group == u"--help"_s || group == u"help"_s) {
        out << usage();
        return 0;
    }
    if (group == u"--version"_s) {
        out << "domainsecure-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    for (const auto& command : m_commands) {
        if (command->name() == group)
            return command->run(session, arguments.mid(2));
    }
    err << tr("domainsecure-cli: unknown command \"%1\"").arg(group) << u"\n\n"_s << usage();
    return static_cast<int>(ErrorCode::Usage);
}
