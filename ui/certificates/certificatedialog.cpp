#include "certificatedialog.h"

#include "certificationpathwidget.h"
#include "crypto/certificate.h"
#include "crypto/certificaterequest.h"
#include "document/workspacedocument.h"
#include "model/certificatemanager.h"
#include "model/workspacecrypto.h"
#include "widgets/icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

namespace {
QString dateText(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}
} // namespace

CertificateDialog::CertificateDialog(const WorkspaceDocument* document, const QString& server,
                                     const QString& thumbprint, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_general(new QFormLayout)
    , m_fields(new QTreeWidget(this))
    , m_dump(new QPlainTextEdit(this))
    , m_path(new CertificationPathWidget(this))
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Certificate"));
    setWindowIcon(Icons::get(u"certificate"_s));
    resize(640, 560);
    m_tabs->setObjectName(u"certificateTabs"_s);

    auto* general = new QWidget(this);
    general->setObjectName(u"generalTab"_s);
    general->setLayout(m_general);
    auto* details = new QWidget(this);
    details->setObjectName(u"detailsTab"_s);
    m_fields->setObjectName(u"fieldTree"_s);
    m_fields->setAccessibleName(tr("Certificate fields"));
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_dump->setObjectName(u"detailsText"_s);
    m_dump->setReadOnly(true);
    m_dump->setFont(QFont(u"Monospace"_s));
    m_dump->setAccessibleName(tr("Certificate as text"));
    auto* splitter = new QSplitter(Qt::Vertical, details);
    splitter->addWidget(m_fields);
    splitter->addWidget(m_dump);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(splitter);
    m_path->setObjectName(u"pathTab"_s);

    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(details, tr("&Details"));
    m_tabs->addTab(m_path, tr("Certification &Path"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    const Server* s = document->workspace().server(server);
    if (!s)
        return;
    if (const CertificateEntry* entry = s->certificate(thumbprint)) {
        showCertificate(*entry);
        return;
    }
    for (const PendingRequest& request : s->pendingRequests) {
        if (request.thumbprint == thumbprint) {
            showRequest(request);
            return;
        }
    }
}

void CertificateDialog::addGeneral(const QString& name, const QString& value, const QString& objectName)
{
    auto* label = new QLabel(value, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    m_general->addRow(name, label);
}

void CertificateDialog::addField(const QString& name, const QString& value)
{
    auto* item = new QTreeWidgetItem(m_fields, {name, value});
    item->setToolTip(1, value);
}

void CertificateDialog::showCertificate(const CertificateEntry& entry)
{
    auto parsed = Certificate::fromDer(entry.certificateDer);
    if (!parsed.ok()) {
        addGeneral(tr("Error:"), parsed.errorMessage(), u"errorLabel"_s);
        return;
    }
    m_valid = true;
    const Certificate& certificate = parsed.value();
    const Workspace& workspace = m_document->workspace();
    const ChainVerifier verifier = WorkspaceCrypto::chainVerifier(workspace);
    const CertificateStatusReport status = CertificateManager::status(entry, verifier);
    setWindowTitle(tr("Certificate: %1").arg(entry.friendlyName));

    QString statusText = CertificateStatusEvaluator::displayName(status.status);
    if (!status.reason.isEmpty())
        statusText += u" — "_s + status.reason;
    addGeneral(tr("Friendly name:"), entry.friendlyName, u"friendlyNameLabel"_s);
    addGeneral(tr("Issued to:"), certificate.subject(), u"subjectLabel"_s);
    addGeneral(tr("Issued by:"), certificate.issuer(), u"issuerLabel"_s);
    addGeneral(tr("Valid from:"), dateText(certificate.notBefore()));
    addGeneral(tr("Valid to:"), dateText(certificate.notAfter()), u"notAfterLabel"_s);
    addGeneral(tr("Domain names:"), certificate.dnsNames().join(u", "_s), u"domainsLabel"_s);
    addGeneral(tr("Services:"), ServiceNames::format(entry.services), u"servicesLabel"_s);
    addGeneral(tr("Status:"), statusText, u"statusLabel"_s);
    addGeneral(tr("Private key:"),
               entry.hasPrivateKey() ? (entry.exportable ? tr("yes, exportable") : tr("yes, not exportable"))
                                     : tr("no"));
    if (entry.internalOnly)
        addGeneral(tr("Note:"), tr("Self-signed for internal mail only; partners will not trust it."));
    addGeneral(tr("Thumbprint:"), certificate.thumbprint(), u"thumbprintLabel"_s);

    addField(tr("Subject"), certificate.subject());
    addField(tr("Issuer"), certificate.issuer());
    addField(tr("Serial number"), certificate.serialNumber());
    addField(tr("Valid from"), certificate.notBefore().toString(Qt::ISODate));
    addField(tr("Valid to"), certificate.notAfter().toString(Qt::ISODate));
    addField(tr("Subject alternative names"), certificate.dnsNames().join(u", "_s));
    addField(tr("Public key"), certificate.keyDescription());
    addField(tr("Signature algorithm"), certificate.signatureAlgorithm());
    addField(tr("Key usage"), certificate.keyUsage().join(u", "_s));
    addField(tr("Enhanced key usage"), certificate.extendedKeyUsages().join(u", "_s));
    addField(tr("Basic constraints"), certificate.isCa() ? tr("Certification authority") : tr("End entity"));
    addField(tr("Self-signed"), certificate.isSelfSigned() ? tr("yes") : tr("no"));
    addField(tr("Thumbprint (SHA-1)"), certificate.thumbprint());
    addField(tr("Fingerprint (SHA-256)"), certificate.sha256Fingerprint());
    addField(tr("Certificates in the stored chain"), QString::number(entry.chainDer.size()));
    m_dump->setPlainText(certificate.textDump());

    m_path->setChain(verifier.verifyForMutualTls(certificate));
}

void CertificateDialog::showRequest(const PendingRequest& request)
{
    auto parsed = CertificateRequest::fromDer(request.csrDer);
    if (!parsed.ok()) {
        addGeneral(tr("Error:"), parsed.errorMessage(), u"errorLabel"_s);
        return;
    }
    m_valid = true;
    setWindowTitle(tr("Pending Request: %1").arg(request.friendlyName));
    const CertificateRequest& csr = parsed.value();
    addGeneral(tr("Friendly name:"), request.friendlyName, u"friendlyNameLabel"_s);
    addGeneral(tr("Subject:"), csr.subject(), u"subjectLabel"_s);
    addGeneral(tr("Domain names:"), csr.names().join(u", "_s), u"domainsLabel"_s);
    addGeneral(tr("Status:"), CertificateStatusEvaluator::displayName(CertificateStatus::PendingRequest),
               u"statusLabel"_s);
    addGeneral(tr("Created:"), dateText(request.created));
    addGeneral(tr("Key thumbprint:"), request.thumbprint, u"thumbprintLabel"_s);
    addField(tr("Subject"), csr.subject());
    addField(tr("Subject alternative names"), csr.names().join(u", "_s));
    addField(tr("Public key"), csr.keyDescription());
    addField(tr("Enhanced key usage"), csr.extendedKeyUsages().join(u", "_s));
    addField(tr("Signature"), csr.verify() ? tr("verifies") : tr("does not verify"));
    addField(tr("Key exportable"), request.exportable ? tr("yes") : tr("no"));
    m_dump->setPlainText(QString::fromLatin1(csr.toPem()));
    m_tabs->setTabEnabled(2, false);
}

} // namespace ds::ui
