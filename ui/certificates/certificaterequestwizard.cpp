#include "certificaterequestwizard.h"

#include "crypto/certificate.h"
#include "document/workspacedocument.h"
#include "export/exchangecertificatecommands.h"
#include "keygenerationpage.h"
#include "requestcompletionpage.h"
#include "requestdomainspage.h"
#include "requestintroductionpage.h"
#include "requestkeypage.h"
#include "requestsubjectpage.h"
#include "requestsummarypage.h"
#include "widgets/icons.h"
#include "widgets/messagebox.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

CertificateRequestWizard::CertificateRequestWizard(WorkspaceDocument* document, const QString& server,
                                                   QWidget* parent)
    : QWizard(parent)
    , m_document(document)
    , m_introduction(new RequestIntroductionPage(document->workspace(), server, this))
    , m_subject(new RequestSubjectPage(this))
    , m_domains(new RequestDomainsPage(this))
    , m_key(new RequestKeyPage(document->workspace().keysProtected(), this))
    , m_summary(new RequestSummaryPage(this))
    , m_generation(new KeyGenerationPage(this))
    , m_completion(new RequestCompletionPage(this))
{
    setObjectName(u"certificateRequestWizard"_s);
    setWindowTitle(tr("New Certificate Request"));
    setWindowIcon(Icons::get(u"request"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(IntroductionPageId, m_introduction);
    setPage(SubjectPageId, m_subject);
    setPage(DomainsPageId, m_domains);
    setPage(KeyPageId, m_key);
    setPage(SummaryPageId, m_summary);
    setPage(GenerationPageId, m_generation);
    setPage(CompletionPageId, m_completion);
    setButtonText(QWizard::CommitButton, tr("&Generate"));
    connect(this, &QWizard::helpRequested, this, &CertificateRequestWizard::showHelp);
    m_subject->setDefaultCommonName(m_introduction->serverFqdn());
}

CertificateRequestWizard::~CertificateRequestWizard() = default;

void CertificateRequestWizard::setTemplate(const CertificateEntry& entry)
{
    setWindowTitle(tr("Renew Certificate"));
    auto certificate = Certificate::fromDer(entry.certificateDer);
    if (certificate.ok())
        m_subject->setSubject(certificate->subjectName());
    m_domains->setDomains(entry.domains);
    m_key->setTemplate(entry.keyDescription, entry.exportable, entry.friendlyName);
}

QString CertificateRequestWizard::server() const
{
    return m_introduction->server();
}

QString CertificateRequestWizard::subject() const
{
    return m_subject->subject();
}

QStringList CertificateRequestWizard::domains() const
{
    return m_domains->domains();
}

KeySpec CertificateRequestWizard::keySpec() const
{
    return m_key->keySpec();
}

bool CertificateRequestWizard::exportable() const
{
    return m_key->exportable();
}

QString CertificateRequestWizard::friendlyName() const
{
    return m_key->friendlyName();
}

QString CertificateRequestWizard::passphrase() const
{
    return m_key->passphrase();
}

QString CertificateRequestWizard::suggestedFileName() const
{
    return server() + u".req"_s;
}

Result<QString> CertificateRequestWizard::equivalentCommand(const QString& path, bool binaryEncoded) const
{
    ExchangeCertificateCommands::Request request;
    request.subject = subject();
    request.domains = domains();
    request.keySpec = keySpec();
    request.exportable = exportable();
    request.friendlyName = friendlyName();
    request.path = path;
    request.binaryEncoded = binaryEncoded;
    request.version = m_document->workspace().exchangeVersion; // the organization's release
    return ExchangeCertificateCommands::newRequest(request);
}

Status CertificateRequestWizard::addRequest(const PrivateKey& key)
{
    CertificateManager::RequestParams params;
    params.subject = subject();
    params.domains = domains();
    params.keySpec = keySpec();
    params.friendlyName = friendlyName();
    params.exportable = exportable();
    params.key = key;
    const QString serverName = server();
    const QString secret = passphrase();
    std::optional<CertificateManager::CreatedRequest> created;
    const Status status =
        m_document->edit(tr("New certificate request for %1").arg(params.domains.value(0, params.subject)),
                         [&](Workspace& workspace) -> Status {
                             auto made =
                                 CertificateManager::createRequest(workspace, serverName, params, secret);
                             if (!made.ok())
                                 return made.error();
                             created = made.value();
                             return Status();
                         });
    if (status.ok())
        m_created = created;
    return status;
}

void CertificateRequestWizard::showHelp()
{
    QString text;
    switch (currentId()) {
    case IntroductionPageId:
        text = tr("A certificate request holds the public half of a new key and the names the certificate "
                  "is for. Send it to a certification authority (CA) that your partners trust; import "
                  "the certificate it returns with Import Certificate.");
        break;
    case SubjectPageId:
        text = tr("The common name (CN) is the name partners connect to, usually the FQDN of the server "
                  "(mail.contoso.com). Most CAs also want the organization and the country.");
        break;
    case DomainsPageId:
        text = tr("Domain security checks that the certificate names the domain of the sender. List the "
                  "server's FQDN and every domain the server sends mail for (contoso.com).");
        break;
    case KeyPageId:
        text = tr("RSA 2048 is what Exchange 2007 makes by default. An exportable key can be copied to a "
                  "second Edge server later. The friendly name is shown in lists (at most 63 characters).");
        break;
    case SummaryPageId:
        text = tr("Check the answers. The shell command does the same on an Exchange 2007 server. "
                  "Generate starts the key generation; you cannot go back after that.");
        break;
    case GenerationPageId:
        text =
            tr("The key is generated in the background. Large RSA keys can take a while; Cancel stops it.");
        break;
    default:
        text = tr("Save the request and send the file to your CA. The request stays pending on the server "
                  "until you import the certificate the CA issues.");
        break;
    }
    MessageBox::information(this, tr("New Certificate Request Help"), text);
}

} // namespace ds::ui
