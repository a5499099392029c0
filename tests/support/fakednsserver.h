#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <atomic>
#include <thread>

// A tiny DNS server over UDP port 53 on a loopback address (IPv4 or IPv6), for tests of MX lookups
// without the internet (MxResolver::lookup with a nameserver). Answers MX and A queries from a table; names
// not in the table get NXDOMAIN. Binding port 53 needs root, as the e2e tests do.
class FakeDnsServer
{
public:
    struct Zone
    {
        QList<QPair<quint16, QByteArray>> mx; // preference, exchange ("" = null MX)
        QList<QByteArray> a;                  // 4-byte IPv4 addresses
        int rcode = 0;                        // 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED
    };

    // Serves zones (by lower-case name) on address:53 until destroyed.
    FakeDnsServer(const QString& address, const QMap<QByteArray, Zone>& zones);
    ~FakeDnsServer();
    FakeDnsServer(const FakeDnsServer&) = delete;
    FakeDnsServer& operator=(const FakeDnsServer&) = delete;

    bool isListening() const { return m_bound; }
    int queries() const { return m_queries; }

private:
    QByteArray answer(const QByteArray& query) const;
    void serve();

    int m_fd = -1;
    bool m_bound = false;
    const QMap<QByteArray, Zone> m_zones; // read-only once the server thread runs
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_queries{0};
    std::thread m_thread;
};
