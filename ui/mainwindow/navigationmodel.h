#pragma once

#include "commands/selection.h"

#include <QStandardItemModel>

namespace ds::core {
struct Workspace;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

// The navigation tree: Organization ▸ Send Connectors, Domain Security, Trusted Roots;
// Servers ▸ <server> ▸ Certificates, Receive Connectors.
class NavigationModel : public QStandardItemModel
{
    Q_OBJECT

public:
    static constexpr int PageRole = Qt::UserRole + 1;
    static constexpr int ServerRole = Qt::UserRole + 2;
    static constexpr int EdgeRole = Qt::UserRole + 3; // a server item: Edge Transport (else Hub)

    explicit NavigationModel(QObject* parent = nullptr);

    // Rebuilds only when the organization or the server names changed, so the current item stays.
    void update(const Workspace& workspace);
    void retranslate();
    QModelIndex indexOf(PageKind page, const QString& server = {}) const;
    static QString pageTitle(PageKind page);

private:
    QStandardItem* makeItem(PageKind page, const QString& server, const QString& icon);
    void retranslateItem(QStandardItem* item);

    QString m_organization;
    QStringList m_servers;
    bool m_built = false;
};

} // namespace ds::ui
