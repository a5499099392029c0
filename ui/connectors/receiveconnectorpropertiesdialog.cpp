#include "receiveconnectorpropertiesdialog.h"

#include "candidatecheck.h"
#include "document/workspacedocument.h"
#include "operations/connectoroperations.h"
#include "receiveauthenticationeditor.h"
#include "receivegeneraleditor.h"
#include "receivenetworkeditor.h"
#include "receivepermissionseditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

ReceiveConnectorPropertiesDialog::ReceiveConnectorPropertiesDialog(WorkspaceDocument* document,
                                                                   const QString& server, const QString& name,
                                                                   QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_server(server)
    , m_name(name)
    , m_tabs(new QTabWidget(this))
    , m_general(new ReceiveGeneralEditor(ReceiveGeneralEditor::Name | ReceiveGeneralEditor::Fqdn |
                                         ReceiveGeneralEditor::Details))
    , m_network(new ReceiveNetworkEditor(ReceiveNetworkEditor::Local | ReceiveNetworkEditor::Remote |
                                         ReceiveNetworkEditor::PartnerDomains))
    , m_authentication(new ReceiveAuthenticationEditor)
    , m_permissions(new ReceivePermissionsEditor)
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(u"receiveConnectorPropertiesDialog"_s);
    setWindowTitle(tr("%1\\%2 Properties").arg(server, name));
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_network, tr("Network"));
    m_tabs->addTab(m_authentication, tr("Authentication"));
    m_tabs->addTab(m_permissions, tr("Permission Groups"));
    m_errorLabel->setObjectName(u"dialogErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->setVisible(false);
    m_buttons->setObjectName(u"buttonBox"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    if (const Server* s = document->workspace().server(server)) {
        const bool edge = s->isEdge();
        m_general->setEdge(edge);
        m_general->setServerFqdn(s->fqdn);
        m_permissions->setEdge(edge);
    }
    load();

    for (ConnectorEditor* editor :
         std::initializer_list<ConnectorEditor*>{m_general, m_network, m_authentication, m_permissions})
        connect(editor, &ConnectorEditor::changed, this, [this] { setModified(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReceiveConnectorPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReceiveConnectorPropertiesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &ReceiveConnectorPropertiesDialog::apply);
    // Undo/redo elsewhere while the dialog is open: show the new state unless the user is editing.
    connect(document, &WorkspaceDocument::workspaceChanged, this, [this] {
        if (!m_modified)
            load();
    });
}

void ReceiveConnectorPropertiesDialog::load()
{
    const Server* server = m_document->workspace().server(m_server);
    const ReceiveConnector* connector = server ? server->receiveConnector(m_name) : nullptr;
    if (!connector)
        return;
    m_general->load(*connector);
    m_network->load(*connector);
    m_authentication->load(*connector);
    m_permissions->load(*connector);
    setModified(false);
}

void ReceiveConnectorPropertiesDialog::setCurrentField(const QString& field)
{
    // The partner domains sit with the remote ranges (the servers and the domains they send for).
    static const QStringList network{u"bindings"_s, u"remoteIPRanges"_s, u"partnerDomains"_s};
    static const QStringList authentication{u"authMechanism"_s, u"domainSecureEnabled"_s, u"requireTLS"_s};
    if (network.contains(field))
        m_tabs->setCurrentWidget(m_network);
    else if (authentication.contains(field))
        m_tabs->setCurrentWidget(m_authentication);
    else if (field == u"permissionGroups"_s)
        m_tabs->setCurrentWidget(m_permissions);
    else if (!field.isEmpty())
        m_tabs->setCurrentWidget(m_general);
}

void ReceiveConnectorPropertiesDialog::setModified(bool modified)
{
    m_modified = modified;
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified);
}

QString ReceiveConnectorPropertiesDialog::errorText() const
{
    return m_errorLabel->text();
}

void ReceiveConnectorPropertiesDialog::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

bool ReceiveConnectorPropertiesDialog::apply()
{
    const Server* server = m_document->workspace().server(m_server);
    const ReceiveConnector* current = server ? server->receiveConnector(m_name) : nullptr;
    if (!current) {
        showError(tr("The receive connector %1\\%2 no longer exists.").arg(m_server, m_name));
        return false;
    }
    if (!m_network->commitPending()) {
        m_tabs->setCurrentWidget(m_network);
        showError(tr("Correct or remove the entries marked in red."));
        return false;
    }
    ReceiveConnector candidate = *current;
    if (Status s = m_general->apply(candidate); !s.ok()) {
        m_tabs->setCurrentWidget(m_general);
        showError(s.errorMessage());
        return false;
    }
    if (Status s = m_network->apply(candidate); !s.ok()) {
        m_tabs->setCurrentWidget(m_network);
        showError(s.errorMessage());
        return false;
    }
    m_authentication->apply(candidate);
    m_permissions->apply(candidate);

    // Refused only for what this edit breaks: errors the connector already had do not block other fixes.
    const Status edited = m_document->apply(
        ConnectorOperations::replaceReceive(m_document->workspace(), m_server, m_name, candidate));
    if (!edited.ok()) {
        setCurrentField(edited.error().field);
        showError(edited.errorMessage());
        return false;
    }
    m_name = candidate.name;
    setWindowTitle(tr("%1\\%2 Properties").arg(m_server, m_name));
    showError(QString());
    setModified(false);
    load();
    return true;
}

void ReceiveConnectorPropertiesDialog::accept()
{
    if (m_modified && !apply())
        return;
    QDialog::accept();
}

} // namespace ds::ui
