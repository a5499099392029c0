#pragma once

#include "document/workspacetablemodel.h"

namespace ds::ui {

// The receive connectors of one server.
class ReceiveConnectorTableModel : public WorkspaceTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsageColumn,
        BindingsColumn,
        RemoteColumn,
        DomainSecureColumn,
        EnabledColumn,
        ColumnCount
    };
    using WorkspaceTableModel::WorkspaceTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ObjectKind kindAt(int) const override { return ObjectKind::ReceiveConnector; }
    QString idAt(int row) const override;

protected:
    QVariant cell(int row, int column, int role) const override;
};

} // namespace ds::ui
