#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

struct ssl_st;

namespace ds::core {

// One TCP connection with deadlines and cancellation on every wait: a non-blocking POSIX socket
// polled in short slices, optionally wrapped in an OpenSSL SSL object after STARTTLS.
class ProbeConnection
{
    Q_DECLARE_TR_FUNCTIONS(ProbeConnection)

public:
    enum class Status { Ok, Timeout, Cancelled, Closed, Error };

    struct Reply
    {
        int code = 0;
        QStringList lines; // text after "NNN-" / "NNN "
        QByteArray raw;
    };

    ProbeConnection(int timeoutMs, const std::atomic<bool>* cancelled);
    ~ProbeConnection();
    ProbeConnection(const ProbeConnection&) = delete;
    ProbeConnection& operator=(const ProbeConnection&) = delete;

    // Resolves host and connects to the first address that answers. address receives the IP.
    Status connectTo(const QString& host, quint16 port, QString* address);
    Status writeAll(const QByteArray& data);
    // Reads one SMTP reply (possibly multi-line). A malformed reply gives Status::Error.
    Status readReply(Reply* reply);
    // The parser behind readReply, without a socket (fuzz/fuzz_smtpreply): moves the complete lines
    // at the front of buffer into reply until the reply is complete.
    enum class Parse { Complete, NeedMore, Malformed };
    static Parse parseReply(QByteArray& buffer, Reply* reply, QString* error);
    // Drives SSL_connect on this socket; ssl must be configured, and is owned by the caller.
    Status startTls(ssl_st* ssl);
    bool hasBufferedData() const { return !m_buffer.isEmpty(); }
    void close();

    QString errorString() const { return m_error; }

private:
    Status waitFor(bool forWrite, qint64 deadline);
    Status readSome(qint64 deadline);
    qint64 deadline() const;

    int m_fd = -1;
    int m_timeoutMs;
    const std::atomic<bool>* m_cancelled;
    ssl_st* m_ssl = nullptr;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace ds::core
