#pragma once

#include "model/workspace.h"

#include <QUndoCommand>

namespace ds::ui {

using namespace ds::core;

class WorkspaceDocument;

// An undo step: the workspace before and after one edit (Workspace copies share their data, so
// a snapshot costs little).
class WorkspaceEditCommand : public QUndoCommand
{
public:
    WorkspaceEditCommand(WorkspaceDocument* document, const QString& text, Workspace before, Workspace after);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument* m_document;
    Workspace m_before;
    Workspace m_after;
};

} // namespace ds::ui
