#pragma once

#include "receiveconnector.h"
#include "sendconnector.h"

#include <QCoreApplication>

namespace ds::core {

// The settings Exchange 2007 applies for each connector usage (New-ReceiveConnector -Partner,
// -Internet…; New-SendConnector -Partner…), as documented in the Exchange 2007 cmdlet reference.
class ConnectorPresets
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorPresets)

public:
    // Sets usage, authMechanism, permissionGroups and domainSecureEnabled as Exchange does, and
    // the bindings/remote ranges Exchange fills in itself (Internet: all remote addresses;
    // Internal: 0.0.0.0:25) when they are still empty. edge: the connector is on an Edge server
    // (no ExchangeLegacyServers group there).
    static void apply(ReceiveConnector& connector, ReceiveUsage usage, bool edge = true);
    static ReceiveConnector receiveConnector(const QString& name, ReceiveUsage usage, bool edge = true);

    // Partner: domainSecureEnabled on and DNS routing; Internet: DNS routing; Internal: smart
    // hosts expected (dnsRoutingEnabled off); Custom: Exchange's plain defaults.
    static void apply(SendConnector& connector, SendUsage usage);
    static SendConnector sendConnector(const QString& name, SendUsage usage);

    // One line for a wizard page: what the usage sets up.
    static QString describe(ReceiveUsage usage);
    static QString describe(SendUsage usage);
};

} // namespace ds::core
