#pragma once

#include "util/result.h"
#include "validate/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ds::core {

// The validation gate every operation passes: which findings refuse an edit, and the error that
// names the refusing rule. One place, so the CLI and the GUI refuse the same edits the same way.
class Gate
{
    Q_DECLARE_TR_FUNCTIONS(Gate)

public:
    // An error Exchange would refuse the object for. Errors that another object fixes (the
    // domain-secure lists, the certificate) are not blocking: they are left to do.
    static bool isBlocking(const Finding& finding);
    // The findings whose object is object.
    static QList<Finding> about(const QList<Finding>& findings, const QString& object);
    // The first blocking finding of after that before does not have (an edit is refused only for
    // what it breaks), restricted to fields when not empty; nullptr when there is none.
    static const Finding* firstNewBlocking(const QList<Finding>& after, const QList<Finding>& before = {},
                                           const QStringList& fields = {});
    // The refusal: ErrorCode::Validation, "CODE: message Fix: hint", with the finding's code and field.
    static Error refusal(const Finding& finding);
    // Refuses with the first new blocking finding, if any.
    static Status check(const QList<Finding>& after, const QList<Finding>& before = {},
                        const QStringList& fields = {});
    // The findings that are left once the gate let an edit through, one per line:
    // "error: message Fix: hint".
    static QString describe(const QList<Finding>& findings);
};

} // namespace ds::core
