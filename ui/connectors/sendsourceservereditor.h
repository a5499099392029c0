#pragma once

#include "connectoreditor.h"
#include "model/sendconnector.h"

#include <QStringList>

class QListWidget;

namespace ds::ui {

using namespace ds::core;

// The Source Server settings of a send connector: which of the workspace's servers send through
// it (SourceTransportServers). Names that are not servers of the workspace are kept and shown.
class SendSourceServerEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    explicit SendSourceServerEditor(QWidget* parent = nullptr);

    // The workspace's server names, offered as check boxes.
    void setServers(const QStringList& servers);
    void load(const SendConnector& connector);
    void apply(SendConnector& connector) const;
    QStringList checkedServers() const;

private:
    QListWidget* m_list;
    QStringList m_servers;
};

} // namespace ds::ui
