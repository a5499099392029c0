// Renders the console for docs/screenshots.sh, one PNG per view and language:
// - the main window on the demo workspace (a few pages, and the Validation pane with a finding),
// - the Export dialog (preview, diff, refused) and the Test Connection dialog after a probe of a
//   loopback SMTP server without STARTTLS,
// - every page of every wizard (New Certificate Request, Import Certificate, New Receive
//   Connector, New Send Connector, New Partner), filled in with demo values and stepped through
//   with the wizard's own next(),
// - every dialog and every tab of the property dialogs (certificate, enable and export
//   certificate, receive and send connector properties, Domain Security, Settings, About).
//
//   guiscreenshots OUTDIR LANGUAGE(en|ja)

#include "certificates/certificatedialog.h"
#include "certificates/certificaterequestwizard.h"
#include "certificates/countrycombobox.h"
#include "certificates/enablecertificatedialog.h"
#include "certificates/exportcertificatedialog.h"
#include "certificates/importcertificatewizard.h"
#include "commands/actionregistry.h"
#include "connectors/receiveconnectorpropertiesdialog.h"
#include "connectors/receiveconnectorwizard.h"
#include "connectors/sendconnectorpropertiesdialog.h"
#include "connectors/sendconnectorwizard.h"
#include "connectors/valuelisteditor.h"
#include "crypto/certificateauthority.h"
#include "crypto/pkcs12writer.h"
#include "document/workspacedocument.h"
#include "document/workspacepassphrasedialog.h"
#include "export/exportdialog.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/mainwindow.h"
#include "organization/organizationpropertiesdialog.h"
#include "partners/newpartnerwizard.h"
#include "probe/proberesulttree.h"
#include "probe/testconnectiondialog.h"
#include "settings/settingsdialog.h"
#include "store/demoworkspace.h"
#include "util/translator.h"
#include "validation/findingtablemodel.h"
#include "validation/validationpane.h"
#include "widgets/messagebox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWizard>
#include <functional>

using namespace ds::core;
using namespace ds::ui;

using namespace Qt::StringLiterals;

namespace {
void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool shoot(QWidget* widget, const QString& path)
{
    settle();
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

// Answers EHLO without STARTTLS, so the probe ends with starttls-not-supported and a fix hint.
void serveWithoutStarttls(QTcpServer* server)
{
    QObject::connect(server, &QTcpServer::newConnection, server, [server] {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            socket->setParent(server);
            socket->write("220 mx.fabrikam.example ESMTP\r\n");
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                while (socket->canReadLine()) {
                    const QByteArray line = socket->readLine().toUpper();
                    if (line.startsWith("EHLO"))
                        socket->write("250-mx.fabrikam.example\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n");
                    else if (line.startsWith("QUIT"))
                        socket->write("221 2.0.0 Bye\r\n");
                    else
                        socket->write("502 5.5.2 Error: command not recognized\r\n");
                }
            });
        }
    });
    server->listen(QHostAddress::LocalHost, 0);
}

// Runs the event loop until done() holds or timeoutMs passed; returns done().
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        settle(50);
    return done();
}

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        QTextStream(stderr) << "no " << name << " in " << parent->metaObject()->className() << '\n';
    return found;
}

void setText(QWidget* parent, const QString& name, const QString& text)
{
    if (auto* edit = child<QLineEdit>(parent, name))
        edit->setText(text);
}

void setValues(QWidget* parent, const QString& name, const QStringList& values)
{
    if (auto* editor = child<ValueListEditor>(parent, name))
        editor->setValues(values);
}

void setChecked(QWidget* parent, const QString& name, bool checked)
{
    if (auto* button = child<QAbstractButton>(parent, name))
        button->setChecked(checked);
}

