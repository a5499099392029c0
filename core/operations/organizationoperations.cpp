#include "organizationoperations.h"

namespace ds::core {

Result<Change> OrganizationOperations::setExchangeVersion(const Workspace& workspace, ExchangeVersion version)
{
    Change change{workspace, {}, workspace.organization, {}};
    change.workspace.exchangeVersion = version;
    change.description =
        tr("Set the organization's Exchange release to %1").arg(ExchangeVersions::displayName(version));
    return change;
}

} // namespace ds::core
