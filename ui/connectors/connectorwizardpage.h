#pragma once

#include "util/result.h"

#include <QList>
#include <QWizardPage>
#include <functional>

class QLabel;

namespace ds::ui {

using namespace ds::core;

class ConnectorEditor;

// A wizard page made of connector editors (the same widgets as the property tabs). Next waits for
// every editor's required fields; initializePage shows the wizard's candidate connector through
// the loader; validatePage adds pending list entries and runs the applier, which writes the
// editors into the candidate and does the cross-field checks. A failure is shown on the page.
class ConnectorWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    ConnectorWizardPage(const QString& title, const QString& subTitle, QWidget* parent = nullptr);

    void addEditor(ConnectorEditor* editor);
    void addWidget(QWidget* widget);
    void setLoader(std::function<void()> loader) { m_loader = std::move(loader); }
    void setApplier(std::function<Status()> applier) { m_applier = std::move(applier); }
    void setHelpText(const QString& text) { m_help = text; }
    QString helpText() const { return m_help; }
    // The message of the last refused Next ("" when none).
    QString errorText() const;

    bool isComplete() const override;
    void initializePage() override;
    bool validatePage() override;

private:
    void showError(const QString& text);

    QList<ConnectorEditor*> m_editors;
    std::function<void()> m_loader;
    std::function<Status()> m_applier;
    QString m_help;
    QLabel* m_errorLabel;
};

} // namespace ds::ui
