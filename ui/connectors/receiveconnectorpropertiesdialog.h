#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace ds::core {
struct ReceiveConnector;
} // namespace ds::core

namespace ds::ui {

using namespace ds::core;

class ReceiveAuthenticationEditor;
class ReceiveGeneralEditor;
class ReceiveNetworkEditor;
class ReceivePermissionsEditor;
class WorkspaceDocument;

// Properties of a receive connector: General, Network, Authentication and Permission Groups tabs
// (the wizard's editors). OK and Apply write every tab as one undoable edit; an edit that parses
// but that Exchange would refuse (a new validation error on the connector) is not applied.
class ReceiveConnectorPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiveConnectorPropertiesDialog(WorkspaceDocument* document, const QString& server, const QString& name,
                                     QWidget* parent = nullptr);

    // Shows the tab a finding names ("General", "Network", "Authentication", "Permission Groups").
    // Shows the tab that edits a model field ("remoteIPRanges", "partnerDomains", "banner"…).
    void setCurrentField(const QString& field);
    QTabWidget* tabs() const { return m_tabs; }
    bool isModified() const { return m_modified; }
    // Applies the tabs; false (and the reason on the dialog) when something is wrong.
    bool apply();
    QString errorText() const;

    void accept() override;

private:
    void load();
    void setModified(bool modified);
    void showError(const QString& text);

    WorkspaceDocument* m_document;
    QString m_server;
    QString m_name;
    bool m_modified = false;
    QTabWidget* m_tabs;
    ReceiveGeneralEditor* m_general;
    ReceiveNetworkEditor* m_network;
    ReceiveAuthenticationEditor* m_authentication;
    ReceivePermissionsEditor* m_permissions;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace ds::ui
