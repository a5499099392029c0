#include "ipaddress.h"

#include <arpa/inet.h>
#include <cstring>

namespace ds::core {

IpAddress::IpAddress(quint32 ipv4)
    : m_family(Family::IPv4)
{
    m_bytes[0] = quint8(ipv4 >> 24);
    m_bytes[1] = quint8(ipv4 >> 16);
    m_bytes[2] = quint8(ipv4 >> 8);
    m_bytes[3] = quint8(ipv4);
}

IpAddress::IpAddress(const IPv6Bytes& ipv6)
    : m_family(Family::IPv6)
    , m_bytes(ipv6)
{}

std::optional<IpAddress> IpAddress::fromString(QStringView text)
{
    // The longest IPv6 text is 45 characters (INET6_ADDRSTRLEN - 1); anything longer is not one.
    if (text.isEmpty() || text.size() >= INET6_ADDRSTRLEN)
        return std::nullopt;
    const QByteArray latin1 = text.toLatin1();
    if (latin1.size() != text.size() || latin1.contains('\0'))
        return std::nullopt;
    IpAddress address;
    if (latin1.contains(':')) {
        if (inet_pton(AF_INET6, latin1.constData(), address.m_bytes.data()) != 1)
            return std::nullopt;
        address.m_family = Family::IPv6;
        return address;
    }
    in_addr v4{};
    if (inet_pton(AF_INET, latin1.constData(), &v4) != 1)
        return std::nullopt;
    std::memcpy(address.m_bytes.data(), &v4, sizeof v4);
    address.m_family = Family::IPv4;
    return address;
}

bool IpAddress::isAny() const
{
    if (isNull())
        return false;
    const int size = isIPv4() ? 4 : 16;
    for (int i = 0; i < size; ++i) {
        if (m_bytes[i] != 0)
            return false;
    }
    return true;
}

quint32 IpAddress::toIPv4() const
{
    if (!isIPv4())
        return 0;
    return quint32(m_bytes[0]) << 24 | quint32(m_bytes[1]) << 16 | quint32(m_bytes[2]) << 8 | m_bytes[3];
}

IpAddress::IPv6Bytes IpAddress::toIPv6() const
{
    if (!isIPv4())
        return m_bytes;
    IPv6Bytes mapped{};
    mapped[10] = mapped[11] = 0xff;
    std::memcpy(mapped.data() + 12, m_bytes.data(), 4);
    return mapped;
}

QString IpAddress::toString() const
{
    if (isNull())
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    if (!inet_ntop(isIPv4() ? AF_INET : AF_INET6, m_bytes.data(), text, sizeof text))
        return {};
    return QString::fromLatin1(text);
}

} // namespace ds::core
