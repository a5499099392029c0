#include "candidatecheck.h"

#include "operations/connectoroperations.h"
#include "operations/gate.h"

namespace ds::ui {

using namespace ds::core;

// The checks live in core (ConnectorOperations, Gate), shared with the CLI; this is the wizards'
// short way to them.
QList<Finding> CandidateCheck::receive(const Workspace& workspace, const QString& serverName,
                                       const ReceiveConnector& candidate, const QString& replacing)
{
    return ConnectorOperations::checkReceive(workspace, serverName, candidate, replacing);
}

QList<Finding> CandidateCheck::send(const Workspace& workspace, const SendConnector& candidate,
                                    const QString& replacing)
{
    return ConnectorOperations::checkSend(workspace, candidate, replacing);
}

bool CandidateCheck::isBlocking(const Finding& finding)
{
    return Gate::isBlocking(finding);
}

Status CandidateCheck::firstBlocking(const QList<Finding>& findings, const QStringList& fields)
{
    return Gate::check(findings, {}, fields);
}

QString CandidateCheck::describe(const QList<Finding>& findings)
{
    return Gate::describe(findings);
}

} // namespace ds::ui
