#pragma once

#include "model/server.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTabWidget;

namespace ds::ui {

using namespace ds::core;

class WorkspaceDocument;

// The properties of a server: its name, FQDN and role, and for an Edge Transport server whether it
// is subscribed to the organization (EdgeSync) or standalone. The subscription is changed through
// ServerOperations as one undoable edit; a change the rules refuse is shown and nothing changes.
class ServerPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    ServerPropertiesDialog(WorkspaceDocument* document, const QString& server, QWidget* parent = nullptr);

    EdgeSync edgeSync() const;
    void setEdgeSync(EdgeSync sync);
    // Opens at the tab of a model field ("edgeSync").
    void setCurrentField(const QString& field);
    // Applies the edit; false (with the error shown) when it is refused.
    bool apply();
    void accept() override;

private:
    void updateDescription();

    WorkspaceDocument* m_document;
    QString m_server;
    QTabWidget* m_tabs;
    QComboBox* m_edgeSync;
    QLabel* m_description;
    QLabel* m_error;
};

} // namespace ds::ui
