#include "importfilepage.h"

#include "crypto/certificateimporter.h"
#include "importcertificatewizard.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

namespace {
// PKCS#12 files are small; a larger file is a certificate bundle, read by the worker.
constexpr qint64 kPkcs12ProbeLimit = 4 * 1024 * 1024;
} // namespace

ImportFilePage::ImportFilePage(QWidget* parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"filePage"_s);
    setTitle(tr("Certificate File"));
    setSubTitle(tr("The certificate your CA issued, or a PKCS#12 file with a certificate and its key."));
    m_path->setObjectName(u"fileEdit"_s);
    m_path->setAccessibleName(tr("Certificate file"));
    auto* browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(u"browseButton"_s);
    m_error->setObjectName(u"fileErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    auto* hint = new QLabel(tr("PEM, DER, PKCS#7 (.p7b) and PKCS#12 (.pfx, .p12) files are accepted. You "
                               "can also drop a file on the main window."),
                            this);
    hint->setWordWrap(true);
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto* layout = new QGridLayout(this);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_path, 0, 1);
    layout->addWidget(browse, 0, 2);
    layout->addWidget(hint, 1, 0, 1, 3);
    layout->addWidget(m_error, 2, 0, 1, 3);
    layout->setRowStretch(3, 1);
    registerField(u"file*"_s, m_path);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, m_error, &QLabel::clear);
}

QString ImportFilePage::file() const
{
    return m_path->text().trimmed();
}

void ImportFilePage::setFile(const QString& path)
{
    m_path->setText(path);
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Certificate"), file(),
        tr("Certificates (*.cer *.crt *.pem *.der *.p7b *.p7c *.pfx *.p12);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportFilePage::validatePage()
{
    const QFileInfo info(file());
    if (!info.exists() || !info.isFile()) {
        m_error->setText(tr("%1: no such file").arg(file()));
        return false;
    }
    if (info.size() > CertificateImporter::kMaxFileSize) {
        m_error->setText(tr("%1: the file is larger than %2 MiB")
                             .arg(file())
                             .arg(CertificateImporter::kMaxFileSize / (1024 * 1024)));
        return false;
    }
    QFile in(file());
    if (!in.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("%1: cannot read the file (%2)").arg(file(), in.errorString()));
        return false;
    }
    bool pkcs12 = false;
    if (info.size() <= kPkcs12ProbeLimit)
        pkcs12 = CertificateImporter::isPkcs12(in.readAll());
    if (auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard()))
        wizard->setPkcs12(pkcs12);
    return true;
}

int ImportFilePage::nextId() const
{
    auto* wizard = qobject_cast<ImportCertificateWizard*>(this->wizard());
    return wizard && wizard->isPkcs12() ? ImportCertificateWizard::PasswordPageId
                                        : ImportCertificateWizard::PreviewPageId;
}

} // namespace ds::ui