void selectData(QWidget* parent, const QString& name, const QVariant& data)
{
    if (auto* combo = child<QComboBox>(parent, name)) {
        const int index = combo->findData(data);
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
}

// Where the pictures go and whether every one was written.
struct Camera
{
    QDir outDir;
    QString language;
    bool ok = true;

    void shoot(QWidget* widget, const QString& name)
    {
        ok &= ::shoot(widget, outDir.filePath(u"%1-%2.png"_s.arg(name, language)));
    }
    // The page on screen must be expected (the wizard refuses to move on when a field is wrong).
    void shootPage(QWizard& wizard, int expectedId, const QString& name)
    {
        if (wizard.currentId() != expectedId) {
            QTextStream(stderr) << name << ": the wizard is on page " << wizard.currentId() << ", not "
                                << expectedId << '\n';
            ok = false;
        }
        shoot(&wizard, name);
    }
};

// Wizards get one size for every page (as the user's window would keep it).
void showWizard(QWizard& wizard)
{
    wizard.resize(wizard.sizeHint().expandedTo(QSize(760, 600)));
    wizard.show();
}

// The demo workspace as it was before a wizard made what the wizard is shown making.
Workspace withoutFabrikamReceive(Workspace workspace)
{
    workspace.servers.first().receiveConnectors.removeIf(
        [](const ReceiveConnector& c) { return c.name == u"From Fabrikam"_s; });
    return workspace;
}

Workspace withoutFabrikamSend(Workspace workspace)
{
    workspace.sendConnectors.removeIf([](const SendConnector& c) { return c.name == u"To Fabrikam"_s; });
    return workspace;
}

Workspace withoutFabrikam(Workspace workspace)
{
    workspace = withoutFabrikamSend(withoutFabrikamReceive(std::move(workspace)));
    workspace.domainSecure.send.removeAll(u"fabrikam.example"_s);
    workspace.domainSecure.receive.removeAll(u"fabrikam.example"_s);
    return workspace;
}

// A new SMTP certificate for EDGE01 from Contoso's own CA, with its key, in a PKCS#12 file: what
// the Import Certificate wizard reads. The CA's certificate goes to *rootDer (to be trusted).
bool writePkcs12(const QString& path, const QString& password, QByteArray* rootDer)
{
    auto caKey = PrivateKey::generate(KeySpec::ecP256());
    auto key = PrivateKey::generate(KeySpec::rsa(2048));
    if (!caKey.ok() || !key.ok())
        return false;
    auto ca = CertificateAuthority::makeRoot(
        DistinguishedName::parse(u"CN=Contoso Root CA,O=Contoso,C=JP"_s).value(), caKey.value());
    if (!ca.ok())
        return false;
    CertificateAuthority::IssueOptions options;
    options.days = 395;
    auto leaf = ca->issue(key->spkiDer(),
                          DistinguishedName::parse(u"CN=mail.contoso.example,O=Contoso,C=JP"_s).value(),
                          {u"mail.contoso.example"_s, u"contoso.example"_s}, options);
    if (!leaf.ok())
        return false;
    auto pfx = Pkcs12Writer::write(key.value(), leaf.value(), {ca->certificate()}, password,
                                   u"Contoso domain security 2027"_s);
    if (!pfx.ok())
        return false;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pfx.value()) != pfx->size())
        return false;
    *rootDer = ca->certificate().toDer();
    return true;
}

