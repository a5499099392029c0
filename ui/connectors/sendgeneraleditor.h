#pragma once

#include "connectoreditor.h"
#include "model/sendconnector.h"
#include "util/result.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ds::ui {

using namespace ds::core;

// The General settings of a send connector: name, usage, enabled, protocol logging, the FQDN
// given in HELO/EHLO, maximum message size and inactivity timeout. The wizard's Introduction
// page shows name and usage; the property dialog shows it as the General tab.
class SendGeneralEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    enum Part { Name = 0x1, Usage = 0x2, Details = 0x4 };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit SendGeneralEditor(Parts parts, QWidget* parent = nullptr);

    void load(const SendConnector& connector);
    // Writes the shown fields; a changed usage applies Exchange's preset for it first.
    Status apply(SendConnector& connector) const;
    bool isComplete() const override;

private:
    Parts m_parts;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_usageCombo = nullptr;
    QLabel* m_usageDescription = nullptr;
    QCheckBox* m_enabledCheckBox = nullptr;
    QComboBox* m_loggingCombo = nullptr;
    QLineEdit* m_fqdnEdit = nullptr;
    QLineEdit* m_maxMessageSizeEdit = nullptr;
    QLineEdit* m_inactivityTimeoutEdit = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SendGeneralEditor::Parts)

} // namespace ds::ui
