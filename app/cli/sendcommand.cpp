#include "sendcommand.h"

#include "clisession.h"
#include "model/connectorpresets.h"
#include "model/freetext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QStringList splitValues(const QStringList& values)
{
    QStringList out;
    for (const QString& value : values) {
        const QStringList parts = value.split(QLatin1Char(','));
        for (const QString& part : parts) {
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        }
    }
    return out;
}

Result<bool> parseBool(const QString& option, const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true"_s || t == u"yes"_s || t == u"on"_s || t == u"1"_s || t == u"$true"_s)
        return true;
    if (t == u"false"_s || t == u"no"_s || t == u"off"_s || t == u"0"_s || t == u"$false"_s)
        return false;
    return Result<bool>::failure(
        ErrorCode::Usage,
        SendCommand::tr("--%1: expected true or false, not \"%2\"").arg(option, FreeText::printable(text)));
}

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
    parser.addOption(
        {u"inactivity-timeout"_s, tr("Connection inactivity timeout [d.]hh:mm:ss."), tr("TIME")});
    parser.addOption({u"protocol-logging"_s, tr("Protocol logging level: None or Verbose."), tr("LEVEL")});
    parser.addOption({u"comment"_s, tr("Comment."), tr("TEXT")});
    if (forSet) {
        parser.addOption({u"new-name"_s, tr("Rename the connector."), tr("NAME")});
        parser.addOption({u"add-address-space"_s, tr("Add an address space (repeatable)."), tr("D[;COST]")});
        parser.addOption(
            {u"remove-address-space"_s, tr("Remove the address space of a domain (repeatable)."), tr("D")});
        parser.addOption({u"dns-routing"_s,
                          tr("DNS (MX) routing: true or false; true clears the smart hosts."), tr("BOOL")});
        parser.addOption(
            {u"domain-secure"_s, tr("Domain security (mutual TLS): true or false."), tr("BOOL")});
        parser.addOption({u"require-tls"_s, tr("Require TLS: true or false."), tr("BOOL")});
        parser.addOption({u"ignore-starttls"_s, tr("Ignore STARTTLS: true or false."), tr("BOOL")});
        parser.addOption({u"enabled"_s, tr("Enabled: true or false."), tr("BOOL")});
    } else {
        parser.addOption({u"domain-secure"_s, tr("Turn domain security (mutual TLS) on.")});
        parser.addOption({u"require-tls"_s, tr("Require TLS.")});
        parser.addOption({u"ignore-starttls"_s, tr("Ignore the STARTTLS offer of the remote server.")});
        parser.addOption({u"disabled"_s, tr("Create the connector disabled.")});
    }
}

