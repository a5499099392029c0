#pragma once

#include "crypto/keyspec.h"
#include "model/certificatemanager.h"
#include "util/result.h"

#include <QWizard>
#include <optional>

namespace ds::core {
struct CertificateEntry;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

class WorkspaceDocument;
class RequestIntroductionPage;
class RequestSubjectPage;
class RequestDomainsPage;
class RequestKeyPage;
class RequestSummaryPage;
class KeyGenerationPage;
class RequestCompletionPage;

// New Certificate Request: subject, domain names and key are asked page by page, the key is
// generated off the GUI thread, and the pending request is added to the server as one undoable
// edit; the last page saves the PKCS#10 file for the CA.
class CertificateRequestWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        IntroductionPageId,
        SubjectPageId,
        DomainsPageId,
        KeyPageId,
        SummaryPageId,
        GenerationPageId,
        CompletionPageId,
    };

    CertificateRequestWizard(WorkspaceDocument* document, const QString& server, QWidget* parent = nullptr);
    ~CertificateRequestWizard() override;

    // Renew: the subject, names, key type and friendly name of an existing certificate.
    void setTemplate(const CertificateEntry& entry);

    WorkspaceDocument* document() const { return m_document; }
    QString server() const;
    QString subject() const; // RFC 4514
    QStringList domains() const;
    KeySpec keySpec() const;
    bool exportable() const;
    QString friendlyName() const;
    QString passphrase() const;
    // The file name the summary and completion pages propose: "<server>.req".
    QString suggestedFileName() const;
    // New-ExchangeCertificate -GenerateRequest ... for the current answers.
    Result<QString> equivalentCommand(const QString& path, bool binaryEncoded) const;

    // Adds the pending request with key to the workspace (one undo step); called by the
    // generation page when the key is ready.
    Status addRequest(const PrivateKey& key);
    const std::optional<CertificateManager::CreatedRequest>& createdRequest() const { return m_created; }

    RequestSubjectPage* subjectPage() const { return m_subject; }
    RequestDomainsPage* domainsPage() const { return m_domains; }
    RequestKeyPage* keyPage() const { return m_key; }

private:
    void showHelp();

    WorkspaceDocument* m_document;
    RequestIntroductionPage* m_introduction;
    RequestSubjectPage* m_subject;
    RequestDomainsPage* m_domains;
    RequestKeyPage* m_key;
    RequestSummaryPage* m_summary;
    KeyGenerationPage* m_generation;
    RequestCompletionPage* m_completion;
    std::optional<CertificateManager::CreatedRequest> m_created;
};

} // namespace ds::ui
