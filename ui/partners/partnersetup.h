#pragma once

#include "model/binding.h"
#include "model/fqdn.h"
#include "model/iprange.h"
#include "model/receiveconnector.h"
#include "model/sendconnector.h"
#include "model/smtpdomain.h"
#include "model/workspace.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

class WorkspaceDocument;

// What the New Partner wizard creates for partner B on our server: a Partner receive connector
// accepting only B's gateways, a Partner send connector for B's domains, and B's domains on the
// domain-secure send and receive lists — applied as ONE undo step (a QUndoStack macro of four edits).
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

    // The workspace after the setup (nothing is applied); an error when a name is taken, the
    // server is missing or a part is empty.
    Result<Workspace> preview(const Workspace& workspace) const;
    // The four edits as one undoable step named "New partner B". Changes nothing on failure.
    Status apply(WorkspaceDocument* document) const;
};
