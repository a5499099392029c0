#include "cmdletcontract.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

const QString k2007 = u"https://learn.microsoft.com/previous-versions/office/exchange-server-2007/"_s;
const QString kCurrent = u"https://learn.microsoft.com/powershell/module/exchange/"_s;

// PowerShell's common parameters: every cmdlet takes them.
const QStringList kCommon = {u"ErrorAction"_s, u"WarningAction"_s, u"ErrorVariable"_s, u"WarningVariable"_s,
                             u"OutVariable"_s, u"OutBuffer"_s,     u"Verbose"_s,       u"Debug"_s};
const QStringList kCommonSwitches = {u"Verbose"_s, u"Debug"_s};

// New-ReceiveConnector, Exchange 2007 SP1-SP3 syntax (bb125139).
const QStringList kReceiveParameters = {u"Name"_s,
                                        u"Bindings"_s,
                                        u"RemoteIPRanges"_s,
                                        u"AuthMechanism"_s,
                                        u"Banner"_s,
                                        u"BinaryMimeEnabled"_s,
                                        u"ChunkingEnabled"_s,
                                        u"Comment"_s,
                                        u"Confirm"_s,
                                        u"ConnectionInactivityTimeout"_s,
                                        u"ConnectionTimeout"_s,
                                        u"Custom"_s,
                                        u"Internet"_s,
                                        u"Internal"_s,
                                        u"Client"_s,
                                        u"Partner"_s,
                                        u"Usage"_s,
                                        u"DefaultDomain"_s,
                                        u"DeliveryStatusNotificationEnabled"_s,
                                        u"DomainController"_s,
                                        u"DomainSecureEnabled"_s,
                                        u"EightBitMimeEnabled"_s,
                                        u"EnableAuthGSSAPI"_s,
                                        u"Enabled"_s,
                                        u"EnhancedStatusCodesEnabled"_s,
                                        u"Fqdn"_s,
                                        u"LongAddressesEnabled"_s,
                                        u"MaxHeaderSize"_s,
                                        u"MaxHopCount"_s,
                                        u"MaxInboundConnection"_s,
                                        u"MaxInboundConnectionPercentagePerSource"_s,
                                        u"MaxInboundConnectionPerSource"_s,
                                        u"MaxLocalHopCount"_s,
                                        u"MaxLogonFailures"_s,
                                        u"MaxMessageSize"_s,
                                        u"MaxProtocolErrors"_s,
                                        u"MaxRecipientsPerMessage"_s,
                                        u"MessageRateLimit"_s,
                                        u"OrarEnabled"_s,
                                        u"PermissionGroups"_s,
                                        u"PipeliningEnabled"_s,
                                        u"ProtocolLoggingLevel"_s,
                                        u"RequireEHLODomain"_s,
                                        u"RequireTLS"_s,
                                        u"Server"_s,
                                        u"SizeEnabled"_s,
                                        u"TarpitInterval"_s,
                                        u"WhatIf"_s};

// New-SendConnector, Exchange 2007 SP1-SP3 syntax (aa998936).
const QStringList kSendParameters = {u"Name"_s,
                                     u"AddressSpaces"_s,
                                     u"AuthenticationCredential"_s,
                                     u"Comment"_s,
                                     u"Confirm"_s,
                                     u"ConnectionInactivityTimeOut"_s,
                                     u"Custom"_s,
                                     u"Internal"_s,
                                     u"Internet"_s,
                                     u"Partner"_s,
                                     u"Usage"_s,
                                     u"DNSRoutingEnabled"_s,
                                     u"DomainController"_s,
                                     u"DomainSecureEnabled"_s,
                                     u"Enabled"_s,
                                     u"Force"_s,
                                     u"ForceHELO"_s,
                                     u"Fqdn"_s,
                                     u"IgnoreSTARTTLS"_s,
                                     u"IsScopedConnector"_s,
                                     u"LinkedReceiveConnector"_s,
                                     u"MaxMessageSize"_s,
                                     u"Port"_s,
                                     u"ProtocolLoggingLevel"_s,
                                     u"RequireTLS"_s,
                                     u"SmartHostAuthMechanism"_s,
                                     u"SmartHosts"_s,
                                     u"SourceIPAddress"_s,
                                     u"SourceTransportServers"_s,
                                     u"TemplateInstance"_s,
                                     u"UseExternalDNSServersEnabled"_s,
                                     u"WhatIf"_s};

