#pragma once

#include "document/workspacetablemodel.h"

namespace ds::ui {

// The servers (mail gateways) of the workspace: Hub and Edge Transport servers, an Edge with its
// subscription (standalone or subscribed to the organization).
class ServerTableModel : public WorkspaceTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        FqdnColumn,
        RoleColumn,
        EdgeSyncColumn,
        CertificatesColumn,
        ReceiveConnectorsColumn,
        ColumnCount
    };
    using WorkspaceTableModel::WorkspaceTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ObjectKind kindAt(int) const override { return ObjectKind::Server; }
    QString idAt(int row) const override;

protected:
    QVariant cell(int row, int column, int role) const override;
};

} // namespace ds::ui
