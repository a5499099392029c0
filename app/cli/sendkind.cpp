#include "sendkind.h"

#include "clisession.h"
#include "connectoroptions.h"
#include "model/freetext.h"
#include "util/terminaltext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

namespace {
struct SmartHostArgument
{
    QString host;
    int port = -1; // -1: not given
};

// "relay.example", "relay.example:2525", "192.0.2.1:2525", "[2001:db8::1]:2525", "2001:db8::1".
Result<SmartHostArgument> parseSmartHostArgument(const QString& raw)
{
    const QString text = raw.trimmed();
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close > 0) {
            host = text.left(close + 1);
            if (text.mid(close + 1, 1) == u":"_s)
                port = text.mid(close + 2);
            else if (close + 1 != text.size())
                return Result<SmartHostArgument>::failure(
                    ErrorCode::BadInput,
                    SendKind::tr("smart host \"%1\": expected :PORT after ]").arg(FreeText::printable(raw)));
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
    }
    auto parsed = SendConnector::parseSmartHost(host);
    if (!parsed.ok())
        return parsed.error();
    SmartHostArgument argument{parsed.value(), -1};
    if (!port.isNull()) {
        bool ok = false;
        const int n = port.toInt(&ok);
        if (!ok || n < 1 || n > 65535) {
            return Result<SmartHostArgument>::failure(
                ErrorCode::BadInput,
                SendKind::tr("smart host \"%1\": the port must be a number from 1 to 65535")
                    .arg(FreeText::printable(raw)));
        }
        argument.port = n;
    }
    return argument;
}
} // namespace

QString SendKind::newDescription()
{
    return tr("Create a send connector with the settings Exchange applies for its usage.");
}

QString SendKind::listDescription()
{
    return tr("List the send connectors.");
}

QString SendKind::showDescription()
{
    return tr("Show one send connector.");
}

QString SendKind::setDescription()
{
    return tr("Change the named fields of a send connector; the others stay as they are.");
}

QString SendKind::removeDescription()
{
    return tr("Remove a send connector.");
}

QString SendKind::created(const QString& identity)
{
    return tr("Created send connector %1").arg(terminalSafe(identity));
}

QString SendKind::updated(const QString& identity)
{
    return tr("Updated send connector %1").arg(terminalSafe(identity));
}

QString SendKind::removed(const QString& identity)
{
    return tr("Removed send connector %1").arg(terminalSafe(identity));
}

QList<CliOption> SendKind::newOptions()
{
    return QList<CliOption>{{{u"name"_s}, tr("Connector name (1-64 characters)."), tr("NAME")},
                            {{u"usage"_s}, tr("partner, internet, internal or custom."), tr("USAGE")}} +
           fieldOptions(false);
}

QList<CliOption> SendKind::listOptions()
{
    return {};
}

QList<CliOption> SendKind::identityOptions()
{
    return {{{u"name"_s}, tr("The connector name."), tr("NAME")}};
}

CliArgument SendKind::identityArgument()
{
    return {u"NAME"_s, tr("The connector name."), {}};
}

QList<CliOption> SendKind::fieldOptions(bool forSet)
{
    QList<CliOption> options;
    options << CliOption{{u"address-space"_s},
                         tr("Address space [SMTP:]domain[;cost], e.g. fabrikam.example (repeatable)."),
                         tr("D[;COST]")};
    options << CliOption{
        {u"smart-host"_s},
        tr("Route through this smart host, HOST[:PORT] (repeatable); turns DNS routing off."),
        tr("H[:P]")};
    options << CliOption{{u"port"_s}, tr("Port of the remote or smart host (default 25)."), tr("PORT")};
    options << CliOption{{u"fqdn"_s}, tr("FQDN given in HELO/EHLO."), tr("FQDN")};
    options << CliOption{{u"source-server"_s}, tr("A source server of the connector (repeatable)."), tr("S")};
    options << CliOption{
        {u"smart-host-auth"_s},
        tr("Smart host authentication: None, BasicAuth, BasicAuthRequireTLS, ExchangeServer, "
           "ExternalAuthoritative."),
        tr("M")};
    options << CliOption{
        {u"max-message-size"_s}, tr("Maximum message size, e.g. 10MB or unlimited."), tr("SIZE")};
    options << CliOption{
        {u"tls-auth-level"_s},
        tr("Check of the remote certificate (Exchange 2010 and later; needs --require-tls true): "
           "EncryptionOnly, CertificateValidation, DomainValidation, or None."),
        tr("LEVEL")};
    options << CliOption{{u"tls-domain"_s},
                         tr("The domain the remote certificate must carry with DomainValidation (D or *.D; "
                            "required with smart hosts); empty clears it."),
                         tr("D")};
    if (forSet) {
        options << CliOption{
            {u"add-address-space"_s}, tr("Add an address space (repeatable)."), tr("D[;COST]")};
        options << CliOption{
            {u"remove-address-space"_s}, tr("Remove the address space of a domain (repeatable)."), tr("D")};
        options << CliOption{{u"dns-routing"_s},
                             tr("DNS (MX) routing: true or false; true clears the smart hosts."),
                             tr("BOOL")};
        options << CliOption{{u"ignore-starttls"_s}, tr("Ignore STARTTLS: true or false."), tr("BOOL")};
    } else {
        options << CliOption{{u"ignore-starttls"_s}, tr("Ignore the STARTTLS offer of the remote server.")};
    }
    return options + ConnectorOptions::sharedOptions(forSet);
}

