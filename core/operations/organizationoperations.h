#pragma once

#include "change.h"
#include "model/exchangeversion.h"

#include <QCoreApplication>

namespace ds::core {

// Settings of the organization as a whole.
class OrganizationOperations
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationOperations)

public:
    // The organization's Exchange release, which lint and the Exchange export use when no target
    // is given. Setting the release it already has changes nothing (the change says so).
    static Result<Change> setExchangeVersion(const Workspace& workspace, ExchangeVersion version);
};

} // namespace ds::core
