# DomainSecure export: Exchange Online PowerShell script
# Organization 'Contoso'.
# Runs in: Windows PowerShell 5.1 or PowerShell 7 with the ExchangeOnlineManagement module,
# as an Exchange administrator of the organization's Microsoft 365 tenant. It is one script
# for the whole organization (Exchange Online has no servers of yours); it signs in with
# Connect-ExchangeOnline unless this session is connected already.
# Exchange Online has no receive connectors, domain-secure lists or Edge servers: each domain
# of the domain-secure receive list becomes a Partner inbound connector that requires TLS with
# a certificate for that domain, and each domain-secure send connector (or one with the
# TLS authentication level DomainValidation) a Partner outbound connector that sends only
# over TLS to a certificate of the partner domain (or of the connector's TLS domain).
# No certificate is imported: Exchange Online presents Microsoft's certificate for mail.protection.outlook.com,
# so partners trust that name and its public CA instead of a certificate of yours. Partner
# root CAs cannot be added: Exchange Online accepts only certificates of publicly trusted CAs.
# Every value taken from the workspace is a single-quoted literal, so nothing in it is
# expanded or executed. The script stops at the first error; running it again updates what
# already exists.

$ErrorActionPreference = 'Stop'
if (@(Get-ConnectionInformation).Count -eq 0) { Connect-ExchangeOnline -ShowBanner:$false }

# ----------------------------------------------------------------------------
# Step 1: Partner inbound connectors, one per domain of the domain-secure receive list
# (Get- then Set-, else New-).
# Step 1.1: mail from 'fabrikam.example' only over TLS with a certificate for 'fabrikam.example'.
# Only from the addresses of 'EDGE01\From Fabrikam'.
if ((Get-InboundConnector -Identity 'DomainSecure inbound fabrikam.example' -ErrorAction SilentlyContinue) -eq $null) {
    New-InboundConnector -Name 'DomainSecure inbound fabrikam.example' -ConnectorType 'Partner' -SenderDomains 'fabrikam.example' -RequireTls $true -RestrictDomainsToCertificate $true -TlsSenderCertificateName 'fabrikam.example' -SenderIPAddresses '198.51.100.0/28','203.0.113.25' -RestrictDomainsToIPAddresses $true -Enabled $true | Out-Null
} else {
    Set-InboundConnector -Identity 'DomainSecure inbound fabrikam.example' -ConnectorType 'Partner' -SenderDomains 'fabrikam.example' -RequireTls $true -RestrictDomainsToCertificate $true -TlsSenderCertificateName 'fabrikam.example' -SenderIPAddresses '198.51.100.0/28','203.0.113.25' -RestrictDomainsToIPAddresses $true -Enabled $true
}

# ----------------------------------------------------------------------------
# Step 2: Partner outbound connectors, one per domain-secure send connector and TLS domain
# (Get- then Set-, else New-).
# Step 2.1: send connector 'To Fabrikam': mail to 'fabrikam.example' only over TLS to a certificate for 'fabrikam.example', by MX.
if ((Get-OutboundConnector -Identity 'To Fabrikam' -ErrorAction SilentlyContinue) -eq $null) {
    New-OutboundConnector -Name 'To Fabrikam' -ConnectorType 'Partner' -RecipientDomains 'fabrikam.example' -TlsSettings 'DomainValidation' -TlsDomain 'fabrikam.example' -IsTransportRuleScoped $false -UseMXRecord $true -Enabled $true -Comment 'Mutual TLS with Fabrikam' | Out-Null
} else {
    Set-OutboundConnector -Identity 'To Fabrikam' -ConnectorType 'Partner' -RecipientDomains 'fabrikam.example' -TlsSettings 'DomainValidation' -TlsDomain 'fabrikam.example' -IsTransportRuleScoped $false -UseMXRecord $true -Enabled $true -Comment 'Mutual TLS with Fabrikam'
}

# ----------------------------------------------------------------------------
# Step 3: verify what this script configured; each failed check prints a warning.
$failed = 0
$connector = Get-InboundConnector -Identity 'DomainSecure inbound fabrikam.example'
$connector | Format-List Name,ConnectorType,SenderDomains,SenderIPAddresses,RequireTls,RestrictDomainsToCertificate,RestrictDomainsToIPAddresses,TlsSenderCertificateName,Enabled
if ($connector.RequireTls -ne $true -or $connector.RestrictDomainsToCertificate -ne $true) { Write-Warning 'Inbound connector DomainSecure inbound fabrikam.example does not require TLS with the partner''s certificate.'; $failed += 1 }
$domains = @($connector.SenderDomains | ForEach-Object { $_.ToString() })
if (($domains -notcontains 'fabrikam.example') -and ($domains -notcontains 'smtp:fabrikam.example;1')) { Write-Warning 'Inbound connector DomainSecure inbound fabrikam.example is not for fabrikam.example.'; $failed += 1 }
$connector = Get-OutboundConnector -Identity 'To Fabrikam'
$connector | Format-List Name,ConnectorType,RecipientDomains,TlsSettings,TlsDomain,UseMXRecord,SmartHosts,IsTransportRuleScoped,Enabled
if ($connector.TlsSettings -ne 'DomainValidation' -or ($connector.TlsDomain | ForEach-Object { $_.ToString() }) -ne 'fabrikam.example') { Write-Warning 'Outbound connector To Fabrikam does not validate the certificate of fabrikam.example.'; $failed += 1 }
if ($failed -eq 0) { Write-Host 'Verification passed.' } else { Write-Warning ('Verification: checks failed:' + ' ' + $failed) }
# Tell each partner what to trust instead of a certificate of yours: mail from this
# organization now comes from Exchange Online with Microsoft's certificate for mail.protection.outlook.com
# (a public CA), and mail to it goes to your MX host in Exchange Online.
Write-Host 'Partner fabrikam.example: trust the certificate name mail.protection.outlook.com (public CA) for mail from contoso.example, and send over TLS to the MX host of contoso.example.'
