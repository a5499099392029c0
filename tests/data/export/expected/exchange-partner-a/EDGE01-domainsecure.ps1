# DomainSecure export: Exchange Management Shell script for Exchange Server 2007
# Server 'EDGE01' ('mx.a.example'), organization 'A Example Ltd.'.
# Written for Windows PowerShell 1.0: run it in the Exchange Management Shell on this Edge
# Transport server as a local administrator. Every value taken from the workspace is a
# single-quoted literal, so nothing in it is expanded or executed.
# Steps (in the order of Microsoft's "How to Configure Mutual TLS for Domain Security"):
#   1. Import the SMTP certificate from the PFX file beside this script; enable it for SMTP.
#   2. Create or update the receive connectors of this server.
#   3. Create or update the send connectors.
#   4. Add the partner domains to the domain-secure lists, keeping existing entries.
#   5. Show the resulting configuration.
# The script stops at the first error; running it again updates what already exists.

$ErrorActionPreference = 'Stop'
$scriptDirectory = Split-Path -Parent $MyInvocation.MyCommand.Path

# ----------------------------------------------------------------------------
# Step 1: the SMTP certificate.
# Imports '443799EFFBFD4C715B522AFBC328C4B785CE251D' (subject 'CN=mx.a.example') from '443799EFFBFD4C715B522AFBC328C4B785CE251D.pfx' unless a certificate with this thumbprint is
# already installed. Export that file from DomainSecure with (legacy encryption: Windows
# Server 2003/2008 cannot read AES-protected PFX files)
#   domainsecure-cli cert export 443799EFFBFD4C715B522AFBC328C4B785CE251D --format pfx --legacy-pfx --out 443799EFFBFD4C715B522AFBC328C4B785CE251D.pfx
# The PFX password is asked when the script runs; it is never written into this file.
$thumbprint = '443799EFFBFD4C715B522AFBC328C4B785CE251D'
$certificate = Get-ExchangeCertificate -Thumbprint $thumbprint -ErrorAction SilentlyContinue
if ($certificate -eq $null) {
    $pfxPassword = Read-Host -AsSecureString 'Password of the PFX file 443799EFFBFD4C715B522AFBC328C4B785CE251D.pfx'
    Import-ExchangeCertificate -Path (Join-Path $scriptDirectory '443799EFFBFD4C715B522AFBC328C4B785CE251D.pfx') -Password $pfxPassword | Out-Null
}
# SMTP makes it the certificate for STARTTLS and domain security; -Force answers the
# question about replacing the current default SMTP certificate.
Enable-ExchangeCertificate -Thumbprint $thumbprint -Services 'SMTP' -Force

# ----------------------------------------------------------------------------
# Step 2: receive connectors of 'EDGE01' (Get- then Set-, else New-).
# Step 2.1: receive connector 'From B (domain secure)', usage Partner.
# Domain security: the partner's gateway must present a certificate over mutual TLS.
if ((Get-ReceiveConnector -Identity 'EDGE01\From B (domain secure)' -ErrorAction SilentlyContinue) -eq $null) {
    New-ReceiveConnector -Name 'From B (domain secure)' -Server 'EDGE01' -Usage 'Partner' -Bindings '127.0.0.2:2525' -RemoteIPRanges '127.0.0.3','192.0.2.16-192.0.2.40' -Fqdn 'mx.a.example' -AuthMechanism 'Tls' -PermissionGroups 'Partners' -DomainSecureEnabled $true -RequireTLS $true -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'Verbose' -Enabled $true -Banner '220 mx.a.example O''Brien''s $gateway ready' -Comment 'Partner B''s gateways' | Out-Null
} else {
    Set-ReceiveConnector -Identity 'EDGE01\From B (domain secure)' -Bindings '127.0.0.2:2525' -RemoteIPRanges '127.0.0.3','192.0.2.16-192.0.2.40' -Fqdn 'mx.a.example' -AuthMechanism 'Tls' -PermissionGroups 'Partners' -DomainSecureEnabled $true -RequireTLS $true -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'Verbose' -Enabled $true -Banner '220 mx.a.example O''Brien''s $gateway ready' -Comment 'Partner B''s gateways'
}
# Step 2.2: receive connector 'Internet', usage Internet.
if ((Get-ReceiveConnector -Identity 'EDGE01\Internet' -ErrorAction SilentlyContinue) -eq $null) {
    New-ReceiveConnector -Name 'Internet' -Server 'EDGE01' -Usage 'Internet' -Bindings '0.0.0.0:25' -RemoteIPRanges '0.0.0.0-255.255.255.255' -Fqdn 'mx.a.example' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -DomainSecureEnabled $false -RequireTLS $false -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'None' -Enabled $true | Out-Null
} else {
    Set-ReceiveConnector -Identity 'EDGE01\Internet' -Bindings '0.0.0.0:25' -RemoteIPRanges '0.0.0.0-255.255.255.255' -Fqdn 'mx.a.example' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -DomainSecureEnabled $false -RequireTLS $false -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'None' -Enabled $true -Banner $null -Comment $null
}

