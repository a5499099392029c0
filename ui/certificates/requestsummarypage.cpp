#include "requestsummarypage.h"

#include "certificaterequestwizard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

RequestSummaryPage::RequestSummaryPage(QWidget* parent)
    : QWizardPage(parent)
    , m_summary(new QPlainTextEdit(this))
    , m_command(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy Command"), this))
{
    setObjectName(u"summaryPage"_s);
    setTitle(tr("Summary"));
    setSubTitle(tr("Check the request. Generate creates the key; the request is then added to the server."));
    setCommitPage(true);
    m_summary->setObjectName(u"summaryText"_s);
    m_summary->setReadOnly(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_command->setObjectName(u"commandText"_s);
    m_command->setReadOnly(true);
    m_command->setAccessibleName(tr("Exchange Management Shell command"));
    m_command->setFont(QFont(u"Monospace"_s));
    m_command->setMaximumHeight(120);
    m_copy->setObjectName(u"copyCommandButton"_s);
    auto* commandLabel = new QLabel(tr("The same in the Exchange Management &Shell:"), this);
    commandLabel->setBuddy(m_command);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(commandLabel);
    layout->addWidget(m_command);
    layout->addWidget(m_copy, 0, Qt::AlignRight);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_command->toPlainText()); });
}

void RequestSummaryPage::initializePage()
{
    auto* wizard = qobject_cast<CertificateRequestWizard*>(this->wizard());
    if (!wizard)
        return;
    QStringList lines;
    lines << tr("Server: %1").arg(wizard->server());
    lines << tr("Subject: %1").arg(wizard->subject());
    lines << tr("Domain names: %1").arg(wizard->domains().join(u", "_s));
    lines << tr("Key: %1").arg(wizard->keySpec().description());
    lines << tr("Exportable: %1").arg(wizard->exportable() ? tr("yes") : tr("no"));
    lines << tr("Friendly name: %1").arg(wizard->friendlyName());
    m_summary->setPlainText(lines.join(u'\n'));
    auto command = wizard->equivalentCommand(wizard->suggestedFileName(), false);
    m_command->setPlainText(command.ok() ? command.value() : command.errorMessage());
}

QString RequestSummaryPage::command() const
{
    return m_command->toPlainText();
}

} // namespace ds::ui
