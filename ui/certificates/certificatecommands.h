#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace ds::ui {

using namespace ds::core;

class ActionRegistry;
class WorkspaceDocument;

// Certificate commands: request, import, enable, export, renew, remove, copy thumbprint, view;
// trusted root commands.
class CertificateCommands
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCommands)

public:
    static void registerAll(ActionRegistry* registry);
    static QStringList menuIds();
    static QStringList toolBarIds();
    // Adds the CA certificates of a file to the trusted partner roots (one undoable edit).
    static Status addTrustedRootFile(WorkspaceDocument* document, const QString& path);
};

} // namespace ds::ui
