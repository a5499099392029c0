#include "exchangeconnectorcommands.h"

#include "model/connectorenums.h"
#include "model/connectorpresets.h"
#include "powershellquote.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

// The only enum words a command may contain, whatever the model's name functions return.
const QStringList kReceiveUsages = {u"Custom"_s, u"Internet"_s, u"Internal"_s, u"Client"_s, u"Partner"_s};
const QStringList kSendUsages = {u"Custom"_s, u"Internal"_s, u"Internet"_s, u"Partner"_s};
const QStringList kAuthMechanisms = {u"None"_s,
                                     u"Tls"_s,
                                     u"Integrated"_s,
                                     u"BasicAuth"_s,
                                     u"BasicAuthRequireTLS"_s,
                                     u"ExchangeServer"_s,
                                     u"ExternalAuthoritative"_s};
const QStringList kPermissionGroups = {
    u"None"_s,    u"AnonymousUsers"_s, u"ExchangeUsers"_s, u"ExchangeServers"_s, u"ExchangeLegacyServers"_s,
    u"Partners"_s};
const QStringList kLoggingLevels = {u"None"_s, u"Verbose"_s};
const QStringList kTlsAuthLevels = {u"EncryptionOnly"_s, u"CertificateValidation"_s, u"DomainValidation"_s};
const QStringList kSmartHostAuth = {u"None"_s, u"BasicAuth"_s, u"BasicAuthRequireTLS"_s, u"ExchangeServer"_s,
                                    u"ExternalAuthoritative"_s};

// Collects "-Param value" pieces; the first value that cannot be written fails the command.
class Params
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeConnectorCommands)

public:
    void literal(const QString& name, const QString& field, const QString& value)
    {
        add(name, PowerShellQuote::literal(field, value));
    }
    void list(const QString& name, const QString& field, const QStringList& values)
    {
        add(name, PowerShellQuote::list(field, values));
    }
    void boolean(const QString& name, bool value) { raw(name, PowerShellQuote::boolean(value)); }
    void number(const QString& name, qint64 value) { raw(name, QString::number(value)); }
    void raw(const QString& name, const QString& text) { m_parts << u"-%1 %2"_s.arg(name, text); }
    // Enum words checked against a whitelist, each quoted ('Tls','BasicAuth'); an empty set is 'None'.
    void words(const QString& name, const QString& field, const QStringList& values,
               const QStringList& allowed)
    {
        QStringList quoted;
        for (const QString& value : values.isEmpty() ? QStringList{u"None"_s} : values) {
            if (!allowed.contains(value)) {
                fail(Error{ErrorCode::Validation,
                           tr("%1 has the unsupported value \"%2\"").arg(field, value)});
                return;
            }
            quoted << u"'"_s + value + u"'"_s;
        }
        raw(name, quoted.join(u','));
    }
    void fail(const Error& error)
    {
        if (!m_error)
            m_error = error;
    }
    Result<QString> join(const QString& head) const
    {
        if (m_error)
            return *m_error;
        QStringList parts{head};
        parts += m_parts;
        return parts.join(u' ');
    }

private:
    void add(const QString& name, const Result<QString>& value)
    {
        if (!value.ok()) {
            fail(value.error());
            return;
        }
        raw(name, value.value());
    }
    QStringList m_parts;
    std::optional<Error> m_error;
};

template <typename T> QStringList texts(const QList<T>& items)
{
    QStringList out;
    for (const T& item : items)
        out << item.toString();
    return out;
}

bool allAddresses(const QList<IpRange>& ranges)
{
    for (const IpRange& range : ranges) {
        if (!range.isAllAddresses())
            return false;
    }
    return true;
}

// The binding Exchange gives a connector of a usage that takes no -Bindings.
Binding defaultBinding(ReceiveUsage usage)
{
    const auto binding = Binding::parse(usage == ReceiveUsage::Client ? u"0.0.0.0:587"_s : u"0.0.0.0:25"_s);
    return binding.ok() ? binding.value() : Binding();
}

