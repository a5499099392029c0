#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

// The import's result and the Exchange Management Shell commands that do the same.
class ImportCompletionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCompletionPage(QWidget* parent = nullptr);
    void initializePage() override;

private:
    QLabel* m_result;
    QPlainTextEdit* m_commands;
};
