#include "findingtarget.h"

#include "validate/finding.h"

namespace ds::ui {

using namespace ds::core;

FindingTarget FindingTarget::of(const Finding& finding)
{
    const FindingLocation& location = finding.location;
    FindingTarget target{ObjectKind::None, location.server, location.id, location.field};
    switch (location.kind) {
    case FindingLocation::Kind::None:
    case FindingLocation::Kind::Workspace:
        break;
    case FindingLocation::Kind::Server:
        target.kind = ObjectKind::Server;
        break;
    case FindingLocation::Kind::Certificate:
        target.kind = ObjectKind::Certificate;
        break;
    case FindingLocation::Kind::ReceiveConnector:
        target.kind = ObjectKind::ReceiveConnector;
        break;
    case FindingLocation::Kind::SendConnector:
        target.kind = ObjectKind::SendConnector;
        break;
    case FindingLocation::Kind::SecureDomain:
        target.kind = ObjectKind::SecureDomain;
        target.field.clear(); // the list, not a field of an editor
        break;
    case FindingLocation::Kind::TrustedRoot:
        target.kind = ObjectKind::TrustedRoot;
        break;
    }
    return target;
}

} // namespace ds::ui
