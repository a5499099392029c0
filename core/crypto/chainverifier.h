#pragma once

#include "certificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace ds::core {

// One certificate of a built chain with what OpenSSL said about it.
struct ChainLink
{
    Certificate certificate;
    bool ok = true;
    QString status; // "OK" or the problem in words
};

// The result of verifying a certificate: the chain as built (leaf first) and why it failed.
struct ChainResult
{
    bool trusted = false;
    QList<ChainLink> chain;
    QString reason;           // empty when trusted; else one sentence
    int opensslError = 0;     // X509_V_ERR_*, for tests and logs
    bool timeProblem = false; // the failure is an expired / not yet valid certificate
};

// Builds and verifies chains against the system trust store (/etc/ssl/certs), the workspace's
// trusted partner roots and the intermediates imported with certificates (WorkspaceCrypto::chainVerifier
// fills it from a workspace), at Clock::current().now().
class ChainVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ChainVerifier)

public:
    enum class Purpose { TlsServer, TlsClient };

    ChainVerifier();
    ~ChainVerifier();
    ChainVerifier(const ChainVerifier&) = delete;
    ChainVerifier& operator=(const ChainVerifier&) = delete;
    ChainVerifier(ChainVerifier&&) noexcept;
    ChainVerifier& operator=(ChainVerifier&&) noexcept;

    // Default /etc/ssl/certs; an empty path leaves the system store out (tests).
    void setSystemStorePath(const QString& path);
    void addTrustedRoot(const Certificate& root);
    void addIntermediate(const Certificate& certificate);
    // True when an intermediate with this DER was added (lets callers skip parsing it again).
    bool hasIntermediate(const QByteArray& der) const;
    // Overrides the verification time (default Clock::current().now()).
    void setTime(const QDateTime& time);

    ChainResult verify(const Certificate& leaf, Purpose purpose = Purpose::TlsServer) const;
    // Verifies for TLS server and client; trusted only when both pass (mutual TLS needs both).
    ChainResult verifyForMutualTls(const Certificate& leaf) const;

    static QString purposeName(Purpose purpose);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ds::core
