#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ds::ui {

class ActionRegistry;

// The export command: "Export Configuration…" opens the Export dialog for the current server.
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)

public:
    static void registerAll(ActionRegistry* registry);
    static QStringList menuIds();
    static QStringList toolBarIds();
};

} // namespace ds::ui
