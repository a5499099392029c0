#pragma once

#include "util/result.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ds::ui {

using namespace ds::core;

// A wizard page that shows text made when the page opens: the Summary (what will be created and
// what validation says; its commit creates the objects as one undoable step) or the Completion
// (the equivalent shell command, copyable).
class ConnectorTextPage : public QWizardPage
{
    Q_OBJECT

public:
    ConnectorTextPage(const QString& title, const QString& subTitle, QWidget* parent = nullptr);

    void setTextProvider(std::function<QString()> provider) { m_provider = std::move(provider); }
    // Makes this a commit page: Next reads commitText and runs committer; no way back after it.
    void setCommitter(const QString& commitText, std::function<Status()> committer);
    void setCopyable(bool copyable);
    void setHelpText(const QString& text) { m_help = text; }
    QString helpText() const { return m_help; }
    QString text() const;
    QString errorText() const;

    void initializePage() override;
    bool validatePage() override;

private:
    std::function<QString()> m_provider;
    std::function<Status()> m_committer;
    QString m_help;
    QPlainTextEdit* m_textView;
    QPushButton* m_copyButton;
    QLabel* m_errorLabel;
};

} // namespace ds::ui
