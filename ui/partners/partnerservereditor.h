#pragma once

#include "connectors/connectoreditor.h"
#include "operations/partnersetup.h"

class QCheckBox;
class QComboBox;

namespace ds::ui {

using namespace ds::core;

// Our side of the partnership: which of our servers talks to the partner, and whether TLS is
// required (mutual TLS is the point, so it is on by default).
class PartnerServerEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    explicit PartnerServerEditor(QWidget* parent = nullptr);

    void setServers(const QStringList& servers);
    QString currentServer() const;
    void load(const PartnerSetup& setup);
    void apply(PartnerSetup& setup) const;
    bool isComplete() const override;

signals:
    void serverChanged(const QString& server);

private:
    QComboBox* m_serverCombo;
    QCheckBox* m_requireTls;
};

} // namespace ds::ui
