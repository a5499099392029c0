#pragma once

#include "operations/partnersetup.h"
#include "validate/finding.h"

#include <QWizard>

namespace ds::ui {

using namespace ds::core;

class PartnerEditor;
class PartnerServerEditor;
class ReceiveGeneralEditor;
class ReceiveNetworkEditor;
class WorkspaceDocument;

// New Partner: the partner's name and domains → its gateways' IP ranges → our server (bindings,
// FQDN) → Summary (Create makes the receive connector, the send connector and both domain-secure
// list entries in one undoable step) → what validation says is left to do.
class NewPartnerWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PartnerPage, GatewaysPage, ServerPage, SummaryPage, ResultPage };

    NewPartnerWizard(WorkspaceDocument* document, const QString& server = {}, QWidget* parent = nullptr);

    const PartnerSetup& setup() const { return m_setup; }
    bool created() const { return m_created; }
    // Validation findings about what the wizard created (after Create).
    QList<Finding> remainingFindings() const;
    QString helpText(int pageId) const;

private:
    Status checkPreview(const QStringList& fields) const;
    QString summaryText() const;
    QString resultText() const;
    void showHelp();

    WorkspaceDocument* m_document;
    PartnerSetup m_setup;
    bool m_created = false;
    PartnerEditor* m_partnerEditor;
    ReceiveNetworkEditor* m_gatewaysEditor;
    PartnerServerEditor* m_serverEditor;
    ReceiveNetworkEditor* m_bindingsEditor;
    ReceiveGeneralEditor* m_fqdnEditor;
};

} // namespace ds::ui
