#pragma once

#include "document/workspacetablemodel.h"

namespace ds::ui {

// The organization's send connectors.
class SendConnectorTableModel : public WorkspaceTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsageColumn,
        AddressSpaceColumn,
        RoutingColumn,
        DomainSecureColumn,
        EnabledColumn,
        ColumnCount
    };
    using WorkspaceTableModel::WorkspaceTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ObjectKind kindAt(int) const override { return ObjectKind::SendConnector; }
    QString idAt(int row) const override;

protected:
    QVariant cell(int row, int column, int role) const override;
};

} // namespace ds::ui
