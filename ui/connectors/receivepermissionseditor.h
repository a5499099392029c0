#pragma once

#include "connectoreditor.h"
#include "model/receiveconnector.h"

#include <QMap>

class QCheckBox;
class QLabel;

namespace ds::ui {

using namespace ds::core;

// The Permission Groups tab of a receive connector: anonymous users, Exchange users, Exchange
// servers, legacy Exchange servers, partners. On an Edge server the two groups it does not have
// are disabled. The read-back state Custom is kept as it was.
class ReceivePermissionsEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    explicit ReceivePermissionsEditor(QWidget* parent = nullptr);

    void setEdge(bool edge);
    void load(const ReceiveConnector& connector);
    void apply(ReceiveConnector& connector) const;

private:
    QMap<PermissionGroup, QCheckBox*> m_boxes;
    QLabel* m_customNote;
    bool m_edge = true;
};

} // namespace ds::ui
