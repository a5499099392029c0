#include "findingtablemodel.h"

#include "widgets/icons.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::ui {

void FindingTableModel::setFindings(const QList<Finding>& findings)
{
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingTableModel::count(Finding::Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const Finding& finding) { return finding.severity == severity; }));
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& finding = m_findings.at(index.row());
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        switch (finding.severity) {
        case Finding::Severity::Error:
            return Icons::get(u"status-error"_s);
        case Finding::Severity::Warning:
            return Icons::get(u"status-warning"_s);
        case Finding::Severity::Info:
            return Icons::get(u"status-info"_s);
        }
    }
    if (role == SortRole) {
        if (index.column() == SeverityColumn)
            return int(finding.severity) * 100000 +
                   index.row(); // keeps the validator's order within a severity
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && (index.column() == MessageColumn || index.column() == HintColumn))
        return finding.hint.isEmpty() ? finding.message
                                      : tr("%1\nFix: %2").arg(finding.message, finding.hint);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return Finding::severityText(finding.severity);
    case CodeColumn:
        return finding.code;
    case ObjectColumn:
        return finding.object();
    case MessageColumn:
        return finding.message;
    case HintColumn:
        return finding.hint;
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case ObjectColumn:
        return tr("Object");
    case MessageColumn:
        return tr("Problem");
    case HintColumn:
        return tr("How to fix");
    }
    return {};
}

} // namespace ds::ui
