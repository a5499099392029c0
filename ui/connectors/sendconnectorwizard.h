#pragma once

#include "model/sendconnector.h"

#include <QWizard>
#include <functional>

namespace ds::ui {

using namespace ds::core;

class SendAddressSpaceEditor;
class SendGeneralEditor;
class SendNetworkEditor;
class SendSourceServerEditor;
class WorkspaceDocument;

// New Send Connector: Introduction (name, usage) → Address space → Network settings (DNS or
// smart hosts; domain security) → Source server → Summary (New creates it as one undoable edit)
// → Completion (the New-SendConnector command). The pages are the property dialog's editors.
class SendConnectorWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        IntroductionPage,
        AddressSpacePage,
        NetworkPage,
        SourceServerPage,
        SummaryPage,
        CompletionPage
    };

    explicit SendConnectorWizard(WorkspaceDocument* document, QWidget* parent = nullptr);

    const SendConnector& connector() const { return m_connector; }
    bool created() const { return m_created; }
    QString helpText(int pageId) const;
    // The Source Server page only when the workspace has a Hub Transport server.
    int nextId() const override;

private:
    Status applyPage(const std::function<Status(SendConnector&)>& apply, const QStringList& fields);
    QString summaryText() const;
    QString completionText() const;
    QString onlineCompletionText() const;
    Status create();
    void showHelp();

    WorkspaceDocument* m_document;
    SendConnector m_connector;
    bool m_created = false;
    SendGeneralEditor* m_introEditor;
    SendAddressSpaceEditor* m_addressSpaceEditor;
    SendNetworkEditor* m_networkEditor;
    SendSourceServerEditor* m_sourceEditor;
};

} // namespace ds::ui