// The receive settings every detail level shares after the name, usage, bindings and ranges.
void receiveSettings(Params& p, const ReceiveConnector& c, const ReceiveConnector* preset)
{
    const bool all = preset == nullptr;
    if (all || c.authMechanism != preset->authMechanism)
        p.words(u"AuthMechanism"_s, ExchangeConnectorCommands::tr("authentication mechanism"),
                ConnectorNames::authMechanismList(c.authMechanism), kAuthMechanisms);
    if (all || c.permissionGroups != preset->permissionGroups)
        p.words(u"PermissionGroups"_s, ExchangeConnectorCommands::tr("permission group"),
                ConnectorNames::permissionGroupList(c.permissionGroups), kPermissionGroups);
    if (all || c.domainSecureEnabled != preset->domainSecureEnabled)
        p.boolean(u"DomainSecureEnabled"_s, c.domainSecureEnabled);
    if (all || c.requireTLS != preset->requireTLS)
        p.boolean(u"RequireTLS"_s, c.requireTLS);
    if (all || c.maxMessageSize != preset->maxMessageSize)
        p.literal(u"MaxMessageSize"_s, ExchangeConnectorCommands::tr("maximum message size"),
                  c.maxMessageSize.toString());
    if (all || c.maxRecipientsPerMessage != preset->maxRecipientsPerMessage)
        p.number(u"MaxRecipientsPerMessage"_s, c.maxRecipientsPerMessage);
    if (all || c.connectionTimeout != preset->connectionTimeout)
        p.literal(u"ConnectionTimeout"_s, ExchangeConnectorCommands::tr("connection timeout"),
                  c.connectionTimeout.toString());
    if (all || c.connectionInactivityTimeout != preset->connectionInactivityTimeout)
        p.literal(u"ConnectionInactivityTimeout"_s,
                  ExchangeConnectorCommands::tr("connection inactivity timeout"),
                  c.connectionInactivityTimeout.toString());
    if (all || c.protocolLoggingLevel != preset->protocolLoggingLevel)
        p.words(u"ProtocolLoggingLevel"_s, ExchangeConnectorCommands::tr("protocol logging level"),
                {ConnectorNames::protocolLoggingLevel(c.protocolLoggingLevel)}, kLoggingLevels);
    if (all || !c.enabled)
        p.boolean(u"Enabled"_s, c.enabled);
}

void sendSettings(Params& p, const SendConnector& c, const SendConnector* preset, bool sourceServers,
                  ExchangeVersion version)
{
    const bool all = preset == nullptr;
    QStringList spaces;
    for (const AddressSpace& space : c.addressSpaces)
        spaces << space.toString();
    p.list(u"AddressSpaces"_s, ExchangeConnectorCommands::tr("address space"), spaces);
    // Smart hosts are used only with DNS routing off: the switch always stands next to them.
    if (all || !c.dnsRoutingEnabled || c.dnsRoutingEnabled != preset->dnsRoutingEnabled)
        p.boolean(u"DNSRoutingEnabled"_s, c.dnsRoutingEnabled);
    if (!c.dnsRoutingEnabled) {
        p.list(u"SmartHosts"_s, ExchangeConnectorCommands::tr("smart host"), c.smartHosts);
        if (all || c.smartHostAuthMechanism != SmartHostAuthMechanism::None)
            p.words(u"SmartHostAuthMechanism"_s, ExchangeConnectorCommands::tr("smart host authentication"),
                    {ConnectorNames::smartHostAuthMechanism(c.smartHostAuthMechanism)}, kSmartHostAuth);
        if (c.smartHostAuthMechanism == SmartHostAuthMechanism::BasicAuth ||
            c.smartHostAuthMechanism == SmartHostAuthMechanism::BasicAuthRequireTLS)
            p.raw(u"AuthenticationCredential"_s, u"(Get-Credential)"_s);
    }
    if (all || c.port != preset->port)
        p.number(u"Port"_s, c.port);
    if (all || c.domainSecureEnabled != preset->domainSecureEnabled)
        p.boolean(u"DomainSecureEnabled"_s, c.domainSecureEnabled);
    if (all || c.requireTLS != preset->requireTLS)
        p.boolean(u"RequireTLS"_s, c.requireTLS);
    if (all || c.ignoreStartTls != preset->ignoreStartTls)
        p.boolean(u"IgnoreSTARTTLS"_s, c.ignoreStartTls);
    // 2010 and later; only when set, so a level the administrator chose on the server stays when the
    // workspace has none (lint reports a level that 2007 cannot write).
    if (version >= ExchangeVersion::Exchange2010 && c.tlsAuthLevel != TlsAuthLevel::Unset) {
        p.words(u"TlsAuthLevel"_s, ExchangeConnectorCommands::tr("TLS authentication level"),
                {ConnectorNames::tlsAuthLevel(c.tlsAuthLevel)}, kTlsAuthLevels);
        if (c.tlsAuthLevel == TlsAuthLevel::DomainValidation && !c.tlsDomain.isEmpty())
            p.literal(u"TlsDomain"_s, ExchangeConnectorCommands::tr("TLS domain"), c.tlsDomain);
    }
    if (all || c.maxMessageSize != preset->maxMessageSize)
        p.literal(u"MaxMessageSize"_s, ExchangeConnectorCommands::tr("maximum message size"),
                  c.maxMessageSize.toString());
    if (all || c.protocolLoggingLevel != preset->protocolLoggingLevel)
        p.words(u"ProtocolLoggingLevel"_s, ExchangeConnectorCommands::tr("protocol logging level"),
                {ConnectorNames::protocolLoggingLevel(c.protocolLoggingLevel)}, kLoggingLevels);
    if (all || c.connectionInactivityTimeout != preset->connectionInactivityTimeout)
        p.literal(u"ConnectionInactivityTimeOut"_s,
                  ExchangeConnectorCommands::tr("connection inactivity timeout"),
                  c.connectionInactivityTimeout.toString());
    if (all || !c.enabled)
        p.boolean(u"Enabled"_s, c.enabled);
    if (sourceServers && !c.sourceTransportServers.isEmpty())
        p.list(u"SourceTransportServers"_s, ExchangeConnectorCommands::tr("source server"),
               c.sourceTransportServers);
}

} // namespace

