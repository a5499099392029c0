# DomainSecure export: Exchange Management Shell script for Exchange Server 2013
# Server 'EDGE01' ('mx.a.example'), organization 'A Example Ltd.'.
# Runs on: this Edge Transport server, subscribed to the organization (EdgeSync), in the
# Exchange Management Shell as a local administrator. It configures only what belongs on
# the Edge; send connectors and the domain-secure lists come from the Hub through EdgeSync.
# Order:
#   1. This script on EDGE01.
#   2. If it reports that the SMTP certificate changed: renew the Edge Subscription (on
#      this Edge: New-EdgeSubscription -FileName FILE; copy FILE to a Hub Transport server
#      and run New-EdgeSubscription -FileName FILE -Site SITE there).
#   3. The organization part on the Hub: HUB01-domainsecure.ps1 (export exchange --server HUB01).
#   4. After EdgeSync replicated (or Start-EdgeSynchronization on the Hub), this script
#      again: it changes nothing more and its last step verifies the whole result.
# Partner certificates this Edge accepts with domain security (TLSReceiveDomainSecureList):
# a certificate that chains to a root trusted on this server and carries the partner
# domain in its subject or subjectAltNames. Exchange does not pin keys: any such
# certificate is accepted, not only the partner certificates listed here.
#   'b.example': no partner certificate in the workspace.
# Written for Windows PowerShell 3.0. Every value taken from the workspace is a
# single-quoted literal, so nothing in it is expanded or executed.
# The script stops at the first error; running it again updates what already exists.

$ErrorActionPreference = 'Stop'
$scriptDirectory = Split-Path -Parent $MyInvocation.MyCommand.Path
$certificateChanged = $false

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
    Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes((Join-Path $scriptDirectory '443799EFFBFD4C715B522AFBC328C4B785CE251D.pfx'))) -Password $pfxPassword -PrivateKeyExportable $true | Out-Null
    $certificate = Get-ExchangeCertificate -Thumbprint $thumbprint
}
# The connectors below name this certificate with -TlsCertificateName; stop if Exchange shows
# its issuer or subject otherwise (the name would pick no certificate).
if (('<I>' + $certificate.Issuer + '<S>' + $certificate.Subject) -ne '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example') { throw 'The TLS certificate name DomainSecure computed differs from the certificate''s issuer and subject; the connectors were not changed.' }
# Enabled for SMTP only when it is not yet: the certificate for STARTTLS and domain
# security. Exchange asks whether to replace the current default SMTP certificate: answer
# Yes.
if ($certificate.Services.ToString() -notmatch 'SMTP') {
    Enable-ExchangeCertificate -Thumbprint $thumbprint -Services 'SMTP'
    $certificateChanged = $true
}

# ----------------------------------------------------------------------------
# Step 2: the partner root CAs in the Local Computer's Trusted Root store.
# Each file in partner-roots beside this script is added unless a certificate with its
# thumbprint is there; then every root is checked before domain security is enabled.
$rootStore = New-Object System.Security.Cryptography.X509Certificates.X509Store('Root', 'LocalMachine')
$rootStore.Open('ReadWrite')
# Partner root 'CN=DomainSecure Golden Test CA'.
$root = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2((Join-Path $scriptDirectory 'partner-roots\62E275D5679D64783D9A908261FBCA35C1FFE408.cer'))
if ($root.Thumbprint -ne '62E275D5679D64783D9A908261FBCA35C1FFE408') { throw 'partner-roots\62E275D5679D64783D9A908261FBCA35C1FFE408.cer is not the expected partner root' }
if ($rootStore.Certificates.Find('FindByThumbprint', '62E275D5679D64783D9A908261FBCA35C1FFE408', $false).Count -eq 0) { $rootStore.Add($root) }
$rootStore.Close()
$rootStore.Open('ReadOnly')
foreach ($rootThumbprint in @('62E275D5679D64783D9A908261FBCA35C1FFE408')) {
    if ($rootStore.Certificates.Find('FindByThumbprint', $rootThumbprint, $false).Count -eq 0) {
        $rootStore.Close()
        throw ('Domain security is not enabled: missing from LocalMachine\Root:' + ' ' + $rootThumbprint)
    }
}
$rootStore.Close()

