#include "importpreviewpage.h"

#include "certificationpathwidget.h"
#include "document/workspacedocument.h"
#include "importcertificatewizard.h"
#include "importpreviewjob.h"
#include "widgets/datetimetext.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

ImportPreviewPage::ImportPreviewPage(QWidget* parent)
    : QWizardPage(parent)
    , m_stack(new QStackedWidget(this))
    , m_loadingLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_match(new QLabel(this))
    , m_path(new CertificationPathWidget(this))
    , m_job(new ImportPreviewJob(this))
{
    setObjectName(u"previewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("Check the certificate before it is imported."));

    auto* loading = new QWidget(this);
    auto* loadingLayout = new QVBoxLayout(loading);
    m_loadingLabel->setObjectName(u"loadingLabel"_s);
    m_loadingLabel->setWordWrap(true);
    m_progress->setObjectName(u"loadingProgress"_s);
    m_progress->setRange(0, 0); // the reader reports no progress: a busy indicator
    m_cancel->setObjectName(u"cancelLoadingButton"_s);
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addWidget(m_progress);
    loadingLayout->addWidget(m_cancel, 0, Qt::AlignRight);
    loadingLayout->addStretch();

    auto* result = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(result);
    m_details->setObjectName(u"detailsLabel"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No word wrap: a wrapping rich-text label is laid out again on every heightForWidth() call
    // (30-60 ms per page change in the wizard); a long DN scrolls instead of widening the page.
    m_details->setWordWrap(false);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detailsArea = new QScrollArea(this);
    m_detailsArea->setObjectName(u"detailsArea"_s);
    m_detailsArea->setFrameShape(QFrame::NoFrame);
    m_detailsArea->setWidgetResizable(true);
    m_detailsArea->setWidget(m_details);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_match->setObjectName(u"matchedRequestLabel"_s);
    m_match->setWordWrap(true);
    resultLayout->addWidget(m_detailsArea);
    resultLayout->addWidget(m_match);
    resultLayout->addWidget(m_status);
    resultLayout->addWidget(m_path, 1);

    m_stack->addWidget(loading);
    m_stack->addWidget(result);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_job, &ImportPreviewJob::finished, this, [this] {
        const Result<ImportPreview> read = *m_job->result();
        if (!read.ok()) {
            showError(read.errorMessage());
            return;
        }
        if (auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard()))
            wizard->setPreview(read.value());
        show(read.value());
        emit completeChanged();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job->isRunning()) {
            m_job->abandon();
            showError(tr("Reading the file was cancelled."));
        } else {
            load();
        }
    });
}

bool ImportPreviewPage::isLoading() const
{
    return m_job->isRunning();
}

void ImportPreviewPage::initializePage()
{
    auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
    if (wizard && wizard->previewIsCurrent()) {
        show(*wizard->preview());
        return;
    }
    load();
}

void ImportPreviewPage::cleanupPage()
{
    m_job->abandon();
}

void ImportPreviewPage::load()
{
    auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
    if (!wizard)
        return;
    wizard->setPreview(std::nullopt);
    m_stack->setCurrentIndex(0);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_loadingLabel->setStyleSheet(QString());
    m_loadingLabel->setText(tr("Reading %1…").arg(wizard->file()));
    m_cancel->setText(tr("&Cancel"));
    m_job->start(wizard->file(), wizard->password(), wizard->document()->workspace());
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
    return wizard && wizard->previewIsCurrent();
}

void ImportPreviewPage::showError(const QString& message)
{
    m_stack->setCurrentIndex(0);
    m_progress->hide();
    m_loadingLabel->setStyleSheet(u"color: #b00020"_s);
    m_loadingLabel->setText(message);
    m_cancel->setText(tr("&Retry"));
    emit completeChanged();
}

void ImportPreviewPage::show(const ImportPreview& preview)
{
    const CertificateEntry& leaf = preview.leaf;
    const QLocale locale;
    QStringList rows;
    auto row = [&rows](const QString& name, const QString& value) {
        rows << u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("File format:"), ImportedBundle::formatName(preview.bundle.format));
    row(tr("Certificates in the file:"), QString::number(preview.certificateCount()));
    row(tr("Subject:"), leaf.subject);
    row(tr("Issued by:"), leaf.issuer);
    row(tr("Domain names:"), leaf.domains.join(u", "_s));
    row(tr("Valid from:"), DateTimeText::shortDateTime(leaf.notBefore, locale));
    row(tr("Valid to:"), DateTimeText::shortDateTime(leaf.notAfter, locale));
    row(tr("Key:"), leaf.keyDescription);
    row(tr("Thumbprint:"), leaf.thumbprint);
    row(tr("Private key:"), preview.bundle.key.isNull()
                                ? (preview.completesRequest() ? tr("from the pending request") : tr("none"))
                                : tr("in the file"));
    m_details->setText(u"<table>"_s + rows.join(QString()) + u"</table>"_s);
    // All rows visible, plus room for the scroll bar of a long DN.
    m_detailsArea->setMinimumHeight(m_details->sizeHint().height() +
                                    m_detailsArea->horizontalScrollBar()->sizeHint().height());
    if (preview.completesRequest()) {
        m_match->setText(tr("This certificate completes the pending request \"%1\" (%2) of server %3.")
                             .arg(preview.matchedFriendly, preview.matchedRequest, preview.matchedServer));
    } else if (preview.bundle.key.isNull()) {
        m_match->setText(
            tr("This certificate completes no pending request and the file has no private key: it "
               "is imported without a key and cannot be enabled for SMTP."));
    } else {
        m_match->setText(tr("The certificate comes with its private key."));
    }
    const bool good = preview.status.status == CertificateStatus::Valid;
    m_status->setStyleSheet(good ? QString() : u"color: #9a6000"_s);
    m_status->setText(
        tr("Status: %1. %2")
            .arg(CertificateStatusEvaluator::displayName(preview.status.status),
                 preview.status.reason.isEmpty() ? preview.chain.reason : preview.status.reason));
    m_path->setChain(preview.chain);
    m_stack->setCurrentIndex(1);
}

} // namespace ds::ui
