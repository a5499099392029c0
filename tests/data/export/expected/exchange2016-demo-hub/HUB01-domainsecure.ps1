# DomainSecure export: Exchange Management Shell script for Exchange Server 2016, 2019 and Subscription Edition
# Server 'HUB01' ('hub01.contoso.example'), organization 'Contoso'.
# Runs on: this Hub Transport server, in the Exchange Management Shell as an Exchange
# Organization Administrator. It configures the organization part (send connectors and
# the domain-secure lists) that EdgeSync replicates to the subscribed Edge servers.
# Order: first the script of each subscribed Edge (EDGE01), then this one; then run the Edge
# scripts again after EdgeSync replicated to verify the result there.
# From Exchange 2013 the Hub Transport role is part of the Mailbox server: run this
# script on the Mailbox server 'HUB01'; its receive connectors get -TransportRole.
# Written for Windows PowerShell 5.1. Every value taken from the workspace is a
# single-quoted literal, so nothing in it is expanded or executed.
# The script stops at the first error; running it again updates what already exists.

$ErrorActionPreference = 'Stop'
$scriptDirectory = Split-Path -Parent $MyInvocation.MyCommand.Path
$certificateChanged = $false

# ----------------------------------------------------------------------------
# Step 1: the SMTP certificate.
# Imports '42F309F5E9A1D80FCFE4CFB2C0A3A62C7FD82DE6' (subject 'CN=hub01.contoso.example,O=Contoso,C=JP') from '42F309F5E9A1D80FCFE4CFB2C0A3A62C7FD82DE6.pfx' unless a certificate with this thumbprint is
# already installed. Export that file from DomainSecure with (legacy encryption: Windows
# Server 2003/2008 cannot read AES-protected PFX files)
#   domainsecure-cli cert export 42F309F5E9A1D80FCFE4CFB2C0A3A62C7FD82DE6 --format pfx --legacy-pfx --out 42F309F5E9A1D80FCFE4CFB2C0A3A62C7FD82DE6.pfx
# The PFX password is asked when the script runs; it is never written into this file.
$thumbprint = '42F309F5E9A1D80FCFE4CFB2C0A3A62C7FD82DE6'
$certificate = Get-ExchangeCertificate -Thumbprint $thumbprint -ErrorAction SilentlyContinue
if ($certificate -eq $null) {
    $pfxPassword = Read-Host -AsSecureString 'Password of the PFX file 42F309F5E9A1D80FCFE4CFB2C0A3A62C7FD82DE6.pfx'
    Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes((Join-Path $scriptDirectory '42F309F5E9A1D80FCFE4CFB2C0A3A62C7FD82DE6.pfx'))) -Password $pfxPassword -PrivateKeyExportable $true | Out-Null
    $certificate = Get-ExchangeCertificate -Thumbprint $thumbprint
}
# The connectors below name this certificate with -TlsCertificateName; stop if Exchange shows
# its issuer or subject otherwise (the name would pick no certificate).
if (('<I>' + $certificate.Issuer + '<S>' + $certificate.Subject) -ne '<I>CN=DomainSecure Demo CA, O=DomainSecure Demo<S>CN=hub01.contoso.example, O=Contoso, C=JP') { throw 'The TLS certificate name DomainSecure computed differs from the certificate''s issuer and subject; the connectors were not changed.' }
# Enabled for SMTP only when it is not yet: the certificate for STARTTLS and domain
# security. Exchange asks whether to replace the current default SMTP certificate: answer
# Yes.
if ($certificate.Services.ToString() -notmatch 'SMTP') {
    Enable-ExchangeCertificate -Thumbprint $thumbprint -Services 'SMTP'
    $certificateChanged = $true
}

# ----------------------------------------------------------------------------
# Step 2: receive connectors of 'HUB01' (Get- then Set-, else New-).
# The workspace has no receive connector for this server.

# ----------------------------------------------------------------------------
# Step 3: send connectors (organization objects; Get- then Set-, else New-).
# Step 3.1: send connector 'To Fabrikam', usage Partner.
# Domain security: mail is sent only over mutual TLS to a certificate of the partner domain.
if ((Get-SendConnector -Identity 'To Fabrikam' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'To Fabrikam' -Usage 'Partner' -AddressSpaces 'SMTP:fabrikam.example;1' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $true -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'Verbose' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -SourceTransportServers 'EDGE01' -Fqdn 'mail.contoso.example' -Comment 'Mutual TLS with Fabrikam' -TlsCertificateName '<I>CN=DomainSecure Demo CA, O=DomainSecure Demo<S>CN=mail.contoso.example, O=Contoso, C=JP' | Out-Null
} else {
    Set-SendConnector -Identity 'To Fabrikam' -AddressSpaces 'SMTP:fabrikam.example;1' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $true -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'Verbose' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -SourceTransportServers 'EDGE01' -Fqdn 'mail.contoso.example' -Comment 'Mutual TLS with Fabrikam' -TlsCertificateName '<I>CN=DomainSecure Demo CA, O=DomainSecure Demo<S>CN=mail.contoso.example, O=Contoso, C=JP'
}

# ----------------------------------------------------------------------------
# Step 4: domain-secure lists. The domains missing from each list are added with
# @{Add=...} (Exchange 2010 SP1 and later); entries that are already there are kept.
$transportConfig = Get-TransportConfig
$sendList = @($transportConfig.TLSSendDomainSecureList | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })
$missing = @(@('fabrikam.example') | Where-Object { $sendList -notcontains $_ })
if ($missing.Count -gt 0) { Set-TransportConfig -TLSSendDomainSecureList @{Add=$missing} }
$receiveList = @($transportConfig.TLSReceiveDomainSecureList | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })
$missing = @(@('fabrikam.example') | Where-Object { $receiveList -notcontains $_ })
if ($missing.Count -gt 0) { Set-TransportConfig -TLSReceiveDomainSecureList @{Add=$missing} }

# ----------------------------------------------------------------------------
# Step 5: verify what this script configured; each failed check prints a warning.
$failed = 0
$certificate = Get-ExchangeCertificate -Thumbprint $thumbprint
$certificate | Format-List Thumbprint,Subject,Status,Services,NotAfter
if ($certificate.Status.ToString() -ne 'Valid') { Write-Warning 'The SMTP certificate''s status is not Valid.'; $failed += 1 }
if ($certificate.Services.ToString() -notmatch 'SMTP') { Write-Warning 'The certificate is not enabled for SMTP.'; $failed += 1 }
if ($certificate.NotAfter -lt (Get-Date)) { Write-Warning 'The SMTP certificate has expired.'; $failed += 1 }
Get-ReceiveConnector -Server 'HUB01' | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups,DomainSecureEnabled,RequireTLS
if ((Get-SendConnector -Identity 'To Fabrikam').DomainSecureEnabled -ne $true) { Write-Warning 'Send connector To Fabrikam does not have domain security enabled.'; $failed += 1 }
$transportConfig = Get-TransportConfig
$transportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList
if (@($transportConfig.TLSSendDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'fabrikam.example') { Write-Warning 'fabrikam.example is not in TLSSendDomainSecureList.'; $failed += 1 }
if (@($transportConfig.TLSReceiveDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'fabrikam.example') { Write-Warning 'fabrikam.example is not in TLSReceiveDomainSecureList.'; $failed += 1 }
if ($failed -eq 0) { Write-Host 'Verification passed.' } else { Write-Warning ('Verification: checks failed:' + ' ' + $failed) }
# Test each partner from outside, on a computer with the DomainSecure workspace:
Write-Host 'Test from outside: domainsecure-cli probe --domain fabrikam.example --server EDGE01 --level secure'
