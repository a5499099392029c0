#pragma once

#include "document/workspacetablemodel.h"

#include <QHash>
#include <memory>

namespace ds::core {
class ChainVerifier;
struct CertificateEntry;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

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

    explicit CertificateTableModel(WorkspaceDocument* document, QObject* parent = nullptr);
    ~CertificateTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    ObjectKind kindAt(int row) const override;
    QString idAt(int row) const override;

protected:
    QVariant cell(int row, int column, int role) const override;

private:
    enum class Status { Valid, Expiring, Expired, NotYetValid, Untrusted, Pending };
    // Time status by the clock, then trust (chain checked once per row and workspace version).
    Status statusOf(const CertificateEntry& entry) const;
    struct Trust
    {
        bool trusted = true;
        QString reason;
    };
    const Trust& trustOf(const CertificateEntry& entry) const;
    static QString statusText(Status status);
    static QString statusIcon(Status status);
    QVariant certificateCell(const CertificateEntry& entry, int column, int role) const;
    QVariant requestCell(int index, int column, int role) const;

    // Built on first use after each change of the workspace: rows are checked only when painted.
    mutable std::unique_ptr<ChainVerifier> m_verifier;
    mutable QHash<QString, Trust> m_trust;
};

} // namespace ds::ui
