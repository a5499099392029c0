#include "receivecommand.h"

#include "clisession.h"
#include "connectoroptions.h"
#include "model/freetext.h"
#include "operations/connectoroperations.h"
#include "util/terminaltext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
template <typename T> QStringList texts(const QList<T>& items)
{
    return ConnectorOptions::texts(items);
}
} // namespace

QString ReceiveCommand::summary() const
{
    return tr("Receive connectors of a server (new, list, show, set, remove)");
}

int ReceiveCommand::run(CliSession& session, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"new"_s)
        return create(session, arguments.mid(1));
    if (sub == u"list"_s)
        return list(session, arguments.mid(1));
    if (sub == u"show"_s)
        return show(session, arguments.mid(1));
    if (sub == u"set"_s)
        return set(session, arguments.mid(1));
    if (sub == u"remove"_s)
        return remove(session, arguments.mid(1));
    return session.usageError(tr("receive: expected new, list, show, set or remove"));
}

void ReceiveCommand::addFieldOptions(QCommandLineParser& parser, bool forSet)
{
    parser.addOption({u"binding"_s,
                      tr("Local IP:PORT to listen on, e.g. 0.0.0.0:25 or [::]:25 (repeatable)."),
                      tr("IP:PORT")});
    parser.addOption({u"remote"_s, tr("Remote IP range: address, a-b or CIDR (repeatable)."), tr("RANGE")});
    parser.addOption(
        {u"fqdn"_s, tr("FQDN given in HELO/EHLO and used to pick the certificate."), tr("FQDN")});
    parser.addOption({u"banner"_s, tr("SMTP banner, e.g. \"220 mail.contoso.example\"."), tr("TEXT")});
    parser.addOption({u"auth"_s,
                      tr("Authentication mechanisms: None, Tls, Integrated, BasicAuth, BasicAuthRequireTLS, "
                         "ExchangeServer, ExternalAuthoritative."),
                      tr("M,...")});
    parser.addOption({u"permissions"_s,
                      tr("Permission groups: None, AnonymousUsers, ExchangeUsers, ExchangeServers, "
                         "ExchangeLegacyServers, Partners."),
                      tr("P,...")});
    parser.addOption({u"max-message-size"_s, tr("Maximum message size, e.g. 10MB."), tr("SIZE")});
    parser.addOption({u"max-recipients"_s, tr("Maximum recipients per message (1-512000)."), tr("N")});
    parser.addOption({u"connection-timeout"_s, tr("Connection timeout [d.]hh:mm:ss."), tr("TIME")});
    parser.addOption({u"partner-domain"_s,
                      tr("A partner domain whose gateways this connector accepts (repeatable)."),
                      tr("DOMAIN")});
    if (forSet) {
        parser.addOption({u"add-remote"_s, tr("Add a remote IP range (repeatable)."), tr("RANGE")});
        parser.addOption({u"remove-remote"_s, tr("Remove a remote IP range (repeatable)."), tr("RANGE")});
        parser.addOption({u"add-partner-domain"_s, tr("Add a partner domain (repeatable)."), tr("DOMAIN")});
        parser.addOption(
            {u"remove-partner-domain"_s, tr("Remove a partner domain (repeatable)."), tr("DOMAIN")});
    }
    ConnectorOptions::addSharedOptions(parser, forSet);
}

