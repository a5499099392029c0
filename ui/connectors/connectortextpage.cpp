#include "connectortextpage.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

ConnectorTextPage::ConnectorTextPage(const QString& title, const QString& subTitle, QWidget* parent)
    : QWizardPage(parent)
    , m_textView(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy to Clipboard"), this))
    , m_errorLabel(new QLabel(this))
{
    setTitle(title);
    setSubTitle(subTitle);
    m_textView->setObjectName(u"textView"_s);
    m_textView->setReadOnly(true);
    m_textView->setAccessibleName(title);
    m_textView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setVisible(false);
    m_errorLabel->setObjectName(u"pageErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_textView);
    layout->addWidget(m_copyButton, 0, Qt::AlignLeft);
    layout->addWidget(m_errorLabel);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_textView->toPlainText()); });
}

void ConnectorTextPage::setCommitter(const QString& commitText, std::function<Status()> committer)
{
    m_committer = std::move(committer);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, commitText);
}

void ConnectorTextPage::setCopyable(bool copyable)
{
    m_copyButton->setVisible(copyable);
}

QString ConnectorTextPage::text() const
{
    return m_textView->toPlainText();
}

QString ConnectorTextPage::errorText() const
{
    return m_errorLabel->text();
}

void ConnectorTextPage::initializePage()
{
    m_errorLabel->clear();
    m_errorLabel->setVisible(false);
    m_textView->setPlainText(m_provider ? m_provider() : QString());
}

bool ConnectorTextPage::validatePage()
{
    if (!m_committer)
        return true;
    if (const Status committed = m_committer(); !committed.ok()) {
        m_errorLabel->setText(committed.errorMessage());
        m_errorLabel->setVisible(true);
        return false;
    }
    return true;
}

} // namespace ds::ui
