#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ds::ui {

class ActionRegistry;

// Receive and send connector commands: new (wizards), properties, remove, enable/disable.
class ConnectorCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorCommands)

public:
    static void registerAll(ActionRegistry* registry);
    static QStringList menuIds();
    static QStringList toolBarIds();
};

} // namespace ds::ui
