#include "importcompletionpage.h"

#include "document/workspacedocument.h"
#include "export/exchangecertificatecommands.h"
#include "importcertificatewizard.h"
#include "importservicespage.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

ImportCompletionPage::ImportCompletionPage(QWidget* parent)
    : QWizardPage(parent)
    , m_result(new QLabel(this))
    , m_commands(new QPlainTextEdit(this))
{
    setObjectName(u"completionPage"_s);
    setTitle(tr("Completion"));
    setFinalPage(true);
    m_result->setObjectName(u"resultLabel"_s);
    m_result->setWordWrap(false); // see ImportPreviewPage: long lines scroll instead
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_resultArea = new QScrollArea(this);
    m_resultArea->setObjectName(u"resultArea"_s);
    m_resultArea->setFrameShape(QFrame::NoFrame);
    m_resultArea->setWidgetResizable(true);
    m_resultArea->setWidget(m_result);
    m_commands->setObjectName(u"commandText"_s);
    m_commands->setReadOnly(true);
    m_commands->setFont(QFont(u"Monospace"_s));
    m_commands->setAccessibleName(tr("Exchange Management Shell commands"));
    auto* copy = new QPushButton(tr("&Copy Commands"), this);
    copy->setObjectName(u"copyCommandButton"_s);
    auto* label = new QLabel(tr("The same in the Exchange Management &Shell:"), this);
    label->setBuddy(m_commands);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_resultArea);
    layout->addWidget(label);
    layout->addWidget(m_commands);
    layout->addWidget(copy, 0, Qt::AlignRight);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_commands->toPlainText()); });
}

void ImportCompletionPage::initializePage()
{
    auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
    if (!wizard || !wizard->report())
        return;
    const CertificateManager::ImportReport& report = *wizard->report();
    // A label with thousands of lines takes seconds to lay out (a bundle of 10,000): the first
    // few, then a count.
    constexpr qsizetype kListed = 20;
    QStringList lines;
    for (const CertificateManager::ImportedItem& item :
         report.items.first(qMin(kListed, report.items.size()))) {
        QString line = tr("%1 (%2) was imported to %3").arg(item.subject, item.thumbprint, item.server);
        if (item.matchedRequest)
            line += tr("; it completed the pending request");
        if (item.services != Services())
            line += tr("; enabled for %1").arg(ServiceNames::format(item.services));
        lines << line + u'.';
    }
    if (report.items.size() > kListed)
        lines << tr("… and %n more certificate(s).", nullptr, int(report.items.size() - kListed));
    for (const QString& warning : report.warnings.first(qMin(kListed, report.warnings.size())))
        lines << tr("Note: %1").arg(warning);
    if (report.warnings.size() > kListed)
        lines << tr("… and %n more note(s).", nullptr, int(report.warnings.size() - kListed));
    m_result->setText(lines.join(u'\n'));
    m_resultArea->setMaximumHeight(m_result->sizeHint().height() +
                                   m_resultArea->horizontalScrollBar()->sizeHint().height());

    const Services services = wizard->servicesPage()->services();
    // The file name as it would be on the Exchange server: the same name in the current folder.
    const QString path = u".\\"_s + QFileInfo(wizard->file()).fileName();
    auto command = ExchangeCertificateCommands::importCertificate(
        path, wizard->isPkcs12(), wizard->servicesPage()->friendlyName(), services,
        wizard->document()->workspace().exchangeVersion);
    m_commands->setPlainText(command.ok() ? command.value() : command.errorMessage());
}

} // namespace ds::ui
