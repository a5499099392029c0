#pragma once

#include <QWizardPage>

class QLabel;
class QScrollArea;
class QPlainTextEdit;

namespace ds::ui {

// The import's result and the Exchange Management Shell commands that do the same.
class ImportCompletionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCompletionPage(QWidget* parent = nullptr);
    void initializePage() override;

private:
    QLabel* m_result;
    QScrollArea* m_resultArea = nullptr;
    QPlainTextEdit* m_commands;
};

} // namespace ds::ui
