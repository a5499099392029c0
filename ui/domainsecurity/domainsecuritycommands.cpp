#include "domainsecuritycommands.h"

#include "commands/actionregistry.h"
#include "commands/dialogcommand.h"
#include "commands/functioncommand.h"
#include "document/workspacedocument.h"
#include "domainsecuritypage.h"
#include "operations/listoperations.h"
#include "widgets/messagebox.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

namespace {
Command* manageLists(const CommandContext& context)
{
    return new DialogCommand(context, [](const CommandContext& c) -> QDialog* {
        auto* dialog = new QDialog(c.parent);
        dialog->setObjectName(u"domainSecurityDialog"_s);
        dialog->setWindowTitle(DomainSecurityCommands::tr("Domain Security"));
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(new DomainSecurityPage(c.document, dialog));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
        layout->addWidget(buttons);
        dialog->resize(860, 600);
        return dialog;
    });
}

Command* addDomain(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        bool ok = false;
        const QString text = QInputDialog::getText(
            c.parent, DomainSecurityCommands::tr("Add Domain-Secure Domain"),
            DomainSecurityCommands::tr("Partner domain (added to the send and receive lists):"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || text.trimmed().isEmpty())
            return;
        const Status edited = c.document->apply(
            ListOperations::add(c.document->workspace(), ListOperations::bothDirections({text.trimmed()})));
        if (!edited.ok())
            MessageBox::warning(c.parent, DomainSecurityCommands::tr("Add Domain-Secure Domain"),
                                edited.errorMessage());
    });
}

Command* removeDomain(const CommandContext& context)
{
    return new FunctionCommand(context, [](const CommandContext& c) {
        const QStringList domains = c.selection.ids;
        if (MessageBox::question(
                c.parent, DomainSecurityCommands::tr("Remove Domain-Secure Domain"),
                DomainSecurityCommands::tr("Remove %1 from the send and receive domain-secure lists?")
                    .arg(domains.join(u", "_s))) != QMessageBox::Yes)
            return;
        MessageBox::failure(c.parent, DomainSecurityCommands::tr("Remove Domain-Secure Domain"),
                            c.document->apply(ListOperations::remove(
                                c.document->workspace(), ListOperations::bothDirections(domains))));
    });
}
} // namespace

void DomainSecurityCommands::registerAll(ActionRegistry* registry)
{
    registry->add({u"domain.manage"_s,
                   QT_TRANSLATE_NOOP("Commands", "Domain-Secure &Lists..."),
                   QT_TRANSLATE_NOOP("Commands", "The send and receive lists with the state of each domain"),
                   u"domainsecure"_s,
                   {},
                   {PageKind::DomainSecurity, PageKind::Organization},
                   ObjectKind::None,
                   {},
                   manageLists});
    registry->add({u"domain.add"_s,
                   QT_TRANSLATE_NOOP("Commands", "Add &Domain-Secure Domain..."),
                   nullptr,
                   u"domain"_s,
                   {},
                   {PageKind::DomainSecurity},
                   ObjectKind::None,
                   {},
                   addDomain});
    registry->add({u"domain.remove"_s,
                   QT_TRANSLATE_NOOP("Commands", "Remove Domain-Secure Domain"),
                   nullptr,
                   u"remove"_s,
                   {},
                   {PageKind::DomainSecurity},
                   ObjectKind::SecureDomain,
                   ActionRegistry::needsAny(ObjectKind::SecureDomain),
                   removeDomain});
}

QStringList DomainSecurityCommands::menuIds()
{
    return {u"domain.manage"_s, u"domain.add"_s, u"domain.remove"_s};
}

} // namespace ds::ui
