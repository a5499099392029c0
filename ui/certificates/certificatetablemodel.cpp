#include "certificatetablemodel.h"

#include "crypto/certificate.h"
#include "crypto/chainverifier.h"
#include "document/workspacedocument.h"
#include "model/workspacecrypto.h"
#include "util/clock.h"
#include "widgets/datetimetext.h"
#include "widgets/icons.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

CertificateTableModel::CertificateTableModel(WorkspaceDocument* document, QObject* parent)
    : WorkspaceTableModel(document, parent)
{
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_verifier.reset();
        m_trust.clear();
    });
}

CertificateTableModel::~CertificateTableModel() = default;

int CertificateTableModel::rowCount(const QModelIndex& parent) const
{
    const Server* server = currentServer();
    if (parent.isValid() || !server)
        return 0;
    return int(server->certificates.size() + server->pendingRequests.size());
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FriendlyNameColumn:
        return tr("Friendly name");
    case SubjectColumn:
        return tr("Subject");
    case ServicesColumn:
        return tr("Services");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Expires");
    case ThumbprintColumn:
        return tr("Thumbprint");
    }
    return {};
}

ObjectKind CertificateTableModel::kindAt(int row) const
{
    const Server* server = currentServer();
    if (!server || row < 0)
        return ObjectKind::None;
    return row < server->certificates.size() ? ObjectKind::Certificate : ObjectKind::PendingRequest;
}

QString CertificateTableModel::idAt(int row) const
{
    const Server* server = currentServer();
    if (!server || row < 0)
        return {};
    if (row < server->certificates.size())
        return server->certificates.at(row).thumbprint;
    return server->pendingRequests.value(row - server->certificates.size()).thumbprint;
}

const CertificateTableModel::Trust& CertificateTableModel::trustOf(const CertificateEntry& entry) const
{
    auto it = m_trust.constFind(entry.thumbprint);
    if (it != m_trust.constEnd())
        return *it;
    if (!m_verifier)
        m_verifier = std::make_unique<ChainVerifier>(WorkspaceCrypto::chainVerifier(document()->workspace()));
    Trust trust;
    auto certificate = Certificate::fromDer(entry.certificateDer);
    if (!certificate.ok()) {
        trust = {false, certificate.errorMessage()};
    } else {
        // The chain's own dates are the time status' business; here only the path counts.
        ChainVerifier& verifier = *m_verifier;
        verifier.setTime(entry.notBefore.isValid() && entry.notAfter.isValid()
                             ? entry.notBefore.addSecs(entry.notBefore.secsTo(entry.notAfter) / 2)
                             : Clock::current().now());
        for (const QByteArray& der : entry.chainDer) {
            if (auto issuer = Certificate::fromDer(der); issuer.ok())
                verifier.addIntermediate(issuer.value());
        }
        const ChainResult result = verifier.verifyForMutualTls(certificate.value());
        trust = {result.trusted, result.reason};
    }
    return *m_trust.insert(entry.thumbprint, trust);
}

CertificateTableModel::Status CertificateTableModel::statusOf(const CertificateEntry& entry) const
{
    const QDateTime now = Clock::current().now();
    if (entry.notAfter.isValid() && entry.notAfter < now)
        return Status::Expired;
    if (entry.notBefore.isValid() && entry.notBefore > now)
        return Status::NotYetValid;
    if (!trustOf(entry).trusted)
        return Status::Untrusted;
    if (entry.notAfter.isValid() && now.daysTo(entry.notAfter) < kExpiringDays)
        return Status::Expiring;
    return Status::Valid;
}

QString CertificateTableModel::statusText(Status status)
{
    switch (status) {
    case Status::Valid:
        return tr("Valid");
    case Status::Expiring:
        return tr("Expiring soon");
    case Status::Expired:
        return tr("Expired");
    case Status::NotYetValid:
        return tr("Not yet valid");
    case Status::Untrusted:
        return tr("Untrusted");
    case Status::Pending:
        return tr("Pending request");
    }
    return {};
}

QString CertificateTableModel::statusIcon(Status status)
{
    switch (status) {
    case Status::Valid:
        return u"status-ok"_s;
    case Status::Expiring:
        return u"status-warning"_s;
    case Status::Expired:
    case Status::NotYetValid:
    case Status::Untrusted:
        return u"status-error"_s;
    case Status::Pending:
        return u"status-pending"_s;
    }
    return {};
}

QVariant CertificateTableModel::cell(int row, int column, int role) const
{
    const Server* server = currentServer();
    if (row < server->certificates.size())
        return certificateCell(server->certificates.at(row), column, role);
    return requestCell(row - int(server->certificates.size()), column, role);
}

QVariant CertificateTableModel::certificateCell(const CertificateEntry& entry, int column, int role) const
{
    const Status status = statusOf(entry);
    if (role == Qt::DecorationRole && column == StatusColumn)
        return Icons::get(statusIcon(status));
    if (role == Qt::DecorationRole && column == FriendlyNameColumn)
        return Icons::get(u"certificate"_s);
    if (role == Qt::ForegroundRole && column == StatusColumn) {
        if (status == Status::Expired || status == Status::NotYetValid || status == Status::Untrusted)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (status == Status::Expiring)
            return QBrush(QColor(0x9a, 0x60, 0x00));
        return {};
    }
    if (role == SortRole && column == ExpiresColumn)
        return entry.notAfter;
    if (role == Qt::ToolTipRole && column == StatusColumn && status == Status::Untrusted)
        return trustOf(entry).reason;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case FriendlyNameColumn:
        return entry.friendlyName;
    case SubjectColumn:
        return entry.subject;
    case ServicesColumn:
        return ServiceNames::format(entry.services);
    case StatusColumn:
        return statusText(status);
    case ExpiresColumn:
        return DateTimeText::shortDateTime(entry.notAfter);
    case ThumbprintColumn:
        return entry.thumbprint;
    }
    return {};
}

QVariant CertificateTableModel::requestCell(int index, int column, int role) const
{
    const PendingRequest& request = currentServer()->pendingRequests.at(index);
    if (role == Qt::DecorationRole && column == StatusColumn)
        return Icons::get(statusIcon(Status::Pending));
    if (role == Qt::DecorationRole && column == FriendlyNameColumn)
        return Icons::get(u"request"_s);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case FriendlyNameColumn:
        return request.friendlyName;
    case SubjectColumn:
        return request.subject;
    case ServicesColumn:
        return ServiceNames::format(Services());
    case StatusColumn:
        return statusText(Status::Pending);
    case ExpiresColumn:
        return QString();
    case ThumbprintColumn:
        return request.thumbprint;
    }
    return {};
}

} // namespace ds::ui
