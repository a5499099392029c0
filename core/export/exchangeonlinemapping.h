#pragma once

#include "model/workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ds::core {

// How a workspace's partnerships become Exchange Online connectors. The one place both the
// exporter (ExchangeOnlineExporter) and the rules of what Online cannot express
// (ExchangeOnlineRules) take it from. Sources:
// https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector and
// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector.
class ExchangeOnlineMapping
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeOnlineMapping)

public:
    // One Partner inbound connector per domain of the domain-secure receive list: mail from the
    // domain must come over TLS with a certificate for it (-RequireTls, -RestrictDomainsToCertificate,
    // -TlsSenderCertificateName) and, when the workspace's domain-secure receive connectors for the
    // domain accept only some addresses, from those addresses (-SenderIPAddresses,
    // -RestrictDomainsToIPAddresses).
    struct Inbound
    {
        QString name;                  // the connector's name in Exchange Online
        QString senderDomain;          // -SenderDomains
        QString certificateName;       // -TlsSenderCertificateName
        QStringList senderIPAddresses; // IPv4 addresses and CIDR /24 to /32; empty: any address
        QStringList receiveConnectors; // the identities (SERVER\Name) the addresses come from
        QStringList unexpressible;     // ranges Online cannot take (IPv6, wider than /24)
    };
    // One Partner outbound connector per domain-secure (or DomainValidation) send connector and TLS
    // domain: mail to the recipient domains goes only over TLS to a certificate of the TLS domain
    // (-TlsSettings DomainValidation -TlsDomain), by MX (-UseMXRecord $true) or through the smart
    // hosts.
    struct Outbound
    {
        QString name;
        QString sendConnector; // the workspace's send connector
        QStringList recipientDomains;
        QString tlsDomain;
        bool useMxRecord = true;
        QStringList smartHosts;
        bool enabled = true;
        QString comment;
    };

    static QList<Inbound> inbound(const Workspace& workspace);
    static QList<Outbound> outbound(const Workspace& workspace);

    // The name a partner's certificate must carry for mail to domain (TlsSenderCertificateName):
    // the domain itself; the workspace's pinned certificates of the domain carry it (the lint
    // rule PIN-DOMAIN-MISSING refuses an export otherwise).
    static QString certificateName(const Workspace& workspace, const QString& domain);
    // The TLS domain of a send connector for one of its recipient domains (-TlsDomain): the
    // connector's own TLS domain with DomainValidation, else the recipient domain, whose
    // certificate domain security requires.
    static QString tlsDomain(const SendConnector& connector, const QString& recipientDomain);
    // Whether a send connector becomes outbound connectors: with domain security, or with the TLS
    // authentication level DomainValidation (both validate the partner's name).
    static bool exportsSendConnector(const SendConnector& connector);
    // range as -SenderIPAddresses values: an IPv4 address or CIDR blocks of /24 to /32 (a range
    // a-b or a wider CIDR is split into such blocks, at most kMaxBlocks); nullopt for IPv6, which
    // Exchange Online refuses, and for a range that needs more blocks.
    static std::optional<QStringList> senderIPAddresses(const IpRange& range);
    static constexpr qsizetype kMaxBlocks = 16;

    static constexpr int kMaxNameLength = 64; // New-OutboundConnector -Name
    static QString inboundName(const QString& domain);
};

} // namespace ds::core