QString ExchangeConnectorCommands::transportRole(ReceiveUsage usage)
{
    return usage == ReceiveUsage::Internal ? u"HubTransport"_s : u"FrontendTransport"_s;
}

bool ExchangeConnectorCommands::writesBindings(ReceiveUsage usage)
{
    return usage != ReceiveUsage::Internal && usage != ReceiveUsage::Client;
}

bool ExchangeConnectorCommands::writesRemoteIPRanges(ReceiveUsage usage)
{
    return usage != ReceiveUsage::Internet;
}

ReceiveUsage ExchangeConnectorCommands::effectiveUsage(const ReceiveConnector& c)
{
    switch (c.usage) {
    case ReceiveUsage::Internet:
        return allAddresses(c.remoteIPRanges) ? ReceiveUsage::Internet : ReceiveUsage::Custom;
    case ReceiveUsage::Internal:
    case ReceiveUsage::Client:
        return c.bindings.isEmpty() || c.bindings == QList<Binding>{defaultBinding(c.usage)}
                   ? c.usage
                   : ReceiveUsage::Custom;
    default:
        return c.usage;
    }
}

Result<QString> ExchangeConnectorCommands::newReceiveConnector(const ReceiveConnector& c,
                                                               const QString& server, bool edge,
                                                               Detail detail, ExchangeVersion version,
                                                               const QString& tlsCertificateName)
{
    const ReceiveUsage usage = effectiveUsage(c);
    const ReceiveConnector preset = ConnectorPresets::receiveConnector(c.name, usage, edge);
    Params p;
    if (c.name.contains(u'\\'))
        p.fail(Error{ErrorCode::Validation,
                     tr("receive connector name \"%1\" contains a backslash").arg(c.name)});
    p.literal(u"Name"_s, tr("receive connector name"), c.name);
    p.words(u"Usage"_s, tr("usage"), {ConnectorNames::receiveUsage(usage)}, kReceiveUsages);
    if (writesBindings(usage) && !c.bindings.isEmpty())
        p.list(u"Bindings"_s, tr("binding"), texts(c.bindings));
    if (writesRemoteIPRanges(usage) && !c.remoteIPRanges.isEmpty())
        p.list(u"RemoteIPRanges"_s, tr("remote IP range"), texts(c.remoteIPRanges));
    if (!c.fqdn.isEmpty())
        p.literal(u"Fqdn"_s, tr("FQDN"), c.fqdn.toString());
    receiveSettings(p, c, detail == Detail::Complete ? nullptr : &preset);
    if (!c.banner.isEmpty())
        p.literal(u"Banner"_s, tr("banner"), c.banner);
    if (!c.comment.isEmpty())
        p.literal(u"Comment"_s, tr("comment"), c.comment);
    if (!tlsCertificateName.isEmpty())
        p.literal(u"TlsCertificateName"_s, tr("TLS certificate name"), tlsCertificateName);
    p.literal(u"Server"_s, tr("server name"), server);
    if (!edge && ExchangeVersions::hasTransportRole(version))
        p.raw(u"TransportRole"_s, u"'"_s + transportRole(usage) + u"'"_s);
    return p.join(u"New-ReceiveConnector"_s);
}

Result<QString> ExchangeConnectorCommands::setReceiveConnector(const ReceiveConnector& c,
                                                               const QString& identityExpression,
                                                               const QString& serverFqdn,
                                                               const QString& tlsCertificateName)
{
    Params p;
    if (!c.bindings.isEmpty())
        p.list(u"Bindings"_s, tr("binding"), texts(c.bindings));
    if (!c.remoteIPRanges.isEmpty())
        p.list(u"RemoteIPRanges"_s, tr("remote IP range"), texts(c.remoteIPRanges));
    const QString fqdn = c.fqdn.isEmpty() ? serverFqdn : c.fqdn.toString();
    if (!fqdn.isEmpty())
        p.literal(u"Fqdn"_s, tr("FQDN"), fqdn);
    receiveSettings(p, c, nullptr);
    // $null puts Exchange's default banner back and clears the comment.
    if (c.banner.isEmpty())
        p.raw(u"Banner"_s, u"$null"_s);
    else
        p.literal(u"Banner"_s, tr("banner"), c.banner);
    if (c.comment.isEmpty())
        p.raw(u"Comment"_s, u"$null"_s);
    else
        p.literal(u"Comment"_s, tr("comment"), c.comment);
    if (!tlsCertificateName.isEmpty())
        p.literal(u"TlsCertificateName"_s, tr("TLS certificate name"), tlsCertificateName);
    return p.join(u"Set-ReceiveConnector -Identity "_s + identityExpression);
}

