#pragma once

#include "validate/finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace ds::ui {

using namespace ds::core;

// The validator's findings as a table: severity, code, object, message and fix. Sorted by the
// view through SortRole (errors before warnings before information).
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, ObjectColumn, MessageColumn, HintColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const QList<Finding>& findings);
    const QList<Finding>& findings() const { return m_findings; }
    Finding findingAt(int row) const { return m_findings.value(row); }
    int count(Finding::Severity severity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace ds::ui
