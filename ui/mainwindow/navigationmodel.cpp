#include "navigationmodel.h"

#include "model/workspace.h"
#include "widgets/icons.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

NavigationModel::NavigationModel(QObject* parent)
    : QStandardItemModel(parent)
{}

QString NavigationModel::pageTitle(PageKind page)
{
    switch (page) {
    case PageKind::Organization:
        return tr("Organization");
    case PageKind::SendConnectors:
        return tr("Send Connectors");
    case PageKind::DomainSecurity:
        return tr("Domain Security");
    case PageKind::TrustedRoots:
        return tr("Trusted Roots");
    case PageKind::Servers:
        return tr("Servers");
    case PageKind::Server:
        return tr("Server");
    case PageKind::Certificates:
        return tr("Certificates");
    case PageKind::ReceiveConnectors:
        return tr("Receive Connectors");
    }
    return {};
}

QStandardItem* NavigationModel::makeItem(PageKind page, const QString& server, const QString& icon)
{
    auto* item = new QStandardItem(icon.isEmpty() ? QIcon() : Icons::get(icon), QString());
    item->setEditable(false);
    item->setData(int(page), PageRole);
    item->setData(server, ServerRole);
    retranslateItem(item);
    return item;
}

void NavigationModel::retranslateItem(QStandardItem* item)
{
    const auto page = PageKind(item->data(PageRole).toInt());
    const QString server = item->data(ServerRole).toString();
    if (page == PageKind::Server) {
        item->setText(server);
        item->setToolTip(item->data(EdgeRole).toBool() ? tr("%1 (Edge Transport)").arg(server)
                                                       : tr("%1 (Hub Transport)").arg(server));
    } else if (page == PageKind::Organization && !m_organization.isEmpty())
        item->setText(tr("Organization (%1)").arg(m_organization));
    else
        item->setText(pageTitle(page));
}

void NavigationModel::update(const Workspace& workspace)
{
    // Each server with its role: the tree is rebuilt when a name or a role changes.
    QStringList servers;
    for (const Server& server : workspace.servers)
        servers << server.name + (server.isEdge() ? u"\tedge"_s : u"\thub"_s);
    if (m_built && servers == m_servers && workspace.organization == m_organization)
        return;
    m_built = true;
    m_servers = servers;
    m_organization = workspace.organization;

    clear();
    QStandardItem* organization = makeItem(PageKind::Organization, {}, u"organization"_s);
    organization->appendRow(makeItem(PageKind::SendConnectors, {}, u"send-connector"_s));
    organization->appendRow(makeItem(PageKind::DomainSecurity, {}, u"domain"_s));
    organization->appendRow(makeItem(PageKind::TrustedRoots, {}, u"trusted-root"_s));
    appendRow(organization);

    QStandardItem* serverRoot = makeItem(PageKind::Servers, {}, u"servers"_s);
    for (const Server& each : workspace.servers) {
        const QString& name = each.name;
        QStandardItem* server = makeItem(PageKind::Server, name, {});
        server->setIcon(Icons::server(each.isEdge()));
        server->setData(each.isEdge(), EdgeRole);
        retranslateItem(server);
        server->appendRow(makeItem(PageKind::Certificates, name, u"certificate"_s));
        server->appendRow(makeItem(PageKind::ReceiveConnectors, name, u"receive-connector"_s));
        serverRoot->appendRow(server);
    }
    appendRow(serverRoot);
}

void NavigationModel::retranslate()
{
    std::function<void(QStandardItem*)> walk = [&](QStandardItem* item) {
        retranslateItem(item);
        for (int row = 0; row < item->rowCount(); ++row)
            walk(item->child(row));
    };
    for (int row = 0; row < rowCount(); ++row)
        walk(item(row));
}

QModelIndex NavigationModel::indexOf(PageKind page, const QString& server) const
{
    const QModelIndexList found =
        match(index(0, 0), PageRole, int(page), -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex& index : found) {
        if (server.isEmpty() || index.data(ServerRole).toString() == server)
            return index;
    }
    return {};
}

} // namespace ds::ui
