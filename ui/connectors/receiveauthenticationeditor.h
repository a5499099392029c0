#pragma once

#include "connectoreditor.h"
#include "model/receiveconnector.h"

class QCheckBox;

namespace ds::ui {

using namespace ds::core;

// The Authentication tab of a receive connector, as the Exchange 2007 console lays it out: TLS
// with domain security (mutual TLS) under it, require TLS, basic authentication (only after
// STARTTLS), Exchange Server authentication, integrated Windows authentication, externally
// secured. Sub-options are enabled only while their parent is checked.
class ReceiveAuthenticationEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    explicit ReceiveAuthenticationEditor(QWidget* parent = nullptr);

    void load(const ReceiveConnector& connector);
    void apply(ReceiveConnector& connector) const;

private:
    void updateEnabled();

    QCheckBox* m_tls;
    QCheckBox* m_domainSecure;
    QCheckBox* m_requireTls;
    QCheckBox* m_basic;
    QCheckBox* m_basicRequireTls;
    QCheckBox* m_exchangeServer;
    QCheckBox* m_integrated;
    QCheckBox* m_external;
};

} // namespace ds::ui
