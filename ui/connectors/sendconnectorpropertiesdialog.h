#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace ds::ui {

class SendAddressSpaceEditor;
class SendGeneralEditor;
class SendNetworkEditor;
class SendSourceServerEditor;
class WorkspaceDocument;

// Properties of a send connector: General, Address Space, Network and Source Server tabs (the
// wizard's editors). OK and Apply write every tab as one undoable edit; a new validation error
// on the connector (something Exchange would refuse) keeps the edit from being applied.
class SendConnectorPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    SendConnectorPropertiesDialog(WorkspaceDocument* document, const QString& name,
                                  QWidget* parent = nullptr);

    // Shows the tab a finding names ("General", "Address Space", "Network", "Source Server").
    // Shows the tab that edits a model field ("addressSpaces", "smartHosts"…).
    void setCurrentField(const QString& field);
    QTabWidget* tabs() const { return m_tabs; }
    bool isModified() const { return m_modified; }
    bool apply();
    QString errorText() const;

    void accept() override;

private:
    void load();
    void setModified(bool modified);
    void showError(const QString& text);

    WorkspaceDocument* m_document;
    QString m_name;
    bool m_modified = false;
    QTabWidget* m_tabs;
    SendGeneralEditor* m_general;
    SendAddressSpaceEditor* m_addressSpace;
    SendNetworkEditor* m_network;
    SendSourceServerEditor* m_source;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace ds::ui