QStringList without(QStringList list, const QStringList& drop)
{
    for (const QString& item : drop)
        list.removeAll(item);
    return list;
}

using V = ExchangeVersion;
using Change = CmdletContract::VersionChange;

void addChange(QList<CmdletContract>& table, const QString& cmdlet, const Change& change)
{
    for (CmdletContract& row : table) {
        if (row.cmdlet == cmdlet) {
            row.changes << change;
            return;
        }
    }
    qFatal("cmdlet contract: no row %s", qPrintable(cmdlet));
}

// What Exchange 2010, 2013 and 2016 (also 2019 and Subscription Edition) changed in the cmdlets
// the product emits, from the current Exchange PowerShell reference (its "This parameter is
// available only in ..." notes).
void addVersionChanges(QList<CmdletContract>& t)
{
    const QString certificates = kCurrent + u"import-exchangecertificate"_s;
    // Import-ExchangeCertificate: -FileData (the file's bytes), -PrivateKeyExportable and -Server
    // from 2010; -Path is gone from 2013; -FileName existed only in 2013.
    addChange(
        t, u"Import-ExchangeCertificate"_s,
        {V::Exchange2010, {u"FileData"_s, u"PrivateKeyExportable"_s, u"Server"_s}, {}, {}, {}, certificates});
    addChange(t, u"Import-ExchangeCertificate"_s,
              {V::Exchange2013, {u"FileName"_s}, {}, {u"Path"_s}, {}, certificates});
    addChange(t, u"Import-ExchangeCertificate"_s,
              {V::Exchange2016, {}, {}, {u"FileName"_s}, {}, certificates});
    // -Server on the certificate cmdlets, -Force on Enable- from 2010.
    addChange(t, u"Get-ExchangeCertificate"_s,
              {V::Exchange2010, {u"Server"_s}, {}, {}, {}, kCurrent + u"get-exchangecertificate"_s});
    addChange(t, u"Enable-ExchangeCertificate"_s,
              {V::Exchange2010,
               {u"Server"_s, u"Force"_s},
               {u"Force"_s},
               {},
               {},
               kCurrent + u"enable-exchangecertificate"_s});
    // Export-ExchangeCertificate: -Server from 2010; -FileName replaces -Path in 2013 (and -Identity
    // appears); 2016 returns the file's content (the script writes it), -FileName is gone.
    addChange(t, u"Export-ExchangeCertificate"_s,
              {V::Exchange2010, {u"Server"_s}, {}, {}, {}, kCurrent + u"export-exchangecertificate"_s});
    addChange(t, u"Export-ExchangeCertificate"_s,
              {V::Exchange2013,
               {u"FileName"_s, u"Identity"_s},
               {},
               {u"Path"_s},
               {},
               kCurrent + u"export-exchangecertificate"_s});
    addChange(t, u"Export-ExchangeCertificate"_s,
              {V::Exchange2016, {}, {}, {u"FileName"_s}, {}, kCurrent + u"export-exchangecertificate"_s});
    // New-ExchangeCertificate: -RequestFile replaces -Path in 2013; 2016 returns the request as
    // text (the script writes it).
    addChange(t, u"New-ExchangeCertificate"_s,
              {V::Exchange2010, {u"Server"_s}, {}, {}, {}, kCurrent + u"new-exchangecertificate"_s});
    addChange(
        t, u"New-ExchangeCertificate"_s,
        {V::Exchange2013, {u"RequestFile"_s}, {}, {u"Path"_s}, {}, kCurrent + u"new-exchangecertificate"_s});
    addChange(t, u"New-ExchangeCertificate"_s,
              {V::Exchange2016, {}, {}, {u"RequestFile"_s}, {}, kCurrent + u"new-exchangecertificate"_s});
    // Receive connectors on Mailbox servers (2013+): -TransportRole FrontendTransport|HubTransport
    // and -TlsCertificateName.
    for (const QString& cmdlet : {u"New-ReceiveConnector"_s, u"Set-ReceiveConnector"_s})
        addChange(t, cmdlet,
                  {V::Exchange2013,
                   {u"TransportRole"_s, u"TlsCertificateName"_s},
                   {},
                   {},
                   {u"Bindings"_s, u"RemoteIPRanges"_s, u"PermissionGroups"_s, u"AuthMechanism"_s},
                   kCurrent + cmdlet.toLower()});
    // Send connectors: -TlsAuthLevel and -TlsDomain from 2010, -TlsCertificateName from 2013.
    for (const QString& cmdlet : {u"New-SendConnector"_s, u"Set-SendConnector"_s}) {
        addChange(t, cmdlet,
                  {V::Exchange2010,
                   {u"TlsAuthLevel"_s, u"TlsDomain"_s},
                   {},
                   {},
                   {u"AddressSpaces"_s, u"SmartHosts"_s, u"SourceTransportServers"_s},
                   kCurrent + cmdlet.toLower()});
        addChange(t, cmdlet,
                  {V::Exchange2013, {u"TlsCertificateName"_s}, {}, {}, {}, kCurrent + cmdlet.toLower()});
    }
    // The domain-secure lists take @{Add=…} from Exchange 2010 SP1 (multivalued properties).
    addChange(t, u"Set-TransportConfig"_s,
              {V::Exchange2010,
               {},
               {},
               {},
               {u"TLSSendDomainSecureList"_s, u"TLSReceiveDomainSecureList"_s, u"InternalSMTPServers"_s},
               kCurrent + u"set-transportconfig"_s});
}

