#include "connectorshellcommand.h"

#include "export/powershellquote.h"
#include "model/connectorpresets.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

namespace {
// Collects "-Param value" pieces; the first failure to quote wins.
class Params
{
public:
    void literal(const QString& name, const QString& field, const QString& value)
    {
        add(name, PowerShellQuote::literal(field, value));
    }
    void list(const QString& name, const QString& field, const QStringList& values)
    {
        add(name, PowerShellQuote::list(field, values));
    }
    void boolean(const QString& name, bool value)
    {
        m_parts << u"-%1 %2"_s.arg(name, PowerShellQuote::boolean(value));
    }
    Result<QString> join(const QString& cmdlet) const
    {
        if (m_error)
            return *m_error;
        QStringList parts{cmdlet};
        parts += m_parts;
        return parts.join(u' ');
    }

private:
    void add(const QString& name, const Result<QString>& value)
    {
        if (!value.ok()) {
            if (!m_error)
                m_error = value.error();
            return;
        }
        m_parts << u"-%1 %2"_s.arg(name, value.value());
    }
    QStringList m_parts;
    std::optional<Error> m_error;
};

template <typename T> QStringList texts(const QList<T>& values)
{
    QStringList result;
    for (const T& value : values)
        result << value.toString();
    return result;
}
} // namespace

Result<QString> ConnectorShellCommand::newReceiveConnector(const ReceiveConnector& c, const QString& server,
                                                           bool edge)
{
    const ReceiveConnector preset = ConnectorPresets::receiveConnector(c.name, c.usage, edge);
    Params p;
    p.literal(u"Name"_s, tr("receive connector name"), c.name);
    p.literal(u"Usage"_s, tr("usage"), ConnectorNames::receiveUsage(c.usage));
    p.list(u"Bindings"_s, tr("bindings"), texts(c.bindings));
    p.list(u"RemoteIPRanges"_s, tr("remote IP ranges"), texts(c.remoteIPRanges));
    if (!c.fqdn.isEmpty())
        p.literal(u"Fqdn"_s, tr("FQDN"), c.fqdn.toString());
    if (c.authMechanism != preset.authMechanism)
        p.literal(u"AuthMechanism"_s, tr("authentication"), ConnectorNames::authMechanisms(c.authMechanism));
    if (c.permissionGroups != preset.permissionGroups)
        p.literal(u"PermissionGroups"_s, tr("permission groups"),
                  ConnectorNames::permissionGroups(c.permissionGroups));
    if (c.domainSecureEnabled != preset.domainSecureEnabled)
        p.boolean(u"DomainSecureEnabled"_s, c.domainSecureEnabled);
    if (c.requireTLS != preset.requireTLS)
        p.boolean(u"RequireTLS"_s, c.requireTLS);
    if (!c.banner.isEmpty())
        p.literal(u"Banner"_s, tr("banner"), c.banner);
    if (c.maxMessageSize != preset.maxMessageSize)
        p.literal(u"MaxMessageSize"_s, tr("maximum message size"), c.maxMessageSize.toString());
    if (c.maxRecipientsPerMessage != preset.maxRecipientsPerMessage)
        p.literal(u"MaxRecipientsPerMessage"_s, tr("maximum recipients"),
                  QString::number(c.maxRecipientsPerMessage));
    if (c.connectionTimeout != preset.connectionTimeout)
        p.literal(u"ConnectionTimeout"_s, tr("connection timeout"), c.connectionTimeout.toString());
    if (c.connectionInactivityTimeout != preset.connectionInactivityTimeout)
        p.literal(u"ConnectionInactivityTimeout"_s, tr("inactivity timeout"),
                  c.connectionInactivityTimeout.toString());
    if (c.protocolLoggingLevel != preset.protocolLoggingLevel)
        p.literal(u"ProtocolLoggingLevel"_s, tr("protocol logging level"),
                  ConnectorNames::protocolLoggingLevel(c.protocolLoggingLevel));
    if (!c.enabled)
        p.boolean(u"Enabled"_s, false);
    if (!c.comment.isEmpty())
        p.literal(u"Comment"_s, tr("comment"), c.comment);
    p.literal(u"Server"_s, tr("server name"), server);
    return p.join(u"New-ReceiveConnector"_s);
}

