#pragma once

#include "model/workspace.h"
#include "util/result.h"
#include "validate/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ds::core {

// What an operation did: the workspace after it, a translated one-line description (the undo
// step's text and the CLI's confirmation), the object it concerns, and what validation still
// reports about that object (nothing blocking: a blocking finding refuses the operation instead).
struct Change
{
    Workspace workspace;
    QString description;
    QString object;
    QList<Finding> findings;

    // The refusal every operation gives for a server that is not in the workspace.
    static Error noServer(const QString& name);

    Q_DECLARE_TR_FUNCTIONS(Change)
};

} // namespace ds::core
