#include "fixcommand.h"

#include "util/terminaltext.h"
#include "validate/finding.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

namespace {
// POSIX shell quoting, so that a connector name with spaces or quotes can be pasted as it is.
QString shellQuote(const QString& text)
{
    static const QString safe = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_:@/"_s;
    const bool plain =
        !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return safe.contains(c); });
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString command(const QStringList& words)
{
    return u"domainsecure-cli "_s + words.join(u' ');
}
} // namespace

QString FixCommand::receiveOption(const QString& field)
{
    static const QHash<QString, QString> options{
        {u"name"_s, u"new-name"_s},
        {u"fqdn"_s, u"fqdn"_s},
        {u"banner"_s, u"banner"_s},
        {u"comment"_s, u"comment"_s},
        {u"maxMessageSize"_s, u"max-message-size"_s},
        {u"maxRecipientsPerMessage"_s, u"max-recipients"_s},
        {u"connectionTimeout"_s, u"connection-timeout"_s},
        {u"connectionInactivityTimeout"_s, u"inactivity-timeout"_s},
        {u"protocolLoggingLevel"_s, u"protocol-logging"_s},
        {u"enabled"_s, u"enabled"_s},
        {u"bindings"_s, u"binding"_s},
        {u"remoteIPRanges"_s, u"remote"_s},
        {u"authMechanism"_s, u"auth"_s},
        {u"domainSecureEnabled"_s, u"domain-secure"_s},
        {u"requireTLS"_s, u"require-tls"_s},
        {u"partnerDomains"_s, u"partner-domain"_s},
        {u"permissionGroups"_s, u"permissions"_s},
    };
    return options.value(field);
}

QString FixCommand::sendOption(const QString& field)
{
    static const QHash<QString, QString> options{
        {u"name"_s, u"new-name"_s},
        {u"fqdn"_s, u"fqdn"_s},
        {u"comment"_s, u"comment"_s},
        {u"maxMessageSize"_s, u"max-message-size"_s},
        {u"protocolLoggingLevel"_s, u"protocol-logging"_s},
        {u"enabled"_s, u"enabled"_s},
        {u"addressSpaces"_s, u"address-space"_s},
        {u"dnsRoutingEnabled"_s, u"dns-routing"_s},
        {u"smartHosts"_s, u"smart-host"_s},
        {u"port"_s, u"port"_s},
        {u"smartHostAuthMechanism"_s, u"smart-host-auth"_s},
        {u"ignoreStartTls"_s, u"ignore-starttls"_s},
        {u"requireTLS"_s, u"require-tls"_s},
        {u"domainSecureEnabled"_s, u"domain-secure"_s},
        {u"sourceTransportServers"_s, u"source-server"_s},
        {u"tlsAuthLevel"_s, u"tls-auth-level"_s},
        {u"tlsDomain"_s, u"tls-domain"_s},
    };
    return options.value(field);
}

QString FixCommand::of(const Finding& finding)
{
    const FindingLocation& at = finding.location;
    const QString& argument = finding.fix.argument;
    switch (finding.fix.action) {
    case FindingFix::Action::None:
        return {};
    case FindingFix::Action::EnableSmtpCertificate:
        return command({u"cert"_s, u"enable"_s, u"THUMBPRINT"_s, u"--services"_s, u"SMTP"_s});
    case FindingFix::Action::ProtectKeys:
        return command({u"passphrase"_s, u"set"_s, u"--new-passphrase-file"_s, u"FILE"_s});
    case FindingFix::Action::AddToReceiveList:
        return command({u"domain-secure"_s, u"add"_s, u"--receive"_s, shellQuote(argument)});
    case FindingFix::Action::AddToSendList:
        return command({u"domain-secure"_s, u"add"_s, u"--send"_s, shellQuote(argument)});
    case FindingFix::Action::NewPartnerReceiveConnector:
        return command({u"receive"_s, u"new"_s, u"--name"_s, u"NAME"_s, u"--usage"_s, u"Partner"_s,
                        u"--remote"_s, u"RANGE"_s, u"--partner-domain"_s, shellQuote(argument)});
    case FindingFix::Action::NewPartnerSendConnector:
        return command({u"send"_s, u"new"_s, u"--name"_s, u"NAME"_s, u"--address-space"_s,
                        shellQuote(argument), u"--domain-secure"_s});
    case FindingFix::Action::TrustPartnerRoot:
        return command({u"trust"_s, u"add"_s, u"FILE"_s});
    case FindingFix::Action::AddHubServer:
        return command(
            {u"server"_s, u"add"_s, u"--name"_s, u"NAME"_s, u"--role"_s, u"hub"_s, u"--fqdn"_s, u"FQDN"_s});
    case FindingFix::Action::PinPartnerCertificate:
        return command({u"partner"_s, u"cert"_s, u"add"_s, u"--domain"_s,
                        argument.isEmpty() ? u"DOMAIN"_s : shellQuote(argument), u"FILE"_s});
    case FindingFix::Action::EditField:
        if (at.kind == FindingLocation::Kind::ReceiveConnector) {
            const QString option = receiveOption(at.field);
            if (option.isEmpty())
                return {};
            return command({u"receive"_s, u"set"_s, u"--server"_s, shellQuote(at.server), shellQuote(at.id),
                            u"--"_s + option, u"VALUE"_s});
        }
        if (at.kind == FindingLocation::Kind::SendConnector) {
            const QString option = sendOption(at.field);
            if (option.isEmpty())
                return {};
            return command({u"send"_s, u"set"_s, shellQuote(at.id), u"--"_s + option, u"VALUE"_s});
        }
        return {};
    }
    return {};
}

QString FixCommand::report(const Finding& finding)
{
    QString text = terminalSafe(finding.toText());
    if (const QString line = of(finding); !line.isEmpty())
        text += u"\n    "_s + terminalSafe(line);
    return text;
}

QJsonObject FixCommand::toJson(const Finding& finding)
{
    QJsonObject json = finding.toJson();
    if (const QString line = of(finding); !line.isEmpty()) {
        QJsonObject fix = json.value(u"fix"_s).toObject();
        fix[u"command"_s] = line;
        json[u"fix"_s] = fix;
    }
    return json;
}

} // namespace ds::cli