# ----------------------------------------------------------------------------
# Step 3: send connectors used by 'EDGE01' (organization objects; Get- then Set-, else New-).
# Step 3.1: send connector 'To B (domain secure)', usage Partner.
# Domain security: mail is sent only over mutual TLS to a certificate of the partner domain.
if ((Get-SendConnector -Identity 'To B (domain secure)' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'To B (domain secure)' -Usage 'Partner' -AddressSpaces 'SMTP:b.example;1' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $true -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true | Out-Null
} else {
    Set-SendConnector -Identity 'To B (domain secure)' -AddressSpaces 'SMTP:b.example;1' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $true -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -Fqdn $null -Comment $null
}
# Step 3.2: send connector 'To C (TLS required)', usage Custom.
if ((Get-SendConnector -Identity 'To C (TLS required)' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'To C (TLS required)' -Usage 'Custom' -AddressSpaces 'SMTP:c.example;5','SMTP:*.c.example;5' -DNSRoutingEnabled $false -SmartHosts '192.0.2.25' -SmartHostAuthMechanism 'None' -Port 587 -DomainSecureEnabled $false -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -Comment 'C''s relay; TLS required' | Out-Null
} else {
    Set-SendConnector -Identity 'To C (TLS required)' -AddressSpaces 'SMTP:c.example;5','SMTP:*.c.example;5' -DNSRoutingEnabled $false -SmartHosts '192.0.2.25' -SmartHostAuthMechanism 'None' -Port 587 -DomainSecureEnabled $false -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -Fqdn $null -Comment 'C''s relay; TLS required'
}
# Step 3.3: send connector 'Internet', usage Internet.
if ((Get-SendConnector -Identity 'Internet' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'Internet' -Usage 'Internet' -AddressSpaces 'SMTP:*;100' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $false -RequireTLS $false -IgnoreSTARTTLS $false -MaxMessageSize '20MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true | Out-Null
} else {
    Set-SendConnector -Identity 'Internet' -AddressSpaces 'SMTP:*;100' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $false -RequireTLS $false -IgnoreSTARTTLS $false -MaxMessageSize '20MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -Fqdn $null -Comment $null
}

# ----------------------------------------------------------------------------
# Step 4: domain-secure lists. Exchange 2007 replaces a whole list when it is set, so each
# list is read, the missing domains are appended and the list is written back only when it
# changed; entries that are already there are kept.
$transportConfig = Get-TransportConfig
$sendList = @($transportConfig.TLSSendDomainSecureList | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })
$changed = $false
foreach ($domain in @('b.example')) {
    if ($sendList -notcontains $domain) { $sendList += $domain; $changed = $true }
}
if ($changed) { Set-TransportConfig -TLSSendDomainSecureList $sendList }
$receiveList = @($transportConfig.TLSReceiveDomainSecureList | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })
$changed = $false
foreach ($domain in @('b.example')) {
    if ($receiveList -notcontains $domain) { $receiveList += $domain; $changed = $true }
}
if ($changed) { Set-TransportConfig -TLSReceiveDomainSecureList $receiveList }

# ----------------------------------------------------------------------------
# Step 5: show the result. Send a test message to the partner and look for the
# "Domain Secured" mark in Outlook 2007 or OWA.
Get-ReceiveConnector -Server 'EDGE01' | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups,DomainSecureEnabled,RequireTLS
Get-SendConnector | Format-List Identity,AddressSpaces,SmartHosts,DomainSecureEnabled,RequireTLS
Get-TransportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList
