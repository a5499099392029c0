#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ds::ui {

class ActionRegistry;

// Server commands: the properties of a server (its role and, for an Edge, the subscription).
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)

public:
    static void registerAll(ActionRegistry* registry);
    static QStringList menuIds();
};

} // namespace ds::ui