// Exchange Online (ExchangeOnlineManagement module), from the current reference; each of these
// pages says "This cmdlet is available only in the cloud-based service" (or only in the module).
void addOnlineRows(QList<CmdletContract>& t)
{
    const QStringList shell = {u"Confirm"_s, u"WhatIf"_s};
    auto online = [&t](CmdletContract row) {
        row.availability = CmdletContract::Availability::Online;
        row.reference2007 = false;
        row.note = u"Exchange Online only: there is no Exchange 2007 page."_s;
        t << row;
    };
    // Connect-ExchangeOnline -ShowBanner:$false; Get-ConnectionInformation takes no parameter.
    online({u"Connect-ExchangeOnline"_s,
            {u"UserPrincipalName"_s, u"ShowBanner"_s, u"ShowProgress"_s, u"Organization"_s,
             u"ExchangeEnvironmentName"_s, u"Device"_s, u"InlineCredential"_s, u"Credential"_s},
            {u"ShowBanner"_s, u"Device"_s, u"InlineCredential"_s},
            0,
            {},
            {},
            {},
            {},
            kCurrent + u"connect-exchangeonline"_s});
    online({u"Get-ConnectionInformation"_s,
            {},
            {},
            0,
            {},
            {},
            {},
            {},
            kCurrent + u"get-connectioninformation"_s});
    const QStringList inbound = {u"SenderDomains"_s,
                                 u"AssociatedAcceptedDomains"_s,
                                 u"CloudServicesMailEnabled"_s,
                                 u"Comment"_s,
                                 u"Confirm"_s,
                                 u"ConnectorSource"_s,
                                 u"ConnectorType"_s,
                                 u"EFSkipIPs"_s,
                                 u"EFSkipLastIP"_s,
                                 u"EFUsers"_s,
                                 u"Enabled"_s,
                                 u"RequireTls"_s,
                                 u"RestrictDomainsToCertificate"_s,
                                 u"RestrictDomainsToIPAddresses"_s,
                                 u"SenderIPAddresses"_s,
                                 u"TlsSenderCertificateName"_s,
                                 u"TreatMessagesAsInternal"_s,
                                 u"TrustedOrganizations"_s,
                                 u"WhatIf"_s};
    online({u"Get-InboundConnector"_s,
            {u"Identity"_s},
            {},
            0,
            {},
            {},
            {},
            {},
            kCurrent + u"get-inboundconnector"_s});
    online({u"New-InboundConnector"_s,
            inbound + QStringList{u"Name"_s},
            shell,
            0,
            {},
            {},
            {},
            {},
            kCurrent + u"new-inboundconnector"_s});
    online({u"Set-InboundConnector"_s,
            inbound + QStringList{u"Identity"_s, u"Name"_s},
            shell,
            0,
            {},
            {},
            {},
            {},
            kCurrent + u"set-inboundconnector"_s});
    const QStringList outbound = {u"AllAcceptedDomains"_s,
                                  u"CloudServicesMailEnabled"_s,
                                  u"Comment"_s,
                                  u"Confirm"_s,
                                  u"ConnectorSource"_s,
                                  u"ConnectorType"_s,
                                  u"Enabled"_s,
                                  u"IsTransportRuleScoped"_s,
                                  u"RecipientDomains"_s,
                                  u"RouteAllMessagesViaOnPremises"_s,
                                  u"SenderRewritingEnabled"_s,
                                  u"SmartHosts"_s,
                                  u"TestMode"_s,
                                  u"TlsDomain"_s,
                                  u"TlsSettings"_s,
                                  u"UseMXRecord"_s,
                                  u"WhatIf"_s};
    online({u"Get-OutboundConnector"_s,
            {u"Identity"_s, u"IncludeTestModeConnectors"_s, u"IsTransportRuleScoped"_s},
            {},
            0,
            {},
            {},
            {},
            {},
            kCurrent + u"get-outboundconnector"_s});
    online({u"New-OutboundConnector"_s,
            outbound + QStringList{u"Name"_s, u"LinkForModifiedConnector"_s},
            shell,
            0,
            {},
            {},
            {},
            {},
            kCurrent + u"new-outboundconnector"_s});
    online({u"Set-OutboundConnector"_s,
            outbound + QStringList{u"Identity"_s, u"Name"_s, u"IsValidated"_s, u"LastValidationTimestamp"_s,
                                   u"ValidationRecipients"_s},
            shell,
            0,
            {},
            {},
            {},
            {},
            kCurrent + u"set-outboundconnector"_s});
}

