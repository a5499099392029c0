#pragma once

#include "connectoreditor.h"
#include "model/sendconnector.h"
#include "util/result.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace ds::ui {

using namespace ds::core;

class ValueListEditor;

// The Network settings of a send connector: DNS MX routing or smart hosts (with their
// authentication and port), and domain security (mutual TLS), require TLS, ignore STARTTLS.
class SendNetworkEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    explicit SendNetworkEditor(QWidget* parent = nullptr);

    void load(const SendConnector& connector);
    Status apply(SendConnector& connector) const;
    // Smart-host routing needs at least one smart host; every entry parses.
    bool isComplete() const override;
    bool commitPending() override;

    ValueListEditor* smartHostsEditor() const { return m_smartHosts; }

private:
    void updateEnabled();

    QRadioButton* m_dnsRadio;
    QRadioButton* m_smartHostRadio;
    ValueListEditor* m_smartHosts;
    QComboBox* m_smartHostAuthCombo;
    QSpinBox* m_portSpinBox;
    QCheckBox* m_domainSecure;
    QCheckBox* m_requireTls;
    QCheckBox* m_ignoreStartTls;
    QComboBox* m_tlsAuthLevelCombo;
    QLineEdit* m_tlsDomainEdit;
};

} // namespace ds::ui
