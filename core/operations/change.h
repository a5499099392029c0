#pragma once

#include "model/workspace.h"
#include "util/result.h"
#include "validate/finding.h"

#include <QList>
#include <QString>

// What an operation did: the workspace after it, a translated one-line description (the undo
// step's text and the CLI's confirmation), the object it concerns, and what validation still
// reports about that object (nothing blocking: a blocking finding refuses the operation instead).
struct Change
{
    Workspace workspace;
    QString description;
    QString object;
    QList<Finding> findings;
};
