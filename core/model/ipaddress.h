#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <array>
#include <compare>
#include <optional>

namespace ds::core {

// One IPv4 or IPv6 address without a zone: the model's own value type, so that core needs only
// Qt Core (QHostAddress would load Qt Network and its Kerberos and proxy libraries into every
// process at start-up).
class IpAddress
{
public:
    enum class Family : quint8 { None, IPv4, IPv6 };
    using IPv6Bytes = std::array<quint8, 16>;

    IpAddress() = default;
    explicit IpAddress(quint32 ipv4);
    explicit IpAddress(const IPv6Bytes& ipv6);

    static IpAddress anyIPv4() { return IpAddress(quint32(0)); }
    static IpAddress anyIPv6() { return IpAddress(IPv6Bytes{}); }

    // The textual forms of inet_pton(3): a dotted quad, or RFC 4291 text for IPv6. Nothing else
    // (no host names, no zones, no short IPv4 forms).
    static std::optional<IpAddress> fromString(QStringView text);

    Family family() const { return m_family; }
    bool isNull() const { return m_family == Family::None; }
    bool isIPv4() const { return m_family == Family::IPv4; }
    bool isIPv6() const { return m_family == Family::IPv6; }
    // 0.0.0.0 or ::
    bool isAny() const;

    quint32 toIPv4() const;
    // IPv6 bytes in network order; an IPv4 address as its IPv4-mapped form (::ffff:a.b.c.d).
    IPv6Bytes toIPv6() const;

    // Dotted quad, or RFC 5952 text for IPv6 (lower case, longest zero run as "::").
    QString toString() const;

    friend bool operator==(const IpAddress&, const IpAddress&) = default;
    friend auto operator<=>(const IpAddress&, const IpAddress&) = default;

private:
    Family m_family = Family::None;
    IPv6Bytes m_bytes{}; // IPv4: the first four bytes, network order
};

} // namespace ds::core
