#include "receivekind.h"

#include "clisession.h"
#include "connectoroptions.h"
#include "model/freetext.h"
#include "util/terminaltext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

namespace {
template <typename T> QStringList texts(const QList<T>& items)
{
    return ConnectorOptions::texts(items);
}
} // namespace

QString ReceiveKind::newDescription()
{
    return tr("Create a receive connector with the settings Exchange applies for its usage.");
}

QString ReceiveKind::listDescription()
{
    return tr("List the receive connectors.");
}

QString ReceiveKind::showDescription()
{
    return tr("Show one receive connector.");
}

QString ReceiveKind::setDescription()
{
    return tr("Change the named fields of a receive connector; the others stay as they are.");
}

QString ReceiveKind::removeDescription()
{
    return tr("Remove a receive connector.");
}

QString ReceiveKind::created(const QString& identity)
{
    return tr("Created receive connector %1").arg(terminalSafe(identity));
}

QString ReceiveKind::updated(const QString& identity)
{
    return tr("Updated receive connector %1").arg(terminalSafe(identity));
}

QString ReceiveKind::removed(const QString& identity)
{
    return tr("Removed receive connector %1").arg(terminalSafe(identity));
}

QList<CliOption> ReceiveKind::newOptions()
{
    return QList<CliOption>{
               {{u"server"_s}, tr("The server (optional when the workspace has one)."), tr("NAME")},
               {{u"name"_s}, tr("Connector name (1-64 characters, no backslash)."), tr("NAME")},
               {{u"usage"_s}, tr("partner, internet, internal, client or custom."), tr("USAGE")}} +
           fieldOptions(false);
}

QList<CliOption> ReceiveKind::listOptions()
{
    return {{{u"server"_s}, tr("Only this server."), tr("NAME")}};
}

QList<CliOption> ReceiveKind::identityOptions()
{
    return {{{u"server"_s}, tr("The server."), tr("NAME")},
            {{u"name"_s}, tr("The connector name."), tr("NAME")}};
}

CliArgument ReceiveKind::identityArgument()
{
    return {u"IDENTITY"_s, tr("SERVER\\Name (or use --server and --name)."), {}};
}

QList<CliOption> ReceiveKind::fieldOptions(bool forSet)
{
    QList<CliOption> options{
        {{u"binding"_s},
         tr("Local IP:PORT to listen on, e.g. 0.0.0.0:25 or [::]:25 (repeatable)."),
         tr("IP:PORT")},
        {{u"remote"_s}, tr("Remote IP range: address, a-b or CIDR (repeatable)."), tr("RANGE")},
        {{u"fqdn"_s}, tr("FQDN given in HELO/EHLO and used to pick the certificate."), tr("FQDN")},
        {{u"banner"_s}, tr("SMTP banner, e.g. \"220 mail.contoso.example\"."), tr("TEXT")},
        {{u"auth"_s},
         tr("Authentication mechanisms: None, Tls, Integrated, BasicAuth, BasicAuthRequireTLS, "
            "ExchangeServer, ExternalAuthoritative."),
         tr("M,...")},
        {{u"permissions"_s},
         tr("Permission groups: None, AnonymousUsers, ExchangeUsers, ExchangeServers, "
            "ExchangeLegacyServers, Partners."),
         tr("P,...")},
        {{u"max-message-size"_s}, tr("Maximum message size, e.g. 10MB."), tr("SIZE")},
        {{u"max-recipients"_s}, tr("Maximum recipients per message (1-512000)."), tr("N")},
        {{u"connection-timeout"_s}, tr("Connection timeout [d.]hh:mm:ss."), tr("TIME")},
        {{u"partner-domain"_s},
         tr("A partner domain whose gateways this connector accepts (repeatable)."),
         tr("DOMAIN")}};
    if (forSet) {
        options << CliOption{{u"add-remote"_s}, tr("Add a remote IP range (repeatable)."), tr("RANGE")}
                << CliOption{{u"remove-remote"_s}, tr("Remove a remote IP range (repeatable)."), tr("RANGE")}
                << CliOption{{u"add-partner-domain"_s},
                             tr("Add a partner domain (repeatable)."),
                             tr("DOMAIN")}
                << CliOption{{u"remove-partner-domain"_s},
                             tr("Remove a partner domain (repeatable)."),
                             tr("DOMAIN")};
    }
    return options + ConnectorOptions::sharedOptions(forSet);
}