QList<CmdletContract> buildTable()
{
    using R = CmdletContract::UsageRule;
    const QStringList usageSwitches = {u"Custom"_s,  u"Internet"_s, u"Internal"_s, u"Client"_s,
                                       u"Partner"_s, u"Confirm"_s,  u"WhatIf"_s};
    const QStringList shell = {u"Confirm"_s, u"WhatIf"_s};
    QList<CmdletContract> t;
    // --- Exchange 2007 certificate cmdlets (run on the server itself: no -Server in 2007).
    t << CmdletContract{u"Get-ExchangeCertificate"_s,
                        {u"Thumbprint"_s, u"DomainName"_s, u"Instance"_s},
                        {},
                        0,
                        {},
                        {},
                        {},
                        {},
                        k2007 + u"bb124950(v=exchg.80)"_s};
    t << CmdletContract{u"Import-ExchangeCertificate"_s,
                        {u"Path"_s, u"Password"_s, u"FriendlyName"_s, u"DomainController"_s, u"Instance"_s,
                         u"Confirm"_s, u"WhatIf"_s},
                        shell,
                        0,
                        {},
                        {},
                        {},
                        {},
                        k2007 + u"bb124424(v=exchg.80)"_s};
    t << CmdletContract{
        u"Enable-ExchangeCertificate"_s,
        {u"Thumbprint"_s, u"Services"_s, u"DomainController"_s, u"Confirm"_s, u"WhatIf"_s},
        shell,
        0,
        {},
        {},
        {},
        {},
        kCurrent + u"enable-exchangecertificate"_s,
        false,
        u"The Exchange 2007 page of Enable-ExchangeCertificate was not available. -Thumbprint and "
        "-Services (None, IMAP, POP, UM, IIS, SMTP) are the 2007 certificate cmdlets' shape; "
        "-Force is documented from Exchange 2010 only and is therefore not accepted here."_s};
    t << CmdletContract{u"New-ExchangeCertificate"_s,
                        {u"GenerateRequest"_s, u"Path"_s, u"BinaryEncoded"_s, u"Force"_s, u"DomainName"_s,
                         u"FriendlyName"_s, u"IncludeAcceptedDomains"_s, u"IncludeAutoDiscover"_s,
                         u"Instance"_s, u"KeySize"_s, u"PrivateKeyExportable"_s, u"Services"_s,
                         u"SubjectName"_s, u"DomainController"_s, u"Confirm"_s, u"WhatIf"_s},
                        {u"GenerateRequest"_s, u"BinaryEncoded"_s, u"Force"_s, u"IncludeAcceptedDomains"_s,
                         u"IncludeAutoDiscover"_s, u"Confirm"_s, u"WhatIf"_s},
                        0,
                        {},
                        {},
                        {},
                        {},
                        k2007 + u"aa998327(v=exchg.80)"_s};
    t << CmdletContract{u"Export-ExchangeCertificate"_s,
                        {u"Thumbprint"_s, u"Path"_s, u"Password"_s, u"BinaryEncoded"_s, u"Force"_s,
                         u"DomainController"_s, u"Confirm"_s, u"WhatIf"_s},
                        {u"BinaryEncoded"_s, u"Force"_s, u"Confirm"_s, u"WhatIf"_s},
                        0,
                        {},
                        {},
                        {},
                        {},
                        k2007 + u"aa996305(v=exchg.80)"_s};
    t << CmdletContract{u"Remove-ExchangeCertificate"_s,
                        {u"Thumbprint"_s, u"DomainController"_s, u"Confirm"_s, u"WhatIf"_s},
                        shell,
                        0,
                        {},
                        {},
                        {},
                        {},
                        kCurrent + u"remove-exchangecertificate"_s,
                        false,
                        u"The 2007 page was not available from Microsoft; the syntax line -Thumbprint "
                        "[-DomainController] [-Confirm] [-WhatIf] is the one of the 2007 help file."_s};
    // --- Receive connectors (per server; on the Edge and on the Hub).
    t << CmdletContract{u"Get-ReceiveConnector"_s,
                        {u"Identity"_s, u"Server"_s, u"DomainController"_s},
                        {},
                        0,
                        {},
                        {},
                        {},
                        {},
                        kCurrent + u"get-receiveconnector"_s,
                        false,
                        u"The 2007 page was not available; -Identity and -Server are used as in the 2007 "
                        "procedures."_s};
    t << CmdletContract{
        u"New-ReceiveConnector"_s,
        kReceiveParameters,
        usageSwitches,
        0,
        // The usage types' parameter sets (current reference; the 2007 per-usage syntax was not
        // available): Internet takes no -RemoteIPRanges, Internal and Client take no -Bindings.
        {R{u"Internet"_s, u"RemoteIPRanges"_s, false}, R{u"Internal"_s, u"Bindings"_s, false},
         R{u"Client"_s, u"Bindings"_s, false}, R{u"Internet"_s, u"Bindings"_s, true},
         R{u"Custom"_s, u"Bindings"_s, true}, R{u"Custom"_s, u"RemoteIPRanges"_s, true},
         R{u"Partner"_s, u"Bindings"_s, true}, R{u"Partner"_s, u"RemoteIPRanges"_s, true},
         R{u"Internal"_s, u"RemoteIPRanges"_s, true}, R{u"Client"_s, u"RemoteIPRanges"_s, true}},
        {},
        {},
        {u"Client"_s}, // the Client usage exists on Hub Transport servers only
        k2007 + u"bb125139(v=exchg.80); usage exclusions: "_s + kCurrent + u"new-receiveconnector"_s};
    t << CmdletContract{u"Set-ReceiveConnector"_s,
                        without(kReceiveParameters, usageSwitches + QStringList{u"Usage"_s, u"Server"_s}) +
                            QStringList{u"Identity"_s, u"Confirm"_s, u"WhatIf"_s},
                        shell,
                        0,
                        {},
                        {},
                        {},
                        {},
                        k2007 + u"bb125140(v=exchg.80)"_s};
    // --- Send connectors and the lists: organization objects, managed on the Hub when the Edge
    // is subscribed (EdgeSync replicates them; "How to Configure Mutual TLS for Domain Security",
    // bb123543).
    t << CmdletContract{u"Get-SendConnector"_s,
                        {u"Identity"_s, u"DomainController"_s},
                        {},
                        0,
                        {},
                        {},
                        {},
                        {},
                        kCurrent + u"get-sendconnector"_s,
                        false,
                        u"The 2007 page was not available; -Identity is used as in the 2007 procedures."_s};
    t << CmdletContract{
        u"New-SendConnector"_s,
        kSendParameters,
        {u"Custom"_s, u"Internal"_s, u"Internet"_s, u"Partner"_s, u"Force"_s, u"Confirm"_s, u"WhatIf"_s},
        0,
        {},
        {ScriptHost::SubscribedEdge},
        {u"SourceTransportServers"_s},
        {},
        k2007 + u"aa998936(v=exchg.80); subscribed Edge: "_s + k2007 + u"bb123543(v=exchg.80)"_s};
    t << CmdletContract{u"Set-SendConnector"_s,
                        without(kSendParameters, {u"Custom"_s, u"Internal"_s, u"Internet"_s, u"Partner"_s,
                                                  u"Usage"_s, u"TemplateInstance"_s}) +
                            QStringList{u"Identity"_s},
                        {u"Force"_s, u"Confirm"_s, u"WhatIf"_s},
                        0,
                        {},
                        {ScriptHost::SubscribedEdge},
                        {u"SourceTransportServers"_s},
                        {},
                        k2007 + u"aa998294(v=exchg.80)"_s};
    t << CmdletContract{u"Get-TransportConfig"_s,
                        {u"DomainController"_s},
                        {},
                        0,
                        {},
                        {},
                        {},
                        {},
                        kCurrent + u"get-transportconfig"_s,
                        false,
                        u"The 2007 page was not available; the cmdlet takes no parameter in the 2007 "
                        "procedures."_s};
    t << CmdletContract{u"Set-TransportConfig"_s,
                        {u"TLSSendDomainSecureList"_s, u"TLSReceiveDomainSecureList"_s, u"MaxReceiveSize"_s,
                         u"MaxSendSize"_s, u"MaxRecipientEnvelopeLimit"_s, u"InternalSMTPServers"_s,
                         u"DomainController"_s, u"Confirm"_s, u"WhatIf"_s},
                        shell,
                        0,
                        {},
                        {ScriptHost::SubscribedEdge},
                        {},
                        {},
                        k2007 + u"bb124151(v=exchg.80)"_s};
    // --- Windows PowerShell 1.0 cmdlets the scripts use around the Exchange ones.
    const QString utility = u"https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/"_s;
    const QString management =
        u"https://learn.microsoft.com/powershell/module/microsoft.powershell.management/"_s;
    const QString core = u"https://learn.microsoft.com/powershell/module/microsoft.powershell.core/"_s;
    const QString v1 =
        u"Current Windows PowerShell reference; the parameters used exist since PowerShell 1.0."_s;
    t << CmdletContract{u"Split-Path"_s,
                        {u"Parent"_s, u"Path"_s},
                        {u"Parent"_s},
                        1,
                        {},
                        {},
                        {},
                        {},
                        management + u"split-path"_s,
                        false,
                        v1};
    t << CmdletContract{u"Join-Path"_s,
                        {u"Path"_s, u"ChildPath"_s},
                        {},
                        2,
                        {},
                        {},
                        {},
                        {},
                        management + u"join-path"_s,
                        false,
                        v1};
    // The certificate commands of 2010 and later read and write request and certificate files as
    // Microsoft's examples do (Windows PowerShell's -Encoding Byte, PowerShell 1.0 to 5.1).
    t << CmdletContract{u"Get-Content"_s,
                        {u"Path"_s, u"Encoding"_s, u"ReadCount"_s},
                        {},
                        0,
                        {},
                        {},
                        {},
                        {},
                        management + u"get-content?view=powershell-5.1"_s,
                        false,
                        v1};
    t << CmdletContract{u"Set-Content"_s,
                        {u"Path"_s, u"Value"_s, u"Encoding"_s},
                        {},
                        0,
                        {},
                        {},
                        {},
                        {},
                        management + u"set-content?view=powershell-5.1"_s,
                        false,
                        v1};
    t << CmdletContract{u"Read-Host"_s,
                        {u"Prompt"_s, u"AsSecureString"_s},
                        {u"AsSecureString"_s},
                        1,
                        {},
                        {},
                        {},
                        {},
                        utility + u"read-host"_s,
                        false,
                        v1};
    t << CmdletContract{u"Get-Credential"_s,
                        {u"Credential"_s},
                        {},
                        1,
                        {},
                        {},
                        {},
                        {},
                        utility + u"get-credential"_s,
                        false,
                        v1};
    t << CmdletContract{
        u"Out-Null"_s, {u"InputObject"_s}, {}, 0, {}, {}, {}, {}, core + u"out-null"_s, false, v1};
    t << CmdletContract{u"ForEach-Object"_s,
                        {u"Process"_s, u"Begin"_s, u"End"_s},
                        {},
                        1,
                        {},
                        {},
                        {},
                        {},
                        core + u"foreach-object"_s,
                        false,
                        v1};
    t << CmdletContract{
        u"Where-Object"_s, {u"FilterScript"_s}, {}, 1, {}, {}, {}, {}, core + u"where-object"_s, false, v1};
    t << CmdletContract{u"Format-List"_s,           {u"Property"_s}, {}, 1, {}, {}, {}, {},
                        utility + u"format-list"_s, false,           v1};
    t << CmdletContract{u"New-Object"_s,
                        {u"TypeName"_s, u"ArgumentList"_s},
                        {},
                        2,
                        {},
                        {},
                        {},
                        {},
                        utility + u"new-object"_s,
                        false,
                        v1};
    t << CmdletContract{u"Write-Host"_s,
                        {u"Object"_s, u"ForegroundColor"_s},
                        {},
                        1,
                        {},
                        {},
                        {},
                        {},
                        utility + u"write-host"_s,
                        false,
                        v1};
    t << CmdletContract{u"Write-Warning"_s,           {u"Message"_s}, {}, 1, {}, {}, {}, {},
                        utility + u"write-warning"_s, false,          v1};
    t << CmdletContract{u"Get-Date"_s,           {u"Date"_s}, {}, 0, {}, {}, {}, {},
                        utility + u"get-date"_s, false,       v1};
    for (CmdletContract& row : t) {
        if (row.source.startsWith(utility) || row.source.startsWith(management) ||
            row.source.startsWith(core))
            row.availability = CmdletContract::Availability::Both;
    }
    addVersionChanges(t);
    addOnlineRows(t);
    return t;
}

