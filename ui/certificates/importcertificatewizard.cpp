#include "importcertificatewizard.h"

#include "importcompletionpage.h"
#include "importfilepage.h"
#include "importpasswordpage.h"
#include "importpreviewpage.h"
#include "importservicespage.h"
#include "widgets/icons.h"
#include "widgets/messagebox.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

ImportCertificateWizard::ImportCertificateWizard(WorkspaceDocument* document, const QString& server,
                                                 QWidget* parent)
    : QWizard(parent)
    , m_document(document)
    , m_server(server)
    , m_file(new ImportFilePage(this))
    , m_password(new ImportPasswordPage(this))
    , m_previewPage(new ImportPreviewPage(this))
    , m_services(new ImportServicesPage(this))
    , m_completion(new ImportCompletionPage(this))
{
    setObjectName(u"importCertificateWizard"_s);
    setWindowTitle(tr("Import Certificate"));
    setWindowIcon(Icons::get(u"import"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePageId, m_file);
    setPage(PasswordPageId, m_password);
    setPage(PreviewPageId, m_previewPage);
    setPage(ServicesPageId, m_services);
    setPage(CompletionPageId, m_completion);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    connect(this, &QWizard::helpRequested, this, &ImportCertificateWizard::showHelp);
}

ImportCertificateWizard::~ImportCertificateWizard() = default;

QString ImportCertificateWizard::targetServer() const
{
    return m_preview && m_preview->completesRequest() ? m_preview->matchedServer : m_server;
}

void ImportCertificateWizard::setFile(const QString& path)
{
    m_file->setFile(path);
}

QString ImportCertificateWizard::file() const
{
    return m_file->file();
}

QString ImportCertificateWizard::password() const
{
    return m_pkcs12 ? m_password->password() : QString();
}

bool ImportCertificateWizard::previewIsCurrent() const
{
    return m_preview && m_preview->path == file() && m_preview->password == password();
}

void ImportCertificateWizard::showHelp()
{
    QString text;
    switch (currentId()) {
    case FilePageId:
        text = tr("Choose the file your CA returned (.cer, .crt, .pem, .p7b) or a PKCS#12 file (.pfx, .p12) "
                  "with a certificate and its private key. You can also drop the file on the main window.");
        break;
    case PasswordPageId:
        text = tr("PKCS#12 files are protected by the password chosen when they were exported.");
        break;
    case PreviewPageId:
        text = tr("Check the certificate before importing it. A certificate issued for a pending request "
                  "takes over that request's private key; the chain must reach a root your partners trust.");
        break;
    case ServicesPageId:
        text = tr("Domain security uses the server's SMTP certificate. A server has one default SMTP "
                  "certificate: enabling this one for SMTP replaces the current one.");
        break;
    default:
        text =
            tr("The certificate is in the workspace. The commands do the same on an Exchange 2007 server.");
        break;
    }
    MessageBox::information(this, tr("Import Certificate Help"), text);
}

} // namespace ds::ui
