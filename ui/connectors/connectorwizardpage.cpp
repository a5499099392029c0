#include "connectorwizardpage.h"

#include "connectoreditor.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

ConnectorWizardPage::ConnectorWizardPage(const QString& title, const QString& subTitle, QWidget* parent)
    : QWizardPage(parent)
    , m_errorLabel(new QLabel(this))
{
    setTitle(title);
    setSubTitle(subTitle);
    m_errorLabel->setObjectName(u"pageErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
}

void ConnectorWizardPage::addEditor(ConnectorEditor* editor)
{
    m_editors << editor;
    addWidget(editor);
    connect(editor, &ConnectorEditor::changed, this, [this] {
        if (m_errorLabel->isVisibleTo(this))
            showError(QString());
        emit completeChanged();
    });
}

void ConnectorWizardPage::addWidget(QWidget* widget)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->count() - 1, widget);
}

QString ConnectorWizardPage::errorText() const
{
    return m_errorLabel->text();
}

bool ConnectorWizardPage::isComplete() const
{
    for (const ConnectorEditor* editor : m_editors) {
        if (!editor->isComplete())
            return false;
    }
    return true;
}

void ConnectorWizardPage::initializePage()
{
    showError(QString());
    if (m_loader)
        m_loader();
    emit completeChanged();
}

bool ConnectorWizardPage::validatePage()
{
    for (ConnectorEditor* editor : m_editors) {
        if (!editor->commitPending()) {
            showError(tr("Correct or remove the entries marked in red, then click Next again."));
            return false;
        }
    }
    if (!isComplete()) {
        showError(tr("Fill in the required fields."));
        return false;
    }
    if (m_applier) {
        if (const Status applied = m_applier(); !applied.ok()) {
            showError(applied.errorMessage());
            return false;
        }
    }
    showError(QString());
    return true;
}

void ConnectorWizardPage::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

} // namespace ds::ui
