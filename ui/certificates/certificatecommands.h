#pragma once

#include <QCoreApplication>
#include <QStringList>

class ActionRegistry;

// Certificate commands: request, import, enable, export, renew, remove, copy thumbprint, view;
// trusted root commands.
class CertificateCommands
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCommands)

public:
    static void registerAll(ActionRegistry* registry);
    static QStringList menuIds();
    static QStringList toolBarIds();
};