# ----------------------------------------------------------------------------
# Step 3: receive connectors of 'EDGE01' (Get- then Set-, else New-).
# Step 3.1: receive connector 'From B (domain secure)', usage Partner.
# Domain security: the partner's gateway must present a certificate over mutual TLS.
$receiveConnector = Get-ReceiveConnector -Identity 'EDGE01\From B (domain secure)' -ErrorAction SilentlyContinue
if ($receiveConnector -eq $null) {
    New-ReceiveConnector -Name 'From B (domain secure)' -Usage 'Partner' -Bindings '127.0.0.2:2525' -RemoteIPRanges '127.0.0.3','192.0.2.16-192.0.2.40' -AuthMechanism 'Tls' -PermissionGroups 'Partners' -DomainSecureEnabled $true -RequireTLS $true -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'Verbose' -Enabled $true -Banner '220 mx.a.example O''Brien''s $gateway ready' -Comment 'Partner B''s gateways' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example' -Server 'EDGE01' | Out-Null
} else {
    Set-ReceiveConnector -Identity $receiveConnector.Identity -Bindings '127.0.0.2:2525' -RemoteIPRanges '127.0.0.3','192.0.2.16-192.0.2.40' -Fqdn 'mx.a.example' -AuthMechanism 'Tls' -PermissionGroups 'Partners' -DomainSecureEnabled $true -RequireTLS $true -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'Verbose' -Enabled $true -Banner '220 mx.a.example O''Brien''s $gateway ready' -Comment 'Partner B''s gateways' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example'
}
# Step 3.2: receive connector 'Internet', usage Internet.
$receiveConnector = Get-ReceiveConnector -Identity 'EDGE01\Internet' -ErrorAction SilentlyContinue
# A connector with this binding for all remote addresses (the Edge's default receive
# connector) is updated instead of creating a second one, which Exchange refuses.
if ($receiveConnector -eq $null) {
    $receiveConnector = @(Get-ReceiveConnector -Server 'EDGE01' | Where-Object { ((@($_.Bindings | ForEach-Object { $_.ToString() }) -contains '0.0.0.0:25')) -and (@($_.RemoteIPRanges | ForEach-Object { $_.ToString() }) -contains '0.0.0.0-255.255.255.255') })[0]
}
if ($receiveConnector -eq $null) {
    New-ReceiveConnector -Name 'Internet' -Usage 'Internet' -Bindings '0.0.0.0:25' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -DomainSecureEnabled $false -RequireTLS $false -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'None' -Enabled $true -Server 'EDGE01' | Out-Null
} else {
    Set-ReceiveConnector -Identity $receiveConnector.Identity -Bindings '0.0.0.0:25' -RemoteIPRanges '0.0.0.0-255.255.255.255' -Fqdn 'mx.a.example' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -DomainSecureEnabled $false -RequireTLS $false -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'None' -Enabled $true -Banner $null -Comment $null
}

# ----------------------------------------------------------------------------
# Step 4: verify what this script configured; each failed check prints a warning.
$failed = 0
$certificate = Get-ExchangeCertificate -Thumbprint $thumbprint
$certificate | Format-List Thumbprint,Subject,Status,Services,NotAfter
if ($certificate.Status.ToString() -ne 'Valid') { Write-Warning 'The SMTP certificate''s status is not Valid.'; $failed += 1 }
if ($certificate.Services.ToString() -notmatch 'SMTP') { Write-Warning 'The certificate is not enabled for SMTP.'; $failed += 1 }
if ($certificate.NotAfter -lt (Get-Date)) { Write-Warning 'The SMTP certificate has expired.'; $failed += 1 }
$rootStore.Open('ReadOnly')
if ($rootStore.Certificates.Find('FindByThumbprint', '62E275D5679D64783D9A908261FBCA35C1FFE408', $false).Count -eq 0) { Write-Warning 'Partner root CN=DomainSecure Golden Test CA is missing from LocalMachine\Root.'; $failed += 1 }
$rootStore.Close()
if ((Get-ReceiveConnector -Identity 'EDGE01\From B (domain secure)').DomainSecureEnabled -ne $true) { Write-Warning 'Receive connector EDGE01\From B (domain secure) does not have domain security enabled.'; $failed += 1 }
Get-ReceiveConnector -Server 'EDGE01' | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups,DomainSecureEnabled,RequireTLS
# The lists come from the Hub through EdgeSync: they pass once it has replicated.
$transportConfig = Get-TransportConfig
$transportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList
if (@($transportConfig.TLSSendDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'b.example') { Write-Warning 'b.example is not in TLSSendDomainSecureList.'; $failed += 1 }
if (@($transportConfig.TLSReceiveDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'b.example') { Write-Warning 'b.example is not in TLSReceiveDomainSecureList.'; $failed += 1 }
if ($failed -eq 0) { Write-Host 'Verification passed.' } else { Write-Warning ('Verification: checks failed:' + ' ' + $failed) }
# Test each partner from outside, on a computer with the DomainSecure workspace:
Write-Host 'Test from outside: domainsecure-cli probe --domain b.example --server EDGE01 --level secure'
if ($certificateChanged) {
    Write-Warning 'The SMTP certificate of this Edge changed: renew the Edge Subscription. On this Edge: New-EdgeSubscription -FileName C:\EdgeSubscription.xml; copy the file to a Hub Transport server and run there: New-EdgeSubscription -FileName C:\EdgeSubscription.xml -Site SITE.'
}