Status ReceiveCommand::applyFieldOptions(const QCommandLineParser& parser, ReceiveConnector& c, bool forSet)
{
    const auto failValue = &ConnectorOptions::valueError;
    if (parser.isSet(u"binding"_s)) {
        auto bindings = ConnectorOptions::parseAll<Binding>(parser.values(u"binding"_s));
        if (!bindings.ok())
            return failValue(u"binding"_s, bindings.errorMessage());
        c.bindings = bindings.value();
    }
    if (parser.isSet(u"remote"_s)) {
        auto ranges = ConnectorOptions::parseAll<IpRange>(parser.values(u"remote"_s));
        if (!ranges.ok())
            return failValue(u"remote"_s, ranges.errorMessage());
        c.remoteIPRanges = ranges.value();
    }
    if (parser.isSet(u"banner"_s)) {
        // Only text that a script can carry is refused here; what Exchange accepts as a banner
        // (RC-BANNER-220) is the validator's rule, applied by the connector operations.
        const QString banner = parser.value(u"banner"_s).trimmed();
        if (auto s = FreeText::check(tr("banner"), banner); !s.ok())
            return failValue(u"banner"_s, s.errorMessage());
        c.banner = banner;
    }
    if (parser.isSet(u"auth"_s)) {
        QString bad;
        const auto auth = ConnectorNames::parseAuthMechanisms(parser.values(u"auth"_s), &bad);
        if (!auth) {
            return Status::failure(
                ErrorCode::Usage, bad == u"None"_s
                                      ? tr("--auth: None cannot be combined with other mechanisms")
                                      : tr("--auth: unknown mechanism \"%1\"").arg(FreeText::printable(bad)));
        }
        c.authMechanism = *auth;
    }
    if (parser.isSet(u"permissions"_s)) {
        QString bad;
        const auto groups = ConnectorNames::parsePermissionGroups(parser.values(u"permissions"_s), &bad);
        if (!groups) {
            return Status::failure(
                ErrorCode::Usage,
                bad == u"None"_s ? tr("--permissions: None cannot be combined with other groups")
                                 : tr("--permissions: unknown group \"%1\"").arg(FreeText::printable(bad)));
        }
        c.permissionGroups = *groups;
    }
    if (parser.isSet(u"max-recipients"_s)) {
        bool ok = false;
        const int n = parser.value(u"max-recipients"_s).trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 512000) {
            return failValue(u"max-recipients"_s,
                             tr("\"%1\" is not a number from 1 to 512000")
                                 .arg(FreeText::printable(parser.value(u"max-recipients"_s))));
        }
        c.maxRecipientsPerMessage = n;
    }
    if (parser.isSet(u"connection-timeout"_s)) {
        auto span = TimeSpan::parse(parser.value(u"connection-timeout"_s));
        if (!span.ok())
            return failValue(u"connection-timeout"_s, span.errorMessage());
        c.connectionTimeout = span.value();
    }
    if (parser.isSet(u"partner-domain"_s)) {
        auto domains = ConnectorOptions::parseAll<SmtpDomain>(parser.values(u"partner-domain"_s));
        if (!domains.ok())
            return failValue(u"partner-domain"_s, domains.errorMessage());
        c.partnerDomains = domains.value();
    }
    if (Status s = ConnectorOptions::applySharedOptions(parser, c, forSet); !s.ok())
        return s;
    if (!forSet)
        return {};
    if (parser.isSet(u"add-remote"_s)) {
        auto ranges = ConnectorOptions::parseAll<IpRange>(parser.values(u"add-remote"_s));
        if (!ranges.ok())
            return failValue(u"add-remote"_s, ranges.errorMessage());
        for (const IpRange& range : ranges.value()) {
            if (!c.remoteIPRanges.contains(range))
                c.remoteIPRanges.append(range);
        }
    }
    if (parser.isSet(u"remove-remote"_s)) {
        auto ranges = ConnectorOptions::parseAll<IpRange>(parser.values(u"remove-remote"_s));
        if (!ranges.ok())
            return failValue(u"remove-remote"_s, ranges.errorMessage());
        for (const IpRange& range : ranges.value()) {
            if (!c.remoteIPRanges.removeOne(range))
                return failValue(u"remove-remote"_s,
                                 tr("%1 is not a remote range of the connector").arg(range.toString()));
        }
    }
    if (parser.isSet(u"add-partner-domain"_s)) {
        auto domains = ConnectorOptions::parseAll<SmtpDomain>(parser.values(u"add-partner-domain"_s));
        if (!domains.ok())
            return failValue(u"add-partner-domain"_s, domains.errorMessage());
        for (const SmtpDomain& domain : domains.value()) {
            if (!c.partnerDomains.contains(domain))
                c.partnerDomains.append(domain);
        }
    }
    if (parser.isSet(u"remove-partner-domain"_s)) {
        auto domains = ConnectorOptions::parseAll<SmtpDomain>(parser.values(u"remove-partner-domain"_s));
        if (!domains.ok())
            return failValue(u"remove-partner-domain"_s, domains.errorMessage());
        for (const SmtpDomain& domain : domains.value()) {
            if (!c.partnerDomains.removeOne(domain)) {
                return failValue(u"remove-partner-domain"_s,
                                 tr("%1 is not a partner domain of the connector").arg(domain.toString()));
            }
        }
    }
    return {};
}

Result<Server*> ReceiveCommand::findServer(CliSession& session, const QCommandLineParser& parser)
{
    Workspace& ws = session.workspace();
    const QString name = parser.value(u"server"_s).trimmed();
    if (name.isEmpty()) {
        if (ws.servers.size() == 1)
            return &ws.servers.first();
        return Result<Server*>::failure(ErrorCode::Usage, tr("give the server with --server NAME"));
    }
    Server* server = ws.server(name);
    if (!server) {
        return Result<Server*>::failure(ErrorCode::BadInput,
                                        tr("%1: no server \"%2\" in the workspace")
                                            .arg(session.workspacePath(), FreeText::printable(name)));
    }
    return server;
}

Result<std::pair<Server*, qsizetype>> ReceiveCommand::findConnector(CliSession& session,
                                                                    const QCommandLineParser& parser)
{
    using R = Result<std::pair<Server*, qsizetype>>;
    QString serverName = parser.value(u"server"_s).trimmed();
    QString connectorName = parser.value(u"name"_s).trimmed();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return R::failure(ErrorCode::Usage, tr("give one connector identity, SERVER\\Name"));
    if (!positional.isEmpty()) {
        const QString identity = positional.first().trimmed();
        const qsizetype slash = identity.indexOf(QLatin1Char('\\'));
        if (slash >= 0) {
            serverName = identity.left(slash);
            connectorName = identity.mid(slash + 1);
        } else {
            connectorName = identity;
        }
    }
    if (connectorName.isEmpty())
        return R::failure(ErrorCode::Usage, tr("name the connector: SERVER\\Name, or --server S --name N"));
    Server* server = nullptr;
    Workspace& ws = session.workspace();
    if (serverName.isEmpty()) {
        if (ws.servers.size() != 1)
            return R::failure(ErrorCode::Usage, tr("give the server: SERVER\\Name or --server NAME"));
        server = &ws.servers.first();
    } else {
        server = ws.server(serverName);
        if (!server) {
            return R::failure(ErrorCode::BadInput,
                              tr("%1: no server \"%2\" in the workspace")
                                  .arg(session.workspacePath(), FreeText::printable(serverName)));
        }
    }
    for (qsizetype i = 0; i < server->receiveConnectors.size(); ++i) {
        if (server->receiveConnectors.at(i).name.compare(connectorName, Qt::CaseInsensitive) == 0)
            return std::pair{server, i};
    }
    return R::failure(ErrorCode::BadInput,
                      tr("%1: no receive connector \"%2\" on %3")
                          .arg(session.workspacePath(), FreeText::printable(connectorName), server->name));
}

int ReceiveCommand::create(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a receive connector with the settings Exchange applies for its usage."));
    parser.addOption({u"server"_s, tr("The server (optional when the workspace has one)."), tr("NAME")});
    parser.addOption({u"name"_s, tr("Connector name (1-64 characters, no backslash)."), tr("NAME")});
    parser.addOption({u"usage"_s, tr("partner, internet, internal, client or custom."), tr("USAGE")});
    addFieldOptions(parser, false);
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli receive new"_s} + arguments))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return session.usageError(
            tr("receive new: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"usage"_s))
        return session.usageError(tr("receive new: --name and --usage are required"));
    const auto usage = ConnectorNames::parseReceiveUsage(parser.value(u"usage"_s));
    if (!usage) {
        return session.usageError(
            tr("receive new: --usage must be partner, internet, internal, client or custom, not \"%1\"")
                .arg(FreeText::printable(parser.value(u"usage"_s))));
    }
    if ((*usage == ReceiveUsage::Partner || *usage == ReceiveUsage::Custom) && !parser.isSet(u"binding"_s))
        return session.usageError(tr("receive new: --binding is required for the %1 usage")
                                      .arg(ConnectorNames::receiveUsage(*usage)));
    if (*usage == ReceiveUsage::Partner && !parser.isSet(u"remote"_s))
        return session.usageError(
            tr("receive new: --remote (the partner's gateway addresses) is required for the Partner usage"));
    const QString name = parser.value(u"name"_s).trimmed();
    if (auto s = FreeText::checkName(tr("name"), name); !s.ok())
        return session.fail(ErrorCode::BadInput, u"--name: "_s + s.errorMessage());

    if (auto code = session.open())
        return *code;
    auto server = findServer(session, parser);
    if (!server.ok())
        return session.fail(server.error());
    const QString serverName = (*server)->name;
    const auto fields = [&](ReceiveConnector& c) { return applyFieldOptions(parser, c, false); };
    if (auto code = session.apply(
            ConnectorOperations::createReceive(session.workspace(), {serverName, name, *usage, fields})))
        return *code;
    const Server& created = *session.workspace().server(serverName);
    const ReceiveConnector& connector = *created.receiveConnector(name);
    if (session.json())
        session.printJson(toJson(created, connector));
    else
        session.out()
            << tr("Created receive connector %1").arg(terminalSafe(connector.identity(created.name)))
            << Qt::endl;
    return 0;
}

int ReceiveCommand::list(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the receive connectors."));
    parser.addOption({u"server"_s, tr("Only this server."), tr("NAME")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli receive list"_s} + arguments))
        return *code;
    if (auto code = session.open())
        return *code;
    QList<const Server*> servers;
    if (parser.isSet(u"server"_s)) {
        auto server = findServer(session, parser);
        if (!server.ok())
            return session.fail(server.error());
        servers << server.value();
    } else {
        for (const Server& server : session.workspace().servers)
            servers << &server;
    }
    QJsonArray array;
    for (const Server* server : servers) {
        for (const ReceiveConnector& c : server->receiveConnectors) {
            if (session.json()) {
                array.append(toJson(*server, c));
                continue;
            }
            session.out() << terminalSafe(c.identity(server->name)) << u"\t"_s
                          << ConnectorNames::receiveUsage(c.usage) << u"\t"_s
                          << texts(c.bindings).join(u","_s) << u"\t"_s << texts(c.remoteIPRanges).join(u","_s)
                          << u"\t"_s << (c.domainSecureEnabled ? tr("domain-secure") : tr("-")) << u"\t"_s
                          << (c.enabled ? tr("enabled") : tr("disabled")) << Qt::endl;
        }
    }
    if (session.json())
        session.printJson(array);
    return 0;
}

int ReceiveCommand::show(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show one receive connector."));
    parser.addPositionalArgument(u"IDENTITY"_s, tr("SERVER\\Name (or use --server and --name)."));
    parser.addOption({u"server"_s, tr("The server."), tr("NAME")});
    parser.addOption({u"name"_s, tr("The connector name."), tr("NAME")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli receive show"_s} + arguments))
        return *code;
    if (auto code = session.open())
        return *code;
    auto found = findConnector(session, parser);
    if (!found.ok())
        return session.fail(found.error());
    const auto [server, index] = found.value();
    if (session.json())
        session.printJson(toJson(*server, server->receiveConnectors.at(index)));
    else
        printText(session, *server, server->receiveConnectors.at(index));
    return 0;
}

int ReceiveCommand::set(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Change the named fields of a receive connector; the others stay as they are."));
    parser.addPositionalArgument(u"IDENTITY"_s, tr("SERVER\\Name (or use --server and --name)."));
    parser.addOption({u"server"_s, tr("The server."), tr("NAME")});
    parser.addOption({u"name"_s, tr("The connector name."), tr("NAME")});
    addFieldOptions(parser, true);
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli receive set"_s} + arguments))
        return *code;
    if (auto code = session.open())
        return *code;
    auto found = findConnector(session, parser);
    if (!found.ok())
        return session.fail(found.error());
    const auto [server, index] = found.value();
    const QString serverName = server->name;
    const QString name = server->receiveConnectors.at(index).name;
    QString newName = name;
    const auto edit = [&](ReceiveConnector& c) {
        const Status applied = applyFieldOptions(parser, c, true);
        newName = c.name;
        return applied;
    };
    if (auto code =
            session.apply(ConnectorOperations::changeReceive(session.workspace(), serverName, name, edit)))
        return *code;
    const Server& changed = *session.workspace().server(serverName);
    const ReceiveConnector& connector = *changed.receiveConnector(newName);
    if (session.json())
        session.printJson(toJson(changed, connector));
    else
        session.out()
            << tr("Updated receive connector %1").arg(terminalSafe(connector.identity(changed.name)))
            << Qt::endl;
    return 0;
}

int ReceiveCommand::remove(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove a receive connector."));
    parser.addPositionalArgument(u"IDENTITY"_s, tr("SERVER\\Name (or use --server and --name)."));
    parser.addOption({u"server"_s, tr("The server."), tr("NAME")});
    parser.addOption({u"name"_s, tr("The connector name."), tr("NAME")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli receive remove"_s} + arguments))
        return *code;
    if (auto code = session.open())
        return *code;
    auto found = findConnector(session, parser);
    if (!found.ok())
        return session.fail(found.error());
    const auto [server, index] = found.value();
    const QString identity = server->receiveConnectors.at(index).identity(server->name);
    if (auto code = session.apply(ConnectorOperations::removeReceive(
            session.workspace(), server->name, {server->receiveConnectors.at(index).name})))
        return *code;
    if (session.json())
        session.printJson(QJsonObject{{u"removed"_s, identity}});
    else
        session.out() << tr("Removed receive connector %1").arg(terminalSafe(identity)) << Qt::endl;
    return 0;
}

QJsonObject ReceiveCommand::toJson(const Server& server, const ReceiveConnector& connector)
{
    QJsonObject json = connector.toJson();
    json[u"identity"_s] = connector.identity(server.name);
    json[u"server"_s] = server.name;
    return json;
}

void ReceiveCommand::printText(CliSession& session, const Server& server, const ReceiveConnector& c)
{
    auto line = [&](const QString& label, const QString& value) {
        ConnectorOptions::printProperty(session.out(), label, value);
    };
    // Labels are Exchange's property names, as Get-ReceiveConnector | Format-List shows them.
    line(u"Identity"_s, c.identity(server.name));
    line(u"Usage"_s, ConnectorNames::receiveUsage(c.usage));
    line(u"Bindings"_s, texts(c.bindings).join(u", "_s));
    line(u"RemoteIPRanges"_s, texts(c.remoteIPRanges).join(u", "_s));
    line(u"Fqdn"_s, c.fqdn.isEmpty() ? server.fqdn : c.fqdn.toString());
    line(u"Banner"_s, c.banner);
    line(u"AuthMechanism"_s, ConnectorNames::authMechanisms(c.authMechanism));
    line(u"PermissionGroups"_s, ConnectorNames::permissionGroups(c.permissionGroups));
    line(u"DomainSecureEnabled"_s, c.domainSecureEnabled ? u"True"_s : u"False"_s);
    line(u"RequireTLS"_s, c.requireTLS ? u"True"_s : u"False"_s);
    line(u"MaxMessageSize"_s, c.maxMessageSize.toString());
    line(u"MaxRecipientsPerMessage"_s, QString::number(c.maxRecipientsPerMessage));
    line(u"ConnectionTimeout"_s, c.connectionTimeout.toString());
    line(u"ConnectionInactivityTimeout"_s, c.connectionInactivityTimeout.toString());
    line(u"ProtocolLoggingLevel"_s, ConnectorNames::protocolLoggingLevel(c.protocolLoggingLevel));
    line(u"Enabled"_s, c.enabled ? u"True"_s : u"False"_s);
    line(u"Comment"_s, c.comment);
    line(u"PartnerDomains"_s, texts(c.partnerDomains).join(u", "_s));
}
