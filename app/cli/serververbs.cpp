#include "serververbs.h"

#include "clisession.h"
#include "util/terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

namespace {
Result<ServerRole> parseRole(const QString& text)
{
    if (auto role = Server::parseRole(text))
        return *role;
    return Error{ErrorCode::Usage, ServerAddVerb::tr("--role: expected hub or edge, not \"%1\"").arg(text)};
}

Result<EdgeSync> parseEdgeSync(const QString& text)
{
    if (auto sync = Server::parseEdgeSync(text))
        return *sync;
    return Error{ErrorCode::Usage,
                 ServerAddVerb::tr("--edge-sync: expected subscribed or standalone, not \"%1\"").arg(text)};
}

CliOption roleOption()
{
    return {
        {u"role"_s}, ServerAddVerb::tr("The Exchange server role: edge or hub."), ServerAddVerb::tr("ROLE")};
}

CliOption edgeSyncOption()
{
    return {{u"edge-sync"_s},
            ServerAddVerb::tr("Whether the Edge is subscribed to the organization (EdgeSync): subscribed or "
                              "standalone."),
            ServerAddVerb::tr("STATE")};
}

CliOption fqdnOption()
{
    return {{u"fqdn"_s},
            ServerAddVerb::tr("The server's fully qualified domain name."),
            ServerAddVerb::tr("FQDN")};
}

Status oneName(const QCommandLineParser& parser, const QString& verb)
{
    if (parser.positionalArguments().size() != 1)
        return Status::failure(ErrorCode::Usage,
                               ServerAddVerb::tr("server %1: give one server NAME").arg(verb));
    return {};
}

void printLine(CliSession& session, const QString& line)
{
    session.out() << terminalSafe(line) << Qt::endl;
}
} // namespace

// server add

QString ServerAddVerb::description() const
{
    return tr("Add an Edge or Hub Transport server (a Postfix host is an Edge).");
}

QList<CliOption> ServerAddVerb::options() const
{
    return {{{u"name"_s}, tr("The server's name (1 to 15 letters, digits or hyphens)."), tr("NAME")},
            roleOption(),
            fqdnOption(),
            edgeSyncOption()};
}

Status ServerAddVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (Status s = noArguments(parser, u"server add"_s); !s.ok())
        return s;
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"role"_s) || !parser.isSet(u"fqdn"_s))
        return Status::failure(ErrorCode::Usage, tr("server add: --name, --role and --fqdn are required"));
    auto role = parseRole(parser.value(u"role"_s));
    if (!role.ok())
        return role.error();
    m_request = {parser.value(u"name"_s), role.value(), parser.value(u"fqdn"_s), EdgeSync::Standalone};
    if (parser.isSet(u"edge-sync"_s)) {
        auto sync = parseEdgeSync(parser.value(u"edge-sync"_s));
        if (!sync.ok())
            return sync.error();
        m_request.edgeSync = sync.value();
    }
    return {};
}

Result<WorkspaceVerb::Outcome> ServerAddVerb::act(CliSession& session, const QCommandLineParser&)
{
    auto change = ServerOperations::add(session.workspace(), m_request);
    if (change.ok())
        m_description = change->description;
    return adopt(session, change);
}

void ServerAddVerb::report(CliSession& session, const QCommandLineParser&)
{
    const Server* server = session.workspace().server(m_request.name.trimmed());
    if (session.json())
        session.printJson(QJsonObject{{u"added"_s, server ? server->toJson() : QJsonObject()}});
    else
        printLine(session, m_description);
}

// server set

QString ServerSetVerb::description() const
{
    return tr("Change a server's role, FQDN or Edge subscription. A change that breaks a rule for the "
              "server's connectors is refused.");
}

QList<CliOption> ServerSetVerb::options() const
{
    return {roleOption(), fqdnOption(), edgeSyncOption()};
}

QList<CliArgument> ServerSetVerb::arguments() const
{
    return {{u"NAME"_s, tr("The server's name."), {}}};
}

Status ServerSetVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (Status s = oneName(parser, name()); !s.ok())
        return s;
    if (!parser.isSet(u"role"_s) && !parser.isSet(u"fqdn"_s) && !parser.isSet(u"edge-sync"_s))
        return Status::failure(ErrorCode::Usage, tr("server set: give --role, --fqdn or --edge-sync"));
    m_edit = {};
    if (parser.isSet(u"role"_s)) {
        auto role = parseRole(parser.value(u"role"_s));
        if (!role.ok())
            return role.error();
        m_edit.role = role.value();
    }
    if (parser.isSet(u"edge-sync"_s)) {
        auto sync = parseEdgeSync(parser.value(u"edge-sync"_s));
        if (!sync.ok())
            return sync.error();
        m_edit.edgeSync = sync.value();
    }
    if (parser.isSet(u"fqdn"_s))
        m_edit.fqdn = parser.value(u"fqdn"_s);
    return {};
}

Result<WorkspaceVerb::Outcome> ServerSetVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    auto change = ServerOperations::change(session.workspace(), parser.positionalArguments().first(), m_edit);
    if (change.ok())
        m_description = change->description;
    return adopt(session, change);
}

void ServerSetVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    const Server* server = session.workspace().server(parser.positionalArguments().first());
    if (session.json())
        session.printJson(QJsonObject{{u"changed"_s, server ? server->toJson() : QJsonObject()}});
    else
        printLine(session, m_description);
}

// server list

QString ServerListVerb::description() const
{
    return tr("List the servers: name, role, Edge subscription and FQDN.");
}

Result<WorkspaceVerb::Outcome> ServerListVerb::act(CliSession& session, const QCommandLineParser&)
{
    const QList<Server>& servers = session.workspace().servers;
    if (session.json()) {
        QJsonArray array;
        for (const Server& server : servers)
            array.append(QJsonObject{
                {u"name"_s, server.name},
                {u"role"_s, Server::roleName(server.role)},
                {u"edgeSync"_s, server.isEdge() ? Server::edgeSyncName(server.edgeSync) : QString()},
                {u"fqdn"_s, server.fqdn}});
        session.printJson(array);
        return Outcome::Unchanged;
    }
    // One tab-separated line per server, so that scripts can cut it.
    for (const Server& server : servers) {
        const QString sync = server.isEdge() ? Server::edgeSyncName(server.edgeSync) : u"-"_s;
        session.out() << terminalSafe(server.name) << '\t' << Server::roleName(server.role) << '\t' << sync
                      << '\t' << terminalSafe(server.fqdn) << Qt::endl;
    }
    return Outcome::Unchanged;
}

// server remove

QString ServerRemoveVerb::description() const
{
    return tr("Remove a server with its certificates and receive connectors (refused while a send connector "
              "uses it as a source server).");
}

QList<CliArgument> ServerRemoveVerb::arguments() const
{
    return {{u"NAME"_s, tr("The server's name."), {}}};
}

Status ServerRemoveVerb::check(CliSession&, const QCommandLineParser& parser)
{
    return oneName(parser, name());
}

Result<WorkspaceVerb::Outcome> ServerRemoveVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    auto change = ServerOperations::remove(session.workspace(), parser.positionalArguments().first());
    if (change.ok())
        m_description = change->description;
    return adopt(session, change);
}

void ServerRemoveVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    if (session.json())
        session.printJson(QJsonObject{{u"removed"_s, parser.positionalArguments().first()}});
    else
        printLine(session, m_description);
}

} // namespace ds::cli
