#pragma once

#include "model/receiveconnector.h"

#include <QHash>
#include <QWizard>
#include <functional>

namespace ds::ui {

using namespace ds::core;

class ConnectorTextPage;
class ConnectorWizardPage;
class ReceiveGeneralEditor;
class ReceiveNetworkEditor;
class WorkspaceDocument;

// New Receive Connector, as in the Exchange 2007 console: Introduction (name, usage) → Local
// network settings (bindings, FQDN) → Remote network settings (IP ranges; not for Internet
// usage) → Summary (New creates the connector as one undoable edit) → Completion (the
// New-ReceiveConnector command). The pages are the property dialog's editors.
class ReceiveConnectorWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { IntroductionPage, LocalNetworkPage, RemoteNetworkPage, SummaryPage, CompletionPage };

    ReceiveConnectorWizard(WorkspaceDocument* document, const QString& server, QWidget* parent = nullptr);

    // The connector as the pages have filled it so far.
    const ReceiveConnector& connector() const { return m_connector; }
    bool created() const { return m_created; }
    QString helpText(int pageId) const;

    int nextId() const override;

private:
    Status applyPage(const std::function<Status(ReceiveConnector&)>& apply, const QStringList& fields);
    QString summaryText() const;
    QString completionText() const;
    QString onlineCompletionText() const;
    Status create();
    bool isEdge() const;
    void showHelp();

    WorkspaceDocument* m_document;
    QString m_server;
    ReceiveConnector m_connector;
    bool m_created = false;
    ReceiveGeneralEditor* m_introEditor;
    ReceiveNetworkEditor* m_localEditor;
    ReceiveGeneralEditor* m_fqdnEditor;
    ReceiveNetworkEditor* m_remoteEditor;
};

} // namespace ds::ui
