# DomainSecure export: Exchange Management Shell script for Exchange Server 2007
# Server 'EDGE02' ('mx2.a.example'), organization 'A Example Ltd.'.
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
# The workspace has no certificate enabled for SMTP on this server: nothing to import.

# ----------------------------------------------------------------------------
# Step 2: receive connectors of 'EDGE02' (Get- then Set-, else New-).
# The workspace has no receive connector for this server.

# ----------------------------------------------------------------------------
# Step 3: send connectors used by 'EDGE02' (organization objects; Get- then Set-, else New-).
# The workspace has no send connector for this server.

# ----------------------------------------------------------------------------
# Step 4: domain-secure lists. Exchange 2007 replaces a whole list when it is set, so each
# list is read, the missing domains are appended and the list is written back only when it
# changed; entries that are already there are kept.
$transportConfig = Get-TransportConfig
# TLSSendDomainSecureList: the workspace adds no domain.
# TLSReceiveDomainSecureList: the workspace adds no domain.

# ----------------------------------------------------------------------------
# Step 5: show the result. Send a test message to the partner and look for the
# "Domain Secured" mark in Outlook 2007 or OWA.
Get-ReceiveConnector -Server 'EDGE02' | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups,DomainSecureEnabled,RequireTLS
Get-SendConnector | Format-List Identity,AddressSpaces,SmartHosts,DomainSecureEnabled,RequireTLS
Get-TransportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList
