#include "scriptedsmtpserver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

void sendAll(int fd, const QByteArray& data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return;
        sent += n;
    }
}

int listenOnLoopback(quint16* port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(fd, 8);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    *port = ntohs(address.sin_port);
    return fd;
}

} // namespace

ScriptedSmtpServer::ScriptedSmtpServer(Behaviour behaviour)
    : m_behaviour(behaviour)
{
    m_listenFd = listenOnLoopback(&m_port);
    m_thread = std::thread([this]() { serve(); });
}

ScriptedSmtpServer::~ScriptedSmtpServer()
{
    m_stop = true;
    m_thread.join();
    ::close(m_listenFd);
}

quint16 ScriptedSmtpServer::unusedPort()
{
    quint16 port = 0;
    const int fd = listenOnLoopback(&port);
    ::close(fd);
    return port;
}

QList<QByteArray> ScriptedSmtpServer::received() const
{
    while (m_lock.test_and_set()) {
    }
    QList<QByteArray> copy = m_received;
    m_lock.clear();
    return copy;
}

void ScriptedSmtpServer::serve()
{
    while (!m_stop) {
        pollfd pfd{m_listenFd, POLLIN, 0};
        if (::poll(&pfd, 1, 50) <= 0)
            continue;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd >= 0) {
            handle(fd);
            ::close(fd);
        }
    }
}

void ScriptedSmtpServer::handle(int fd)
{
    QByteArray buffer;
    // Reads one command line; false when the client left or the server stops.
    auto readLine = [&](QByteArray* line) {
        for (;;) {
            const qsizetype newline = buffer.indexOf('\n');
            if (newline >= 0) {
                *line = buffer.left(newline).trimmed();
                buffer.remove(0, newline + 1);
                while (m_lock.test_and_set()) {
                }
                m_received << *line;
                m_lock.clear();
                return true;
            }
            pollfd pfd{fd, POLLIN, 0};
            if (m_stop)
                return false;
            if (::poll(&pfd, 1, 50) <= 0)
                continue;
            char chunk[1024];
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                return false;
            buffer.append(chunk, n);
        }
    };
    // Keeps the connection open without a word until the client leaves or the server stops.
    auto stayQuiet = [&]() {
        QByteArray line;
        while (readLine(&line)) {
        }
    };

    switch (m_behaviour) {
    case Behaviour::SilentBanner:
        stayQuiet();
        return;
    case Behaviour::RefuseBanner:
        sendAll(fd, "554 5.7.1 no SMTP service for you\r\n");
        stayQuiet();
        return;
    case Behaviour::SilentAfterBanner:
        sendAll(fd, "220 silent.test ESMTP\r\n");
        stayQuiet();
        return;
    case Behaviour::Garbage:
        sendAll(fd, QByteArray("HTTP/1.1 400 Bad Request\r\n\x01\x02\xff\r\n"));
        stayQuiet();
        return;
    case Behaviour::BlankLine: // a line shorter than a reply code
        sendAll(fd, QByteArray("\r\n"));
        stayQuiet();
        return;
    case Behaviour::NoStarttls: {
        sendAll(fd, "220 plain.test ESMTP\r\n");
        QByteArray line;
        while (readLine(&line)) {
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO")
                sendAll(fd, "250-plain.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n");
            else if (verb == "QUIT") {
                sendAll(fd, "221 2.0.0 Bye\r\n");
                return;
            } else
                sendAll(fd, "502 5.5.2 Error: command not recognized\r\n");
        }
        return;
    }
    }
}
