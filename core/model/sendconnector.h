#pragma once

#include "addressspace.h"
#include "bytesize.h"
#include "connectorenums.h"
#include "fqdn.h"
#include "timespan.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ds::core {

// An organization-wide send connector (identity = name), with Exchange 2007's fields, names and
// defaults (Exchange 2007 New-SendConnector reference). Default-constructed = New-SendConnector -Usage
// Custom.
struct SendConnector
{
    Q_DECLARE_TR_FUNCTIONS(SendConnector)

public:
    QString name;
    SendUsage usage = SendUsage::Custom;
    QList<AddressSpace> addressSpaces;
    bool dnsRoutingEnabled = true;
    QStringList smartHosts; // FQDNs or IP literals, checked by parseSmartHost
    int port = 25;          // the smart-host / remote port
    SmartHostAuthMechanism smartHostAuthMechanism = SmartHostAuthMechanism::None;
    Fqdn fqdn; // empty: the source server's FQDN
    bool domainSecureEnabled = false;
    bool requireTLS = false;
    bool ignoreStartTls = false;
    // Exchange 2010 and later: the check of the partner's certificate, and the name it must carry
    // with DomainValidation (a domain, or *.domain for the domain and its subdomains; required with
    // smart hosts, else the recipient's domain is used). Written to the file only when set.
    TlsAuthLevel tlsAuthLevel = TlsAuthLevel::Unset;
    QString tlsDomain;
    QStringList sourceTransportServers;
    ByteSize maxMessageSize = ByteSize::fromBytes(10 * 1024 * 1024); // 2007 default 10MB
    ProtocolLoggingLevel protocolLoggingLevel = ProtocolLoggingLevel::None;
    TimeSpan connectionInactivityTimeout = TimeSpan::fromSeconds(10 * 60); // default 00:10:00
    bool enabled = true;
    QString comment;
    QJsonObject unknown;

    // The plain domains of the address spaces (wildcards left out), lower case.
    QStringList plainDomains() const;
    bool hasWildcardAddressSpace() const;

    // A smart host: an FQDN or an IP literal (IPv6 may be bracketed); returns its normalized form.
    static Result<QString> parseSmartHost(const QString& text);
    // A -TlsDomain value (SmtpDomainWithSubdomains): "partner.example" or "*.partner.example",
    // normalized as SmtpDomain does; empty stays empty.
    static Result<QString> parseTlsDomain(const QString& text);

    QJsonObject toJson() const;
    // Strict: wrong JSON types and invalid values are errors that start with their JSON path
    // (path names where json sits in the document, "servers[0]").
    static Result<SendConnector> fromJson(const QJsonObject& json, const QString& path = QString());
    bool operator==(const SendConnector&) const = default;
};

} // namespace ds::core
