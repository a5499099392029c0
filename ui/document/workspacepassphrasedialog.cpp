#include "workspacepassphrasedialog.h"

#include "model/workspacecrypto.h"
#include "widgets/messagebox.h"
#include "widgets/secretlineedit.h"
#include "workspacedocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

WorkspacePassphraseDialog::WorkspacePassphraseDialog(WorkspaceDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_new(new SecretLineEdit(this))
    , m_confirm(new SecretLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"workspacePassphraseDialog"_s);
    setWindowTitle(tr("Workspace Passphrase"));
    const bool protectedNow = document->workspace().keysProtected();
    auto* intro =
        new QLabel(protectedNow ? tr("The private keys of this workspace are encrypted with a passphrase. "
                                     "Enter it, then the new passphrase (leave both new fields empty "
                                     "to store the keys without encryption).")
                                : tr("The private keys of this workspace are stored without encryption. "
                                     "Choose a passphrase to encrypt them (PKCS#8 with scrypt)."),
                   this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    if (protectedNow) {
        m_current = new SecretLineEdit(this);
        m_current->setObjectName(u"currentPassphraseEdit"_s);
        m_current->setEchoMode(QLineEdit::Password);
        m_current->setAccessibleName(tr("Current passphrase"));
        form->addRow(tr("&Current passphrase:"), m_current);
    }
    m_new->setObjectName(u"newPassphraseEdit"_s);
    m_new->setEchoMode(QLineEdit::Password);
    m_new->setAccessibleName(tr("New passphrase"));
    m_confirm->setObjectName(u"confirmPassphraseEdit"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Confirm the new passphrase"));
    form->addRow(tr("&New passphrase:"), m_new);
    form->addRow(tr("C&onfirm:"), m_confirm);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkspacePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString WorkspacePassphraseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WorkspacePassphraseDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void WorkspacePassphraseDialog::accept()
{
    const QString current = m_current ? m_current->text() : QString();
    const QString next = m_new->text();
    if (next != m_confirm->text()) {
        showError(tr("The new passphrase and its confirmation differ."));
        m_confirm->setFocus();
        return;
    }
    if (next.isEmpty()) {
        if (!m_current) {
            showError(tr("Enter a passphrase."));
            m_new->setFocus();
            return;
        }
        const auto answer = MessageBox::question(
            this, windowTitle(),
            tr("Store the private keys without encryption? Anyone who can read the workspace file can then "
               "use them."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    // Every key is decrypted and encrypted again (scrypt): a moment for a large workspace.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status edited = m_document->edit(
        next.isEmpty() ? tr("Remove workspace passphrase") : tr("Change workspace passphrase"),
        [&](Workspace& workspace) { return WorkspaceCrypto::changePassphrase(workspace, current, next); });
    QApplication::restoreOverrideCursor();
    if (!edited.ok()) {
        showError(edited.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace ds::ui
