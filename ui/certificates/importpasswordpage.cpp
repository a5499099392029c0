#include "importpasswordpage.h"

#include "document/workspacedocument.h"
#include "importcertificatewizard.h"
#include "importpreviewjob.h"
#include "widgets/secretlineedit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ds::ui {

ImportPasswordPage::ImportPasswordPage(QWidget* parent)
    : QWizardPage(parent)
    , m_password(new SecretLineEdit(this))
    , m_status(new QLabel(this))
    , m_job(new ImportPreviewJob(this))
{
    setObjectName(u"passwordPage"_s);
    setTitle(tr("Password"));
    setSubTitle(tr("The file is a PKCS#12 file: enter the password it was exported with."));
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(u"passwordStatusLabel"_s);
    m_status->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_status);
    connect(m_password, &QLineEdit::textChanged, m_status, &QLabel::clear);

    connect(m_job, &ImportPreviewJob::finished, this, [this] {
        m_checking = false;
        m_password->setEnabled(true);
        const Result<ImportPreview> read = *m_job->result();
        if (!read.ok()) {
            m_status->setStyleSheet(u"color: #b00020"_s);
            m_status->setText(read.errorMessage());
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        const ImportPreview& preview = read.value();
        auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
        if (!wizard || preview.path != wizard->file() || preview.password != m_password->text())
            return;
        wizard->setPreview(preview);
        m_status->clear();
        wizard->next();
    });
}

QString ImportPasswordPage::password() const
{
    return m_password->text();
}

bool ImportPasswordPage::validatePage()
{
    auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
    if (!wizard)
        return false;
    if (wizard->previewIsCurrent())
        return true;
    if (m_checking)
        return false;
    // Opening the file is the only check of a PKCS#12 password; it runs on the thread pool.
    m_checking = true;
    m_password->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Opening the file…"));
    m_job->start(wizard->file(), m_password->text(), wizard->document()->workspace());
    return false;
}

int ImportPasswordPage::nextId() const
{
    return ImportCertificateWizard::PreviewPageId;
}

} // namespace ds::ui
