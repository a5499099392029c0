#include "importservicespage.h"

#include "document/workspacedocument.h"
#include "importcertificatewizard.h"
#include "util/backgroundjob.h"
#include "util/logging.h"
#include "widgets/datetimetext.h"
#include "widgets/messagebox.h"
#include "widgets/secretlineedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

namespace {
struct ImportOutcome
{
    Workspace workspace;
    CertificateManager::ImportReport report;
};
} // namespace

ImportServicesPage::ImportServicesPage(QWidget* parent)
    : QWizardPage(parent)
    , m_smtp(new QCheckBox(tr("&SMTP (domain security, STARTTLS)"), this))
    , m_imap(new QCheckBox(tr("&IMAP"), this))
    , m_pop(new QCheckBox(tr("&POP"), this))
    , m_iis(new QCheckBox(tr("II&S"), this))
    , m_um(new QCheckBox(tr("&Unified Messaging"), this))
    , m_friendlyName(new QLineEdit(this))
    , m_passphrase(new SecretLineEdit(this))
    , m_passphraseLabel(new QLabel(tr("Workspace &passphrase:"), this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"servicesPage"_s);
    setTitle(tr("Enable Services"));
    setSubTitle(tr("The services that use the certificate. Domain security needs SMTP."));
    setCommitPage(true);
    m_smtp->setObjectName(u"smtpCheckBox"_s);
    m_imap->setObjectName(u"imapCheckBox"_s);
    m_pop->setObjectName(u"popCheckBox"_s);
    m_iis->setObjectName(u"iisCheckBox"_s);
    m_um->setObjectName(u"umCheckBox"_s);
    m_smtp->setChecked(true);
    m_friendlyName->setObjectName(u"friendlyNameEdit"_s);
    m_friendlyName->setMaxLength(63);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_note->setObjectName(u"servicesNoteLabel"_s);
    m_note->setWordWrap(true);
    m_status->setObjectName(u"importStatusLabel"_s);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    for (QCheckBox* box : {m_smtp, m_imap, m_pop, m_iis, m_um})
        layout->addWidget(box);
    layout->addWidget(m_note);
    auto* form = new QFormLayout;
    form->addRow(tr("&Friendly name:"), m_friendlyName);
    form->addRow(m_passphraseLabel, m_passphrase);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
}

Services ImportServicesPage::services() const
{
    Services result;
    const QList<std::pair<QCheckBox*, Service>> boxes = {{m_smtp, Service::SMTP},
                                                         {m_imap, Service::IMAP},
                                                         {m_pop, Service::POP},
                                                         {m_iis, Service::IIS},
                                                         {m_um, Service::UM}};
    for (const auto& [box, service] : boxes) {
        if (box->isChecked() && box->isEnabled())
            result |= service;
    }
    return result;
}

QString ImportServicesPage::friendlyName() const
{
    return m_friendlyName->text().trimmed();
}

void ImportServicesPage::initializePage()
{
    auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
    if (!wizard || !wizard->preview())
        return;
    const ImportPreview& preview = *wizard->preview();
    const Workspace& workspace = wizard->document()->workspace();
    QString friendly = preview.matchedFriendly;
    if (friendly.isEmpty())
        friendly = preview.bundle.friendlyName.left(63);
    if (friendly.isEmpty())
        friendly = CertificateManager::defaultFriendlyName();
    m_friendlyName->setText(friendly);
    const bool protectedKey = workspace.keysProtected() && !preview.bundle.key.isNull();
    m_passphrase->setVisible(protectedKey);
    m_passphraseLabel->setVisible(protectedKey);

    // A certificate without a key, or not valid now, cannot serve anything (Exchange refuses too).
    const bool enableable = preview.hasPrivateKey && preview.status.usableForSmtp();
    for (QCheckBox* box : {m_smtp, m_imap, m_pop, m_iis, m_um})
        box->setEnabled(enableable);
    if (!enableable) {
        m_note->setText(preview.hasPrivateKey
                            ? tr("The certificate is not valid now (%1): it is imported without services.")
                                  .arg(CertificateStatusEvaluator::displayName(preview.status.status))
                            : tr("There is no private key for this certificate: it is imported without "
                                 "services."));
        return;
    }
    const Server* server = workspace.server(wizard->targetServer());
    const CertificateEntry* current = server ? server->smtpCertificate() : nullptr;
    if (current && current->thumbprint != preview.leaf.thumbprint)
        m_note->setText(tr("%1 uses \"%2\" (%3) for SMTP now; enabling SMTP replaces it.")
                            .arg(server->name, current->friendlyName, current->thumbprint));
    else
        m_note->clear();
}

