#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ds::core {

struct Workspace;

// How strictly the probe judges the partner's certificate, named after Postfix's TLS levels:
// encrypt = TLS required, certificate not judged; verify = trusted chain and a matching name
// (MX host, domain or subdomain); secure = trusted chain and a name of the partner domain.
enum class ProbeLevel { Encrypt, Verify, Secure };

// What one probe connects to and what it presents; a plain value, safe to copy into a worker.
struct ProbeOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProbeOptions)

public:
    QString host; // DNS name or IP literal of the partner's gateway (or our own binding)
    quint16 port = 25;
    QString domain;   // partner domain (reference names "domain" and ".domain"); may be empty
    QString ehloName; // our connector's FQDN; empty: the machine's host name
    ProbeLevel level = ProbeLevel::Secure;
    int timeoutMs = 30000; // per network step (connect, each reply, handshake)

    // Trust: the system store, the workspace's partner roots, extra CA files (PEM).
    bool useSystemStore = true;
    QString systemCaPath = QStringLiteral("/etc/ssl/certs");
    QList<QByteArray> trustedRootsDer;
    QStringList caFiles;

    // Our client certificate, kept in memory only; keyDer is unencrypted PKCS#8.
    QByteArray clientCertificateDer;
    QList<QByteArray> clientChainDer;
    QByteArray clientKeyDer;

    bool hasClientCertificate() const { return !clientCertificateDer.isEmpty() && !clientKeyDer.isEmpty(); }

    // "host", "host:port", "[v6]:port"; fails with a Usage error on a bad port or empty host.
    Status setTarget(const QString& target);
    static QString levelName(ProbeLevel level);
    static std::optional<ProbeLevel> levelFromName(const QString& name);

    // Takes the SMTP certificate of server (and its key, decrypted with passphrase when the
    // workspace protects keys) as our client certificate, and the workspace's partner roots.
    Status useWorkspace(const Workspace& workspace, const QString& server, const QString& passphrase);
};

} // namespace ds::core
