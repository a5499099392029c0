#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ds::ui {

class ActionRegistry;

// Commands of the Domain Security page: add a domain to both lists, remove it.
class DomainSecurityCommands
{
    Q_DECLARE_TR_FUNCTIONS(DomainSecurityCommands)

public:
    static void registerAll(ActionRegistry* registry);
    static QStringList menuIds();
};

} // namespace ds::ui
