#include "trustedroottablemodel.h"

#include "crypto/certificate.h"
#include "document/workspacedocument.h"
#include "widgets/datetimetext.h"
#include "widgets/icons.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

int TrustedRootTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !document() ? 0 : int(document()->workspace().trustedRoots.size());
}

int TrustedRootTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrustedRootTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case ExpiresColumn:
        return tr("Expires");
    case ThumbprintColumn:
        return tr("Thumbprint");
    }
    return {};
}

QString TrustedRootTableModel::thumbprintOf(const QByteArray& der)
{
    return Certificate::fingerprint(der, Certificate::Digest::Sha1);
}

QString TrustedRootTableModel::idAt(int row) const
{
    return thumbprintOf(document()->workspace().trustedRoots.value(row));
}

QVariant TrustedRootTableModel::cell(int row, int column, int role) const
{
    const QByteArray& der = document()->workspace().trustedRoots.at(row);
    if (role == Qt::DecorationRole && column == SubjectColumn)
        return Icons::get(u"trusted-root"_s);
    if (role != Qt::DisplayRole)
        return {};
    const auto certificate = Certificate::fromDer(der);
    switch (column) {
    case SubjectColumn:
        if (!certificate.ok())
            return tr("(unreadable certificate)");
        return certificate->commonName().isEmpty() ? certificate->subject() : certificate->commonName();
    case ExpiresColumn:
        return certificate.ok() ? DateTimeText::shortDateTime(certificate->notAfter()) : QString();
    case ThumbprintColumn:
        return thumbprintOf(der);
    }
    return {};
}

} // namespace ds::ui
