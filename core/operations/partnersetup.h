#pragma once

#include "change.h"
#include "model/binding.h"
#include "model/fqdn.h"
#include "model/iprange.h"
#include "model/receiveconnector.h"
#include "model/sendconnector.h"
#include "model/smtpdomain.h"
#include "model/workspace.h"
#include "util/result.h"
#include "validate/finding.h"

#include <QCoreApplication>
#include <QList>

namespace ds::core {

// What the New Partner set-up creates for partner B on our server: a Partner receive connector
// accepting only B's gateways, a Partner send connector for B's domains, and B's domains on the
// domain-secure send and receive lists.
struct PartnerSetup
{
    Q_DECLARE_TR_FUNCTIONS(PartnerSetup)

public:
    QString partnerName;
    QList<SmtpDomain> domains;
    QList<IpRange> gatewayRanges;
    QString server;
    QList<Binding> bindings;
    Fqdn fqdn; // empty: the server's FQDN
    bool requireTls = true;

    QString receiveConnectorName() const;
    QString sendConnectorName() const;
    QStringList domainNames() const;
    ReceiveConnector receiveConnector(bool edge = true) const;
    SendConnector sendConnector() const;
};

// The New Partner set-up as one operation: the two connectors through the connector operations
// (presets, uniqueness, the validation gate) and the domains through the list operations, as one
// change, so one undo step removes all of it.
class PartnerOperations
{
    Q_DECLARE_TR_FUNCTIONS(PartnerOperations)

public:
    // The connector names are free: no server has the receive connector name (the server may not
    // be chosen yet) and the organization has no send connector of that name.
    static Status checkNames(const Workspace& workspace, const PartnerSetup& setup);
    // Everything created, or the first refusal (nothing is changed then).
    static Result<Change> create(const Workspace& workspace, const PartnerSetup& setup);
    // What validation still reports, in after, about what the set-up concerns: its connectors, the
    // partner's list entries, the server and the server's certificates.
    static QList<Finding> remainingFindings(const Workspace& after, const PartnerSetup& setup);
};

} // namespace ds::core
