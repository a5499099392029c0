#pragma once

#include "selection.h"

class QWidget;

namespace ds::ui {

class WorkspaceDocument;

// Everything a command needs to run: the document, the window to parent its dialogs to, and what
// the user looks at.
struct CommandContext
{
    WorkspaceDocument* document = nullptr;
    QWidget* parent = nullptr;
    PageKind page = PageKind::Organization;
    QString server; // the server of the page, or the first server of the workspace
    Selection selection;
    QString field; // a properties dialog opens at the tab of this model field (from a finding)
};

} // namespace ds::ui
