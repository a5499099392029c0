#include "crypto/keyprotector.h"
#include "document/workspacedocument.h"
#include "document/workspacepassphrasedialog.h"
#include "model/workspacecrypto.h"
#include "uitestsupport.h"
#include "widgets/messagebox.h"

#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

class TestWorkspacePassphraseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiTestSupport::initGuiTest(); }
    void setEncryptsEveryKeyAndUndoes();
    void mismatchAndWrongPassphraseChangeNothing();
    void removeAsksFirst();

private:
    static int encryptedKeys(const Workspace& workspace, int* keys);
    static void fill(WorkspacePassphraseDialog& dialog, const QString& current, const QString& next,
                     const QString& confirm);
    // The demo workspace with its keys protected by the passphrase "first", open in document.
    static void openProtectedDemo(WorkspaceDocument& document, Workspace* workspace);
};

void TestWorkspacePassphraseDialog::openProtectedDemo(WorkspaceDocument& document, Workspace* workspace)
{
    *workspace = UiTestSupport::demoWorkspace();
    const Status set = WorkspaceCrypto::changePassphrase(*workspace, {}, u"first"_s);
    QVERIFY2(set.ok(), qPrintable(set.errorMessage()));
    document.reset(*workspace, {});
}

int TestWorkspacePassphraseDialog::encryptedKeys(const Workspace& workspace, int* keys)
{
    int encrypted = 0;
    *keys = 0;
    for (const Server& server : workspace.servers) {
        for (const CertificateEntry& entry : server.certificates) {
            if (!entry.hasPrivateKey())
                continue;
            ++*keys;
            encrypted += entry.keyEncrypted;
        }
    }
    return encrypted;
}

void TestWorkspacePassphraseDialog::fill(WorkspacePassphraseDialog& dialog, const QString& current,
                                         const QString& next, const QString& confirm)
{
    if (auto* edit = dialog.findChild<QLineEdit*>(u"currentPassphraseEdit"_s))
        QTest::keyClicks(edit, current);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"newPassphraseEdit"_s), next);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"confirmPassphraseEdit"_s), confirm);
}

void TestWorkspacePassphraseDialog::setEncryptsEveryKeyAndUndoes()
{
    WorkspaceDocument document;
    document.reset(UiTestSupport::demoWorkspace(), {});
    QVERIFY(!document.workspace().keysProtected());
    int keys = 0;
    QCOMPARE(encryptedKeys(document.workspace(), &keys), 0);
    QVERIFY(keys > 0);

    WorkspacePassphraseDialog dialog(&document);
    QVERIFY(!dialog.findChild<QLineEdit*>(u"currentPassphraseEdit"_s)); // nothing to enter yet
    fill(dialog, {}, u"correct horse"_s, u"correct horse"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(document.workspace().keysProtected());
    QCOMPARE(encryptedKeys(document.workspace(), &keys), keys);
    QVERIFY(WorkspaceCrypto::checkPassphrase(document.workspace(), u"correct horse"_s).ok());
    QVERIFY(!WorkspaceCrypto::checkPassphrase(document.workspace(), u"wrong"_s).ok());
    for (const CertificateEntry& entry : document.workspace().servers.first().certificates) {
        if (entry.hasPrivateKey())
            QVERIFY(KeyProtector::unprotect(entry.privateKey, true, u"correct horse"_s).ok());
    }
    // One undo step restores the unencrypted keys.
    document.undoStack()->undo();
    QVERIFY(!document.workspace().keysProtected());
    QCOMPARE(encryptedKeys(document.workspace(), &keys), 0);
}

void TestWorkspacePassphraseDialog::mismatchAndWrongPassphraseChangeNothing()
{
    WorkspaceDocument document;
    Workspace workspace;
    openProtectedDemo(document, &workspace);
    if (QTest::currentTestFailed())
        return;
    {
        WorkspacePassphraseDialog dialog(&document);
        fill(dialog, u"first"_s, u"second"_s, u"secnod"_s);
        dialog.accept();
        QVERIFY(dialog.errorText().contains(u"differ"_s));
        QCOMPARE(document.workspace(), workspace);
        QCOMPARE(document.undoStack()->count(), 0);
    }
    {
        WorkspacePassphraseDialog dialog(&document);
        fill(dialog, u"not it"_s, u"second"_s, u"second"_s);
        dialog.accept();
        QVERIFY2(!dialog.errorText().isEmpty(), "a wrong passphrase is an error on the dialog");
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(document.workspace(), workspace);
    }
    WorkspacePassphraseDialog dialog(&document);
    fill(dialog, u"first"_s, u"second"_s, u"second"_s);
    dialog.accept();
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QVERIFY(WorkspaceCrypto::checkPassphrase(document.workspace(), u"second"_s).ok());
    QVERIFY(!WorkspaceCrypto::checkPassphrase(document.workspace(), u"first"_s).ok());
}

void TestWorkspacePassphraseDialog::removeAsksFirst()
{
    WorkspaceDocument document;
    Workspace workspace;
    openProtectedDemo(document, &workspace);
    if (QTest::currentTestFailed())
        return;
    {
        WorkspacePassphraseDialog dialog(&document);
        fill(dialog, u"first"_s, {}, {});
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.accept();
        QVERIFY(document.workspace().keysProtected());
    }
    WorkspacePassphraseDialog dialog(&document);
    fill(dialog, u"first"_s, {}, {});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.accept();
    QVERIFY(MessageBox::lastText().contains(u"without encryption"_s));
    QVERIFY(!document.workspace().keysProtected());
    int keys = 0;
    QCOMPARE(encryptedKeys(document.workspace(), &keys), 0);
}

QTEST_MAIN(TestWorkspacePassphraseDialog)
#include "tst_workspacepassphrasedialog.moc"
