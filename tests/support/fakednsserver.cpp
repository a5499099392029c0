#include "fakednsserver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

void appendName(QByteArray& out, const QByteArray& name)
{
    if (!name.isEmpty()) {
        for (const QByteArray& label : name.split('.')) {
            out += char(label.size());
            out += label;
        }
    }
    out += '\0';
}

void appendRecord(QByteArray& out, quint16 type, const QByteArray& data)
{
    out += "\xc0\x0c"; // pointer to the question name
    out += char(type >> 8);
    out += char(type & 0xff);
    out += QByteArray("\x00\x01\x00\x00\x01\x2c", 6); // IN, TTL 300
    out += char(data.size() >> 8);
    out += char(data.size() & 0xff);
    out += data;
}

} // namespace

FakeDnsServer::FakeDnsServer(const QString& address, const QMap<QByteArray, Zone>& zones)
    : m_zones(zones)
{
    const QByteArray text = address.toLatin1();
    if (text.contains(':')) {
        m_fd = ::socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in6 socketAddress{};
        socketAddress.sin6_family = AF_INET6;
        socketAddress.sin6_port = htons(53);
        m_bound = ::inet_pton(AF_INET6, text.constData(), &socketAddress.sin6_addr) == 1 &&
                  ::bind(m_fd, reinterpret_cast<sockaddr*>(&socketAddress), sizeof socketAddress) == 0;
    } else {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in socketAddress{};
        socketAddress.sin_family = AF_INET;
        socketAddress.sin_port = htons(53);
        m_bound = ::inet_pton(AF_INET, text.constData(), &socketAddress.sin_addr) == 1 &&
                  ::bind(m_fd, reinterpret_cast<sockaddr*>(&socketAddress), sizeof socketAddress) == 0;
    }
    if (m_bound)
        m_thread = std::thread([this]() { serve(); });
}

FakeDnsServer::~FakeDnsServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    ::close(m_fd);
}

QByteArray FakeDnsServer::answer(const QByteArray& query) const
{
    if (query.size() < 12)
        return {};
    // The question: labels from offset 12, then type and class.
    QByteArray name;
    qsizetype i = 12;
    while (i < query.size() && query[i] != 0) {
        const int length = quint8(query[i]);
        if (!name.isEmpty())
            name += '.';
        name += query.mid(i + 1, length);
        i += length + 1;
    }
    if (i + 5 > query.size())
        return {};
    const quint16 type = quint16(quint8(query[i + 1]) << 8 | quint8(query[i + 2]));
    const QByteArray question = query.mid(12, i + 5 - 12);

    QList<QByteArray> records;
    int rcode = 3;
    const auto zone = m_zones.constFind(name.toLower());
    if (zone != m_zones.cend()) {
        rcode = zone->rcode;
        if (type == 15) {
            for (const auto& mx : zone->mx) {
                QByteArray data;
                data += char(mx.first >> 8);
                data += char(mx.first & 0xff);
                appendName(data, mx.second);
                records << data;
            }
        } else if (type == 1) {
            records = zone->a;
        }
    }
    QByteArray out = query.left(2);
    out += char(0x84 | (query[2] & 0x01)); // QR, AA, RD copied
    out += char(0x80 | rcode);             // RA, RCODE
    out += QByteArray("\x00\x01", 2);
    out += char(0);
    out += char(records.size());
    out += QByteArray(4, '\0');
    out += question;
    for (const QByteArray& data : std::as_const(records))
        appendRecord(out, type, data);
    return out;
}

void FakeDnsServer::serve()
{
    while (!m_stop) {
        pollfd pfd{m_fd, POLLIN, 0};
        if (::poll(&pfd, 1, 50) <= 0)
            continue;
        char buffer[512];
        sockaddr_in6 peer{}; // large enough for either family
        socklen_t length = sizeof peer;
        const ssize_t n =
            ::recvfrom(m_fd, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr*>(&peer), &length);
        if (n <= 0)
            continue;
        ++m_queries;
        const QByteArray reply = answer(QByteArray(buffer, int(n)));
        if (!reply.isEmpty())
            ::sendto(m_fd, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr*>(&peer),
                     length);
    }
}
