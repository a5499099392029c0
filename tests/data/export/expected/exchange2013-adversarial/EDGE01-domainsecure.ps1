# DomainSecure export: Exchange Management Shell script for Exchange Server 2013
# Server 'EDGE01' ('mx.a.example'), organization 'A''; Remove-Item C:\ -Recurse; ''$(Stop-Computer) `#'.
# Runs on: this standalone Edge Transport server (not subscribed to an organization), in
# the Exchange Management Shell as a local administrator. It is the only script to run.
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
# Step 3.1: receive connector 'From B ''; Stop-Service MSExchangeTransport; ''', usage Partner.
# Domain security: the partner's gateway must present a certificate over mutual TLS.
$receiveConnector = Get-ReceiveConnector -Identity 'EDGE01\From B ''; Stop-Service MSExchangeTransport; ''' -ErrorAction SilentlyContinue
if ($receiveConnector -eq $null) {
    New-ReceiveConnector -Name 'From B ''; Stop-Service MSExchangeTransport; ''' -Usage 'Partner' -Bindings '127.0.0.2:2525' -RemoteIPRanges '127.0.0.3','192.0.2.16-192.0.2.40' -AuthMechanism 'Tls' -PermissionGroups 'Partners' -DomainSecureEnabled $true -RequireTLS $true -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'Verbose' -Enabled $true -Banner '220 mx.a.example $(Remove-Item C:\) `$env:PATH @'' ''@ #' -Comment '"; Format-Volume C; " ; $(Get-Credential) ; ''''' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example' -Server 'EDGE01' | Out-Null
} else {
    Set-ReceiveConnector -Identity $receiveConnector.Identity -Bindings '127.0.0.2:2525' -RemoteIPRanges '127.0.0.3','192.0.2.16-192.0.2.40' -Fqdn 'mx.a.example' -AuthMechanism 'Tls' -PermissionGroups 'Partners' -DomainSecureEnabled $true -RequireTLS $true -MaxMessageSize '10MB' -MaxRecipientsPerMessage 200 -ConnectionTimeout '00:05:00' -ConnectionInactivityTimeout '00:01:00' -ProtocolLoggingLevel 'Verbose' -Enabled $true -Banner '220 mx.a.example $(Remove-Item C:\) `$env:PATH @'' ''@ #' -Comment '"; Format-Volume C; " ; $(Get-Credential) ; ''''' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example'
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
# Step 4: send connectors (organization objects; Get- then Set-, else New-).
# Step 4.1: send connector 'To B $(Remove-Item C:/) ''; #', usage Partner.
# Domain security: mail is sent only over mutual TLS to a certificate of the partner domain.
if ((Get-SendConnector -Identity 'To B $(Remove-Item C:/) ''; #' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'To B $(Remove-Item C:/) ''; #' -Usage 'Partner' -AddressSpaces 'SMTP:b.example;1' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $true -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -Comment '''@; Remove-Item C:\ -Recurse; @'' ` $null' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example' | Out-Null
} else {
    Set-SendConnector -Identity 'To B $(Remove-Item C:/) ''; #' -AddressSpaces 'SMTP:b.example;1' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $true -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -Fqdn $null -Comment '''@; Remove-Item C:\ -Recurse; @'' ` $null' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example'
}
# Step 4.2: send connector 'To C (TLS required)', usage Custom.
if ((Get-SendConnector -Identity 'To C (TLS required)' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'To C (TLS required)' -Usage 'Custom' -AddressSpaces 'SMTP:c.example;5','SMTP:*.c.example;5' -DNSRoutingEnabled $false -SmartHosts '192.0.2.25' -SmartHostAuthMechanism 'None' -Port 587 -DomainSecureEnabled $false -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -Comment 'C''s relay; `$(Stop-Computer)` "$x"' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example' | Out-Null
} else {
    Set-SendConnector -Identity 'To C (TLS required)' -AddressSpaces 'SMTP:c.example;5','SMTP:*.c.example;5' -DNSRoutingEnabled $false -SmartHosts '192.0.2.25' -SmartHostAuthMechanism 'None' -Port 587 -DomainSecureEnabled $false -RequireTLS $true -IgnoreSTARTTLS $false -MaxMessageSize '10MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -Fqdn $null -Comment 'C''s relay; `$(Stop-Computer)` "$x"' -TlsCertificateName '<I>CN=DomainSecure Golden Test CA<S>CN=mx.a.example'
}
# Step 4.3: send connector 'Internet', usage Internet.
if ((Get-SendConnector -Identity 'Internet' -ErrorAction SilentlyContinue) -eq $null) {
    New-SendConnector -Name 'Internet' -Usage 'Internet' -AddressSpaces 'SMTP:*;100' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $false -RequireTLS $false -IgnoreSTARTTLS $false -MaxMessageSize '20MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true | Out-Null
} else {
    Set-SendConnector -Identity 'Internet' -AddressSpaces 'SMTP:*;100' -DNSRoutingEnabled $true -Port 25 -DomainSecureEnabled $false -RequireTLS $false -IgnoreSTARTTLS $false -MaxMessageSize '20MB' -ProtocolLoggingLevel 'None' -ConnectionInactivityTimeOut '00:10:00' -Enabled $true -Fqdn $null -Comment $null
}

# ----------------------------------------------------------------------------
# Step 5: domain-secure lists. The domains missing from each list are added with
# @{Add=...} (Exchange 2010 SP1 and later); entries that are already there are kept.
$transportConfig = Get-TransportConfig
$sendList = @($transportConfig.TLSSendDomainSecureList | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })
$missing = @(@('b.example') | Where-Object { $sendList -notcontains $_ })
if ($missing.Count -gt 0) { Set-TransportConfig -TLSSendDomainSecureList @{Add=$missing} }
$receiveList = @($transportConfig.TLSReceiveDomainSecureList | ForEach-Object { if ($_ -ne $null) { $_.ToString() } })
$missing = @(@('b.example') | Where-Object { $receiveList -notcontains $_ })
if ($missing.Count -gt 0) { Set-TransportConfig -TLSReceiveDomainSecureList @{Add=$missing} }

# ----------------------------------------------------------------------------
# Step 6: verify what this script configured; each failed check prints a warning.
$failed = 0
$certificate = Get-ExchangeCertificate -Thumbprint $thumbprint
$certificate | Format-List Thumbprint,Subject,Status,Services,NotAfter
if ($certificate.Status.ToString() -ne 'Valid') { Write-Warning 'The SMTP certificate''s status is not Valid.'; $failed += 1 }
if ($certificate.Services.ToString() -notmatch 'SMTP') { Write-Warning 'The certificate is not enabled for SMTP.'; $failed += 1 }
if ($certificate.NotAfter -lt (Get-Date)) { Write-Warning 'The SMTP certificate has expired.'; $failed += 1 }
$rootStore.Open('ReadOnly')
if ($rootStore.Certificates.Find('FindByThumbprint', '62E275D5679D64783D9A908261FBCA35C1FFE408', $false).Count -eq 0) { Write-Warning 'Partner root CN=DomainSecure Golden Test CA is missing from LocalMachine\Root.'; $failed += 1 }
$rootStore.Close()
if ((Get-ReceiveConnector -Identity 'EDGE01\From B ''; Stop-Service MSExchangeTransport; ''').DomainSecureEnabled -ne $true) { Write-Warning 'Receive connector EDGE01\From B ''; Stop-Service MSExchangeTransport; '' does not have domain security enabled.'; $failed += 1 }
Get-ReceiveConnector -Server 'EDGE01' | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups,DomainSecureEnabled,RequireTLS
if ((Get-SendConnector -Identity 'To B $(Remove-Item C:/) ''; #').DomainSecureEnabled -ne $true) { Write-Warning 'Send connector To B $(Remove-Item C:/) ''; # does not have domain security enabled.'; $failed += 1 }
$transportConfig = Get-TransportConfig
$transportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList
if (@($transportConfig.TLSSendDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'b.example') { Write-Warning 'b.example is not in TLSSendDomainSecureList.'; $failed += 1 }
if (@($transportConfig.TLSReceiveDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains 'b.example') { Write-Warning 'b.example is not in TLSReceiveDomainSecureList.'; $failed += 1 }
if ($failed -eq 0) { Write-Host 'Verification passed.' } else { Write-Warning ('Verification: checks failed:' + ' ' + $failed) }
# Test each partner from outside, on a computer with the DomainSecure workspace:
Write-Host 'Test from outside: domainsecure-cli probe --domain b.example --server EDGE01 --level secure'
