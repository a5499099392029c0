#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ds::ui {

class ActionRegistry;

// Test Connection commands: from a send connector (its smart host or the partner's MX), from a
// receive connector (self-test against our binding), and from the Tools menu (any host).
class ProbeCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommands)

public:
    static void registerAll(ActionRegistry* registry);
    static QStringList menuIds();
    static QStringList toolsMenuIds();
};

} // namespace ds::ui
