#include "certificatecommands.h"

#include "certificatedialog.h"
#include "certificaterequestwizard.h"
#include "commands/actionregistry.h"
#include "commands/dialogcommand.h"
#include "commands/functioncommand.h"
#include "document/workspacedocument.h"
#include "enablecertificatedialog.h"
#include "exportcertificatedialog.h"
#include "importcertificatewizard.h"
#include "model/certificatemanager.h"
#include "operations/certificateoperations.h"
#include "trustedroottablemodel.h"
#include "widgets/messagebox.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

namespace {
Command* copyThumbprint(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        QGuiApplication::clipboard()->setText(c.selection.ids.join(u'\n'));
    });
}

Command* dialog(const CommandContext& context, DialogCommand::Factory factory)
{
    return new DialogCommand(context, std::move(factory));
}

Command* newRequest(const CommandContext& context)
{
    return dialog(context, [](const CommandContext& c) -> QDialog* {
        return new CertificateRequestWizard(c.document, c.server, c.parent);
    });
}

Command* renew(const CommandContext& context)
{
    return dialog(context, [](const CommandContext& c) -> QDialog* {
        const Server* server = c.document->workspace().server(c.selection.server);
        const CertificateEntry* entry = server ? server->certificate(c.selection.first()) : nullptr;
        if (!entry)
            return nullptr;
        auto* wizard = new CertificateRequestWizard(c.document, c.selection.server, c.parent);
        wizard->setTemplate(*entry);
        return wizard;
    });
}

Command* importCertificate(const CommandContext& context)
{
    return dialog(context, [](const CommandContext& c) -> QDialog* {
        return new ImportCertificateWizard(c.document, c.server, c.parent);
    });
}

Command* viewCertificate(const CommandContext& context)
{
    return dialog(context, [](const CommandContext& c) -> QDialog* {
        return new CertificateDialog(c.document, c.selection.server, c.selection.first(), c.parent);
    });
}

Command* enableCertificate(const CommandContext& context)
{
    return dialog(context, [](const CommandContext& c) -> QDialog* {
        return new EnableCertificateDialog(c.document, c.selection.first(), c.parent);
    });
}

Command* exportCertificate(const CommandContext& context)
{
    return dialog(context, [](const CommandContext& c) -> QDialog* {
        return new ExportCertificateDialog(c.document, c.selection.first(), c.parent);
    });
}

Command* addTrustedRoot(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        const QString path = QFileDialog::getOpenFileName(
            c.parent, CertificateCommands::tr("Add Trusted Root"), QString(),
            CertificateCommands::tr("CA certificates (*.cer *.crt *.pem *.der *.p7b *.p7c);;All files (*)"));
        if (path.isEmpty())
            return;
        if (auto added = CertificateCommands::addTrustedRootFile(c.document, path); !added.ok())
            MessageBox::warning(c.parent, CertificateCommands::tr("Add Trusted Root"), added.errorMessage());
    });
}

Command* removeCertificates(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        const QStringList ids = c.selection.ids;
        const Workspace& workspace = c.document->workspace();
        const Server* server = workspace.server(c.selection.server);
        if (!server)
            return;
        QString question =
            ids.size() == 1
                ? CertificateCommands::tr("Remove the certificate %1 and its private key from %2?")
                      .arg(ids.first(), c.selection.server)
                : CertificateCommands::tr("Remove %1 certificates and their private keys from %2?")
                      .arg(ids.size())
                      .arg(c.selection.server);
        const CertificateEntry* smtp = server->smtpCertificate();
        if (smtp && ids.contains(smtp->thumbprint))
            question +=
                u"\n\n"_s + CertificateCommands::tr(
                                "It is the server's SMTP certificate: domain-secured mail stops until "
                                "another certificate is enabled for SMTP.");
        if (MessageBox::question(c.parent, CertificateCommands::tr("Remove Certificate"), question) !=
            QMessageBox::Yes)
            return;
        MessageBox::failure(c.parent, CertificateCommands::tr("Remove Certificate"),
                            c.document->apply(CertificateOperations::removeCertificates(
                                c.document->workspace(), c.selection.server, ids)));
    });
}

Command* removeRequests(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        const QStringList ids = c.selection.ids;
        if (MessageBox::question(
                c.parent, CertificateCommands::tr("Remove Pending Request"),
                CertificateCommands::tr(
                    "Remove %n pending request(s) and their private keys? A certificate issued "
                    "for them can no longer be imported.",
                    nullptr, int(ids.size()))) != QMessageBox::Yes)
            return;
        MessageBox::failure(c.parent, CertificateCommands::tr("Remove Pending Request"),
                            c.document->apply(CertificateOperations::removeRequests(
                                c.document->workspace(), c.selection.server, ids)));
    });
}

Command* removeTrustedRoots(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        const QStringList ids = c.selection.ids;
        if (MessageBox::question(
                c.parent, CertificateCommands::tr("Remove Trusted Root"),
                CertificateCommands::tr(
                    "Stop trusting %n root certificate(s)? Partners whose certificates chain to "
                    "them fail domain security.",
                    nullptr, int(ids.size()))) != QMessageBox::Yes)
            return;
        MessageBox::failure(
            c.parent, CertificateCommands::tr("Remove Trusted Root"),
            c.document->apply(CertificateOperations::removeTrustedRoots(c.document->workspace(), ids)));
    });
}
} // namespace

