#pragma once

#include "model/domainsecurelists.h"
#include "validate/finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace ds::ui {

using namespace ds::core;

class WorkspaceDocument;

// One domain-secure list (send or receive) for the Domain Security page: each domain with the
// connectors that serve it, whether they have domain security (mutual TLS) on, whether the
// servers' SMTP certificates are fit, and the validator's findings. Recomputed (one validator
// run) whenever the workspace changes.
class DomainSecureListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DomainColumn,
        ConnectorColumn,
        DomainSecurityColumn,
        CertificateColumn,
        FindingsColumn,
        ColumnCount
    };
    enum class State { Ok, Warning, Error };
    static constexpr int StateRole = Qt::UserRole + 1; // int(State) of the row, on every column

    DomainSecureListModel(WorkspaceDocument* document, DomainSecureLists::Direction direction,
                          QObject* parent = nullptr);

    DomainSecureLists::Direction direction() const { return m_direction; }
    QString domainAt(int row) const;
    State stateAt(int row) const;
    QList<Finding> findingsAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString domain;
        QStringList connectors;
        bool domainSecure = false;
        bool requireTls = false;
        QString certificate;
        bool certificateOk = false;
        QList<Finding> findings;
        State state = State::Ok;
    };
    void rebuild();

    WorkspaceDocument* m_document;
    DomainSecureLists::Direction m_direction;
    QList<Row> m_rows;
};

} // namespace ds::ui
