#pragma once

#include "document/workspacetablemodel.h"
#include "validate/finding.h"

#include <QList>
#include <QStringList>

namespace ds::ui {

using namespace ds::core;

// The Domain Security page: every domain on the send or receive domain-secure list, with what
// makes it work (a send connector routing it with domain security, a receive connector for its
// gateways, an SMTP certificate), the partner's pinned public keys and the validation findings on
// its list entries and pins.
class DomainSecureTableModel : public WorkspaceTableModel
{
    Q_OBJECT

public:
    enum Column {
        DomainColumn,
        SendListColumn,
        ReceiveListColumn,
        SendConnectorColumn,
        ReceiveConnectorColumn,
        CertificateColumn,
        PinsColumn, // the partner's pinned public keys and when their certificates expire
        FindingsColumn,
        ColumnCount
    };
    using WorkspaceTableModel::WorkspaceTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ObjectKind kindAt(int) const override { return ObjectKind::SecureDomain; }
    QString idAt(int row) const override;
    // The findings of the last validation run (the Validation pane's); those on list entries
    // ("domain-secure:send:fabrikam.example") are counted per domain.
    void setFindings(const QList<Finding>& findings);

protected:
    QVariant cell(int row, int column, int role) const override;

private:
    QStringList domains() const;

    QList<Finding> m_findings;
};

} // namespace ds::ui
