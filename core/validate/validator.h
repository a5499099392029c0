#pragma once

#include "finding.h"
#include "model/workspace.h"
#include "util/clock.h"
#include "validationcontext.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace ds::core {

// Runs every rule over a workspace and returns all findings, errors first in workspace order
// (receive connectors per server, certificates and trusted roots, send connectors, topology,
// domain-secure lists).
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static QList<Finding> run(const Workspace& workspace,
                              ValidationTarget target = ValidationTarget::Exchange2007,
                              const Clock& clock = Clock::current());

    static QString targetName(ValidationTarget target); // "exchange2007", "postfix"
    static std::optional<ValidationTarget> parseTarget(const QString& text);
};

} // namespace ds::core