Result<QString> ConnectorShellCommand::newSendConnector(const SendConnector& c)
{
    const SendConnector preset = ConnectorPresets::sendConnector(c.name, c.usage);
    Params p;
    p.literal(u"Name"_s, tr("send connector name"), c.name);
    p.literal(u"Usage"_s, tr("usage"), ConnectorNames::sendUsage(c.usage));
    p.list(u"AddressSpaces"_s, tr("address spaces"), texts(c.addressSpaces));
    if (c.dnsRoutingEnabled != preset.dnsRoutingEnabled)
        p.boolean(u"DNSRoutingEnabled"_s, c.dnsRoutingEnabled);
    if (!c.smartHosts.isEmpty())
        p.list(u"SmartHosts"_s, tr("smart hosts"), c.smartHosts);
    if (c.smartHostAuthMechanism != SmartHostAuthMechanism::None)
        p.literal(u"SmartHostAuthMechanism"_s, tr("smart host authentication"),
                  ConnectorNames::smartHostAuthMechanism(c.smartHostAuthMechanism));
    if (c.port != preset.port)
        p.literal(u"Port"_s, tr("port"), QString::number(c.port));
    if (c.domainSecureEnabled != preset.domainSecureEnabled)
        p.boolean(u"DomainSecureEnabled"_s, c.domainSecureEnabled);
    if (c.requireTLS != preset.requireTLS)
        p.boolean(u"RequireTLS"_s, c.requireTLS);
    if (c.ignoreStartTls != preset.ignoreStartTls)
        p.boolean(u"IgnoreSTARTTLS"_s, c.ignoreStartTls);
    if (!c.fqdn.isEmpty())
        p.literal(u"Fqdn"_s, tr("FQDN"), c.fqdn.toString());
    if (!c.sourceTransportServers.isEmpty())
        p.list(u"SourceTransportServers"_s, tr("source servers"), c.sourceTransportServers);
    if (c.maxMessageSize != preset.maxMessageSize)
        p.literal(u"MaxMessageSize"_s, tr("maximum message size"), c.maxMessageSize.toString());
    if (c.connectionInactivityTimeout != preset.connectionInactivityTimeout)
        p.literal(u"ConnectionInactivityTimeOut"_s, tr("inactivity timeout"),
                  c.connectionInactivityTimeout.toString());
    if (c.protocolLoggingLevel != preset.protocolLoggingLevel)
        p.literal(u"ProtocolLoggingLevel"_s, tr("protocol logging level"),
                  ConnectorNames::protocolLoggingLevel(c.protocolLoggingLevel));
    if (!c.enabled)
        p.boolean(u"Enabled"_s, false);
    if (!c.comment.isEmpty())
        p.literal(u"Comment"_s, tr("comment"), c.comment);
    return p.join(u"New-SendConnector"_s);
}

Result<QString> ConnectorShellCommand::addToDomainSecureLists(const QStringList& sendDomains,
                                                              const QStringList& receiveDomains)
{
    QStringList lines{u"$tc = Get-TransportConfig"_s};
    const struct
    {
        QString property;
        const QStringList& domains;
    } lists[] = {{u"TLSSendDomainSecureList"_s, sendDomains},
                 {u"TLSReceiveDomainSecureList"_s, receiveDomains}};
    for (const auto& list : lists) {
        if (list.domains.isEmpty())
            continue;
        for (const QString& domain : list.domains) {
            const auto quoted = PowerShellQuote::literal(tr("domain"), domain);
            if (!quoted.ok())
                return quoted.error();
            lines << u"$tc.%1 += %2"_s.arg(list.property, quoted.value());
        }
        lines << u"Set-TransportConfig -%1 $tc.%1"_s.arg(list.property);
    }
    return lines.join(u'\n');
}

} // namespace ds::ui