// New Certificate Request for EDGE01, every page, with an EC P-256 key (generated in a moment).
void requestWizard(Camera& camera, const Workspace& demo)
{
    WorkspaceDocument document;
    Workspace workspace = demo;
    workspace.servers.first().pendingRequests.clear();
    document.reset(workspace, {});
    CertificateRequestWizard wizard(&document, u"EDGE01"_s);
    showWizard(wizard);
    using W = CertificateRequestWizard;
    camera.shootPage(wizard, W::IntroductionPageId, u"request-wizard-1-introduction"_s);
    wizard.next();
    setText(&wizard, u"organizationEdit"_s, u"Contoso, Ltd."_s);
    setText(&wizard, u"organizationalUnitEdit"_s, u"IT"_s);
    setText(&wizard, u"localityEdit"_s, u"Minato-ku"_s);
    setText(&wizard, u"stateEdit"_s, u"Tokyo"_s);
    if (auto* country = child<CountryComboBox>(&wizard, u"countryCombo"_s))
        country->setCode(u"JP"_s);
    camera.shootPage(wizard, W::SubjectPageId, u"request-wizard-2-subject"_s);
    wizard.next();
    setText(&wizard, u"domainEdit"_s, u"contoso.example"_s);
    if (auto* add = child<QPushButton>(&wizard, u"addDomainButton"_s))
        add->click();
    camera.shootPage(wizard, W::DomainsPageId, u"request-wizard-3-domains"_s);
    wizard.next();
    selectData(&wizard, u"keyTypeCombo"_s, u"ec:p256"_s);
    setChecked(&wizard, u"exportableCheckBox"_s, true);
    setText(&wizard, u"friendlyNameEdit"_s, u"Contoso domain security 2027"_s);
    camera.shootPage(wizard, W::KeyPageId, u"request-wizard-4-key"_s);
    wizard.next();
    camera.shootPage(wizard, W::SummaryPageId, u"request-wizard-5-summary"_s);
    wizard.next(); // Generate (the commit page)
    if (!waitUntil([&] { return wizard.button(QWizard::NextButton)->isEnabled(); })) {
        QTextStream(stderr) << "the key was not generated in time\n";
        camera.ok = false;
    }
    camera.shootPage(wizard, W::GenerationPageId, u"request-wizard-6-generation"_s);
    wizard.next();
    camera.shootPage(wizard, W::CompletionPageId, u"request-wizard-7-completion"_s);
    wizard.reject();
}

// Import Certificate of a PKCS#12 file (so the password page shows) into the window's document.
void importWizard(Camera& camera, WorkspaceDocument* document, QWidget* parent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mail.contoso.example.pfx"_s);
    const QString password = u"Contoso-2027!"_s;
    QByteArray rootDer;
    if (!writePkcs12(path, password, &rootDer)) {
        QTextStream(stderr) << "cannot make the PKCS#12 file\n";
        camera.ok = false;
        return;
    }
    (void)document->edit(u"trust Contoso Root CA"_s, [&](Workspace& w) {
        w.trustedRoots << rootDer;
        return Status();
    });
    ImportCertificateWizard wizard(document, u"EDGE01"_s, parent);
    using W = ImportCertificateWizard;
    wizard.setFile(path);
    showWizard(wizard);
    camera.shootPage(wizard, W::FilePageId, u"import-wizard-1-file"_s);
    wizard.next();
    setText(&wizard, u"passwordEdit"_s, password);
    camera.shootPage(wizard, W::PasswordPageId, u"import-wizard-2-password"_s);
    wizard.next(); // the password is checked off the GUI thread
    waitUntil([&] { return wizard.currentId() == W::PreviewPageId; });
    waitUntil([&] { return wizard.button(QWizard::NextButton)->isEnabled(); });
    camera.shootPage(wizard, W::PreviewPageId, u"import-wizard-3-preview"_s);
    wizard.next();
    camera.shootPage(wizard, W::ServicesPageId, u"import-wizard-4-services"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes); // replace the default SMTP certificate
    wizard.next();
    waitUntil([&] { return wizard.currentId() == W::CompletionPageId; });
    camera.shootPage(wizard, W::CompletionPageId, u"import-wizard-5-completion"_s);
    wizard.accept();
}

