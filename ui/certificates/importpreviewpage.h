#pragma once

#include <QWizardPage>

class QLabel;
class QScrollArea;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace ds::ui {

class CertificationPathWidget;
class ImportPreviewJob;
struct ImportPreview;

// What the file holds: subject, names, validity, chain and status, the pending request it
// completes. Reads the file off the GUI thread (progress, cancel) unless the password page did.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isLoading() const;

private:
    void load();
    void show(const ImportPreview& preview);
    void showError(const QString& message);

    QStackedWidget* m_stack;
    QLabel* m_loadingLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_details;
    QScrollArea* m_detailsArea = nullptr;
    QLabel* m_status;
    QLabel* m_match;
    CertificationPathWidget* m_path;
    ImportPreviewJob* m_job;
};

} // namespace ds::ui
