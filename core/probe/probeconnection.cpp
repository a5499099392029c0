#include "probeconnection.h"

#include "util/logging.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

// Waits are cut into slices so that a cancel is noticed quickly.
constexpr int PollSliceMs = 50;
constexpr qsizetype MaxLineLength = 8192;
constexpr int MaxReplyLines = 1000;

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Shows what a server sent without letting control bytes through.
QString printable(const QByteArray& bytes)
{
    QString text;
    for (char c : bytes.left(80)) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            text += QLatin1Char(c);
        else
            text += u"\\x%1"_s.arg(u, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > 80)
        text += u"…"_s;
    return text;
}

QString opensslErrors()
{
    QStringList errors;
    while (unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        const char* reason = ERR_reason_error_string(code);
        errors << (reason ? QString::fromLatin1(reason) : QString::fromLatin1(buffer));
    }
    return errors.join(u"; "_s);
}

} // namespace

ProbeConnection::ProbeConnection(int timeoutMs, const std::atomic<bool>* cancelled)
    : m_timeoutMs(timeoutMs)
    , m_cancelled(cancelled)
{}

ProbeConnection::~ProbeConnection()
{
    close();
}

qint64 ProbeConnection::deadline() const
{
    return nowMs() + m_timeoutMs;
}

ProbeConnection::Status ProbeConnection::waitFor(bool forWrite, qint64 deadline)
{
    for (;;) {
        if (m_cancelled && m_cancelled->load()) {
            m_error = tr("cancelled");
            return Status::Cancelled;
        }
        const qint64 left = deadline - nowMs();
        if (left <= 0) {
            m_error = tr("no answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000);
            return Status::Timeout;
        }
        if (!forWrite) {
            // Acknowledge what arrives at once: after the handshake the server sends its session
            // tickets and then, Nagle holding it until they are acknowledged, the reply to our
            // EHLO; a delayed ACK (40 ms on Linux) would stall every STARTTLS probe that long.
            const int one = 1;
            ::setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
        }
        pollfd pfd{m_fd, static_cast<short>(forWrite ? POLLOUT : POLLIN), 0};
        const int n = ::poll(&pfd, 1, static_cast<int>(qMin<qint64>(left, PollSliceMs)));
        if (n < 0 && errno != EINTR) {
            m_error = systemError(errno);
            return Status::Error;
        }
        if (n > 0)
            return Status::Ok;
    }
}

ProbeConnection::Status ProbeConnection::connectTo(const QString& host, quint16 port, QString* address)
{
    close();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo* found = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int rc = ::getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &found);
    if (rc != 0) {
        m_error = tr("cannot resolve \"%1\": %2").arg(host, QString::fromLocal8Bit(gai_strerror(rc)));
        return Status::Error;
    }
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> list(found, &::freeaddrinfo);
    const qint64 end = deadline();
    Status status = Status::Error;
    for (addrinfo* ai = found; ai; ai = ai->ai_next) {
        char text[INET6_ADDRSTRLEN] = {};
        const void* raw =
            ai->ai_family == AF_INET6
                ? static_cast<const void*>(&reinterpret_cast<sockaddr_in6*>(ai->ai_addr)->sin6_addr)
                : static_cast<const void*>(&reinterpret_cast<sockaddr_in*>(ai->ai_addr)->sin_addr);
        ::inet_ntop(ai->ai_family, raw, text, sizeof text);
        m_fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (m_fd < 0) {
            m_error = systemError(errno);
            continue;
        }
        if (::connect(m_fd, ai->ai_addr, ai->ai_addrlen) != 0 && errno != EINPROGRESS) {
            m_error = tr("%1 (address %2)").arg(systemError(errno), QString::fromLatin1(text));
            close();
            continue;
        }
        status = waitFor(true, end);
        if (status == Status::Ok) {
            int error = 0;
            socklen_t length = sizeof error;
            ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
            if (error == 0) {
                const int one = 1;
                ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                if (address)
                    *address = QString::fromLatin1(text);
                return Status::Ok;
            }
            m_error = tr("%1 (address %2)").arg(systemError(error), QString::fromLatin1(text));
            status = Status::Error;
        } else if (status == Status::Timeout) {
            m_error =
                tr("no connection within %n second(s) (address %1)", nullptr, (m_timeoutMs + 999) / 1000)
                    .arg(QString::fromLatin1(text));
        }
        close();
        if (status == Status::Cancelled || status == Status::Timeout)
            return status;
    }
    return status;
}

ProbeConnection::Status ProbeConnection::writeAll(const QByteArray& data)
{
    const qint64 end = deadline();
    qsizetype written = 0;
    while (written < data.size()) {
        if (m_ssl) {
            ERR_clear_error();
            size_t n = 0;
            if (SSL_write_ex(m_ssl, data.constData() + written, size_t(data.size() - written), &n) == 1) {
                written += qsizetype(n);
                continue;
            }
            const int error = SSL_get_error(m_ssl, 0);
            if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
                if (const Status s = waitFor(error == SSL_ERROR_WANT_WRITE, end); s != Status::Ok)
                    return s;
                continue;
            }
            m_error = opensslErrors();
            if (m_error.isEmpty())
                m_error = tr("the connection was closed");
            return Status::Error;
        }
        const ssize_t n =
            ::send(m_fd, data.constData() + written, size_t(data.size() - written), MSG_NOSIGNAL);
        if (n >= 0) {
            written += n;
            continue;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
            if (const Status s = waitFor(true, end); s != Status::Ok)
                return s;
            continue;
        }
        m_error = systemError(errno);
        return errno == EPIPE || errno == ECONNRESET ? Status::Closed : Status::Error;
    }
    return Status::Ok;
}