QString unquoted(QString value)
{
    if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
        value = value.mid(1, value.size() - 2);
    return value;
}

bool isEdge(ScriptHost host)
{
    return host == ScriptHost::StandaloneEdge || host == ScriptHost::SubscribedEdge;
}

} // namespace

bool CmdletContract::availableIn(ExchangeVersion version) const
{
    switch (availability) {
    case Availability::OnPremises:
        return !ExchangeVersions::isOnline(version);
    case Availability::Online:
        return ExchangeVersions::isOnline(version);
    case Availability::Both:
        return true;
    }
    return false;
}

QStringList CmdletContract::parametersFor(ExchangeVersion version) const
{
    QStringList list = parameters;
    for (const VersionChange& change : changes) {
        if (change.since > version)
            continue;
        for (const QString& name : change.removed)
            list.removeAll(name);
        for (const QString& name : change.added) {
            if (!list.contains(name))
                list << name;
        }
    }
    return list;
}

QStringList CmdletContract::switchesFor(ExchangeVersion version) const
{
    QStringList list = switches;
    for (const VersionChange& change : changes) {
        if (change.since <= version)
            list += change.addedSwitches;
    }
    const QStringList valid = parametersFor(version);
    QStringList out;
    for (const QString& name : list) {
        if (valid.contains(name))
            out << name;
    }
    return out;
}

