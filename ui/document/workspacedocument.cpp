#include "workspacedocument.h"

#include "store/workspacefile.h"
#include "util/durablefile.h"
#include "util/logging.h"
#include "workspaceeditcommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

WorkspaceDocument::WorkspaceDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { m_recoveryStale = true; });
    m_autosaveTimer.setInterval(30 * 1000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &WorkspaceDocument::autosave);
    m_autosaveTimer.start();
    connect(&m_autosave, &BackgroundJobBase::finished, this, [this] {
        if (const Status saved = *m_autosave.result(); !saved.ok()) {
            m_recoveryStale = true;
            qCWarning(lcUi) << "recovery copy not written:" << saved.errorMessage();
        }
    });
}

WorkspaceDocument::~WorkspaceDocument()
{
    waitForAutosave();
}

void WorkspaceDocument::waitForAutosave()
{
    m_autosave.waitForFinished();
}

QString WorkspaceDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool WorkspaceDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void WorkspaceDocument::reset(const Workspace& workspace, const QString& path)
{
    m_undoStack->clear();
    m_workspace = workspace;
    m_path = path;
    m_recoveryStale = false;
    emit pathChanged(m_path);
    emit workspaceChanged();
    emit modifiedChanged(false);
}

Status WorkspaceDocument::open(const QString& path)
{
    auto loaded = WorkspaceFile::load(path);
    if (!loaded.ok())
        return loaded.error();
    reset(loaded.value(), QFileInfo(path).absoluteFilePath());
    return {};
}

Status WorkspaceDocument::save()
{
    if (m_path.isEmpty())
        return Status::failure(ErrorCode::Usage, tr("The workspace has no file name yet; use Save As."));
    return saveAs(m_path);
}

Status WorkspaceDocument::saveAs(const QString& path)
{
    waitForAutosave(); // a recovery copy written after the save would outlive it
    const QString oldRecovery = recoveryPath();
    if (auto saved = WorkspaceFile::save(m_workspace, path); !saved.ok())
        return saved;
    QFile::remove(oldRecovery);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_path) {
        m_path = absolute;
        emit pathChanged(m_path);
    }
    QFile::remove(recoveryPath());
    m_recoveryStale = false;
    m_undoStack->setClean();
    return {};
}

Status WorkspaceDocument::edit(const QString& text, const std::function<Status(Workspace&)>& change)
{
    Workspace after = m_workspace;
    if (auto changed = change(after); !changed.ok())
        return changed;
    if (after == m_workspace)
        return {};
    m_undoStack->push(new WorkspaceEditCommand(this, text, m_workspace, std::move(after)));
    return {};
}

void WorkspaceDocument::push(const Change& change)
{
    if (change.workspace == m_workspace)
        return;
    m_undoStack->push(new WorkspaceEditCommand(this, change.description, m_workspace, change.workspace));
}

void WorkspaceDocument::setWorkspace(const Workspace& workspace)
{
    m_workspace = workspace;
    emit workspaceChanged();
}

QString WorkspaceDocument::recoveryPath() const
{
    if (!m_path.isEmpty())
        return m_path + u".recovery"_s;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/untitled.dsw.recovery"_s;
}

bool WorkspaceDocument::hasNewerRecovery() const
{
    const QFileInfo recovery(recoveryPath());
    if (!recovery.exists())
        return false;
    if (m_path.isEmpty())
        return true;
    return recovery.lastModified() >= QFileInfo(m_path).lastModified();
}

Status WorkspaceDocument::restoreRecovery()
{
    auto loaded = WorkspaceFile::load(recoveryPath());
    if (!loaded.ok())
        return loaded.error();
    return edit(tr("Restore unsaved changes"), [&](Workspace& workspace) {
        workspace = loaded.value();
        return Status();
    });
}

void WorkspaceDocument::discardRecovery()
{
    waitForAutosave();
    QFile::remove(recoveryPath());
}

Status WorkspaceDocument::writeRecovery()
{
    waitForAutosave();
    const QString path = recoveryPath();
    // A missing folder is created (an existing one, even through a link the user made, is used).
    const QString folder = QFileInfo(path).absolutePath();
    Status saved = QFileInfo(folder).isDir() ? Status() : DurableFile::makeDirectory(folder, 0700);
    if (saved.ok())
        saved = WorkspaceFile::save(m_workspace, path);
    if (saved.ok())
        m_recoveryStale = false;
    else
        qCWarning(lcUi) << "recovery copy not written:" << saved.errorMessage();
    return saved;
}

void WorkspaceDocument::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer.start(milliseconds);
}

void WorkspaceDocument::autosave()
{
    if (!m_recoveryStale || m_autosave.isRunning())
        return;
    if (!isModified()) {
        discardRecovery();
        m_recoveryStale = false;
        return;
    }
    // Written on a worker thread from a copy (implicitly shared, so free to take): serializing a
    // workspace of 10,000 certificates takes longer than the GUI may stall.
    m_recoveryStale = false;
    const QString path = recoveryPath();
    m_autosave.start([workspace = m_workspace, path](JobContext&) -> Status {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QFileInfo(folder).isDir()) {
            if (Status made = DurableFile::makeDirectory(folder, 0700); !made.ok())
                return made;
        }
        return WorkspaceFile::save(workspace, path);
    });
}

} // namespace ds::ui
