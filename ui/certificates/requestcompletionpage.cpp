#include "requestcompletionpage.h"

#include "certificaterequestwizard.h"
#include "util/durablefile.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

RequestCompletionPage::RequestCompletionPage(QWidget* parent)
    : QWizardPage(parent)
    , m_result(new QLabel(this))
    , m_pem(new QRadioButton(tr("&Base64 (PEM, like New-ExchangeCertificate)"), this))
    , m_der(new QRadioButton(tr("Binary (&DER, like -BinaryEncoded)"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse…"), this))
    , m_save(new QPushButton(tr("&Save Request"), this))
    , m_copy(new QPushButton(tr("Cop&y Request to Clipboard"), this))
    , m_saved(new QLabel(this))
    , m_next(new QLabel(this))
{
    setObjectName(u"completionPage"_s);
    setTitle(tr("Completion"));
    setFinalPage(true);
    m_result->setObjectName(u"resultLabel"_s);
    m_result->setWordWrap(true);
    m_pem->setObjectName(u"pemRadio"_s);
    m_der->setObjectName(u"derRadio"_s);
    m_pem->setChecked(true);
    m_path->setObjectName(u"requestPathEdit"_s);
    m_path->setAccessibleName(tr("Request file"));
    m_browse->setObjectName(u"browseButton"_s);
    m_save->setObjectName(u"saveRequestButton"_s);
    m_copy->setObjectName(u"copyRequestButton"_s);
    m_saved->setObjectName(u"savedLabel"_s);
    m_saved->setWordWrap(true);
    m_next->setObjectName(u"nextStepsLabel"_s);
    m_next->setWordWrap(true);
    m_next->setText(
        tr("<b>What to do next:</b> send the request file to your certification authority. When "
           "it returns the certificate, run <i>Import Certificate</i>: the certificate is matched "
           "to this pending request, and you can enable it for SMTP. The request can be exported "
           "again from the Certificates page until then."));

    auto* layout = new QGridLayout(this);
    auto* fileLabel = new QLabel(tr("Request &file:"), this);
    fileLabel->setBuddy(m_path);
    layout->addWidget(m_result, 0, 0, 1, 3);
    layout->addWidget(m_pem, 1, 0, 1, 3);
    layout->addWidget(m_der, 2, 0, 1, 3);
    layout->addWidget(fileLabel, 3, 0);
    layout->addWidget(m_path, 3, 1);
    layout->addWidget(m_browse, 3, 2);
    layout->addWidget(m_save, 4, 1, Qt::AlignLeft);
    layout->addWidget(m_copy, 4, 1, 1, 2, Qt::AlignRight);
    layout->addWidget(m_saved, 5, 0, 1, 3);
    layout->addWidget(m_next, 6, 0, 1, 3);
    layout->setRowStretch(7, 1);

    connect(m_browse, &QPushButton::clicked, this, &RequestCompletionPage::browse);
    connect(m_save, &QPushButton::clicked, this, [this] { saveTo(m_path->text()); });
    connect(m_path, &QLineEdit::textChanged, this, [this] { m_save->setEnabled(!m_path->text().isEmpty()); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        auto* wizard = qobject_cast<CertificateRequestWizard*>(this->wizard());
        if (wizard && wizard->createdRequest()) {
            QGuiApplication::clipboard()->setText(QString::fromLatin1(wizard->createdRequest()->csrPem));
            m_saved->setText(tr("The request (PEM) is on the clipboard."));
        }
    });
}

void RequestCompletionPage::initializePage()
{
    auto* wizard = qobject_cast<CertificateRequestWizard*>(this->wizard());
    if (!wizard || !wizard->createdRequest())
        return;
    const PendingRequest& request = wizard->createdRequest()->request;
    m_result->setText(
        tr("The request for <b>%1</b> is pending on %2 (key thumbprint %3).")
            .arg(request.subject.toHtmlEscaped(), wizard->server().toHtmlEscaped(), request.thumbprint));
    if (m_path->text().isEmpty())
        m_path->setText(QDir::home().filePath(wizard->suggestedFileName()));
}

QByteArray RequestCompletionPage::requestData() const
{
    auto* wizard = qobject_cast<CertificateRequestWizard*>(this->wizard());
    if (!wizard || !wizard->createdRequest())
        return {};
    return m_der->isChecked() ? wizard->createdRequest()->csrDer : wizard->createdRequest()->csrPem;
}

void RequestCompletionPage::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Certificate Request"), m_path->text(),
                                     tr("Certificate requests (*.req *.csr);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
        saveTo(path);
    }
}

bool RequestCompletionPage::saveTo(const QString& path)
{
    const QByteArray data = requestData();
    if (data.isEmpty() || path.isEmpty())
        return false;
    if (const Status written = DurableFile::writeFile(path, data, DurableFile::kPublicMode); !written.ok()) {
        m_saved->setText(written.errorMessage());
        return false;
    }
    m_savedPath = path;
    m_saved->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ds::ui
