#pragma once

#include "ipaddress.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <compare>

namespace ds::core {

// A RemoteIPRanges entry: one IPv4/IPv6 address, a range "a-b" (a ≤ b) or a CIDR block.
class IpRange
{
    Q_DECLARE_TR_FUNCTIONS(IpRange)

public:
    enum class Kind { Single, Range, Cidr };

    // A 128-bit address value; IPv4 addresses use the low 32 bits.
    struct Value
    {
        quint64 high = 0;
        quint64 low = 0;
        auto operator<=>(const Value&) const = default;
    };

    IpRange() = default;

    // Accepts "192.0.2.1", "192.0.2.1-192.0.2.9", "192.0.2.0/24", "2001:db8::/32"; surrounding
    // spaces are ignored. Refuses IPv6 zones (fe80::1%eth0), host bits in CIDR, a > b.
    static Result<IpRange> parse(const QString& text);
    // One address, strictly: IPv4 dotted quad without leading zeros, or IPv6 without zone.
    static Result<IpAddress> parseAddress(const QString& text);
    static IpRange fromAddress(const IpAddress& address);
    // 0.0.0.0-255.255.255.255 (Exchange's default for a new connector).
    static IpRange allIPv4();

    bool isNull() const { return m_family == 0; }
    bool isIPv6() const { return m_family == 6; }
    Kind kind() const { return m_kind; }
    int prefixLength() const { return m_prefix; }
    Value first() const { return m_first; }
    Value last() const { return m_last; }
    IpAddress firstAddress() const;
    IpAddress lastAddress() const;
    // Covers every address of its family (0.0.0.0/0, ::/0, 0.0.0.0-255.255.255.255).
    bool isAllAddresses() const;

    bool contains(const IpRange& other) const;
    bool contains(const IpAddress& address) const;
    bool overlaps(const IpRange& other) const;

    // Canonical text in the form it was given: address, "a-b" or "net/len".
    QString toString() const;

    bool operator==(const IpRange& other) const
    {
        return m_family == other.m_family && m_kind == other.m_kind && m_first == other.m_first &&
               m_last == other.m_last && m_prefix == other.m_prefix;
    }

private:
    static Value valueOf(const IpAddress& address);
    IpAddress addressOf(const Value& value) const;

    int m_family = 0; // 4, 6, or 0 for a null range
    Kind m_kind = Kind::Single;
    Value m_first;
    Value m_last;
    int m_prefix = -1;
};

} // namespace ds::core