// New Receive Connector: the demo's From Fabrikam, made anew.
void receiveWizard(Camera& camera, const Workspace& demo)
{
    WorkspaceDocument document;
    document.reset(withoutFabrikamReceive(demo), {});
    ReceiveConnectorWizard wizard(&document, u"EDGE01"_s);
    using W = ReceiveConnectorWizard;
    showWizard(wizard);
    setText(&wizard, u"nameEdit"_s, u"From Fabrikam"_s);
    selectData(&wizard, u"usageCombo"_s, int(ReceiveUsage::Partner));
    camera.shootPage(wizard, W::IntroductionPage, u"receive-wizard-1-introduction"_s);
    wizard.next();
    setText(wizard.currentPage(), u"fqdnEdit"_s, u"mail.contoso.example"_s);
    camera.shootPage(wizard, W::LocalNetworkPage, u"receive-wizard-2-local-network"_s);
    wizard.next();
    setValues(wizard.currentPage(), u"remoteRangesEditor"_s, {u"198.51.100.0/28"_s, u"203.0.113.25"_s});
    setValues(wizard.currentPage(), u"partnerDomainsEditor"_s, {u"fabrikam.example"_s});
    camera.shootPage(wizard, W::RemoteNetworkPage, u"receive-wizard-3-remote-network"_s);
    wizard.next();
    camera.shootPage(wizard, W::SummaryPage, u"receive-wizard-4-summary"_s);
    wizard.next(); // New (the commit page)
    camera.shootPage(wizard, W::CompletionPage, u"receive-wizard-5-completion"_s);
    wizard.accept();
}

// New Send Connector: the demo's To Fabrikam, made anew.
void sendWizard(Camera& camera, const Workspace& demo)
{
    WorkspaceDocument document;
    document.reset(withoutFabrikamSend(demo), {});
    SendConnectorWizard wizard(&document);
    using W = SendConnectorWizard;
    showWizard(wizard);
    setText(&wizard, u"nameEdit"_s, u"To Fabrikam"_s);
    selectData(&wizard, u"usageCombo"_s, int(SendUsage::Partner));
    camera.shootPage(wizard, W::IntroductionPage, u"send-wizard-1-introduction"_s);
    wizard.next();
    setValues(wizard.currentPage(), u"addressSpacesEditor"_s, {u"fabrikam.example"_s});
    camera.shootPage(wizard, W::AddressSpacePage, u"send-wizard-2-address-space"_s);
    wizard.next();
    setChecked(wizard.currentPage(), u"requireTlsCheckBox"_s, true);
    camera.shootPage(wizard, W::NetworkPage, u"send-wizard-3-network"_s);
    wizard.next();
    camera.shootPage(wizard, W::SourceServerPage, u"send-wizard-4-source-server"_s);
    wizard.next();
    camera.shootPage(wizard, W::SummaryPage, u"send-wizard-5-summary"_s);
    wizard.next(); // New (the commit page)
    camera.shootPage(wizard, W::CompletionPage, u"send-wizard-6-completion"_s);
    wizard.accept();
}

// New Partner: Fabrikam set up from scratch (both connectors and both list entries).
void partnerWizard(Camera& camera, const Workspace& demo)
{
    WorkspaceDocument document;
    document.reset(withoutFabrikam(demo), {});
    NewPartnerWizard wizard(&document, u"EDGE01"_s);
    using W = NewPartnerWizard;
    showWizard(wizard);
    setText(&wizard, u"partnerNameEdit"_s, u"Fabrikam"_s);
    setValues(&wizard, u"partnerDomainsEditor"_s, {u"fabrikam.example"_s});
    camera.shootPage(wizard, W::PartnerPage, u"partner-wizard-1-partner"_s);
    wizard.next();
    setValues(wizard.currentPage(), u"remoteRangesEditor"_s, {u"198.51.100.0/28"_s, u"203.0.113.25"_s});
    camera.shootPage(wizard, W::GatewaysPage, u"partner-wizard-2-gateways"_s);
    wizard.next();
    setText(wizard.currentPage(), u"fqdnEdit"_s, u"mail.contoso.example"_s);
    camera.shootPage(wizard, W::ServerPage, u"partner-wizard-3-server"_s);
    wizard.next();
    camera.shootPage(wizard, W::SummaryPage, u"partner-wizard-4-summary"_s);
    wizard.next(); // Create (the commit page)
    camera.shootPage(wizard, W::ResultPage, u"partner-wizard-5-result"_s);
    wizard.accept();
}

