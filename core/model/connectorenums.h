#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>
#include <optional>

namespace ds::core {

// Exchange 2007's connector enumerations, with the names its cmdlets use.

// Receive connector -Usage.
enum class ReceiveUsage { Custom, Internet, Internal, Client, Partner };
// Send connector -Usage.
enum class SendUsage { Custom, Internal, Internet, Partner };

// Receive connector -AuthMechanism (flags; None is the empty set).
enum class AuthMechanism {
    None = 0x0,
    Tls = 0x1,
    Integrated = 0x2,
    BasicAuth = 0x4,
    BasicAuthRequireTLS = 0x8,
    ExchangeServer = 0x10,
    ExternalAuthoritative = 0x20,
};
Q_DECLARE_FLAGS(AuthMechanisms, AuthMechanism)
Q_DECLARE_OPERATORS_FOR_FLAGS(AuthMechanisms)

// Receive connector -PermissionGroups (flags; None is the empty set).
enum class PermissionGroup {
    None = 0x0,
    AnonymousUsers = 0x1,
    ExchangeUsers = 0x2,
    ExchangeServers = 0x4,
    ExchangeLegacyServers = 0x8,
    Partners = 0x10,
    Custom = 0x20,
};
Q_DECLARE_FLAGS(PermissionGroups, PermissionGroup)
Q_DECLARE_OPERATORS_FOR_FLAGS(PermissionGroups)

// -ProtocolLoggingLevel of both connector kinds.
enum class ProtocolLoggingLevel { None, Verbose };

// Send connector -SmartHostAuthMechanism (one value, not flags).
enum class SmartHostAuthMechanism {
    None,
    BasicAuth,
    BasicAuthRequireTLS,
    ExchangeServer,
    ExternalAuthoritative
};

// Send connector -TlsAuthLevel (Exchange 2010 and later): how the partner's certificate is checked
// on a TLS connection (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector).
// Unset: the parameter is not written (Exchange's default, no level).
enum class TlsAuthLevel { Unset, EncryptionOnly, CertificateValidation, DomainValidation };

// Names as Exchange spells them; parsing is case-insensitive and tells the bad word in *bad.
namespace ConnectorNames {
QString receiveUsage(ReceiveUsage usage);
std::optional<ReceiveUsage> parseReceiveUsage(const QString& text);
QString sendUsage(SendUsage usage);
std::optional<SendUsage> parseSendUsage(const QString& text);

// "Tls, BasicAuth"; "None" for the empty set.
QString authMechanisms(AuthMechanisms value);
QStringList authMechanismList(AuthMechanisms value);
// "Tls,BasicAuth" or "None"; None combined with another value is refused (*bad = "None").
std::optional<AuthMechanisms> parseAuthMechanisms(const QString& text, QString* bad = nullptr);
std::optional<AuthMechanisms> parseAuthMechanisms(const QStringList& words, QString* bad = nullptr);

QString permissionGroups(PermissionGroups value);
QStringList permissionGroupList(PermissionGroups value);
std::optional<PermissionGroups> parsePermissionGroups(const QString& text, QString* bad = nullptr);
std::optional<PermissionGroups> parsePermissionGroups(const QStringList& words, QString* bad = nullptr);

QString protocolLoggingLevel(ProtocolLoggingLevel level);
std::optional<ProtocolLoggingLevel> parseProtocolLoggingLevel(const QString& text);

QString smartHostAuthMechanism(SmartHostAuthMechanism value);
std::optional<SmartHostAuthMechanism> parseSmartHostAuthMechanism(const QString& text);

// "EncryptionOnly", "CertificateValidation", "DomainValidation"; "" for Unset. Parsing also takes
// "" and "None" for Unset.
QString tlsAuthLevel(TlsAuthLevel value);
std::optional<TlsAuthLevel> parseTlsAuthLevel(const QString& text);
} // namespace ConnectorNames

} // namespace ds::core