Result<QString> ExchangeConnectorCommands::newSendConnector(const SendConnector& c, bool sourceServers,
                                                            Detail detail, ExchangeVersion version,
                                                            const QString& tlsCertificateName)
{
    const SendConnector preset = ConnectorPresets::sendConnector(c.name, c.usage);
    Params p;
    p.literal(u"Name"_s, tr("send connector name"), c.name);
    p.words(u"Usage"_s, tr("usage"), {ConnectorNames::sendUsage(c.usage)}, kSendUsages);
    sendSettings(p, c, detail == Detail::Complete ? nullptr : &preset, sourceServers, version);
    if (!c.fqdn.isEmpty())
        p.literal(u"Fqdn"_s, tr("FQDN"), c.fqdn.toString());
    if (!c.comment.isEmpty())
        p.literal(u"Comment"_s, tr("comment"), c.comment);
    if (!tlsCertificateName.isEmpty())
        p.literal(u"TlsCertificateName"_s, tr("TLS certificate name"), tlsCertificateName);
    return p.join(u"New-SendConnector"_s);
}

Result<QString> ExchangeConnectorCommands::setSendConnector(const SendConnector& c, bool sourceServers,
                                                            ExchangeVersion version,
                                                            const QString& tlsCertificateName)
{
    Params p;
    auto name = PowerShellQuote::literal(tr("send connector name"), c.name);
    if (!name.ok())
        return name.error();
    sendSettings(p, c, nullptr, sourceServers, version);
    // $null: back to the source server's FQDN; no comment.
    if (c.fqdn.isEmpty())
        p.raw(u"Fqdn"_s, u"$null"_s);
    else
        p.literal(u"Fqdn"_s, tr("FQDN"), c.fqdn.toString());
    if (c.comment.isEmpty())
        p.raw(u"Comment"_s, u"$null"_s);
    else
        p.literal(u"Comment"_s, tr("comment"), c.comment);
    if (!tlsCertificateName.isEmpty())
        p.literal(u"TlsCertificateName"_s, tr("TLS certificate name"), tlsCertificateName);
    return p.join(u"Set-SendConnector -Identity "_s + name.value());
}

Result<QStringList> ExchangeConnectorCommands::addToDomainSecureLists(const QStringList& sendDomains,
                                                                      const QStringList& receiveDomains,
                                                                      ExchangeVersion version)
{
    const struct
    {
        QString property;
        QString variable;
        const QStringList& domains;
    } lists[] = {{u"TLSSendDomainSecureList"_s, u"$sendList"_s, sendDomains},
                 {u"TLSReceiveDomainSecureList"_s, u"$receiveList"_s, receiveDomains}};
    if (sendDomains.isEmpty() && receiveDomains.isEmpty())
        return QStringList();
    QStringList lines{u"$transportConfig = Get-TransportConfig"_s};
    if (ExchangeVersions::addsToLists(version)) {
        for (const auto& list : lists) {
            if (list.domains.isEmpty())
                continue;
            auto domains = PowerShellQuote::list(tr("domain-secure domain"), list.domains);
            if (!domains.ok())
                return domains.error();
            lines << u"%1 = @($transportConfig.%2 | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })"_s
                         .arg(list.variable, list.property);
            lines << u"$missing = @(@(%1) | Where-Object { %2 -notcontains $_ })"_s.arg(domains.value(),
                                                                                        list.variable);
            lines << u"if ($missing.Count -gt 0) { Set-TransportConfig -%1 @{Add=$missing} }"_s.arg(
                list.property);
        }
        return lines;
    }
    for (const auto& list : lists) {
        if (list.domains.isEmpty())
            continue;
        auto domains = PowerShellQuote::list(tr("domain-secure domain"), list.domains);
        if (!domains.ok())
            return domains.error();
        lines << u"%1 = @($transportConfig.%2 | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })"_s
                     .arg(list.variable, list.property);
        lines << u"$changed = $false"_s;
        lines << u"foreach ($domain in @(%1)) {"_s.arg(domains.value());
        lines << u"    if (%1 -notcontains $domain) { %1 += $domain; $changed = $true }"_s.arg(list.variable);
        lines << u"}"_s;
        lines << u"if ($changed) { Set-TransportConfig -%1 %2 }"_s.arg(list.property, list.variable);
    }
    return lines;
}

} // namespace ds::core
