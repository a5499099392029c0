#include "receivepermissionseditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

ReceivePermissionsEditor::ReceivePermissionsEditor(QWidget* parent)
    : ConnectorEditor(parent)
    , m_customNote(new QLabel(this))
{
    setObjectName(u"receivePermissionsEditor"_s);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Specify who is allowed to connect:"), this);
    layout->addWidget(intro);
    const struct
    {
        PermissionGroup group;
        QString text;
        QString name;
    } groups[] = {
        {PermissionGroup::AnonymousUsers, tr("&Anonymous users"), u"anonymousUsersCheckBox"_s},
        {PermissionGroup::ExchangeUsers, tr("Exchange &users"), u"exchangeUsersCheckBox"_s},
        {PermissionGroup::ExchangeServers, tr("Exchange &servers"), u"exchangeServersCheckBox"_s},
        {PermissionGroup::ExchangeLegacyServers, tr("&Legacy Exchange Servers"),
         u"exchangeLegacyServersCheckBox"_s},
        {PermissionGroup::Partners, tr("&Partners"), u"partnersCheckBox"_s},
    };
    for (const auto& g : groups) {
        auto* box = new QCheckBox(g.text, this);
        box->setObjectName(g.name);
        layout->addWidget(box);
        m_boxes.insert(g.group, box);
        connect(box, &QCheckBox::toggled, this, &ConnectorEditor::changed);
    }
    m_customNote->setObjectName(u"customNote"_s);
    m_customNote->setWordWrap(true);
    m_customNote->setText(tr("Custom permissions were added with Add-ADPermission; they are kept."));
    m_customNote->setVisible(false);
    layout->addWidget(m_customNote);
    layout->addStretch();
    setEdge(true);
}

void ReceivePermissionsEditor::setEdge(bool edge)
{
    m_edge = edge;
    const QString why = tr("Not available on an Edge Transport server.");
    for (PermissionGroup group : {PermissionGroup::ExchangeUsers, PermissionGroup::ExchangeLegacyServers}) {
        QCheckBox* box = m_boxes.value(group);
        box->setEnabled(!edge || box->isChecked());
        box->setToolTip(edge ? why : QString());
    }
}

void ReceivePermissionsEditor::load(const ReceiveConnector& connector)
{
    const QSignalBlocker blocker(this);
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(connector.permissionGroups.testFlag(it.key()));
    m_customNote->setVisible(connector.permissionGroups.testFlag(PermissionGroup::Custom));
    setEdge(m_edge);
}

void ReceivePermissionsEditor::apply(ReceiveConnector& connector) const
{
    PermissionGroups groups;
    groups.setFlag(PermissionGroup::Custom, connector.permissionGroups.testFlag(PermissionGroup::Custom));
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        groups.setFlag(it.key(), it.value()->isChecked());
    connector.permissionGroups = groups;
}

} // namespace ds::ui