Status CertificateCommands::addTrustedRootFile(WorkspaceDocument* document, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(ErrorCode::Io,
                               tr("%1: cannot read the file (%2)").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    return document->apply(CertificateOperations::addTrustedRoots(document->workspace(), data, path));
}

void CertificateCommands::registerAll(ActionRegistry* registry)
{
    registry->add({u"cert.request"_s,
                   QT_TRANSLATE_NOOP("Commands", "&New Certificate Request..."),
                   QT_TRANSLATE_NOOP("Commands", "Create a key and a certificate request for a CA"),
                   u"request"_s,
                   {},
                   {PageKind::Certificates, PageKind::Server},
                   ObjectKind::None,
                   ActionRegistry::needsServer(),
                   newRequest});
    registry->add({u"cert.import"_s,
                   QT_TRANSLATE_NOOP("Commands", "&Import Certificate..."),
                   QT_TRANSLATE_NOOP("Commands", "Import the certificate a CA issued, or a PKCS#12 file"),
                   u"import"_s,
                   {},
                   {PageKind::Certificates, PageKind::Server},
                   ObjectKind::None,
                   ActionRegistry::needsServer(),
                   importCertificate});
    registry->add({u"cert.properties"_s,
                   QT_TRANSLATE_NOOP("Commands", "&View Certificate"),
                   nullptr,
                   u"properties"_s,
                   {},
                   {PageKind::Certificates},
                   ObjectKind::Certificate,
                   ActionRegistry::needsOne(ObjectKind::Certificate),
                   viewCertificate});
    registry->add({u"cert.enable"_s,
                   QT_TRANSLATE_NOOP("Commands", "&Enable Certificate..."),
                   QT_TRANSLATE_NOOP("Commands", "Enable the certificate for SMTP and other services"),
                   u"status-ok"_s,
                   {},
                   {PageKind::Certificates},
                   ObjectKind::Certificate,
                   ActionRegistry::needsOne(ObjectKind::Certificate),
                   enableCertificate});
    registry->add({u"cert.export"_s,
                   QT_TRANSLATE_NOOP("Commands", "E&xport Certificate..."),
                   nullptr,
                   u"export"_s,
                   {},
                   {PageKind::Certificates},
                   ObjectKind::Certificate,
                   ActionRegistry::needsOne(ObjectKind::Certificate),
                   exportCertificate});
    registry->add({u"cert.renew"_s,
                   QT_TRANSLATE_NOOP("Commands", "Re&new Certificate..."),
                   QT_TRANSLATE_NOOP("Commands", "A new request with the names of this certificate"),
                   u"request"_s,
                   {},
                   {PageKind::Certificates},
                   ObjectKind::Certificate,
                   ActionRegistry::needsOne(ObjectKind::Certificate),
                   renew});
    registry->add({u"request.properties"_s,
                   QT_TRANSLATE_NOOP("Commands", "&View Request"),
                   nullptr,
                   u"properties"_s,
                   {},
                   {PageKind::Certificates},
                   ObjectKind::PendingRequest,
                   ActionRegistry::needsOne(ObjectKind::PendingRequest),
                   viewCertificate});
    registry->add({u"request.export"_s,
                   QT_TRANSLATE_NOOP("Commands", "E&xport Request..."),
                   QT_TRANSLATE_NOOP("Commands", "Save the request file again to send it to the CA"),
                   u"export"_s,
                   {},
                   {PageKind::Certificates},
                   ObjectKind::PendingRequest,
                   ActionRegistry::needsOne(ObjectKind::PendingRequest),
                   exportCertificate});
    registry->add({u"trust.add"_s,
                   QT_TRANSLATE_NOOP("Commands", "&Add Trusted Root..."),
                   QT_TRANSLATE_NOOP("Commands", "Trust a partner's root CA certificate"),
                   u"trusted-root"_s,
                   {},
                   {PageKind::TrustedRoots},
                   ObjectKind::None,
                   {},
                   addTrustedRoot});
    registry->add({u"cert.copyThumbprint"_s,
                   QT_TRANSLATE_NOOP("Commands", "&Copy Thumbprint"),
                   nullptr,
                   u"copy"_s,
                   {},
                   {PageKind::Certificates},
                   ObjectKind::Certificate,
                   ActionRegistry::needsAny(ObjectKind::Certificate),
                   copyThumbprint});
    registry->add({u"cert.remove"_s,
                   QT_TRANSLATE_NOOP("Commands", "Remove Certificate"),
                   nullptr,
                   u"remove"_s,
                   {},
                   {PageKind::Certificates},
                   ObjectKind::Certificate,
                   ActionRegistry::needsAny(ObjectKind::Certificate),
                   removeCertificates});
    registry->add({u"request.remove"_s,
                   QT_TRANSLATE_NOOP("Commands", "Remove Pending Request"),
                   nullptr,
                   u"remove"_s,
                   {},
                   {PageKind::Certificates},
                   ObjectKind::PendingRequest,
                   ActionRegistry::needsAny(ObjectKind::PendingRequest),
                   removeRequests});
    registry->add({u"trust.remove"_s,
                   QT_TRANSLATE_NOOP("Commands", "Remove Trusted Root"),
                   nullptr,
                   u"remove"_s,
                   {},
                   {PageKind::TrustedRoots},
                   ObjectKind::TrustedRoot,
                   ActionRegistry::needsAny(ObjectKind::TrustedRoot),
                   removeTrustedRoots});
}

QStringList CertificateCommands::menuIds()
{
    return {u"cert.request"_s,       u"cert.import"_s,    u"cert.properties"_s,     u"cert.enable"_s,
            u"cert.export"_s,        u"cert.renew"_s,     u"cert.copyThumbprint"_s, u"cert.remove"_s,
            u"request.properties"_s, u"request.export"_s, u"request.remove"_s,      QString(),
            u"trust.add"_s,          u"trust.remove"_s};
}

QStringList CertificateCommands::toolBarIds()
{
    return {u"cert.request"_s, u"cert.import"_s};
}

} // namespace ds::ui
