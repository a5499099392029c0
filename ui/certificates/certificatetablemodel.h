#pragma once

#include "document/workspacetablemodel.h"

struct CertificateEntry;

// The certificates of one server and, after them, its pending requests.
class CertificateTableModel : public WorkspaceTableModel
{
    Q_OBJECT

public:
    enum Column {
        FriendlyNameColumn,
        SubjectColumn,
        ServicesColumn,
        StatusColumn,
        ExpiresColumn,
        ThumbprintColumn,
        ColumnCount
    };
    // Days before expiry from which a certificate shows as expiring.
    static constexpr int kExpiringDays = 30;

    using WorkspaceTableModel::WorkspaceTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ObjectKind kindAt(int row) const override;
    QString idAt(int row) const override;

protected:
    QVariant cell(int row, int column, int role) const override;

private:
    enum class Status { Valid, Expiring, Expired, NotYetValid, Pending };
    static Status statusOf(const CertificateEntry& entry);
    static QString statusText(Status status);
    static QString statusIcon(Status status);
    QVariant certificateCell(const CertificateEntry& entry, int column, int role) const;
    QVariant requestCell(int index, int column, int role) const;
};
