#include "sendconnectorpropertiesdialog.h"

#include "candidatecheck.h"
#include "document/workspacedocument.h"
#include "operations/connectoroperations.h"
#include "sendaddressspaceeditor.h"
#include "sendgeneraleditor.h"
#include "sendnetworkeditor.h"
#include "sendsourceservereditor.h"
#include "validate/finding.h"
#include "validate/sendconnectorrules.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

SendConnectorPropertiesDialog::SendConnectorPropertiesDialog(WorkspaceDocument* document, const QString& name,
                                                             QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_name(name)
    , m_tabs(new QTabWidget(this))
    , m_general(new SendGeneralEditor(SendGeneralEditor::Name | SendGeneralEditor::Details))
    , m_addressSpace(new SendAddressSpaceEditor)
    , m_network(new SendNetworkEditor)
    , m_source(new SendSourceServerEditor)
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(u"sendConnectorPropertiesDialog"_s);
    setWindowTitle(tr("%1 Properties").arg(name));
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_addressSpace, tr("Address Space"));
    m_tabs->addTab(m_network, tr("Network"));
    m_tabs->addTab(m_source, tr("Source Server"));
    m_errorLabel->setObjectName(u"dialogErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->setVisible(false);
    m_buttons->setObjectName(u"buttonBox"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    QStringList servers;
    for (const Server& server : document->workspace().servers)
        servers << server.name;
    m_source->setServers(servers);
    load();
    // Exchange shows the Source Server tab only for a Hub's send connectors; it stays for a connector
    // that has source servers already, so that they can be cleared (SC-SOURCE-EDGE).
    const SendConnector* connector = document->workspace().sendConnector(name);
    m_tabs->setTabVisible(m_tabs->indexOf(m_source),
                          SendConnectorRules::sourceServersApply(document->workspace()) ||
                              (connector && !connector->sourceTransportServers.isEmpty()));

    for (ConnectorEditor* editor :
         std::initializer_list<ConnectorEditor*>{m_general, m_addressSpace, m_network, m_source})
        connect(editor, &ConnectorEditor::changed, this, [this] { setModified(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SendConnectorPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SendConnectorPropertiesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SendConnectorPropertiesDialog::apply);
    connect(document, &WorkspaceDocument::workspaceChanged, this, [this] {
        if (!m_modified)
            load();
    });
}

void SendConnectorPropertiesDialog::load()
{
    const SendConnector* connector = m_document->workspace().sendConnector(m_name);
    if (!connector)
        return;
    m_general->load(*connector);
    m_addressSpace->load(*connector);
    m_network->load(*connector);
    m_source->load(*connector);
    setModified(false);
}

void SendConnectorPropertiesDialog::setCurrentField(const QString& field)
{
    static const QStringList network{u"dnsRoutingEnabled"_s,      u"smartHosts"_s,     u"port"_s,
                                     u"smartHostAuthMechanism"_s, u"ignoreStartTls"_s, u"requireTLS"_s,
                                     u"domainSecureEnabled"_s,    u"tlsAuthLevel"_s,   u"tlsDomain"_s};
    if (field == u"addressSpaces"_s)
        m_tabs->setCurrentWidget(m_addressSpace);
    else if (network.contains(field))
        m_tabs->setCurrentWidget(m_network);
    else if (field == u"sourceTransportServers"_s)
        m_tabs->setCurrentWidget(m_source);
    else if (!field.isEmpty())
        m_tabs->setCurrentWidget(m_general);
}

void SendConnectorPropertiesDialog::setModified(bool modified)
{
    m_modified = modified;
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified);
}

QString SendConnectorPropertiesDialog::errorText() const
{
    return m_errorLabel->text();
}

void SendConnectorPropertiesDialog::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

bool SendConnectorPropertiesDialog::apply()
{
    const SendConnector* current = m_document->workspace().sendConnector(m_name);
    if (!current) {
        showError(tr("The send connector %1 no longer exists.").arg(m_name));
        return false;
    }
    if (!m_addressSpace->commitPending()) {
        m_tabs->setCurrentWidget(m_addressSpace);
        showError(tr("Correct or remove the entries marked in red."));
        return false;
    }
    if (!m_network->commitPending()) {
        m_tabs->setCurrentWidget(m_network);
        showError(tr("Correct or remove the entries marked in red."));
        return false;
    }
    SendConnector candidate = *current;
    const struct
    {
        QWidget* tab;
        Status status;
    } steps[] = {{m_general, m_general->apply(candidate)},
                 {m_addressSpace, m_addressSpace->apply(candidate)},
                 {m_network, m_network->apply(candidate)}};
    for (const auto& step : steps) {
        if (!step.status.ok()) {
            m_tabs->setCurrentWidget(step.tab);
            showError(step.status.errorMessage());
            return false;
        }
    }
    m_source->apply(candidate);

    // Refused only for what this edit breaks: errors the connector already had do not block other fixes.
    const Status edited =
        m_document->apply(ConnectorOperations::replaceSend(m_document->workspace(), m_name, candidate));
    if (!edited.ok()) {
        setCurrentField(edited.error().field);
        showError(edited.errorMessage());
        return false;
    }
    m_name = candidate.name;
    setWindowTitle(tr("%1 Properties").arg(m_name));
    showError(QString());
    setModified(false);
    load();
    return true;
}

void SendConnectorPropertiesDialog::accept()
{
    if (m_modified && !apply())
        return;
    QDialog::accept();
}

} // namespace ds::ui
