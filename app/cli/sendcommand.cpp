#include "sendcommand.h"

#include "clisession.h"
#include "connectoroptions.h"
#include "model/freetext.h"
#include "operations/connectoroperations.h"
#include "util/terminaltext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

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
                    ErrorCode::BadInput, SendCommand::tr("smart host \"%1\": expected :PORT after ]")
                                             .arg(FreeText::printable(raw)));
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
                SendCommand::tr("smart host \"%1\": the port must be a number from 1 to 65535")
                    .arg(FreeText::printable(raw)));
        }
        argument.port = n;
    }
    return argument;
}
} // namespace

QString SendCommand::summary() const
{
    return tr("Send connectors of the organization (new, list, show, set, remove)");
}

int SendCommand::run(CliSession& session, const QStringList& arguments)
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
    return session.usageError(tr("send: expected new, list, show, set or remove"));
}

void SendCommand::addFieldOptions(QCommandLineParser& parser, bool forSet)
{
    parser.addOption({u"address-space"_s,
                      tr("Address space [SMTP:]domain[;cost], e.g. fabrikam.example (repeatable)."),
                      tr("D[;COST]")});
    parser.addOption({u"smart-host"_s,
                      tr("Route through this smart host, HOST[:PORT] (repeatable); turns DNS routing off."),
                      tr("H[:P]")});
    parser.addOption({u"port"_s, tr("Port of the remote or smart host (default 25)."), tr("PORT")});
    parser.addOption({u"fqdn"_s, tr("FQDN given in HELO/EHLO."), tr("FQDN")});
    parser.addOption({u"source-server"_s, tr("A source server of the connector (repeatable)."), tr("S")});
    parser.addOption({u"smart-host-auth"_s,
                      tr("Smart host authentication: None, BasicAuth, BasicAuthRequireTLS, ExchangeServer, "
                         "ExternalAuthoritative."),
                      tr("M")});
    parser.addOption(
        {u"max-message-size"_s, tr("Maximum message size, e.g. 10MB or unlimited."), tr("SIZE")});
    if (forSet) {
        parser.addOption({u"add-address-space"_s, tr("Add an address space (repeatable)."), tr("D[;COST]")});
        parser.addOption(
            {u"remove-address-space"_s, tr("Remove the address space of a domain (repeatable)."), tr("D")});
        parser.addOption({u"dns-routing"_s,
                          tr("DNS (MX) routing: true or false; true clears the smart hosts."), tr("BOOL")});
        parser.addOption({u"ignore-starttls"_s, tr("Ignore STARTTLS: true or false."), tr("BOOL")});
    } else {
        parser.addOption({u"ignore-starttls"_s, tr("Ignore the STARTTLS offer of the remote server.")});
    }
    ConnectorOptions::addSharedOptions(parser, forSet);
}

Status SendCommand::applyFieldOptions(const QCommandLineParser& parser, SendConnector& c, bool forSet)
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

