#include "enablecertificatedialog.h"

#include "document/workspacedocument.h"
#include "export/exchangecertificatecommands.h"
#include "model/certificatemanager.h"
#include "operations/certificateoperations.h"
#include "widgets/messagebox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

EnableCertificateDialog::EnableCertificateDialog(WorkspaceDocument* document, const QString& thumbprint,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_thumbprint(thumbprint)
    , m_command(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"enableCertificateDialog"_s);
    setWindowTitle(tr("Enable Certificate"));
    auto* text = new QLabel(tr("Services that use certificate %1. A service cannot be taken away from a "
                               "certificate: enable another certificate for it instead.")
                                .arg(thumbprint),
                            this);
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    const CertificateManager::Location location =
        CertificateManager::locate(document->workspace(), thumbprint);
    Services current;
    if (location.certificateIndex >= 0)
        current = document->workspace()
                      .servers.at(location.serverIndex)
                      .certificates.at(location.certificateIndex)
                      .services;
    const QList<std::tuple<QString, QString, Service>> services = {
        {u"smtpCheckBox"_s, tr("&SMTP"), Service::SMTP},
        {u"imapCheckBox"_s, tr("&IMAP"), Service::IMAP},
        {u"popCheckBox"_s, tr("&POP"), Service::POP},
        {u"iisCheckBox"_s, tr("II&S"), Service::IIS},
        {u"umCheckBox"_s, tr("&UM"), Service::UM}};
    for (const auto& [name, label, service] : services) {
        auto* box = new QCheckBox(label, this);
        box->setObjectName(name);
        box->setChecked(current.testFlag(service));
        box->setEnabled(!current.testFlag(service));
        layout->addWidget(box);
        m_boxes.append({box, service});
        connect(box, &QCheckBox::toggled, this, &EnableCertificateDialog::updateCommand);
    }
    m_command->setObjectName(u"commandLabel"_s);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enable"));
    layout->addWidget(m_command);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnableCertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCommand();
}

Services EnableCertificateDialog::services() const
{
    Services result;
    for (const auto& [box, service] : m_boxes) {
        if (box->isChecked() && box->isEnabled())
            result |= service;
    }
    return result;
}

void EnableCertificateDialog::setServices(Services services)
{
    for (const auto& [box, service] : m_boxes) {
        if (box->isEnabled())
            box->setChecked(services.testFlag(service));
    }
}

void EnableCertificateDialog::updateCommand()
{
    m_error->clear();
    auto command = ExchangeCertificateCommands::enable(m_thumbprint, services(), false);
    m_command->setText(
        services()
            ? tr("Exchange Management Shell: %1").arg(command.ok() ? command.value() : command.errorMessage())
            : QString());
}

bool EnableCertificateDialog::apply()
{
    const Services wanted = services();
    if (!wanted) {
        m_error->setText(tr("Choose a service to enable."));
        return false;
    }
    const Workspace& workspace = m_document->workspace();
    const CertificateManager::Location location = CertificateManager::locate(workspace, m_thumbprint);
    bool replace = false;
    if (wanted.testFlag(Service::SMTP) && location.found()) {
        const Server& server = workspace.servers.at(location.serverIndex);
        const CertificateEntry* current = server.smtpCertificate();
        if (current && current->thumbprint != m_thumbprint) {
            if (MessageBox::question(this, tr("Replace SMTP Certificate"),
                                     tr("Replace the default SMTP certificate of %1 (%2, %3) with %4?")
                                         .arg(server.name, current->friendlyName, current->thumbprint,
                                              m_thumbprint)) != QMessageBox::Yes)
                return false;
            replace = true;
        }
    }
    const Status status =
        m_document->apply(CertificateOperations::enable(workspace, m_thumbprint, wanted, replace));
    if (!status.ok()) {
        m_error->setText(status.errorMessage());
        return false;
    }
    return true;
}

void EnableCertificateDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace ds::ui
