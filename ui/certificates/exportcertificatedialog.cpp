#include "exportcertificatedialog.h"

#include "document/workspacedocument.h"
#include "export/exchangecertificatecommands.h"
#include "model/certificatemanager.h"
#include "util/durablefile.h"
#include "widgets/icons.h"
#include "widgets/secretlineedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

ExportCertificateDialog::ExportCertificateDialog(const WorkspaceDocument* document, const QString& thumbprint,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_thumbprint(thumbprint)
    , m_pem(new QRadioButton(tr("&Base64 (PEM)"), this))
    , m_der(new QRadioButton(tr("Binary (&DER)"), this))
    , m_pfx(new QRadioButton(tr("PKCS#12 (.&pfx) with the private key"), this))
    , m_chain(new QCheckBox(tr("Include the &issuer certificates"), this))
    , m_legacy(new QCheckBox(tr("&Legacy encryption (3DES) for Windows Server 2003/2008"), this))
    , m_password(new SecretLineEdit(this))
    , m_confirm(new SecretLineEdit(this))
    , m_passphrase(new SecretLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_command(new QLabel(this))
{
    setObjectName(u"exportCertificateDialog"_s);
    setWindowIcon(Icons::get(u"export"_s));
    const Workspace& workspace = document->workspace();
    const CertificateManager::Location location = CertificateManager::locate(workspace, thumbprint);
    m_isRequest = location.requestIndex >= 0;
    QString baseName = thumbprint.left(8);
    if (location.certificateIndex >= 0) {
        const CertificateEntry& entry =
            workspace.servers.at(location.serverIndex).certificates.at(location.certificateIndex);
        m_canPfx = entry.hasPrivateKey() && entry.exportable;
        baseName = entry.domains.value(0, baseName);
    }
    setWindowTitle(m_isRequest ? tr("Export Certificate Request") : tr("Export Certificate"));

    m_pem->setObjectName(u"pemRadio"_s);
    m_der->setObjectName(u"derRadio"_s);
    m_pfx->setObjectName(u"pfxRadio"_s);
    m_chain->setObjectName(u"includeChainCheckBox"_s);
    m_legacy->setObjectName(u"legacyCheckBox"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_confirm->setObjectName(u"confirmPasswordEdit"_s);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_path->setObjectName(u"pathEdit"_s);
    m_error->setObjectName(u"errorLabel"_s);
    m_command->setObjectName(u"commandLabel"_s);
    for (QLineEdit* edit : {m_password, m_confirm, m_passphrase})
        edit->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pem->setChecked(true);
    m_chain->setChecked(true);
    m_pfx->setVisible(!m_isRequest);
    m_pfx->setEnabled(m_canPfx);
    if (!m_isRequest && !m_canPfx)
        m_pfx->setToolTip(tr("The certificate has no exportable private key."));
    m_chain->setVisible(!m_isRequest);
    m_path->setText(
        QDir::home().filePath(baseName.replace(u'*', u'_') + (m_isRequest ? u".req"_s : u".cer"_s)));

    auto* browse = new QPushButton(tr("B&rowse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_pem);
    form->addRow(QString(), m_der);
    form->addRow(QString(), m_pfx);
    form->addRow(QString(), m_chain);
    form->addRow(QString(), m_legacy);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm password:"), m_confirm);
    form->addRow(tr("Workspace pass&phrase:"), m_passphrase);
    auto* fileLabel = new QLabel(tr("&File:"), this); // a layout as the field: the buddy is explicit
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_command);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportCertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportCertificateDialog::browse);
    for (QRadioButton* radio : {m_pem, m_der, m_pfx})
        connect(radio, &QRadioButton::toggled, this, &ExportCertificateDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ExportCertificateDialog::updateState);
    updateState();
}

void ExportCertificateDialog::updateState()
{
    const bool pfx = m_pfx->isChecked();
    m_legacy->setEnabled(pfx);
    m_password->setEnabled(pfx);
    m_confirm->setEnabled(pfx);
    m_passphrase->setEnabled(pfx && m_document->workspace().keysProtected());
    m_chain->setEnabled(!m_der->isChecked());
    // The extension follows the format unless the user chose another one.
    QFileInfo info(m_path->text());
    const QString suffix = info.suffix().toLower();
    const QStringList ours = {u"cer"_s, u"der"_s, u"pfx"_s, u"req"_s, u"pem"_s};
    if (ours.contains(suffix)) {
        QString wanted = m_isRequest ? u"req"_s : pfx ? u"pfx"_s : u"cer"_s;
        if (suffix != wanted) {
            const QString path = m_path->text();
            m_path->blockSignals(true);
            m_path->setText(path.left(path.size() - suffix.size()) + wanted);
            m_path->blockSignals(false);
        }
    }
    m_error->clear();
    m_command->setText(tr("Exchange Management Shell: %1").arg(command()));
}

QString ExportCertificateDialog::command() const
{
    auto text = ExchangeCertificateCommands::exportCertificate(
        m_thumbprint, u".\\"_s + QFileInfo(m_path->text()).fileName(),
        m_der->isChecked() || m_pfx->isChecked(), m_pfx->isChecked(),
        m_document->workspace().exchangeVersion);
    return text.ok() ? text.value() : text.errorMessage();
}

void ExportCertificateDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ExportCertificateDialog::exportNow()
{
    CertificateManager::ExportOptions options;
    options.format = m_pfx->isChecked()   ? CertificateManager::ExportFormat::Pfx
                     : m_der->isChecked() ? CertificateManager::ExportFormat::Der
                                          : CertificateManager::ExportFormat::Pem;
    options.includeChain = m_chain->isChecked();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_error->setText(tr("Choose the file to export to."));
        return false;
    }
    if (options.format == CertificateManager::ExportFormat::Pfx) {
        if (m_password->text().isEmpty()) {
            m_error->setText(tr("A PFX file needs a password."));
            m_password->setFocus();
            return false;
        }
        if (m_password->text() != m_confirm->text()) {
            m_error->setText(tr("The passwords do not match."));
            m_confirm->setFocus();
            return false;
        }
        options.password = m_password->text();
        options.legacyPfx = m_legacy->isChecked();
    }
    auto data = CertificateManager::exportCertificate(m_document->workspace(), m_thumbprint, options,
                                                      m_passphrase->text());
    if (!data.ok()) {
        m_error->setText(data.errorMessage());
        return false;
    }
    // A file with a private key is readable by its owner only (set before any byte is written).
    const bool secret = options.format == CertificateManager::ExportFormat::Pfx;
    if (const Status written = DurableFile::writeFile(
            path, data.value(), secret ? DurableFile::kPrivateMode : DurableFile::kPublicMode);
        !written.ok()) {
        m_error->setText(written.errorMessage());
        return false;
    }
    return true;
}

void ExportCertificateDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace ds::ui
