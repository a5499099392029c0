#pragma once

#include "commands/selection.h"

#include <QString>

struct Finding;
struct Workspace;

// Where a finding can be fixed: the object's kind, server and id (as the result pane names them)
// and the model field, read from the finding's object ("EDGE01\From Fabrikam", "send:To Fabrikam",
// "certificate:THUMBPRINT", "domain-secure:send:fabrikam.example", "server:EDGE01").
struct FindingLocation
{
    ObjectKind kind = ObjectKind::None;
    QString server;
    QString id;
    QString field;

    static FindingLocation of(const Finding& finding, const Workspace& workspace);
};