QStringList CmdletContract::addSyntaxFor(ExchangeVersion version) const
{
    QStringList list;
    for (const VersionChange& change : changes) {
        if (change.since <= version)
            list += change.addSyntax;
    }
    return list;
}

const QList<CmdletContract>& CmdletContracts::table()
{
    static const QList<CmdletContract> rows = buildTable();
    return rows;
}

const CmdletContract* CmdletContracts::find(const QString& cmdlet)
{
    for (const CmdletContract& row : table()) {
        if (row.cmdlet.compare(cmdlet, Qt::CaseInsensitive) == 0)
            return &row;
    }
    return nullptr;
}

bool CmdletContracts::isSwitch(const QString& cmdlet, const QString& parameter, ExchangeVersion version)
{
    const CmdletContract* row = find(cmdlet);
    return (row && row->switchesFor(version).contains(parameter, Qt::CaseInsensitive)) ||
           kCommonSwitches.contains(parameter, Qt::CaseInsensitive);
}

QString CmdletContracts::hostName(ScriptHost host)
{
    switch (host) {
    case ScriptHost::StandaloneEdge:
        return tr("a standalone Edge Transport server");
    case ScriptHost::SubscribedEdge:
        return tr("a subscribed Edge Transport server");
    case ScriptHost::Hub:
        return tr("a Hub Transport server");
    }
    return {};
}

