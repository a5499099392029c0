#include "trustedroottablemodel.h"

#include "document/workspacedocument.h"
#include "widgets/icons.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

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
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex().toUpper());
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
    // QSslCertificate only reads the summary for display; trust decisions are core's.
    const QSslCertificate certificate(der, QSsl::Der);
    switch (column) {
    case SubjectColumn:
        return certificate.isNull() ? tr("(unreadable certificate)") : certificate.subjectDisplayName();
    case ExpiresColumn:
        return QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat);
    case ThumbprintColumn:
        return thumbprintOf(der);
    }
    return {};
}
