#pragma once

#include "connectoreditor.h"
#include "model/receiveconnector.h"
#include "util/result.h"

namespace ds::ui {

using namespace ds::core;

class ValueListEditor;

// The Network settings of a receive connector: the local bindings it listens on, the remote IP
// ranges it accepts, and the partner domains those servers send for. The wizard shows the local
// part on "Local network settings" and the remote part on "Remote network settings"; the property
// dialog shows both on its Network tab.
class ReceiveNetworkEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    enum Part { Local = 0x1, Remote = 0x2, PartnerDomains = 0x4 };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit ReceiveNetworkEditor(Parts parts, QWidget* parent = nullptr);

    void load(const ReceiveConnector& connector);
    Status apply(ReceiveConnector& connector) const;
    // Bindings and remote ranges (when shown) are not empty and every entry parses.
    bool isComplete() const override;
    bool commitPending() override;

    ValueListEditor* bindingsEditor() const { return m_bindings; }
    ValueListEditor* remoteRangesEditor() const { return m_remoteRanges; }
    ValueListEditor* partnerDomainsEditor() const { return m_partnerDomains; }

private:
    QList<ValueListEditor*> editors() const;

    Parts m_parts;
    ValueListEditor* m_bindings = nullptr;
    ValueListEditor* m_remoteRanges = nullptr;
    ValueListEditor* m_partnerDomains = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReceiveNetworkEditor::Parts)

} // namespace ds::ui
