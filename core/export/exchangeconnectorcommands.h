#pragma once

#include "model/exchangeversion.h"
#include "model/receiveconnector.h"
#include "model/sendconnector.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ds::core {

// The one generator of Exchange 2007 connector and domain-secure-list commands, used by the
// exported script and by the wizards' completion pages. It knows the cmdlets' parameter sets
// (New-ReceiveConnector, New-SendConnector, Set-TransportConfig; Exchange 2007 cmdlet reference,
// https://learn.microsoft.com/previous-versions/office/exchange-server-2007/bb125139(v=exchg.80),
// and the current reference https://learn.microsoft.com/powershell/module/exchange/new-receiveconnector):
// -RemoteIPRanges is never written with the Internet usage, -Bindings never with Internal or Client;
// a connector that needs what its usage excludes is written with the Custom usage and every setting
// explicit. Every user value is a PowerShell 1.0 single-quoted literal (PowerShellQuote).
class ExchangeConnectorCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeConnectorCommands)

public:
    enum class Detail {
        Complete, // every modelled setting (the exported script: a re-run resets what drifted)
        Console   // only what differs from the usage's defaults (what the Exchange console shows)
    };

    // The usage New-ReceiveConnector is given for c: its own, or Custom when c's bindings or
    // remote ranges cannot be written with it (Internet with remote ranges other than all
    // addresses; Internal/Client with bindings other than the usage's own).
    static ReceiveUsage effectiveUsage(const ReceiveConnector& c);
    // Whether -Bindings / -RemoteIPRanges go into New-ReceiveConnector for that usage.
    static bool writesBindings(ReceiveUsage usage);
    static bool writesRemoteIPRanges(ReceiveUsage usage);

    // New-ReceiveConnector -Name … -Usage … … -Server …
    // From Exchange 2013 a connector on a Mailbox server (edge false) is created with
    // -TransportRole: HubTransport for the Internal usage, FrontendTransport (the service that
    // receives mail from outside) for every other one.
    // tlsCertificateName (Exchange 2013 and later, ExchangeCertificateCommands::tlsCertificateName):
    // the certificate the connector presents, written with -TlsCertificateName when not empty.
    static Result<QString> newReceiveConnector(const ReceiveConnector& c, const QString& server, bool edge,
                                               Detail detail = Detail::Complete,
                                               ExchangeVersion version = ExchangeVersion::Exchange2007,
                                               const QString& tlsCertificateName = {});
    static QString transportRole(ReceiveUsage usage);
    // Set-ReceiveConnector -Identity <identity> … (identity: a quoted 'SERVER\Name' or a variable
    // expression such as $existing.Identity, written as given).
    static Result<QString> setReceiveConnector(const ReceiveConnector& c, const QString& identityExpression,
                                               const QString& serverFqdn,
                                               const QString& tlsCertificateName = {});

    // New-SendConnector -Name … -Usage … -AddressSpaces …; -DNSRoutingEnabled $false always
    // stands next to -SmartHosts. sourceServers: -SourceTransportServers is written only when true
    // (it is not valid on an Edge server). From Exchange 2010 a TLS authentication level the
    // connector has is written with -TlsAuthLevel (and -TlsDomain for DomainValidation).
    static Result<QString> newSendConnector(const SendConnector& c, bool sourceServers,
                                            Detail detail = Detail::Complete,
                                            ExchangeVersion version = ExchangeVersion::Exchange2007,
                                            const QString& tlsCertificateName = {});
    static Result<QString> setSendConnector(const SendConnector& c, bool sourceServers,
                                            ExchangeVersion version = ExchangeVersion::Exchange2007,
                                            const QString& tlsCertificateName = {});

    // The PowerShell 1.0 lines that add domains to TLSSendDomainSecureList and
    // TLSReceiveDomainSecureList keeping what is there (Exchange 2007 replaces a whole list when
    // it is set; @{Add=…} only exists from Exchange 2010 SP1). Empty lists write nothing.
    // From Exchange 2010 (SP1) the missing domains are added with @{Add=…}, which leaves the
    // other entries alone without writing the whole list back.
    static Result<QStringList>
    addToDomainSecureLists(const QStringList& sendDomains, const QStringList& receiveDomains,
                           ExchangeVersion version = ExchangeVersion::Exchange2007);
};

} // namespace ds::core
