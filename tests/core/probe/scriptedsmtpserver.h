#pragma once

#include <QByteArray>
#include <QList>
#include <atomic>
#include <thread>

// A tiny SMTP-ish server on 127.0.0.1 for probe tests: it accepts connections in a thread and
// plays one behaviour (silent after the banner, garbage, a server without STARTTLS, …).
class ScriptedSmtpServer
{
public:
    enum class Behaviour { SilentAfterBanner, Garbage, BlankLine, NoStarttls, SilentBanner, RefuseBanner };

    explicit ScriptedSmtpServer(Behaviour behaviour);
    ~ScriptedSmtpServer();
    quint16 port() const { return m_port; }
    // Every line the client sent, over all connections (for assertions).
    QList<QByteArray> received() const;
    // A loopback port where nothing listens (bound, then closed).
    static quint16 unusedPort();

private:
    void serve();
    void handle(int fd);

    Behaviour m_behaviour;
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    mutable std::atomic_flag m_lock = ATOMIC_FLAG_INIT;
    QList<QByteArray> m_received;
};
