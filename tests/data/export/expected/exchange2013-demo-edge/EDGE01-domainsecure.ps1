# DomainSecure export: Exchange Management Shell script for Exchange Server 2013
# Server 'EDGE01' ('mail.contoso.example'), organization 'Contoso'.
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
#   'fabrikam.example': no partner certificate in the workspace.
# Written for Windows PowerShell 3.0. Every value taken from the workspace is a
# single-quoted literal, so nothing in it is expanded or executed.
# The script stops at the first error; running it again updates what already exists.

$ErrorActionPreference = 'Stop'
$scriptDirectory = Split-Path -Parent $MyInvocation.MyCommand.Path
$certificateChanged = $false

# ----------------------------------------------------------------------------
# Step 1: the SMTP certificate.
# Imports '0B305F8989EDFF68B19FC2235B4C59F9B99DC4F9' (subject 'CN=mail.contoso.example,O=Contoso,C=JP') from '0B305F8989EDFF68B19FC2235B4C59F9B99DC4F9.pfx' unless a certificate with this thumbprint is
# already installed. Export that file from DomainSecure with (legacy encryption: Windows
# Server 2003/2008 cannot read AES-protected PFX files)
#   domainsecure-cli cert export 0B305F8989EDFF68B19FC2235B4C59F9B99DC4F9 --format pfx --legacy-pfx --out 0B305F8989EDFF68B19FC2235B4C59F9B99DC4F9.pfx
# The PFX password is asked when the script runs; it is never written into this file.
$thumbprint = '0B305F8989EDFF68B19FC2235B4C59F9B99DC4F9'
$certificate = Get-ExchangeCertificate -Thumbprint $thumbprint -ErrorAction SilentlyContinue
if ($certificate -eq $null) {
    $pfxPassword = Read-Host -AsSecureString 'Password of the PFX file 0B305F8989EDFF68B19FC2235B4C59F9B99DC4F9.pfx'
    Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes((Join-Path $scriptDirectory '0B305F8989EDFF68B19FC2235B4C59F9B99DC4F9.pfx'))) -Password $pfxPassword -PrivateKeyExportable $true | Out-Null
    $certificate = Get-ExchangeCertificate -Thumbprint $thumbprint
}
# The connectors below name this certificate with -TlsCertificateName; stop if Exchange shows
# its issuer or subject otherwise (the name would pick no certificate).
if (('<I>' + $certificate.Issuer + '<S>' + $certificate.Subject) -ne '<I>CN=DomainSecure Demo CA, O=DomainSecure Demo<S>CN=mail.contoso.example, O=Contoso, C=JP') { throw 'The TLS certificate name DomainSecure computed differs from the certificate''s issuer and subject; the connectors were not changed.' }
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
# Partner root 'CN=DomainSecure Demo CA,O=DomainSecure Demo'.
$root = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2((Join-Path $scriptDirectory 'partner-roots\506F01F74F01ACB00525606CC2668D12B69FE360.cer'))
if ($root.Thumbprint -ne '506F01F74F01ACB00525606CC2668D12B69FE360') { throw 'partner-roots\506F01F74F01ACB00525606CC2668D12B69FE360.cer is not the expected partner root' }
if ($rootStore.Certificates.Find('FindByThumbprint', '506F01F74F01ACB00525606CC2668D12B69FE360', $false).Count -eq 0) { $rootStore.Add($root) }
$rootStore.Close()
$rootStore.Open('ReadOnly')
foreach ($rootThumbprint in @('506F01F74F01ACB00525606CC2668D12B69FE360')) {
    if ($rootStore.Certificates.Find('FindByThumbprint', $rootThumbprint, $false).Count -eq 0) {
        $rootStore.Close()
        throw ('Domain security is not enabled: missing from LocalMachine\Root:' + ' ' + $rootThumbprint)
    }
}
$rootStore.Close()

# ----------------------------------------------------------------------------
# Step 3: receive connectors of 'EDGE01' (Get- then Set-, else New-).
# Step 3.1: receive connector 'From Fabrikam', usage Partner.
# Domain security: the partner's gateway must present a certificate over mutual TLS.
$receiveConnector = Get-ReceiveConnector -Identity 'EDGE01\From Fabrikam' -ErrorAction SilentlyContinue
if ($receiveConnector -eq $null) {
    New-ReceiveConnector -Name 'From Fabrikam' -Usage 'Partner' -Bindings '0.0.0.0:25' -RemoteIPRanges '198.51.100.0/28','203.0.113.25' -Fqdn 'mail.contoso.example' -AuthMechanism 'Tls' -PermissionGroups 'Partners' -DomainSecureEnabled $true -RequireTLS $true -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'Verbose' -Enabled $true -Comment 'Mutual TLS with Fabrikam' -TlsCertificateName '<I>CN=DomainSecure Demo CA, O=DomainSecure Demo<S>CN=mail.contoso.example, O=Contoso, C=JP' -Server 'EDGE01' | Out-Null
} else {
    Set-ReceiveConnector -Identity $receiveConnector.Identity -Bindings '0.0.0.0:25' -RemoteIPRanges '198.51.100.0/28','203.0.113.25' -Fqdn 'mail.contoso.example' -AuthMechanism 'Tls' -PermissionGroups 'Partners' -DomainSecureEnabled $true -RequireTLS $true -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'Verbose' -Enabled $true -Banner $null -Comment 'Mutual TLS with Fabrikam' -TlsCertificateName '<I>CN=DomainSecure Demo CA, O=DomainSecure Demo<S>CN=mail.contoso.example, O=Contoso, C=JP'
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
if ($rootStore.Certificates.Find('FindByThumbprint', '506F01F74F01ACB00525606CC2668D12B69FE360', $false).Count -eq 0) { Write-Warning 'Partner root CN=DomainSecure Demo CA,O=DomainSecure Demo is missing from LocalMachine\Root.'; $failed += 1 }
$rootStore.Close()
if ((Get-ReceiveConnector -Identity 'EDGE01\From Fabrikam').DomainSecureEnabled -ne $true) { Write-Warning 'Receive connector EDGE01\From Fabrikam does not have domain security enabled.'; $failed += 1 }
Get-ReceiveConnector -Server 'EDGE01' | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups,DomainSecureEnabled,RequireTLS
# The lists come from the Hub through EdgeSync: they pass once it has replicated.
$transportConfig = Get-TransportConfig
$transportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList
if (@($transportConfig.TLSSendDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'fabrikam.example') { Write-Warning 'fabrikam.example is not in TLSSendDomainSecureList.'; $failed += 1 }
if (@($transportConfig.TLSReceiveDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'fabrikam.example') { Write-Warning 'fabrikam.example is not in TLSReceiveDomainSecureList.'; $failed += 1 }
if ($failed -eq 0) { Write-Host 'Verification passed.' } else { Write-Warning ('Verification: checks failed:' + ' ' + $failed) }
# Test each partner from outside, on a computer with the DomainSecure workspace:
Write-Host 'Test from outside: domainsecure-cli probe --domain fabrikam.example --server EDGE01 --level secure'
if ($certificateChanged) {
    Write-Warning 'The SMTP certificate of this Edge changed: renew the Edge Subscription. On this Edge: New-EdgeSubscription -FileName C:\EdgeSubscription.xml; copy the file to a Hub Transport server and run there: New-EdgeSubscription -FileName C:\EdgeSubscription.xml -Site SITE.'
}
