#include "certificates/certificatedialog.h"
#include "document/workspacedocument.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

// The certificate dialog on the demo's SMTP certificate (issued by the demo CA) and on a pending
// request: General, Details with every field, Certification Path with the status of each link.
class TestCertificateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generalTabShowsCertificate();
    void detailsListEveryField();
    void pathShowsChain();
    void pathShowsUntrustedRoot();
    void pendingRequestHasNoPath();

private:
    QString findField(QTreeWidget* tree, const QString& name);
    Workspace m_workspace;
    CertificateEntry m_entry;
};

void TestCertificateDialog::initTestCase()
{
    UiTestSupport::initGuiTest();
    m_workspace = UiTestSupport::demoWorkspace();
    m_entry = m_workspace.servers.first().certificates.first();
}

QString TestCertificateDialog::findField(QTreeWidget* tree, const QString& name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i)->text(1);
    }
    return u"<missing>"_s;
}

void TestCertificateDialog::generalTabShowsCertificate()
{
    WorkspaceDocument document;
    document.reset(m_workspace, {});
    CertificateDialog dialog(&document, u"EDGE01"_s, m_entry.thumbprint);
    dialog.show();
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.tabs()->count(), 3);
    QCOMPARE(dialog.findChild<QLabel*>(u"friendlyNameLabel"_s)->text(), u"Contoso domain security"_s);
    QVERIFY(dialog.findChild<QLabel*>(u"subjectLabel"_s)->text().contains(u"CN=mail.contoso.example"_s));
    QVERIFY(dialog.findChild<QLabel*>(u"issuerLabel"_s)->text().contains(u"DomainSecure Demo CA"_s));
    QCOMPARE(dialog.findChild<QLabel*>(u"domainsLabel"_s)->text(),
             u"mail.contoso.example, contoso.example"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"servicesLabel"_s)->text(), u"SMTP"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"statusLabel"_s)->text(), u"Valid"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"thumbprintLabel"_s)->text(), m_entry.thumbprint);
}

void TestCertificateDialog::detailsListEveryField()
{
    WorkspaceDocument document;
    document.reset(m_workspace, {});
    CertificateDialog dialog(&document, u"EDGE01"_s, m_entry.thumbprint);
    auto* tree = dialog.findChild<QTreeWidget*>(u"fieldTree"_s);
    QVERIFY(tree);
    QCOMPARE(findField(tree, u"Thumbprint (SHA-1)"_s), m_entry.thumbprint);
    QCOMPARE(findField(tree, u"Fingerprint (SHA-256)"_s), m_entry.sha256);
    QCOMPARE(findField(tree, u"Serial number"_s), m_entry.serialNumber);
    QCOMPARE(findField(tree, u"Public key"_s), u"RSA 2048"_s);
    QVERIFY(findField(tree, u"Enhanced key usage"_s).contains(u"serverAuth"_s));
    QVERIFY(findField(tree, u"Enhanced key usage"_s).contains(u"clientAuth"_s));
    QCOMPARE(findField(tree, u"Basic constraints"_s), u"End entity"_s);
    QVERIFY(!findField(tree, u"Signature algorithm"_s).isEmpty());
    QVERIFY(
        dialog.findChild<QPlainTextEdit*>(u"detailsText"_s)->toPlainText().contains(m_entry.serialNumber));
}

void TestCertificateDialog::pathShowsChain()
{
    WorkspaceDocument document;
    document.reset(m_workspace, {});
    CertificateDialog dialog(&document, u"EDGE01"_s, m_entry.thumbprint);
    auto* tree = dialog.findChild<QTreeWidget*>(u"certificationPathTree"_s);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* root = tree->topLevelItem(0);
    QCOMPARE(root->text(0), u"DomainSecure Demo CA"_s);
    QCOMPARE(root->text(1), u"OK"_s);
    QCOMPARE(root->childCount(), 1);
    QCOMPARE(root->child(0)->text(0), u"mail.contoso.example"_s);
    QCOMPARE(root->child(0)->text(1), u"OK"_s);
    QVERIFY(dialog.findChild<QLabel*>(u"pathSummaryLabel"_s)->text().contains(u"is trusted"_s));
}

void TestCertificateDialog::pathShowsUntrustedRoot()
{
    Workspace workspace = m_workspace;
    workspace.trustedRoots.clear();
    WorkspaceDocument document;
    document.reset(workspace, {});
    CertificateDialog dialog(&document, u"EDGE01"_s, m_entry.thumbprint);
    QCOMPARE(dialog.findChild<QLabel*>(u"statusLabel"_s)->text().section(u" — "_s, 0, 0), u"Untrusted"_s);
    auto* tree = dialog.findChild<QTreeWidget*>(u"certificationPathTree"_s);
    QVERIFY(tree->topLevelItemCount() == 1);
    // The failing link says why.
    bool anyFailed = false;
    for (QTreeWidgetItem* item = tree->topLevelItem(0); item; item = item->child(0))
        anyFailed = anyFailed || item->text(1) != u"OK"_s;
    QVERIFY(anyFailed);
    QVERIFY(dialog.findChild<QLabel*>(u"pathSummaryLabel"_s)->text().contains(u"not trusted"_s));
}

void TestCertificateDialog::pendingRequestHasNoPath()
{
    WorkspaceDocument document;
    document.reset(m_workspace, {});
    const PendingRequest request = m_workspace.servers.first().pendingRequests.first();
    CertificateDialog dialog(&document, u"EDGE01"_s, request.thumbprint);
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.findChild<QLabel*>(u"statusLabel"_s)->text(), u"Pending request"_s);
    QVERIFY(!dialog.tabs()->isTabEnabled(2));
    QVERIFY(dialog.findChild<QPlainTextEdit*>(u"detailsText"_s)
                ->toPlainText()
                .startsWith(u"-----BEGIN CERTIFICATE REQUEST-----"_s));
}

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