void shootTabs(Camera& camera, QDialog& dialog, QTabWidget* tabs, const QStringList& names)
{
    dialog.show();
    for (int i = 0; i < names.size() && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        camera.shoot(&dialog, names.at(i));
    }
    if (tabs->count() != names.size()) {
        QTextStream(stderr) << dialog.metaObject()->className() << " has " << tabs->count() << " tabs\n";
        camera.ok = false;
    }
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or data
    MessageBox::setNoninteractive(true);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: guiscreenshots OUTDIR en|ja\n";
        return 2;
    }
    const QDir outDir(args.at(1));
    const QString language = args.at(2);
    Translator::install(language);
    auto file = [&](const QString& name) { return outDir.filePath(u"%1-%2.png"_s.arg(name, language)); };
    bool ok = true;

    auto demo = DemoWorkspace::create();
    if (!demo.ok()) {
        QTextStream(stderr) << demo.errorMessage() << '\n';
        return 1;
    }
    MainWindow window;
    window.document()->reset(demo.value(), {});
    window.resize(1100, 680);
    window.show();
    ok &= shoot(&window, file(u"main-window"_s));
    const QString server = demo->servers.first().name;
    window.showPage(PageKind::Certificates, server);
    ok &= shoot(&window, file(u"certificates"_s));
    window.showPage(PageKind::SendConnectors);
    ok &= shoot(&window, file(u"send-connectors"_s));

    // Export: the preview, then the diff after an edit, then a refused export.
    QTemporaryDir dir;
    {
        ExportDialog dialog(window.document(), server, &window);
        dialog.setTarget(u"postfix"_s);
        dialog.setFolder(dir.filePath(u"export"_s));
        dialog.show();
        ok &= shoot(&dialog, file(u"export-preview"_s));
        dialog.write();
        (void)window.document()->edit(u"banner"_s, [](Workspace& w) {
            if (!w.servers.first().receiveConnectors.isEmpty())
                w.servers.first().receiveConnectors.first().banner = u"220 mail.contoso.example ready"_s;
            return Status();
        });
        auto* files = dialog.findChild<QTreeWidget*>(u"fileList"_s);
        for (int i = 0; i < files->topLevelItemCount(); ++i) {
            if (dialog.comparison().value(i).state == ExportComparison::State::Changed) {
                files->setCurrentItem(files->topLevelItem(i));
                break;
            }
        }
        dialog.findChild<QTabWidget*>(u"fileTabs"_s)->setCurrentIndex(1);
        ok &= shoot(&dialog, file(u"export-diff"_s));
        (void)window.document()->edit(u"broken banner"_s, [](Workspace& w) {
            if (!w.servers.first().receiveConnectors.isEmpty())
                w.servers.first().receiveConnectors.first().banner = u"hello"_s;
            return Status();
        });
        ok &= shoot(&dialog, file(u"export-refused"_s));
        window.document()->undoStack()->undo();
        window.document()->undoStack()->undo();
    }

    // Test Connection from the partner send connector, against a local server without STARTTLS.
    {
        QTcpServer smtp;
        serveWithoutStarttls(&smtp);
        TestConnectionDialog dialog(window.document(), &window);
        if (!demo->sendConnectors.isEmpty())
            dialog.setSendConnector(demo->sendConnectors.first().name);
        dialog.setHost(u"127.0.0.1"_s, smtp.serverPort());
        dialog.setTimeoutSeconds(10);
        dialog.show();
        QEventLoop loop;
        QObject::connect(&dialog, &TestConnectionDialog::probeFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (dialog.start())
            loop.exec();
        dialog.resultTree()->expandAll();
        ok &= shoot(&dialog, file(u"test-connection"_s));
    }

    Camera camera{outDir, language};
    requestWizard(camera, demo.value());
    receiveWizard(camera, demo.value());
    sendWizard(camera, demo.value());
    partnerWizard(camera, demo.value());

    // The certificate dialogs, on the demo's SMTP certificate of EDGE01.
    const QString thumbprint = demo->servers.first().certificates.first().thumbprint;
    {
        CertificateDialog dialog(window.document(), server, thumbprint, &window);
        shootTabs(camera, dialog, dialog.tabs(),
                  {u"certificate-general"_s, u"certificate-details"_s, u"certificate-path"_s});
    }
    {
        ExportCertificateDialog dialog(window.document(), thumbprint, &window);
        setChecked(&dialog, u"pfxRadio"_s, true);
        setText(&dialog, u"passwordEdit"_s, u"Contoso-2027!"_s);
        setText(&dialog, u"confirmPasswordEdit"_s, u"Contoso-2027!"_s);
        setText(&dialog, u"pathEdit"_s, u"/home/admin/mail.contoso.example.pfx"_s);
        dialog.show();
        camera.shoot(&dialog, u"certificate-export"_s);
    }
    // Import a new certificate for SMTP, then the old one can take SMTP back.
    importWizard(camera, window.document(), &window);
    {
        EnableCertificateDialog dialog(window.document(), thumbprint, &window);
        setChecked(&dialog, u"smtpCheckBox"_s, true);
        dialog.show();
        camera.shoot(&dialog, u"certificate-enable"_s);
    }
    window.document()->undoStack()->undo(); // the import
    window.document()->undoStack()->undo(); // the trusted root

    {
        ReceiveConnectorPropertiesDialog dialog(window.document(), server, u"From Fabrikam"_s, &window);
        shootTabs(camera, dialog, dialog.tabs(),
                  {u"receive-properties-general"_s, u"receive-properties-network"_s,
                   u"receive-properties-authentication"_s, u"receive-properties-permission-groups"_s});
    }
    {
        SendConnectorPropertiesDialog dialog(window.document(), u"To Fabrikam"_s, &window);
        shootTabs(camera, dialog, dialog.tabs(),
                  {u"send-properties-general"_s, u"send-properties-address-space"_s,
                   u"send-properties-network"_s, u"send-properties-source-server"_s});
    }
    {
        window.showPage(PageKind::DomainSecurity);
        window.actionRegistry()->run(u"domain.manage"_s);
        settle();
        auto* dialog = window.findChild<QDialog*>(u"domainSecurityDialog"_s);
        if (dialog) {
            // Wide enough to read the domain and every state, as a user would drag the columns.
            for (auto* view : dialog->findChildren<QTableView*>())
                view->resizeColumnsToContents();
            camera.shoot(dialog, u"domain-security"_s);
            dialog->reject();
        } else {
            QTextStream(stderr) << "domain.manage opened no dialog\n";
            camera.ok = false;
        }
    }
    {
        OrganizationPropertiesDialog dialog(window.document(), &window);
        dialog.show();
        camera.shoot(&dialog, u"organization-properties"_s);
    }
    {
        SettingsDialog dialog(&window);
        dialog.show();
        camera.shoot(&dialog, u"settings"_s);
    }
    {
        AboutDialog dialog(&window);
        dialog.show();
        camera.shoot(&dialog, u"about"_s);
    }
    {
        WorkspacePassphraseDialog dialog(window.document(), &window);
        dialog.show();
        camera.shoot(&dialog, u"workspace-passphrase"_s);
    }

    // The Validation pane with a finding: From Fabrikam without remote IP ranges.
    (void)window.document()->edit(u"no remote ranges"_s, [](Workspace& w) {
        w.servers.first().receiveConnectors.first().remoteIPRanges.clear();
        return Status();
    });
    window.showPage(PageKind::ReceiveConnectors, server);
    waitUntil([&] { return !window.validationPane()->isPending(); }, 30000);
    // Wide enough to read the object and the problem, as a user would drag the columns.
    QTableView* findings = window.validationPane()->view();
    findings->resizeColumnToContents(FindingTableModel::ObjectColumn);
    findings->resizeColumnToContents(FindingTableModel::MessageColumn);
    camera.shoot(&window, u"main-window-validation"_s);
    window.document()->undoStack()->undo();

    return ok && camera.ok ? 0 : 1;
}