bool ImportServicesPage::validatePage()
{
    auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
    if (!wizard || !wizard->preview())
        return false;
    if (m_imported)
        return true;
    if (m_importing)
        return false;
    bool replaceDefault = false;
    if (services().testFlag(Service::SMTP)) {
        const Server* server = wizard->document()->workspace().server(wizard->targetServer());
        const CertificateEntry* current = server ? server->smtpCertificate() : nullptr;
        if (current && current->thumbprint != wizard->preview()->leaf.thumbprint) {
            const auto answer = MessageBox::question(
                this, tr("Replace SMTP Certificate"),
                tr("Replace the default SMTP certificate of %1?\n\nCurrent: %2 (%3, expires %4)\nNew: %5 "
                   "(%6)")
                    .arg(server->name, current->subject, current->thumbprint,
                         DateTimeText::shortDateTime(current->notAfter), wizard->preview()->leaf.subject,
                         wizard->preview()->leaf.thumbprint));
            if (answer != QMessageBox::Yes)
                return false;
            replaceDefault = true;
        }
    }
    startImport(replaceDefault);
    return false;
}

void ImportServicesPage::startImport(bool replaceDefault)
{
    auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
    const ImportPreview preview = *wizard->preview();
    CertificateManager::ImportOptions options;
    options.enable = services();
    options.replaceDefault = replaceDefault;
    options.friendlyName = friendlyName();
    const Workspace workspace = wizard->document()->workspace();
    const QString server = wizard->targetServer();
    const QString passphrase = m_passphrase->isVisible() ? m_passphrase->text() : QString();
    m_importing = true;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Importing…"));
    setEnabled(false);

    auto* job = new BackgroundJob<Result<ImportOutcome>>(this);
    connect(job, &BackgroundJobBase::finished, this, [this, job, wizard] {
        job->deleteLater();
        m_importing = false;
        setEnabled(true);
        const Result<ImportOutcome> outcome = *job->result();
        Status applied = outcome.ok() ? Status() : Status(outcome.error());
        if (outcome.ok()) {
            const Workspace imported = outcome->workspace;
            applied = wizard->document()->edit(
                tr("Import certificate %1").arg(outcome->report.items.value(0).thumbprint),
                [&imported](Workspace& w) {
                    w = imported;
                    return Status();
                });
        }
        if (!applied.ok()) {
            m_status->setStyleSheet(u"color: #b00020"_s);
            m_status->setText(applied.errorMessage());
            return;
        }
        qCDebug(lcUi) << "imported" << outcome->report.items.size() << "certificates";
        wizard->setReport(outcome->report);
        m_imported = true;
        m_status->setText(tr("Imported."));
        wizard->next();
    });
    job->start([workspace, preview, server, options, passphrase](JobContext&) -> Result<ImportOutcome> {
        ImportOutcome outcome{workspace, {}};
        auto report = CertificateManager::importBundle(outcome.workspace, preview.bundle, preview.path,
                                                       server, options, passphrase);
        if (!report.ok())
            return report.error();
        outcome.report = report.value();
        return outcome;
    });
}

} // namespace ds::ui
