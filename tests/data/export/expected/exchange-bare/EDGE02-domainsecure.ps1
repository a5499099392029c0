# DomainSecure export: Exchange Management Shell script for Exchange Server 2007
# Server 'EDGE02' ('mx2.a.example'), organization 'A Example Ltd.'.
# Runs on: this standalone Edge Transport server (not subscribed to an organization), in
# the Exchange Management Shell as a local administrator. It is the only script to run.
# Written for Windows PowerShell 1.0. Every value taken from the workspace is a
# single-quoted literal, so nothing in it is expanded or executed.
# The script stops at the first error; running it again updates what already exists.

$ErrorActionPreference = 'Stop'
$scriptDirectory = Split-Path -Parent $MyInvocation.MyCommand.Path
$certificateChanged = $false

# ----------------------------------------------------------------------------
# Step 1: the SMTP certificate.
# The workspace has no certificate enabled for SMTP on this server: nothing to import.

# ----------------------------------------------------------------------------
# Step 2: the partner root CAs in the Local Computer's Trusted Root store.
# The workspace trusts no partner root CA: partners need certificates of CAs Windows
# already trusts.

# ----------------------------------------------------------------------------
# Step 3: receive connectors of 'EDGE02' (Get- then Set-, else New-).
# The workspace has no receive connector for this server.

# ----------------------------------------------------------------------------
# Step 4: send connectors (organization objects; Get- then Set-, else New-).
# The workspace has no send connector for this server.

# ----------------------------------------------------------------------------
# Step 5: domain-secure lists. Exchange 2007 replaces a whole list when it is set, so each
# list is read, the missing domains are appended and the list is written back only when it
# changed; entries that are already there are kept.
# TLSSendDomainSecureList: the workspace adds no domain.
# TLSReceiveDomainSecureList: the workspace adds no domain.

# ----------------------------------------------------------------------------
# Step 6: verify what this script configured; each failed check prints a warning.
$failed = 0
Get-ReceiveConnector -Server 'EDGE02' | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups,DomainSecureEnabled,RequireTLS
$transportConfig = Get-TransportConfig
$transportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList
if ($failed -eq 0) { Write-Host 'Verification passed.' } else { Write-Warning ('Verification: checks failed:' + ' ' + $failed) }