Result<qsizetype> SendCommand::findConnector(CliSession& session, const QCommandLineParser& parser)
{
    QString name = parser.value(u"name"_s).trimmed();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return Result<qsizetype>::failure(ErrorCode::Usage, tr("give one connector name"));
    if (!positional.isEmpty())
        name = positional.first().trimmed();
    if (name.isEmpty())
        return Result<qsizetype>::failure(ErrorCode::Usage,
                                          tr("name the send connector: NAME or --name NAME"));
    const QList<SendConnector>& connectors = session.workspace().sendConnectors;
    for (qsizetype i = 0; i < connectors.size(); ++i) {
        if (connectors.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return Result<qsizetype>::failure(
        ErrorCode::BadInput,
        tr("%1: no send connector \"%2\"").arg(session.workspacePath(), FreeText::printable(name)));
}

int SendCommand::create(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a send connector with the settings Exchange applies for its usage."));
    parser.addOption({u"name"_s, tr("Connector name (1-64 characters)."), tr("NAME")});
    parser.addOption({u"usage"_s, tr("partner, internet, internal or custom."), tr("USAGE")});
    addFieldOptions(parser, false);
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli send new"_s} + arguments))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return session.usageError(
            tr("send new: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"usage"_s) || !parser.isSet(u"address-space"_s))
        return session.usageError(tr("send new: --name, --usage and --address-space are required"));
    const auto usage = ConnectorNames::parseSendUsage(parser.value(u"usage"_s));
    if (!usage) {
        return session.usageError(
            tr("send new: --usage must be partner, internet, internal or custom, not \"%1\"")
                .arg(FreeText::printable(parser.value(u"usage"_s))));
    }
    const QString name = parser.value(u"name"_s).trimmed();
    if (auto s = FreeText::checkName(tr("name"), name); !s.ok())
        return session.fail(ErrorCode::BadInput, u"--name: "_s + s.errorMessage());
    if (auto code = session.open())
        return *code;
    const auto fields = [&](SendConnector& c) { return applyFieldOptions(parser, c, false); };
    if (auto code =
            session.apply(ConnectorOperations::createSend(session.workspace(), {name, *usage, fields})))
        return *code;
    const SendConnector& connector = *session.workspace().sendConnector(name);
    if (session.json())
        session.printJson(connector.toJson());
    else
        session.out() << tr("Created send connector %1").arg(terminalSafe(connector.name)) << Qt::endl;
    return 0;
}

int SendCommand::list(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the send connectors."));
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli send list"_s} + arguments))
        return *code;
    if (auto code = session.open())
        return *code;
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
    return 0;
}

int SendCommand::show(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show one send connector."));
    parser.addPositionalArgument(u"NAME"_s, tr("The connector name."));
    parser.addOption({u"name"_s, tr("The connector name."), tr("NAME")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli send show"_s} + arguments))
        return *code;
    if (auto code = session.open())
        return *code;
    auto index = findConnector(session, parser);
    if (!index.ok())
        return session.fail(index.error());
    const SendConnector& c = session.workspace().sendConnectors.at(index.value());
    if (session.json())
        session.printJson(c.toJson());
    else
        printText(session, c);
    return 0;
}

int SendCommand::set(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Change the named fields of a send connector; the others stay as they are."));
    parser.addPositionalArgument(u"NAME"_s, tr("The connector name."));
    parser.addOption({u"name"_s, tr("The connector name."), tr("NAME")});
    addFieldOptions(parser, true);
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli send set"_s} + arguments))
        return *code;
    if (auto code = session.open())
        return *code;
    auto index = findConnector(session, parser);
    if (!index.ok())
        return session.fail(index.error());
    const QString name = session.workspace().sendConnectors.at(index.value()).name;
    QString newName = name;
    const auto edit = [&](SendConnector& c) {
        const Status applied = applyFieldOptions(parser, c, true);
        newName = c.name;
        return applied;
    };
    if (auto code = session.apply(ConnectorOperations::changeSend(session.workspace(), name, edit)))
        return *code;
    const SendConnector& connector = *session.workspace().sendConnector(newName);
    if (session.json())
        session.printJson(connector.toJson());
    else
        session.out() << tr("Updated send connector %1").arg(terminalSafe(connector.name)) << Qt::endl;
    return 0;
}

int SendCommand::remove(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove a send connector."));
    parser.addPositionalArgument(u"NAME"_s, tr("The connector name."));
    parser.addOption({u"name"_s, tr("The connector name."), tr("NAME")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli send remove"_s} + arguments))
        return *code;
    if (auto code = session.open())
        return *code;
    auto index = findConnector(session, parser);
    if (!index.ok())
        return session.fail(index.error());
    const QString name = session.workspace().sendConnectors.at(index.value()).name;
    if (auto code = session.apply(ConnectorOperations::removeSend(session.workspace(), {name})))
        return *code;
    if (session.json())
        session.printJson(QJsonObject{{u"removed"_s, name}});
    else
        session.out() << tr("Removed send connector %1").arg(terminalSafe(name)) << Qt::endl;
    return 0;
}

void SendCommand::printText(CliSession& session, const SendConnector& c)
{
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
    line(u"SourceTransportServers"_s, c.sourceTransportServers.join(u", "_s));
    line(u"MaxMessageSize"_s, c.maxMessageSize.toString());
    line(u"ProtocolLoggingLevel"_s, ConnectorNames::protocolLoggingLevel(c.protocolLoggingLevel));
    line(u"ConnectionInactivityTimeOut"_s, c.connectionInactivityTimeout.toString());
    line(u"Enabled"_s, c.enabled ? u"True"_s : u"False"_s);
    line(u"Comment"_s, c.comment);
}