Result<SendUsage> SendKind::checkNew(const QCommandLineParser& parser)
{
    using R = Result<SendUsage>;
    if (!parser.positionalArguments().isEmpty())
        return R::failure(
            ErrorCode::Usage,
            tr("send new: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"usage"_s) || !parser.isSet(u"address-space"_s))
        return R::failure(ErrorCode::Usage, tr("send new: --name, --usage and --address-space are required"));
    const auto usage = ConnectorNames::parseSendUsage(parser.value(u"usage"_s));
    if (!usage) {
        return R::failure(ErrorCode::Usage,
                          tr("send new: --usage must be partner, internet, internal or custom, not \"%1\"")
                              .arg(FreeText::printable(parser.value(u"usage"_s))));
    }
    return *usage;
}

Result<SendKind::Where> SendKind::newTarget(CliSession&, const QCommandLineParser&, const QString& name)
{
    return Where{{}, name};
}

Result<Change> SendKind::create(const Workspace& workspace, const Where& where, SendUsage usage,
                                const Edit& fields)
{
    return ConnectorOperations::createSend(workspace, {where.name, usage, fields});
}

Result<Change> SendKind::change(const Workspace& workspace, const Where& where, const Edit& edit)
{
    return ConnectorOperations::changeSend(workspace, where.name, edit);
}

Result<Change> SendKind::remove(const Workspace& workspace, const Where& where)
{
    return ConnectorOperations::removeSend(workspace, {where.name});
}

QString SendKind::identity(const Workspace& workspace, const Where& where)
{
    return workspace.sendConnector(where.name)->name;
}

QJsonObject SendKind::toJson(const Workspace& workspace, const Where& where)
{
    return workspace.sendConnector(where.name)->toJson();
}

Status SendKind::list(CliSession& session, const QCommandLineParser&)
{
    QJsonArray array;
    for (const SendConnector& c : session.workspace().sendConnectors) {
        if (session.json()) {
            array.append(c.toJson());
            continue;
        }
        QStringList spaces;
        for (const AddressSpace& space : c.addressSpaces)
            spaces << space.toString();
        session.out() << terminalSafe(c.name) << u"\t"_s << ConnectorNames::sendUsage(c.usage) << u"\t"_s
                      << terminalSafe(spaces.join(u","_s)) << u"\t"_s
                      << (c.dnsRoutingEnabled ? tr("dns") : terminalSafe(c.smartHosts.join(u","_s)))
                      << u"\t"_s << (c.domainSecureEnabled ? tr("domain-secure") : tr("-")) << u"\t"_s
                      << (c.enabled ? tr("enabled") : tr("disabled")) << Qt::endl;
    }
    if (session.json())
        session.printJson(array);
    return {};
}

Status SendKind::applyFields(const QCommandLineParser& parser, SendConnector& c, bool forSet)
{
    const auto failValue = &ConnectorOptions::valueError;
    auto parseSpaces = [](const QStringList& values) -> Result<QList<AddressSpace>> {
        QList<AddressSpace> spaces;
        for (const QString& text : ConnectorOptions::splitValues(values)) {
            auto space = AddressSpace::parse(text);
            if (!space.ok())
                return space.error();
            bool replaced = false;
            for (AddressSpace& existing : spaces) {
                if (existing.domain() == space->domain()) {
                    existing = space.value();
                    replaced = true;
                }
            }
            if (!replaced)
                spaces.append(space.value());
        }
        return spaces;
    };
    if (parser.isSet(u"address-space"_s)) {
        auto spaces = parseSpaces(parser.values(u"address-space"_s));
        if (!spaces.ok())
            return failValue(u"address-space"_s, spaces.errorMessage());
        c.addressSpaces = spaces.value();
    }
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        const int port = parser.value(u"port"_s).trimmed().toInt(&ok);
        if (!ok || port < 0 || port > 65535) {
            return failValue(u"port"_s, tr("\"%1\" is not a number from 0 to 65535")
                                            .arg(FreeText::printable(parser.value(u"port"_s))));
        }
        c.port = port;
    }
    if (parser.isSet(u"smart-host"_s)) {
        QStringList hosts;
        int port = -1;
        for (const QString& text : ConnectorOptions::splitValues(parser.values(u"smart-host"_s))) {
            auto argument = parseSmartHostArgument(text);
            if (!argument.ok())
                return failValue(u"smart-host"_s, argument.errorMessage());
            if (argument->port >= 0) {
                if (port >= 0 && port != argument->port)
                    return failValue(
                        u"smart-host"_s,
                        tr("all smart hosts share one port; %1 and %2 differ").arg(port).arg(argument->port));
                port = argument->port;
            }
            if (!hosts.contains(argument->host))
                hosts << argument->host;
        }
        if (port >= 0 && parser.isSet(u"port"_s) && port != c.port)
            return failValue(u"smart-host"_s, tr("the port %1 differs from --port %2").arg(port).arg(c.port));
        if (port >= 0)
            c.port = port;
        c.smartHosts = hosts;
        // Exchange: DNSRoutingEnabled must be $false when SmartHosts are given.
        c.dnsRoutingEnabled = hosts.isEmpty();
    }
    if (parser.isSet(u"source-server"_s)) {
        QStringList servers;
        for (const QString& name : ConnectorOptions::splitValues(parser.values(u"source-server"_s))) {
            if (auto s = FreeText::checkName(tr("source server"), name); !s.ok())
                return failValue(u"source-server"_s, s.errorMessage());
            servers << name;
        }
        c.sourceTransportServers = servers;
    }
    if (parser.isSet(u"smart-host-auth"_s)) {
        const auto auth = ConnectorNames::parseSmartHostAuthMechanism(parser.value(u"smart-host-auth"_s));
        if (!auth) {
            return Status::failure(ErrorCode::Usage,
                                   tr("--smart-host-auth: unknown mechanism \"%1\"")
                                       .arg(FreeText::printable(parser.value(u"smart-host-auth"_s))));
        }
        c.smartHostAuthMechanism = *auth;
    }
    if (parser.isSet(u"tls-auth-level"_s)) {
        const auto level = ConnectorNames::parseTlsAuthLevel(parser.value(u"tls-auth-level"_s));
        if (!level) {
            return Status::failure(ErrorCode::Usage,
                                   tr("--tls-auth-level: unknown level \"%1\"")
                                       .arg(FreeText::printable(parser.value(u"tls-auth-level"_s))));
        }
        c.tlsAuthLevel = *level;
    }
    if (parser.isSet(u"tls-domain"_s)) {
        auto domain = SendConnector::parseTlsDomain(parser.value(u"tls-domain"_s));
        if (!domain.ok())
            return failValue(u"tls-domain"_s, domain.errorMessage());
        c.tlsDomain = domain.value();
    }
    if (Status shared = ConnectorOptions::applySharedOptions(parser, c, forSet); !shared.ok())
        return shared;
    if (!forSet) {
        if (parser.isSet(u"ignore-starttls"_s))
            c.ignoreStartTls = true;
        return {};
    }
    if (parser.isSet(u"add-address-space"_s)) {
        auto spaces = parseSpaces(parser.values(u"add-address-space"_s));
        if (!spaces.ok())
            return failValue(u"add-address-space"_s, spaces.errorMessage());
        for (const AddressSpace& space : spaces.value()) {
            bool replaced = false;
            for (AddressSpace& existing : c.addressSpaces) {
                if (existing.domain() == space.domain()) {
                    existing = space;
                    replaced = true;
                }
            }
            if (!replaced)
                c.addressSpaces.append(space);
        }
    }
    if (parser.isSet(u"remove-address-space"_s)) {
        auto spaces = parseSpaces(parser.values(u"remove-address-space"_s));
        if (!spaces.ok())
            return failValue(u"remove-address-space"_s, spaces.errorMessage());
        for (const AddressSpace& space : spaces.value()) {
            const qsizetype removed = c.addressSpaces.removeIf(
                [&](const AddressSpace& existing) { return existing.domain() == space.domain(); });
            if (removed == 0) {
                return failValue(u"remove-address-space"_s,
                                 tr("%1 is not an address space of the connector").arg(space.domain()));
            }
        }
    }
    if (parser.isSet(u"dns-routing"_s)) {
        auto value = ConnectorOptions::parseBool(u"dns-routing"_s, parser.value(u"dns-routing"_s));
        if (!value.ok())
            return value.error();
        if (value.value() && parser.isSet(u"smart-host"_s))
            return Status::failure(ErrorCode::Usage,
                                   tr("--dns-routing true and --smart-host exclude each other"));
        c.dnsRoutingEnabled = value.value();
        // As Set-SendConnector does: DNS routing clears the smart hosts and their authentication.
        if (c.dnsRoutingEnabled) {
            c.smartHosts.clear();
            c.smartHostAuthMechanism = SmartHostAuthMechanism::None;
        }
    }
    if (parser.isSet(u"ignore-starttls"_s)) {
        auto value = ConnectorOptions::parseBool(u"ignore-starttls"_s, parser.value(u"ignore-starttls"_s));
        if (!value.ok())
            return value.error();
        c.ignoreStartTls = value.value();
    }
    return {};
}

Result<SendKind::Where> SendKind::find(CliSession& session, const QCommandLineParser& parser)
{
    QString name = parser.value(u"name"_s).trimmed();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return Result<Where>::failure(ErrorCode::Usage, tr("give one connector name"));
    if (!positional.isEmpty())
        name = positional.first().trimmed();
    if (name.isEmpty())
        return Result<Where>::failure(ErrorCode::Usage, tr("name the send connector: NAME or --name NAME"));
    const QList<SendConnector>& connectors = session.workspace().sendConnectors;
    for (qsizetype i = 0; i < connectors.size(); ++i) {
        if (connectors.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return Where{{}, connectors.at(i).name};
    }
    return Result<Where>::failure(
        ErrorCode::BadInput,
        tr("%1: no send connector \"%2\"").arg(session.workspacePath(), FreeText::printable(name)));
}

void SendKind::printText(CliSession& session, const Workspace& workspace, const Where& where)
{
    const SendConnector& c = *workspace.sendConnector(where.name);
    auto line = [&](const QString& label, const QString& value) {
        ConnectorOptions::printProperty(session.out(), label, value);
    };
    QStringList spaces;
    for (const AddressSpace& space : c.addressSpaces)
        spaces << space.toString();
    // Labels are Exchange's property names, as Get-SendConnector | Format-List shows them.
    line(u"Identity"_s, c.name);
    line(u"Usage"_s, ConnectorNames::sendUsage(c.usage));
    line(u"AddressSpaces"_s, spaces.join(u", "_s));
    line(u"DNSRoutingEnabled"_s, c.dnsRoutingEnabled ? u"True"_s : u"False"_s);
    line(u"SmartHosts"_s, c.smartHosts.join(u", "_s));
    line(u"Port"_s, QString::number(c.port));
    line(u"SmartHostAuthMechanism"_s, ConnectorNames::smartHostAuthMechanism(c.smartHostAuthMechanism));
    line(u"Fqdn"_s, c.fqdn.toString());
    line(u"DomainSecureEnabled"_s, c.domainSecureEnabled ? u"True"_s : u"False"_s);
    line(u"RequireTLS"_s, c.requireTLS ? u"True"_s : u"False"_s);
    line(u"IgnoreSTARTTLS"_s, c.ignoreStartTls ? u"True"_s : u"False"_s);
    line(u"TlsAuthLevel"_s, ConnectorNames::tlsAuthLevel(c.tlsAuthLevel));
    line(u"TlsDomain"_s, c.tlsDomain);
    line(u"SourceTransportServers"_s, c.sourceTransportServers.join(u", "_s));
    line(u"MaxMessageSize"_s, c.maxMessageSize.toString());
    line(u"ProtocolLoggingLevel"_s, ConnectorNames::protocolLoggingLevel(c.protocolLoggingLevel));
    line(u"ConnectionInactivityTimeOut"_s, c.connectionInactivityTimeout.toString());
    line(u"Enabled"_s, c.enabled ? u"True"_s : u"False"_s);
    line(u"Comment"_s, c.comment);
}

} // namespace ds::cli
