#include "workspaceverbs.h"

#include "clisession.h"
#include "model/fqdn.h"
#include "model/freetext.h"
#include "model/smtpdomain.h"
#include "model/workspace.h"
#include "operations/organizationoperations.h"
#include "store/demoworkspace.h"
#include "store/workspacefile.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

QString WorkspaceInitVerb::description() const
{
    return tr("Create an empty workspace with one Edge server.");
}

QList<CliOption> WorkspaceInitVerb::options() const
{
    return {{{u"organization"_s}, tr("Organization name."), tr("NAME")},
            {{u"domain"_s}, tr("An accepted domain of the organization (repeatable)."), tr("DOMAIN")},
            {{u"server"_s}, tr("Name of the Edge server."), tr("NAME")},
            {{u"fqdn"_s}, tr("FQDN of the Edge server."), tr("FQDN")}};
}

int WorkspaceInitVerb::run(CliSession& session, const QCommandLineParser& parser)
{
    if (session.workspacePath().isEmpty())
        return session.usageError(tr("workspace init: give the new file with -w FILE"));
    if (QFileInfo::exists(session.workspacePath()))
        return session.fail(ErrorCode::Io, tr("%1: the file exists already").arg(session.workspacePath()));
    const QString organization = parser.value(u"organization"_s).trimmed();
    const QString serverName = parser.value(u"server"_s).trimmed();
    const QString fqdn = parser.value(u"fqdn"_s).trimmed().toLower();
    if (organization.isEmpty() || serverName.isEmpty() || fqdn.isEmpty())
        return session.usageError(tr("workspace init: --organization, --server and --fqdn are required"));
    if (auto text = FreeText::check(tr("--organization"), organization); !text.ok())
        return session.fail(text.error());
    if (auto why = Server::nameProblem(serverName))
        return session.fail(ErrorCode::BadInput,
                            u"--server \"%1\": %2"_s.arg(FreeText::printable(serverName), *why));
    auto parsedFqdn = Fqdn::parse(fqdn);
    if (!parsedFqdn.ok())
        return session.fail(ErrorCode::BadInput, u"--fqdn: %1"_s.arg(parsedFqdn.errorMessage()));

    Workspace workspace;
    workspace.organization = organization;
    for (const QString& domain : parser.values(u"domain"_s)) {
        auto parsed = SmtpDomain::parse(domain.trimmed());
        if (!parsed.ok())
            return session.fail(ErrorCode::BadInput, u"--domain: %1"_s.arg(parsed.errorMessage()));
        workspace.domains << parsed->toString();
    }
    if (workspace.domains.isEmpty()) {
        // The FQDN's parent, when that is a domain ("mail.contoso.example" -> "contoso.example").
        if (auto parent = SmtpDomain::parse(parsedFqdn->toString().section(QLatin1Char('.'), 1)); parent.ok())
            workspace.domains << parent->toString();
    }
    Server server;
    server.name = serverName;
    server.fqdn = parsedFqdn->toString(); // the A-label form, as every other FQDN is stored
    workspace.servers << server;
    session.workspace() = workspace;
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    if (session.json())
        session.printJson(QJsonObject{{u"workspace"_s, session.workspacePath()}});
    else
        session.out() << tr("Created workspace %1").arg(session.workspacePath()) << Qt::endl;
    return 0;
}

QString WorkspaceDemoVerb::description() const
{
    return tr("Write the bundled demo workspace: Contoso with a Hub Transport server and a subscribed Edge, "
              "partner Fabrikam, a demo CA, the SMTP certificates it issued, partner connectors and the "
              "domain-secure lists.");
}

QList<CliArgument> WorkspaceDemoVerb::arguments() const
{
    return {{u"OUT"_s, tr("The workspace file to create."), {}}};
}

int WorkspaceDemoVerb::run(CliSession& session, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return session.usageError(tr("workspace demo: give exactly one output file"));
    const QString path = positional.first();
    if (QFileInfo::exists(path))
        return session.fail(ErrorCode::Io, tr("%1: the file exists already").arg(path));
    auto demo = DemoWorkspace::create();
    if (!demo.ok())
        return session.fail(demo.error());
    if (auto saved = WorkspaceFile::save(demo.value(), path); !saved.ok())
        return session.fail(saved.error());
    if (session.json())
        session.printJson(QJsonObject{{u"workspace"_s, path}});
    else
        session.out() << tr("Created the demo workspace %1").arg(path) << Qt::endl;
    return 0;
}

QString WorkspaceSetVerb::description() const
{
    return tr("Set the organization's Exchange release, which \"export exchange\" and \"lint\" use when "
              "no --version or --target is given.");
}

QList<CliOption> WorkspaceSetVerb::options() const
{
    return {{{u"exchange-version"_s},
             tr("The Exchange release: 2007, 2010, 2013, 2016 (also 2019 and Subscription Edition) or "
                "online (Exchange Online)."),
             tr("VERSION")}};
}

Status WorkspaceSetVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (Status s = noArguments(parser, u"workspace set"_s); !s.ok())
        return s;
    if (!parser.isSet(u"exchange-version"_s))
        return Status::failure(ErrorCode::Usage, tr("workspace set: give --exchange-version"));
    m_version = ExchangeVersions::parse(parser.value(u"exchange-version"_s));
    if (!m_version)
        return Status::failure(
            ErrorCode::Usage,
            tr("workspace set: --exchange-version must be 2007, 2010, 2013, 2016 or online, not \"%1\"")
                .arg(parser.value(u"exchange-version"_s)));
    return {};
}

Result<WorkspaceVerb::Outcome> WorkspaceSetVerb::act(CliSession& session, const QCommandLineParser&)
{
    if (session.workspace().exchangeVersion == *m_version)
        return Outcome::Unchanged;
    return adopt(session, OrganizationOperations::setExchangeVersion(session.workspace(), *m_version));
}

void WorkspaceSetVerb::report(CliSession& session, const QCommandLineParser&)
{
    const ExchangeVersion version = session.workspace().exchangeVersion;
    if (session.json()) {
        session.printJson(QJsonObject{{u"exchangeVersion"_s, ExchangeVersions::name(version)},
                                      {u"target"_s, ExchangeVersions::target(version)}});
    } else {
        session.out() << tr("The organization's Exchange release is %1 (target %2)")
                             .arg(ExchangeVersions::displayName(version), ExchangeVersions::target(version))
                      << Qt::endl;
    }
}

} // namespace ds::cli
