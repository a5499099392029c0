#pragma once

#include "connectoreditor.h"
#include "model/receiveconnector.h"
#include "util/result.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ds::ui {

using namespace ds::core;

// The General settings of a receive connector: name, usage, enabled, protocol logging, FQDN,
// banner, size limits and timeouts. The wizard shows some parts on its pages (Introduction: name
// and usage; Local network settings: FQDN), the property dialog shows it as the General tab.
class ReceiveGeneralEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    enum Part { Name = 0x1, Usage = 0x2, Fqdn = 0x4, Details = 0x8 };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit ReceiveGeneralEditor(Parts parts, QWidget* parent = nullptr);

    // On an Edge server, usage presets leave out the groups an Edge does not have.
    void setEdge(bool edge) { m_edge = edge; }
    // Shown as the FQDN's placeholder: what an empty FQDN means.
    void setServerFqdn(const QString& fqdn);

    void load(const ReceiveConnector& connector);
    // Writes the shown fields; a changed usage applies Exchange's preset for it first.
    Status apply(ReceiveConnector& connector) const;
    bool isComplete() const override;
    Parts parts() const { return m_parts; }

private:
    Parts m_parts;
    bool m_edge = true;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_usageCombo = nullptr;
    QLabel* m_usageDescription = nullptr;
    QCheckBox* m_enabledCheckBox = nullptr;
    QComboBox* m_loggingCombo = nullptr;
    QLineEdit* m_fqdnEdit = nullptr;
    QLineEdit* m_bannerEdit = nullptr;
    QLineEdit* m_maxMessageSizeEdit = nullptr;
    QSpinBox* m_maxRecipientsSpinBox = nullptr;
    QLineEdit* m_connectionTimeoutEdit = nullptr;
    QLineEdit* m_inactivityTimeoutEdit = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReceiveGeneralEditor::Parts)

} // namespace ds::ui
