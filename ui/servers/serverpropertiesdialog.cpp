#include "serverpropertiesdialog.h"

#include "document/workspacedocument.h"
#include "operations/serveroperations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

ServerPropertiesDialog::ServerPropertiesDialog(WorkspaceDocument* document, const QString& server,
                                               QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_server(server)
    , m_tabs(new QTabWidget(this))
    , m_edgeSync(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"serverPropertiesDialog"_s);
    const Server* found = document->workspace().server(server);
    const Server shown = found ? *found : Server{};
    m_server = found ? found->name : server;
    setWindowTitle(tr("%1 Properties").arg(m_server));

    auto* general = new QWidget(m_tabs);
    general->setObjectName(u"generalTab"_s);
    auto* form = new QFormLayout(general);
    auto* name = new QLabel(shown.name, general);
    name->setObjectName(u"nameLabel"_s);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Name:"), name);
    auto* fqdn = new QLabel(shown.fqdn, general);
    fqdn->setObjectName(u"fqdnLabel"_s);
    fqdn->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("FQDN:"), fqdn);
    auto* role = new QLabel(shown.isEdge() ? tr("Edge Transport") : tr("Hub Transport"), general);
    role->setObjectName(u"roleLabel"_s);
    form->addRow(tr("Role:"), role);

    m_edgeSync->setObjectName(u"edgeSyncComboBox"_s);
    m_edgeSync->addItem(tr("Standalone"), int(EdgeSync::Standalone));
    m_edgeSync->addItem(tr("Subscribed to the organization (EdgeSync)"), int(EdgeSync::Subscribed));
    m_edgeSync->setCurrentIndex(m_edgeSync->findData(int(shown.edgeSync)));
    m_edgeSync->setEnabled(found && shown.isEdge()); // a Hub is never subscribed
    auto* syncLabel = new QLabel(tr("Edge &subscription:"), general);
    syncLabel->setBuddy(m_edgeSync);
    form->addRow(syncLabel, m_edgeSync);
    m_description->setObjectName(u"edgeSyncDescription"_s);
    m_description->setWordWrap(true);
    form->addRow(m_description);
    m_tabs->addTab(general, tr("General"));

    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edgeSync, &QComboBox::currentIndexChanged, this, &ServerPropertiesDialog::updateDescription);
    updateDescription();
}

EdgeSync ServerPropertiesDialog::edgeSync() const
{
    return EdgeSync(m_edgeSync->currentData().toInt());
}

void ServerPropertiesDialog::setEdgeSync(EdgeSync sync)
{
    m_edgeSync->setCurrentIndex(m_edgeSync->findData(int(sync)));
}

void ServerPropertiesDialog::setCurrentField(const QString& field)
{
    if (field == u"edgeSync"_s) {
        m_tabs->setCurrentIndex(0);
        m_edgeSync->setFocus();
    }
}

void ServerPropertiesDialog::updateDescription()
{
    const Server* server = m_document->workspace().server(m_server);
    if (server && !server->isEdge()) {
        m_description->setText(
            tr("A Hub Transport server holds the organization's send connectors and "
               "domain-secure lists; EdgeSync replicates them to subscribed Edge servers."));
    } else if (edgeSync() == EdgeSync::Subscribed) {
        m_description->setText(tr("The send connectors and the domain-secure lists are configured on a Hub "
                                  "Transport server and replicated to this Edge by EdgeSync; the Edge itself "
                                  "holds its certificate and receive connectors."));
    } else {
        m_description->setText(tr("Everything is configured on this Edge itself: its certificate, receive "
                                  "connectors, send connectors and the domain-secure lists."));
    }
}

bool ServerPropertiesDialog::apply()
{
    const Server* server = m_document->workspace().server(m_server);
    if (!server || !server->isEdge() || server->edgeSync == edgeSync())
        return true;
    ServerOperations::ServerEdit edit;
    edit.edgeSync = edgeSync();
    const Status applied =
        m_document->apply(ServerOperations::change(m_document->workspace(), m_server, edit));
    m_error->setText(applied.ok() ? QString() : applied.errorMessage());
    m_error->setVisible(!applied.ok());
    return applied.ok();
}

void ServerPropertiesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace ds::ui
