#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ds::ui {

class ActionRegistry;

// Organization commands: the organization's properties (its Exchange release).
class OrganizationCommands
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationCommands)

public:
    static void registerAll(ActionRegistry* registry);
    static QStringList menuIds();
};

} // namespace ds::ui
