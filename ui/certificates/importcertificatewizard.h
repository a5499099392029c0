#pragma once

#include "importpreview.h"
#include "model/certificatemanager.h"

#include <QWizard>
#include <optional>

namespace ds::ui {

using namespace ds::core;

class WorkspaceDocument;
class ImportFilePage;
class ImportPasswordPage;
class ImportPreviewPage;
class ImportServicesPage;
class ImportCompletionPage;

// Import Certificate: a file (PEM, DER, PKCS#7 or PKCS#12) → its password when PKCS#12 →
// preview (names, validity, chain, status, the pending request it completes) → services to
// enable → completion with the shell commands. Reading and importing run off the GUI thread; the
// import is one undoable edit.
class ImportCertificateWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PasswordPageId, PreviewPageId, ServicesPageId, CompletionPageId };

    ImportCertificateWizard(WorkspaceDocument* document, const QString& server, QWidget* parent = nullptr);
    ~ImportCertificateWizard() override;

    WorkspaceDocument* document() const { return m_document; }
    // The server of the page the wizard was started from (a certificate completing a pending
    // request goes to the request's server instead).
    QString server() const { return m_server; }
    QString targetServer() const;
    // Starts with this file (drag and drop, command line).
    void setFile(const QString& path);
    QString file() const;
    QString password() const;
    bool isPkcs12() const { return m_pkcs12; }
    void setPkcs12(bool pkcs12) { m_pkcs12 = pkcs12; }

    const std::optional<ImportPreview>& preview() const { return m_preview; }
    void setPreview(const std::optional<ImportPreview>& preview) { m_preview = preview; }
    // True when the preview was made from the current file and password.
    bool previewIsCurrent() const;

    // What the last page reports.
    const std::optional<CertificateManager::ImportReport>& report() const { return m_report; }
    void setReport(const CertificateManager::ImportReport& report) { m_report = report; }

    ImportServicesPage* servicesPage() const { return m_services; }

private:
    void showHelp();

    WorkspaceDocument* m_document;
    QString m_server;
    ImportFilePage* m_file;
    ImportPasswordPage* m_password;
    ImportPreviewPage* m_previewPage;
    ImportServicesPage* m_services;
    ImportCompletionPage* m_completion;
    bool m_pkcs12 = false;
    std::optional<ImportPreview> m_preview;
    std::optional<CertificateManager::ImportReport> m_report;
};

} // namespace ds::ui
