#include "sendsourceservereditor.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

SendSourceServerEditor::SendSourceServerEditor(QWidget* parent)
    : ConnectorEditor(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(u"sendSourceServerEditor"_s);
    m_list->setObjectName(u"sourceServerList"_s);
    m_list->setAccessibleName(tr("Source servers"));
    auto* layout = new QVBoxLayout(this);
    auto* label =
        new QLabel(tr("&Servers that send mail through this connector (none checked: every server of "
                      "the workspace):"),
                   this);
    label->setWordWrap(true);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1); // the label keeps the height of its text
    connect(m_list, &QListWidget::itemChanged, this, &ConnectorEditor::changed);
}

void SendSourceServerEditor::setServers(const QStringList& servers)
{
    m_servers = servers;
    const QStringList checked = checkedServers();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString& name : servers) {
        auto* item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
}

void SendSourceServerEditor::load(const SendConnector& connector)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QStringList names = m_servers;
    for (const QString& name : connector.sourceTransportServers) {
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    for (const QString& name : names) {
        auto* item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(connector.sourceTransportServers.contains(name, Qt::CaseInsensitive)
                                ? Qt::Checked
                                : Qt::Unchecked);
        if (!m_servers.contains(name, Qt::CaseInsensitive))
            item->setToolTip(tr("Not a server of this workspace."));
    }
}

QStringList SendSourceServerEditor::checkedServers() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            result << m_list->item(row)->text();
    }
    return result;
}

void SendSourceServerEditor::apply(SendConnector& connector) const
{
    connector.sourceTransportServers = checkedServers();
}

} // namespace ds::ui
