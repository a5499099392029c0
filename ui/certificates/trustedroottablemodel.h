#pragma once

#include "document/workspacetablemodel.h"

namespace ds::ui {

// The partner root CAs the organization trusts, identified by SHA-1 thumbprint.
class TrustedRootTableModel : public WorkspaceTableModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, ExpiresColumn, ThumbprintColumn, ColumnCount };
    using WorkspaceTableModel::WorkspaceTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ObjectKind kindAt(int) const override { return ObjectKind::TrustedRoot; }
    QString idAt(int row) const override;
    static QString thumbprintOf(const QByteArray& der);

protected:
    QVariant cell(int row, int column, int role) const override;
};

} // namespace ds::ui
