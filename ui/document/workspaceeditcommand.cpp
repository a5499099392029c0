#include "workspaceeditcommand.h"

#include "workspacedocument.h"

namespace ds::ui {

WorkspaceEditCommand::WorkspaceEditCommand(WorkspaceDocument* document, const QString& text, Workspace before,
                                           Workspace after)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void WorkspaceEditCommand::undo()
{
    m_document->setWorkspace(m_before);
}

void WorkspaceEditCommand::redo()
{
    m_document->setWorkspace(m_after);
}

} // namespace ds::ui
