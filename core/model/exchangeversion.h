#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace ds::core {

// The Exchange release an exported script is written for. Exchange2016 covers Exchange 2016, 2019
// and Subscription Edition (the same cmdlets). ExchangeOnline is the cloud service (Microsoft 365):
// no servers, no certificates of its own to import, inbound and outbound connectors instead of
// receive and send connectors; it comes last, and every "since" comparison of the on-premises
// releases must exclude it (isOnline()).
enum class ExchangeVersion { Exchange2007, Exchange2010, Exchange2013, Exchange2016, ExchangeOnline };

// In the model because the workspace remembers the organization's release. Names and the version differences
// the exporter and the cmdlet contract table rely on. Sources:
// https://learn.microsoft.com/powershell/module/exchange/import-exchangecertificate (-FileData,
// -PrivateKeyExportable), https://learn.microsoft.com/powershell/module/exchange/new-receiveconnector
// (-TransportRole), https://learn.microsoft.com/powershell/module/exchange/set-transportconfig
// (multivalued properties with @{Add=...}, Exchange 2010 SP1 and later).
class ExchangeVersions
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeVersions)

public:
    // Every release, Exchange Online last.
    static QList<ExchangeVersion> all();
    // The on-premises releases (what ExchangeShellExporter writes for).
    static QList<ExchangeVersion> onPremises();
    static bool isOnline(ExchangeVersion version) { return version == ExchangeVersion::ExchangeOnline; }
    // "2007", "2010", "2013", "2016", "online" (the --version values).
    static QString name(ExchangeVersion version);
    static std::optional<ExchangeVersion> parse(const QString& name);
    // The export target id: "exchange2007", "exchange2010", "exchange2013", "exchange2016",
    // "exchange-online".
    static QString target(ExchangeVersion version);
    static std::optional<ExchangeVersion> fromTarget(const QString& target);
    // "Exchange Server 2016, 2019 and Subscription Edition"
    static QString displayName(ExchangeVersion version);
    // The Windows PowerShell the version's Management Shell runs on ("1.0", "2.0", "3.0", "5.1"); for
    // Exchange Online the ExchangeOnlineManagement module's ("5.1 or 7").
    static QString powerShell(ExchangeVersion version);

    // The predicates below describe the on-premises releases; all are false for Exchange Online,
    // which has no Import-ExchangeCertificate, no domain-secure lists and no transport servers.
    // Import-ExchangeCertificate -FileData with the file's bytes, -PrivateKeyExportable (2010+).
    static bool importsFileData(ExchangeVersion version)
    {
        return !isOnline(version) && version >= ExchangeVersion::Exchange2010;
    }
    // Set-TransportConfig -TLS…DomainSecureList @{Add=…} (2010 SP1+).
    static bool addsToLists(ExchangeVersion version)
    {
        return !isOnline(version) && version >= ExchangeVersion::Exchange2010;
    }
    // Receive connectors on Mailbox servers take -TransportRole (2013+; no Hub Transport role).
    static bool hasTransportRole(ExchangeVersion version)
    {
        return !isOnline(version) && version >= ExchangeVersion::Exchange2013;
    }
    // Connectors name the certificate they present with -TlsCertificateName (2013+).
    static bool namesTlsCertificate(ExchangeVersion version)
    {
        return !isOnline(version) && version >= ExchangeVersion::Exchange2013;
    }
};

} // namespace ds::core
