#pragma once

#include "binding.h"
#include "bytesize.h"
#include "connectorenums.h"
#include "fqdn.h"
#include "iprange.h"
#include "smtpdomain.h"
#include "timespan.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace ds::core {

// A receive connector of a server (identity SERVER\Name), with Exchange 2007's fields, names and
// defaults (New-ReceiveConnector, Exchange 2007 cmdlet reference). A default-constructed connector is what
// New-ReceiveConnector -Usage Custom creates on an Edge server; ConnectorPresets applies a usage.
struct ReceiveConnector
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveConnector)

public:
    QString name;
    ReceiveUsage usage = ReceiveUsage::Custom;
    QList<Binding> bindings;
    QList<IpRange> remoteIPRanges;
    Fqdn fqdn;      // empty: the server's FQDN
    QString banner; // empty: Exchange's default "220 <server> Microsoft ESMTP MAIL Service ready"
    AuthMechanisms authMechanism = AuthMechanism::Tls;
    PermissionGroups permissionGroups;
    bool domainSecureEnabled = false;
    bool requireTLS = false;
    ByteSize maxMessageSize = ByteSize::fromBytes(10 * 1024 * 1024); // 2007 default 10MB
    // Why banner cannot go into Postfix's master.cf (it holds { or }), or nullopt. The one rule
    // that lint --target postfix and export postfix both apply.
    static std::optional<QString> postfixBannerProblem(const QString& banner);
    // MaxMessageSize is a ByteQuantifiedSize from 64KB to 2GB - 1 byte, never unlimited
    // (Set-ReceiveConnector). Why size is not allowed, or nullopt: the one rule that lint and the
    // connector editors apply.
    static constexpr quint64 kMinMaxMessageSize = 65536;
    static constexpr quint64 kMaxMaxMessageSize = 2147483647;
    static std::optional<QString> maxMessageSizeProblem(const ByteSize& size);
    // What the size field accepts, for people: "a size from 64KB to 2GB, such as 10MB".
    static QString maxMessageSizeRange();
    static constexpr int kMaxRecipientsPerMessage = 512000;           // Exchange's upper limit
    int maxRecipientsPerMessage = 200;                                // 2007 default
    TimeSpan connectionTimeout = TimeSpan::fromSeconds(5 * 60);       // Edge default 00:05:00
    TimeSpan connectionInactivityTimeout = TimeSpan::fromSeconds(60); // Edge default 00:01:00
    ProtocolLoggingLevel protocolLoggingLevel = ProtocolLoggingLevel::None;
    bool enabled = true;
    QString comment;
    // Not an Exchange field: the partner domains whose gateways this connector accepts, so that
    // the validator can pair it with the TLSReceiveDomainSecureList and Postfix can name them.
    QList<SmtpDomain> partnerDomains;
    QJsonObject unknown;

    // SERVER\Name, Exchange's identity.
    QString identity(const QString& serverName) const { return serverName + QLatin1Char('\\') + name; }

    QJsonObject toJson() const;
    // Strict: wrong JSON types and invalid values are errors that start with their JSON path
    // (path names where json sits in the document, "servers[0]").
    static Result<ReceiveConnector> fromJson(const QJsonObject& json, const QString& path = QString());
    bool operator==(const ReceiveConnector&) const = default;
};

} // namespace ds::core