ProbeConnection::Status ProbeConnection::readSome(qint64 deadline)
{
    char chunk[4096];
    for (;;) {
        if (m_ssl) {
            ERR_clear_error();
            size_t n = 0;
            if (SSL_read_ex(m_ssl, chunk, sizeof chunk, &n) == 1) {
                m_buffer.append(chunk, qsizetype(n));
                return Status::Ok;
            }
            const int error = SSL_get_error(m_ssl, 0);
            if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
                if (const Status s = waitFor(error == SSL_ERROR_WANT_WRITE, deadline); s != Status::Ok)
                    return s;
                continue;
            }
            if (error == SSL_ERROR_ZERO_RETURN) {
                m_error = tr("the server closed the TLS connection");
                return Status::Closed;
            }
            m_error = opensslErrors();
            if (m_error.isEmpty()) {
                m_error = tr("the server closed the connection");
                return Status::Closed;
            }
            return Status::Error;
        }
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n > 0) {
            m_buffer.append(chunk, n);
            return Status::Ok;
        }
        if (n == 0) {
            m_error = tr("the server closed the connection");
            return Status::Closed;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
            if (const Status s = waitFor(false, deadline); s != Status::Ok)
                return s;
            continue;
        }
        m_error = systemError(errno);
        return errno == ECONNRESET ? Status::Closed : Status::Error;
    }
}

ProbeConnection::Status ProbeConnection::readReply(Reply* reply)
{
    *reply = Reply{};
    const qint64 end = deadline();
    for (;;) {
        switch (parseReply(m_buffer, reply, &m_error)) {
        case Parse::Complete:
            return Status::Ok;
        case Parse::Malformed:
            return Status::Error;
        case Parse::NeedMore:
            if (const Status s = readSome(end); s != Status::Ok)
                return s;
            break;
        }
    }
}

ProbeConnection::Parse ProbeConnection::parseReply(QByteArray& buffer, Reply* reply, QString* error)
{
    for (;;) {
        const qsizetype newline = buffer.indexOf('\n');
        if (newline < 0) {
            if (buffer.size() > MaxLineLength) {
                *error = tr("the server sent a line longer than %1 bytes without a line break: \"%2\"")
                             .arg(MaxLineLength)
                             .arg(printable(buffer));
                return Parse::Malformed;
            }
            return Parse::NeedMore;
        }
        QByteArray line = buffer.left(newline);
        buffer.remove(0, newline + 1);
        reply->raw += line + '\n';
        if (line.endsWith('\r'))
            line.chop(1);
        const bool digits = line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line[0])) &&
                            std::isdigit(static_cast<unsigned char>(line[1])) &&
                            std::isdigit(static_cast<unsigned char>(line[2]));
        // A short line ("\r\n", "25") has no fourth byte to look at.
        const bool separator = line.size() == 3 || (line.size() > 3 && (line[3] == ' ' || line[3] == '-'));
        bool clean = true;
        for (char c : line) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && u != '\t') || u == 0x7f)
                clean = false;
        }
        if (!digits || !separator || !clean) {
            *error = tr("the server sent something that is not an SMTP reply: \"%1\"").arg(printable(line));
            return Parse::Malformed;
        }
        const int code = line.left(3).toInt();
        if (reply->code != 0 && code != reply->code) {
            *error = tr("the server mixed reply codes %1 and %2 in one reply").arg(reply->code).arg(code);
            return Parse::Malformed;
        }
        reply->code = code;
        reply->lines << QString::fromUtf8(line.mid(4));
        if (line.size() == 3 || line.at(3) == ' ')
            return Parse::Complete;
        if (reply->lines.size() > MaxReplyLines) {
            *error = tr("the server sent a reply of more than %1 lines").arg(MaxReplyLines);
            return Parse::Malformed;
        }
    }
}

ProbeConnection::Status ProbeConnection::startTls(ssl_st* ssl)
{
    m_ssl = ssl;
    SSL_set_fd(ssl, m_fd);
    const qint64 end = deadline();
    for (;;) {
        ERR_clear_error();
        const int rc = SSL_connect(ssl);
        if (rc == 1)
            return Status::Ok;
        const int error = SSL_get_error(ssl, rc);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
            if (const Status s = waitFor(error == SSL_ERROR_WANT_WRITE, end); s != Status::Ok)
                return s;
            continue;
        }
        m_error = opensslErrors();
        if (m_error.isEmpty()) {
            m_error = error == SSL_ERROR_SYSCALL && errno != 0 ? systemError(errno)
                                                               : tr("the server closed the connection");
        }
        return Status::Error;
    }
}

void ProbeConnection::close()
{
    if (m_ssl && m_fd >= 0) {
        // One non-blocking close_notify; we do not wait for the peer's.
        ERR_clear_error();
        SSL_shutdown(m_ssl);
        ERR_clear_error();
    }
    m_ssl = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
}

} // namespace ds::core
