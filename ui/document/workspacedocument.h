#pragma once

#include "model/workspace.h"
#include "operations/change.h"
#include "util/backgroundjob.h"
#include "util/result.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QUndoStack;

namespace ds::ui {

using namespace ds::core;

// The workspace open in the window: its value, file, undo stack and dirty state. Every edit is
// one QUndoCommand holding the workspace before and after, so undo/redo covers everything. A
// timer copies unsaved edits into a recovery file beside the workspace.
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(QObject* parent = nullptr);
    ~WorkspaceDocument() override;

    const Workspace& workspace() const { return m_workspace; }
    QString path() const { return m_path; }
    QString displayName() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Replaces the whole document without undo (a new or just loaded workspace).
    void reset(const Workspace& workspace, const QString& path);
    Status open(const QString& path);
    Status save();
    Status saveAs(const QString& path);

    // One undoable step named text: change edits a copy of the workspace. Nothing is pushed when
    // change fails or changes nothing.
    Status edit(const QString& text, const std::function<Status(Workspace&)>& change);
    // An operation's outcome as one undoable step named by its description: pushed when it
    // succeeded (and changed something), else its error is returned and nothing changes.
    template <typename C> Status apply(const Result<C>& outcome)
    {
        if (!outcome.ok())
            return outcome.error();
        push(outcome.value());
        return {};
    }
    void push(const Change& change);
    // Used by the undo commands.
    void setWorkspace(const Workspace& workspace);

    // Recovery of unsaved edits: <file>.recovery, or untitled.dsw.recovery in the data folder.
    QString recoveryPath() const;
    bool hasNewerRecovery() const;
    // Loads the recovery copy as one undoable edit (so the document is dirty and undo goes back to
    // the saved file), then removes nothing: the copy stays until the next save.
    Status restoreRecovery();
    void discardRecovery();
    Status writeRecovery();
    void setAutosaveInterval(int milliseconds);
    // Blocks until a recovery copy being written in the background is on disk.
    void waitForAutosave();

signals:
    void workspaceChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);

private:
    void autosave();

    Workspace m_workspace;
    QString m_path;
    QUndoStack* m_undoStack;
    QTimer m_autosaveTimer;
    bool m_recoveryStale = false;
    BackgroundJob<Status> m_autosave;
};

} // namespace ds::ui
