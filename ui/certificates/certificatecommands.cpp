#include "certificatecommands.h"

#include "commands/actionregistry.h"
#include "commands/functioncommand.h"
#include "document/workspacedocument.h"
#include "trustedroottablemodel.h"
#include "widgets/messagebox.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace {
Command* copyThumbprint(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        QGuiApplication::clipboard()->setText(c.selection.ids.join(u'\n'));
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
        (void)c.document->edit(CertificateCommands::tr("Remove certificate %1").arg(ids.join(u", "_s)),
                               [&](Workspace& w) {
                                   if (Server* s = w.server(c.selection.server))
                                       s->certificates.removeIf([&](const CertificateEntry& e) {
                                           return ids.contains(e.thumbprint);
                                       });
                                   return Status();
                               });
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
        (void)c.document->edit(CertificateCommands::tr("Remove pending request"), [&](Workspace& w) {
            if (Server* s = w.server(c.selection.server))
                s->pendingRequests.removeIf(
                    [&](const PendingRequest& r) { return ids.contains(r.thumbprint); });
            return Status();
        });
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
        (void)c.document->edit(CertificateCommands::tr("Remove trusted root"), [&](Workspace& w) {
            w.trustedRoots.removeIf([&](const QByteArray& der) {
                return ids.contains(TrustedRootTableModel::thumbprintOf(der));
            });
            return Status();
        });
    });
}
} // namespace

void CertificateCommands::registerAll(ActionRegistry* registry)
{
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
    return {u"cert.request"_s,   u"cert.import"_s, u"cert.view"_s,           u"cert.enable"_s,
            u"cert.export"_s,    u"cert.renew"_s,  u"cert.copyThumbprint"_s, u"cert.remove"_s,
            u"request.remove"_s, QString(),        u"trust.add"_s,           u"trust.remove"_s};
}

QStringList CertificateCommands::toolBarIds()
{
    return {u"cert.request"_s, u"cert.import"_s};
}
