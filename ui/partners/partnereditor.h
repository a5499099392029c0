#pragma once

#include "connectors/connectoreditor.h"
#include "operations/partnersetup.h"

class QLineEdit;

namespace ds::ui {

using namespace ds::core;

class ValueListEditor;

// The partner organization: its name (used in the connector names) and its SMTP domains.
class PartnerEditor : public ConnectorEditor
{
    Q_OBJECT

public:
    explicit PartnerEditor(QWidget* parent = nullptr);

    void load(const PartnerSetup& setup);
    Status apply(PartnerSetup& setup) const;
    bool isComplete() const override;
    bool commitPending() override;

    ValueListEditor* domainsEditor() const { return m_domains; }

private:
    QLineEdit* m_nameEdit;
    ValueListEditor* m_domains;
};

} // namespace ds::ui
