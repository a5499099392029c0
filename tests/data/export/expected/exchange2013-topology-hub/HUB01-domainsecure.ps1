# DomainSecure export: Exchange Management Shell script for Exchange Server 2013
# Server 'HUB01' ('hub01.a.example'), organization 'A Example Ltd.'.
# Runs on: this Hub Transport server, in the Exchange Management Shell as an Exchange
# Organization Administrator. It configures the organization part (send connectors and
# the domain-secure lists) that EdgeSync replicates to the subscribed Edge servers.
# Order: first the script of each subscribed Edge (EDGE01), then this one; then run the Edge
# scripts again after EdgeSync replicated to verify the result there.
# From Exchange 2013 the Hub Transport role is part of the Mailbox server: run this
# script on the Mailbox server 'HUB01'; its receive connectors get -TransportRole.
# Written for Windows PowerShell 3.0. Every value taken from the workspace is a
# single-quoted literal, so nothing in it is expanded or executed.
# The script stops at the first error; running it again updates what already exists.

$ErrorActionPreference = 'Stop'
$scriptDirectory = Split-Path -Parent $MyInvocation.MyCommand.Path
$certificateChanged = $false

# ----------------------------------------------------------------------------
# Step 1: receive connectors of 'HUB01' (Get- then Set-, else New-).
# The workspace has no receive connector for this server.

# ----------------------------------------------------------------------------
# Step 2: send connectors (organization objects; Get- then Set-, else New-).
# Step 2.1: send connector 'To B (domain secure)', usage Partner.
# Domain security: mail is sent only over mutual TLS to a certificate of the partner domain.
if ((Get-SendConnector -Identity 'To B (domain secure)' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'To B (domain secure)' -Usage 'Partner' -AddressSpaces 'SMTP:b.example;1' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $true -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -SourceTransportServers 'EDGE01' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example' | Out-Null
} else {
    Set-SendConnector -Identity 'To B (domain secure)' -AddressSpaces 'SMTP:b.example;1' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $true -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -SourceTransportServers 'EDGE01' -Fqdn $null -Comment $null -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example'
}
# Step 2.2: send connector 'To C (TLS required)', usage Custom.
if ((Get-SendConnector -Identity 'To C (TLS required)' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'To C (TLS required)' -Usage 'Custom' -AddressSpaces 'SMTP:c.example;5','SMTP:*.c.example;5' -DNSRoutingEnabled $false -SmartHosts '192.0.2.25' -SmartHostAuthMechanism 'None' -Port 587 -DomainSecureEnabled $false -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -SourceTransportServers 'EDGE01' -Comment 'C''s relay; TLS required' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example' | Out-Null
} else {
    Set-SendConnector -Identity 'To C (TLS required)' -AddressSpaces 'SMTP:c.example;5','SMTP:*.c.example;5' -DNSRoutingEnabled $false -SmartHosts '192.0.2.25' -SmartHostAuthMechanism 'None' -Port 587 -DomainSecureEnabled $false -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -SourceTransportServers 'EDGE01' -Fqdn $null -Comment 'C''s relay; TLS required' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example'
}
# Step 2.3: send connector 'Internet', usage Internet.
if ((Get-SendConnector -Identity 'Internet' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'Internet' -Usage 'Internet' -AddressSpaces 'SMTP:*;100' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $false -RequireTLS $false -IgnoreSTARTTLS $false -MaxMessageSize '20MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -SourceTransportServers 'EDGE01' | Out-Null
} else {
    Set-SendConnector -Identity 'Internet' -AddressSpaces 'SMTP:*;100' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $false -RequireTLS $false -IgnoreSTARTTLS $false -MaxMessageSize '20MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -SourceTransportServers 'EDGE01' -Fqdn $null -Comment $null
}

# ----------------------------------------------------------------------------
# Step 3: domain-secure lists. The domains missing from each list are added with
# @{Add=...} (Exchange 2010 SP1 and later); entries that are already there are kept.
$transportConfig = Get-TransportConfig
$sendList = @($transportConfig.TLSSendDomainSecureList | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })
$missing = @(@('b.example') | Where-Object { $sendList -notcontains $_ })
if ($missing.Count -gt 0) { Set-TransportConfig -TLSSendDomainSecureList @{Add=$missing} }
$receiveList = @($transportConfig.TLSReceiveDomainSecureList | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })
$missing = @(@('b.example') | Where-Object { $receiveList -notcontains $_ })
if ($missing.Count -gt 0) { Set-TransportConfig -TLSReceiveDomainSecureList @{Add=$missing} }

# ----------------------------------------------------------------------------
# Step 4: verify what this script configured; each failed check prints a warning.
$failed = 0
Get-ReceiveConnector -Server 'HUB01' | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups,DomainSecureEnabled,RequireTLS
if ((Get-SendConnector -Identity 'To B (domain secure)').DomainSecureEnabled -ne $true) { Write-Warning 'Send connector To B (domain secure) does not have domain security enabled.'; $failed += 1 }
$transportConfig = Get-TransportConfig
$transportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList
if (@($transportConfig.TLSSendDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'b.example') { Write-Warning 'b.example is not in TLSSendDomainSecureList.'; $failed += 1 }
if (@($transportConfig.TLSReceiveDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'b.example') { Write-Warning 'b.example is not in TLSReceiveDomainSecureList.'; $failed += 1 }
if ($failed -eq 0) { Write-Host 'Verification passed.' } else { Write-Warning ('Verification: checks failed:' + ' ' + $failed) }
# Test each partner from outside, on a computer with the DomainSecure workspace:
Write-Host 'Test from outside: domainsecure-cli probe --domain b.example --server EDGE01 --level secure'