Result<ReceiveUsage> ReceiveKind::checkNew(const QCommandLineParser& parser)
{
    using R = Result<ReceiveUsage>;
    if (!parser.positionalArguments().isEmpty())
        return R::failure(
            ErrorCode::Usage,
            tr("receive new: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"usage"_s))
        return R::failure(ErrorCode::Usage, tr("receive new: --name and --usage are required"));
    const auto usage = ConnectorNames::parseReceiveUsage(parser.value(u"usage"_s));
    if (!usage) {
        return R::failure(
            ErrorCode::Usage,
            tr("receive new: --usage must be partner, internet, internal, client or custom, not \"%1\"")
                .arg(FreeText::printable(parser.value(u"usage"_s))));
    }
    if ((*usage == ReceiveUsage::Partner || *usage == ReceiveUsage::Custom) && !parser.isSet(u"binding"_s))
        return R::failure(ErrorCode::Usage, tr("receive new: --binding is required for the %1 usage")
                                                .arg(ConnectorNames::receiveUsage(*usage)));
    if (*usage == ReceiveUsage::Partner && !parser.isSet(u"remote"_s))
        return R::failure(
            ErrorCode::Usage,
            tr("receive new: --remote (the partner's gateway addresses) is required for the Partner usage"));
    return *usage;
}

Result<ReceiveKind::Where> ReceiveKind::newTarget(CliSession& session, const QCommandLineParser& parser,
                                                  const QString& name)
{
    auto server = findServer(session, parser);
    if (!server.ok())
        return server.error();
    return Where{server.value()->name, name};
}

Result<Change> ReceiveKind::create(const Workspace& workspace, const Where& where, ReceiveUsage usage,
                                   const Edit& fields)
{
    return ConnectorOperations::createReceive(workspace, {where.server, where.name, usage, fields});
}

Result<Change> ReceiveKind::change(const Workspace& workspace, const Where& where, const Edit& edit)
{
    return ConnectorOperations::changeReceive(workspace, where.server, where.name, edit);
}

Result<Change> ReceiveKind::remove(const Workspace& workspace, const Where& where)
{
    return ConnectorOperations::removeReceive(workspace, where.server, {where.name});
}

QString ReceiveKind::identity(const Workspace& workspace, const Where& where)
{
    const Server& server = *workspace.server(where.server);
    return server.receiveConnector(where.name)->identity(server.name);
}

QJsonObject ReceiveKind::toJson(const Workspace& workspace, const Where& where)
{
    const Server& server = *workspace.server(where.server);
    return toJson(server, *server.receiveConnector(where.name));
}

Status ReceiveKind::list(CliSession& session, const QCommandLineParser& parser)
{
    QList<const Server*> servers;
    if (parser.isSet(u"server"_s)) {
        auto server = findServer(session, parser);
        if (!server.ok())
            return server.error();
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
    return {};
}

Status ReceiveKind::applyFields(const QCommandLineParser& parser, ReceiveConnector& c, bool forSet)
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

Result<Server*> ReceiveKind::findServer(CliSession& session, const QCommandLineParser& parser)
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

Result<ReceiveKind::Where> ReceiveKind::find(CliSession& session, const QCommandLineParser& parser)
{
    using R = Result<Where>;
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
    for (const ReceiveConnector& connector : std::as_const(server->receiveConnectors)) {
        if (connector.name.compare(connectorName, Qt::CaseInsensitive) == 0)
            return Where{server->name, connector.name};
    }
    return R::failure(ErrorCode::BadInput,
                      tr("%1: no receive connector \"%2\" on %3")
                          .arg(session.workspacePath(), FreeText::printable(connectorName), server->name));
}

QJsonObject ReceiveKind::toJson(const Server& server, const ReceiveConnector& connector)
{
    QJsonObject json = connector.toJson();
    json[u"identity"_s] = connector.identity(server.name);
    json[u"server"_s] = server.name;
    return json;
}

void ReceiveKind::printText(CliSession& session, const Workspace& workspace, const Where& where)
{
    const Server& server = *workspace.server(where.server);
    const ReceiveConnector& c = *server.receiveConnector(where.name);
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

} // namespace ds::cli
