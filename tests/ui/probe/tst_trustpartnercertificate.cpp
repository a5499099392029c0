#include "document/workspacedocument.h"
#include "partnerpki.h"
#include "probe/testconnectiondialog.h"
#include "probetestbed.h"
#include "uitestsupport.h"
#include "util/translator.h"
#include "widgets/messagebox.h"

#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;
using Listener = ProbeTestbed::Listener;

// Test Connection's "Trust This Partner's Certificate": against a real Postfix (ProbeTestbed),
// a verified partner's certificate is pinned after the user confirms (one undo step), a declined
// box or an unverified certificate pins nothing.
class TestTrustPartnerCertificate : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProbeTestbed> m_bed;
    Workspace m_workspace;

    bool probe(TestConnectionDialog& dialog, Listener listener)
    {
        dialog.setHost(m_bed->address(listener), m_bed->port());
        dialog.setDomain(u"b.example"_s);
        dialog.setLevel(ProbeLevel::Secure);
        dialog.setClientCertificate(false);
        dialog.setTimeoutSeconds(10);
        if (!dialog.start())
            return false;
        return QTest::qWaitFor([&] { return dialog.report().has_value() && !dialog.isRunning(); }, 30000);
    }

private slots:
    void initTestCase()
    {
        UiTestSupport::initGuiTest();
        Translator::install(u"en"_s);
        m_bed = std::make_unique<ProbeTestbed>(u"trustgui"_s, 101);
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->errorString()));
        m_workspace.organization = u"A"_s;
        m_workspace.trustedRoots << m_bed->der(u"ca.pem"_s);
    }

    void verifiedCertificateIsPinnedAfterConfirming()
    {
        WorkspaceDocument document;
        document.reset(m_workspace, {});
        TestConnectionDialog dialog(&document);
        QVERIFY(probe(dialog, Listener::Plain));
        QVERIFY2(dialog.report()->success(), qPrintable(dialog.report()->error));
        auto* trust = dialog.findChild<QPushButton*>(u"trustPartnerCertificateButton"_s);
        QVERIFY(trust && trust->isEnabled());

        // Declined: nothing changes.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(trust, Qt::LeftButton);
        QVERIFY(document.workspace().partnerCertificates.isEmpty());

        const QString pin = PartnerPki::opensslPublicKeyPin(m_bed->path(u"mxb.pem"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(trust, Qt::LeftButton);
        // The box showed what is pinned before the user confirmed.
        QVERIFY2(MessageBox::lastText().contains(pin) && MessageBox::lastText().contains(u"mx.b.example"_s),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(document.workspace().partnerCertificates.size(), 1);
        QCOMPARE(document.workspace().partnerCertificates.first().pin, pin);
        QCOMPARE(document.workspace().partnerCertificates.first().domain.toString(), u"b.example"_s);
        QVERIFY(document.undoStack()->canUndo());
        document.undoStack()->undo();
        QVERIFY(document.workspace().partnerCertificates.isEmpty());
    }

    void unverifiedCertificateCannotBeTrusted()
    {
        WorkspaceDocument document;
        document.reset(m_workspace, {});
        TestConnectionDialog dialog(&document);
        QVERIFY(probe(dialog, Listener::WrongName));
        QVERIFY(!dialog.report()->success());
        auto* trust = dialog.findChild<QPushButton*>(u"trustPartnerCertificateButton"_s);
        QVERIFY(trust && !trust->isEnabled());
        QVERIFY(!dialog.trustPartnerCertificate());
        QVERIFY(document.workspace().partnerCertificates.isEmpty());
    }
};

QTEST_MAIN(TestTrustPartnerCertificate)
#include "tst_trustpartnercertificate.moc"
