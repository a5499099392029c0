#pragma once

#include <QWizardPage>

class QPlainTextEdit;
class QPushButton;

namespace ds::ui {

// The answers in one place and the equivalent New-ExchangeCertificate command, copyable. The
// commit page: Generate starts the key generation.
class RequestSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequestSummaryPage(QWidget* parent = nullptr);

    void initializePage() override;
    QString command() const;

private:
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_command;
    QPushButton* m_copy;
};

} // namespace ds::ui
