#include "document/workspacedocument.h"
#include "store/workspacefile.h"
#include "uitestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

class TestWorkspaceDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editUndoRedo();
    void failedOrEmptyEditPushesNothing();
    void saveAndSaveAs();
    void saveErrorKeepsDirty();
    void autosaveWritesAndRemovesRecovery();

private:
    static Status rename(Workspace& w, const QString& name)
    {
        w.organization = name;
        return {};
    }
    QTemporaryDir m_dir;
};

void TestWorkspaceDocument::initTestCase()
{
    UiTestSupport::initGuiTest();
}

void TestWorkspaceDocument::editUndoRedo()
{
    WorkspaceDocument document;
    document.reset(UiTestSupport::demoWorkspace(), {});
    QSignalSpy changed(&document, &WorkspaceDocument::workspaceChanged);
    QSignalSpy modified(&document, &WorkspaceDocument::modifiedChanged);
    QVERIFY(document.edit(u"Rename"_s, [](Workspace& w) { return rename(w, u"A"_s); }).ok());
    QCOMPARE(document.workspace().organization, u"A"_s);
    QVERIFY(document.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(document.undoStack()->undoText(), u"Rename"_s);
    document.undoStack()->undo();
    QCOMPARE(document.workspace().organization, u"Contoso"_s);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.workspace().organization, u"A"_s);
    QCOMPARE(changed.size(), 3);
}

void TestWorkspaceDocument::failedOrEmptyEditPushesNothing()
{
    WorkspaceDocument document;
    document.reset(UiTestSupport::demoWorkspace(), {});
    const Status failed = document.edit(u"Fail"_s, [](Workspace& w) {
        w.organization = u"half done"_s;
        return Status::failure(ErrorCode::BadInput, u"nope"_s);
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.errorMessage(), u"nope"_s);
    QCOMPARE(document.workspace().organization, u"Contoso"_s);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.edit(u"Same"_s, [](Workspace&) { return Status(); }).ok());
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

void TestWorkspaceDocument::saveAndSaveAs()
{
    WorkspaceDocument document;
    document.reset(UiTestSupport::demoWorkspace(), {});
    QVERIFY(!document.save().ok()); // untitled
    QVERIFY(document.edit(u"Rename"_s, [](Workspace& w) { return rename(w, u"Saved"_s); }).ok());
    const QString path = m_dir.filePath(u"a.dsw"_s);
    QSignalSpy pathChanged(&document, &WorkspaceDocument::pathChanged);
    QVERIFY(document.saveAs(path).ok());
    QCOMPARE(pathChanged.size(), 1);
    QVERIFY(!document.isModified());
    QCOMPARE(document.displayName(), u"a.dsw"_s);
    auto loaded = WorkspaceFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->organization, u"Saved"_s);
    QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    WorkspaceDocument reopened;
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(reopened.workspace(), document.workspace());
}

void TestWorkspaceDocument::saveErrorKeepsDirty()
{
    WorkspaceDocument document;
    document.reset(UiTestSupport::demoWorkspace(), {});
    QVERIFY(document.edit(u"Rename"_s, [](Workspace& w) { return rename(w, u"X"_s); }).ok());
    const Status saved = document.saveAs(m_dir.filePath(u"no/such/folder/x.dsw"_s));
    QVERIFY(!saved.ok());
    QVERIFY(!saved.errorMessage().isEmpty());
    QVERIFY(document.isModified());
    QVERIFY(document.path().isEmpty());
}

void TestWorkspaceDocument::autosaveWritesAndRemovesRecovery()
{
    const QString path = m_dir.filePath(u"auto.dsw"_s);
    QVERIFY(WorkspaceFile::save(UiTestSupport::demoWorkspace(), path).ok());
    WorkspaceDocument document;
    QVERIFY(document.open(path).ok());
    QVERIFY(!document.hasNewerRecovery());
    document.setAutosaveInterval(20);
    QVERIFY(document.edit(u"Rename"_s, [](Workspace& w) { return rename(w, u"Autosaved"_s); }).ok());
    QTRY_VERIFY(QFile::exists(document.recoveryPath()));
    QCOMPARE(WorkspaceFile::load(document.recoveryPath())->organization, u"Autosaved"_s);
    QCOMPARE(WorkspaceFile::load(path)->organization, u"Contoso"_s); // the file itself is untouched
    QVERIFY(document.hasNewerRecovery());

    // Back at the saved state, the copy has nothing to recover.
    document.undoStack()->undo();
    QTRY_VERIFY(!QFile::exists(document.recoveryPath()));

    document.undoStack()->redo();
    QTRY_VERIFY(QFile::exists(document.recoveryPath()));
    QVERIFY(document.save().ok());
    QVERIFY(!QFile::exists(document.recoveryPath()));
}

QTEST_MAIN(TestWorkspaceDocument)
#include "tst_workspacedocument.moc"