Status SendCommand::applyFieldOptions(const QCommandLineParser& parser, SendConnector& c, bool forSet)
{
    auto failValue = [](const QString& option, const QString& message) {
        return Status::failure(ErrorCode::BadInput, u"--%1: %2"_s.arg(option, message));
    };
    auto parseSpaces = [](const QStringList& values) -> Result<QList<AddressSpace>> {
        QList<AddressSpace> spaces;
        for (const QString& text : splitValues(values)) {
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
        for (const QString& text : splitValues(parser.values(u"smart-host"_s))) {
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
    if (parser.isSet(u"fqdn"_s)) {
        const QString text = parser.value(u"fqdn"_s);
        if (text.trimmed().isEmpty() && forSet) {
            c.fqdn = Fqdn();
        } else {
            auto fqdn = Fqdn::parse(text);
            if (!fqdn.ok())
                return failValue(u"fqdn"_s, fqdn.errorMessage());
            c.fqdn = fqdn.value();
        }
    }
    if (parser.isSet(u"source-server"_s)) {
        QStringList servers;
        for (const QString& name : splitValues(parser.values(u"source-server"_s))) {
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
    if (parser.isSet(u"max-message-size"_s)) {
        auto size = ByteSize::parse(parser.value(u"max-message-size"_s));
        if (!size.ok())
            return failValue(u"max-message-size"_s, size.errorMessage());
        c.maxMessageSize = size.value();
    }
    if (parser.isSet(u"inactivity-timeout"_s)) {
        auto span = TimeSpan::parse(parser.value(u"inactivity-timeout"_s));
        if (!span.ok())
            return failValue(u"inactivity-timeout"_s, span.errorMessage());
        c.connectionInactivityTimeout = span.value();
    }
    if (parser.isSet(u"protocol-logging"_s)) {
        const auto level = ConnectorNames::parseProtocolLoggingLevel(parser.value(u"protocol-logging"_s));
        if (!level) {
            return Status::failure(ErrorCode::Usage,
                                   tr("--protocol-logging: expected None or Verbose, not \"%1\"")
                                       .arg(FreeText::printable(parser.value(u"protocol-logging"_s))));
        }
        c.protocolLoggingLevel = *level;
    }
    if (parser.isSet(u"comment"_s)) {
        const QString comment = parser.value(u"comment"_s).trimmed();
        if (auto s = FreeText::check(tr("comment"), comment); !s.ok())
            return failValue(u"comment"_s, s.errorMessage());
        c.comment = comment;
    }
    if (!forSet) {
        if (parser.isSet(u"domain-secure"_s))
            c.domainSecureEnabled = true;
        if (parser.isSet(u"require-tls"_s))
            c.requireTLS = true;
        if (parser.isSet(u"ignore-starttls"_s))
            c.ignoreStartTls = true;
        if (parser.isSet(u"disabled"_s))
            c.enabled = false;
        return {};
    }
    if (parser.isSet(u"new-name"_s)) {
        const QString name = parser.value(u"new-name"_s).trimmed();
        if (auto s = FreeText::checkName(tr("name"), name); !s.ok())
            return failValue(u"new-name"_s, s.errorMessage());
        c.name = name;
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
        auto value = parseBool(u"dns-routing"_s, parser.value(u"dns-routing"_s));
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
    for (const auto& [option, member] : {std::pair{u"domain-secure"_s, &SendConnector::domainSecureEnabled},
                                         std::pair{u"require-tls"_s, &SendConnector::requireTLS},
                                         std::pair{u"ignore-starttls"_s, &SendConnector::ignoreStartTls},
                                         std::pair{u"enabled"_s, &SendConnector::enabled}}) {
        if (!parser.isSet(option))
            continue;
        auto value = parseBool(option, parser.value(option));
        if (!value.ok())
            return value.error();
        c.*member = value.value();
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
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    if (session.workspace().sendConnector(name))
        return session.fail(ErrorCode::Validation, tr("send connector \"%1\" exists already").arg(name));
    SendConnector connector = ConnectorPresets::sendConnector(name, *usage);
    if (auto s = applyFieldOptions(parser, connector, false); !s.ok())
        return session.fail(s.error());
    session.workspace().sendConnectors.append(connector);
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    if (session.json())
        session.printJson(connector.toJson());
    else
        session.out() << tr("Created send connector %1").arg(connector.name) << Qt::endl;
    return 0;
}

int SendCommand::list(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the send connectors."));
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli send list"_s} + arguments))
        return *code;
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    QJsonArray array;
    for (const SendConnector& c : session.workspace().sendConnectors) {
        if (session.json()) {
            array.append(c.toJson());
            continue;
        }
        QStringList spaces;
        for (const AddressSpace& space : c.addressSpaces)
            spaces << space.toString();
        session.out() << c.name << u"\t"_s << ConnectorNames::sendUsage(c.usage) << u"\t"_s
                      << spaces.join(u","_s) << u"\t"_s
                      << (c.dnsRoutingEnabled ? tr("dns") : c.smartHosts.join(u","_s)) << u"\t"_s
                      << (c.domainSecureEnabled ? tr("domain-secure") : tr("-")) << u"\t"_s
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
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
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
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    auto index = findConnector(session, parser);
    if (!index.ok())
        return session.fail(index.error());
    QList<SendConnector>& connectors = session.workspace().sendConnectors;
    SendConnector connector = connectors.at(index.value());
    if (auto s = applyFieldOptions(parser, connector, true); !s.ok())
        return session.fail(s.error());
    if (connector.name.compare(connectors.at(index.value()).name, Qt::CaseInsensitive) != 0 &&
        session.workspace().sendConnector(connector.name)) {
        return session.fail(ErrorCode::Validation,
                            tr("send connector \"%1\" exists already").arg(connector.name));
    }
    connectors[index.value()] = connector;
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    if (session.json())
        session.printJson(connector.toJson());
    else
        session.out() << tr("Updated send connector %1").arg(connector.name) << Qt::endl;
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
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    auto index = findConnector(session, parser);
    if (!index.ok())
        return session.fail(index.error());
    const QString name = session.workspace().sendConnectors.at(index.value()).name;
    session.workspace().sendConnectors.removeAt(index.value());
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    if (session.json())
        session.printJson(QJsonObject{{u"removed"_s, name}});
    else
        session.out() << tr("Removed send connector %1").arg(name) << Qt::endl;
    return 0;
}

void SendCommand::printText(CliSession& session, const SendConnector& c)
{
    QTextStream& out = session.out();
    auto line = [&](const QString& label, const QString& value) {
        out << QString(label + u":"_s).leftJustified(30) << value << Qt::endl;
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