QString CmdletContracts::hostName(ScriptHost host, ExchangeVersion version)
{
    if (ExchangeVersions::isOnline(version))
        return tr("Exchange Online");
    if (host == ScriptHost::Hub && ExchangeVersions::hasTransportRole(version))
        return tr("a Mailbox server");
    return hostName(host);
}

QStringList CmdletContracts::check(const CmdletCall& call, ScriptHost host, ExchangeVersion version)
{
    QStringList problems;
    const CmdletContract* row = find(call.cmdlet);
    if (!row)
        return {tr("%1 is not in the cmdlet contract table").arg(call.cmdlet)};
    if (!row->availableIn(version))
        return {tr("%1 does not exist in %2").arg(row->cmdlet, ExchangeVersions::displayName(version))};
    const bool online = ExchangeVersions::isOnline(version); // no servers: the host does not apply
    if (!online && row->refusedOn.contains(host))
        problems << tr("%1 must not run on %2").arg(row->cmdlet, hostName(host, version));
    const QStringList parameters = row->parametersFor(version);
    const QStringList addSyntax = row->addSyntaxFor(version);
    QStringList named;
    QString usage;
    int positional = 0;
    for (const auto& [name, value] : call.arguments) {
        if (name.isEmpty()) {
            ++positional;
            continue;
        }
        std::optional<QString> known;
        for (const QStringList* list : {&parameters, &kCommon}) {
            for (const QString& parameter : *list) {
                if (parameter.compare(name, Qt::CaseInsensitive) == 0)
                    known = parameter;
            }
        }
        if (!known) {
            problems << tr("%1 has no parameter -%2 in %3")
                            .arg(row->cmdlet, name, ExchangeVersions::displayName(version));
            continue;
        }
        if (named.contains(*known))
            problems << tr("%1: -%2 is given twice").arg(row->cmdlet, *known);
        named << *known;
        const bool isSwitchParameter = isSwitch(row->cmdlet, *known, version);
        if (value.startsWith(u"@{"_s) && !addSyntax.contains(*known))
            problems << tr("%1: -%2 takes no @{Add=…} in %3")
                            .arg(row->cmdlet, *known, ExchangeVersions::displayName(version));
        if (isSwitchParameter && !value.isEmpty() && !value.startsWith(u'$'))
            problems << tr("%1: the switch -%2 takes no value").arg(row->cmdlet, *known);
        if (*known == u"TransportRole"_s && host != ScriptHost::Hub)
            problems << tr("%1: -TransportRole is only for a Mailbox server").arg(row->cmdlet);
        if (!isSwitchParameter && value.isEmpty())
            problems << tr("%1: -%2 needs a value").arg(row->cmdlet, *known);
        if (*known == u"Usage"_s)
            usage = unquoted(value);
        if (isEdge(host) && row->edgeRefusedParameters.contains(*known))
            problems << tr("%1: -%2 is not valid on an Edge Transport server").arg(row->cmdlet, *known);
    }
    if (positional > row->positional)
        problems
            << tr("%1 takes at most %n positional argument(s)", nullptr, row->positional).arg(row->cmdlet);
    for (const CmdletContract::UsageRule& rule : row->usageRules) {
        if (rule.usage.compare(usage, Qt::CaseInsensitive) != 0)
            continue;
        const bool present = named.contains(rule.parameter);
        if (rule.required && !present)
            problems << tr("%1 -Usage %2 needs -%3").arg(row->cmdlet, rule.usage, rule.parameter);
        if (!rule.required && present)
            problems << tr("%1 -Usage %2 cannot be combined with -%3")
                            .arg(row->cmdlet, rule.usage, rule.parameter);
    }
    if (isEdge(host) && row->edgeRefusedUsages.contains(usage, Qt::CaseInsensitive))
        problems << tr("%1 -Usage %2 does not exist on an Edge Transport server").arg(row->cmdlet, usage);
    return problems;
}

} // namespace ds::core
