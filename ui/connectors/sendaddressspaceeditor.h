#pragma once

#include "connectoreditor.h"
#include "model/sendconnector.h"
#include "util/result.h"

namespace ds::ui {

using namespace ds::core;

class ValueListEditor;

// The Address Space of a send connector: "[SMTP:]domain[;cost]" entries, "*.domain" for all
// subdomains. Wizard page and property tab alike.
class SendAddressSpaceEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    explicit SendAddressSpaceEditor(QWidget* parent = nullptr);

    void load(const SendConnector& connector);
    Status apply(SendConnector& connector) const;
    // At least one address space, and every entry parses.
    bool isComplete() const override;
    bool commitPending() override;

    ValueListEditor* addressSpacesEditor() const { return m_addressSpaces; }

private:
    ValueListEditor* m_addressSpaces;
};

} // namespace ds::ui
