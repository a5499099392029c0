#include "connectorenums.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
const std::array<std::pair<ReceiveUsage, QLatin1StringView>, 5> kReceiveUsages = {{
    {ReceiveUsage::Custom, "Custom"_L1},
    {ReceiveUsage::Internet, "Internet"_L1},
    {ReceiveUsage::Internal, "Internal"_L1},
    {ReceiveUsage::Client, "Client"_L1},
    {ReceiveUsage::Partner, "Partner"_L1},
}};
const std::array<std::pair<SendUsage, QLatin1StringView>, 4> kSendUsages = {{
    {SendUsage::Custom, "Custom"_L1},
    {SendUsage::Internal, "Internal"_L1},
    {SendUsage::Internet, "Internet"_L1},
    {SendUsage::Partner, "Partner"_L1},
}};
const std::array<std::pair<AuthMechanism, QLatin1StringView>, 6> kAuth = {{
    {AuthMechanism::Tls, "Tls"_L1},
    {AuthMechanism::Integrated, "Integrated"_L1},
    {AuthMechanism::BasicAuth, "BasicAuth"_L1},
    {AuthMechanism::BasicAuthRequireTLS, "BasicAuthRequireTLS"_L1},
    {AuthMechanism::ExchangeServer, "ExchangeServer"_L1},
    {AuthMechanism::ExternalAuthoritative, "ExternalAuthoritative"_L1},
}};
const std::array<std::pair<PermissionGroup, QLatin1StringView>, 6> kGroups = {{
    {PermissionGroup::AnonymousUsers, "AnonymousUsers"_L1},
    {PermissionGroup::ExchangeUsers, "ExchangeUsers"_L1},
    {PermissionGroup::ExchangeServers, "ExchangeServers"_L1},
    {PermissionGroup::ExchangeLegacyServers, "ExchangeLegacyServers"_L1},
    {PermissionGroup::Partners, "Partners"_L1},
    {PermissionGroup::Custom, "Custom"_L1},
}};
const std::array<std::pair<SmartHostAuthMechanism, QLatin1StringView>, 5> kSmartHostAuth = {{
    {SmartHostAuthMechanism::None, "None"_L1},
    {SmartHostAuthMechanism::BasicAuth, "BasicAuth"_L1},
    {SmartHostAuthMechanism::BasicAuthRequireTLS, "BasicAuthRequireTLS"_L1},
    {SmartHostAuthMechanism::ExchangeServer, "ExchangeServer"_L1},
    {SmartHostAuthMechanism::ExternalAuthoritative, "ExternalAuthoritative"_L1},
}};
const std::array<std::pair<TlsAuthLevel, QLatin1StringView>, 3> kTlsAuthLevels = {{
    {TlsAuthLevel::EncryptionOnly, "EncryptionOnly"_L1},
    {TlsAuthLevel::CertificateValidation, "CertificateValidation"_L1},
    {TlsAuthLevel::DomainValidation, "DomainValidation"_L1},
}};

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, QLatin1StringView>, N>& table, E value)
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QLatin1StringView>, N>& table, const QString& text)
{
    const QString word = text.trimmed();
    for (const auto& [v, name] : table) {
        if (word.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

template <typename F, typename E, std::size_t N>
QStringList flagList(const std::array<std::pair<E, QLatin1StringView>, N>& table, F value)
{
    QStringList names;
    for (const auto& [v, name] : table) {
        if (value.testFlag(v))
            names << QString(name);
    }
    return names;
}

template <typename F, typename E, std::size_t N>
std::optional<F> parseFlags(const std::array<std::pair<E, QLatin1StringView>, N>& table,
                            const QStringList& raw, QString* bad)
{
    F result;
    bool none = false;
    QStringList words;
    for (const QString& item : raw)
        words << item.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& rawWord : words) {
        const QString word = rawWord.trimmed();
        if (word.isEmpty())
            continue;
        if (word.compare(u"None"_s, Qt::CaseInsensitive) == 0) {
            none = true;
            continue;
        }
        const auto value = valueOf(table, word);
        if (!value) {
            if (bad)
                *bad = word;
            return std::nullopt;
        }
        result |= *value;
    }
    // Exchange: None is valid only alone.
    if (none && result) {
        if (bad)
            *bad = u"None"_s;
        return std::nullopt;
    }
    return result;
}
} // namespace

namespace ConnectorNames {

QString receiveUsage(ReceiveUsage usage)
{
    return nameOf(kReceiveUsages, usage);
}

std::optional<ReceiveUsage> parseReceiveUsage(const QString& text)
{
    return valueOf(kReceiveUsages, text);
}

QString sendUsage(SendUsage usage)
{
    return nameOf(kSendUsages, usage);
}

std::optional<SendUsage> parseSendUsage(const QString& text)
{
    return valueOf(kSendUsages, text);
}

QStringList authMechanismList(AuthMechanisms value)
{
    return flagList(kAuth, value);
}

QString authMechanisms(AuthMechanisms value)
{
    return value ? authMechanismList(value).join(u", "_s) : u"None"_s;
}

std::optional<AuthMechanisms> parseAuthMechanisms(const QStringList& words, QString* bad)
{
    return parseFlags<AuthMechanisms>(kAuth, words, bad);
}

std::optional<AuthMechanisms> parseAuthMechanisms(const QString& text, QString* bad)
{
    return parseAuthMechanisms(QStringList{text}, bad);
}

QStringList permissionGroupList(PermissionGroups value)
{
    return flagList(kGroups, value);
}

QString permissionGroups(PermissionGroups value)
{
    return value ? permissionGroupList(value).join(u", "_s) : u"None"_s;
}

std::optional<PermissionGroups> parsePermissionGroups(const QStringList& words, QString* bad)
{
    return parseFlags<PermissionGroups>(kGroups, words, bad);
}

std::optional<PermissionGroups> parsePermissionGroups(const QString& text, QString* bad)
{
    return parsePermissionGroups(QStringList{text}, bad);
}

QString protocolLoggingLevel(ProtocolLoggingLevel level)
{
    return level == ProtocolLoggingLevel::Verbose ? u"Verbose"_s : u"None"_s;
}

std::optional<ProtocolLoggingLevel> parseProtocolLoggingLevel(const QString& text)
{
    const QString word = text.trimmed();
    if (word.compare(u"None"_s, Qt::CaseInsensitive) == 0)
        return ProtocolLoggingLevel::None;
    if (word.compare(u"Verbose"_s, Qt::CaseInsensitive) == 0)
        return ProtocolLoggingLevel::Verbose;
    return std::nullopt;
}

QString smartHostAuthMechanism(SmartHostAuthMechanism value)
{
    return nameOf(kSmartHostAuth, value);
}

std::optional<SmartHostAuthMechanism> parseSmartHostAuthMechanism(const QString& text)
{
    return valueOf(kSmartHostAuth, text);
}

QString tlsAuthLevel(TlsAuthLevel value)
{
    return nameOf(kTlsAuthLevels, value);
}

std::optional<TlsAuthLevel> parseTlsAuthLevel(const QString& text)
{
    const QString word = text.trimmed();
    if (word.isEmpty() || word.compare(u"None"_s, Qt::CaseInsensitive) == 0)
        return TlsAuthLevel::Unset;
    return valueOf(kTlsAuthLevels, word);
}

} // namespace ConnectorNames

} // namespace ds::core
