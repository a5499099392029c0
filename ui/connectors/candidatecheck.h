#pragma once

#include "model/workspace.h"
#include "util/result.h"
#include "validate/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ds::ui {

using namespace ds::core;

// The validator's view of a connector that is not in the workspace yet (a wizard's candidate) or
// is being edited (a property dialog): the workspace with the candidate in place, validated, and
// the findings about the candidate. Wizards block Next on blocking findings of a page's fields.
class CandidateCheck
{
    Q_DECLARE_TR_FUNCTIONS(CandidateCheck)

public:
    // replacing: the current name of the connector the candidate replaces ("" for a new one).
    static QList<Finding> receive(const Workspace& workspace, const QString& server,
                                  const ReceiveConnector& candidate, const QString& replacing = {});
    static QList<Finding> send(const Workspace& workspace, const SendConnector& candidate,
                               const QString& replacing = {});

    // An error Exchange would refuse the connector for. Errors that another object fixes (the
    // domain-secure lists, the certificate) are not blocking: the wizard shows them as left to do.
    static bool isBlocking(const Finding& finding);
    // The first blocking finding whose field is one of fields (any field when fields is empty),
    // as an error naming the problem and its fix.
    static Status firstBlocking(const QList<Finding>& findings, const QStringList& fields = {});
    // One line per finding: "Error: message Fix: hint".
    static QString describe(const QList<Finding>& findings);
};

} // namespace ds::ui
