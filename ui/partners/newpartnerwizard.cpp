#include "newpartnerwizard.h"

#include "connectors/candidatecheck.h"
#include "connectors/connectortextpage.h"
#include "connectors/connectorwizardpage.h"
#include "connectors/receivegeneraleditor.h"
#include "connectors/receivenetworkeditor.h"
#include "document/workspacedocument.h"
#include "export/exchangeconnectorcommands.h"
#include "export/exchangeonlineexporter.h"
#include "export/exchangeonlinemapping.h"
#include "partnereditor.h"
#include "partnerservereditor.h"
#include "validate/validationcontext.h"
#include "validate/validator.h"
#include "widgets/messagebox.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

NewPartnerWizard::NewPartnerWizard(WorkspaceDocument* document, const QString& server, QWidget* parent)
    : QWizard(parent)
    , m_document(document)
    , m_partnerEditor(new PartnerEditor)
    , m_gatewaysEditor(new ReceiveNetworkEditor(ReceiveNetworkEditor::Remote))
    , m_serverEditor(new PartnerServerEditor)
    , m_bindingsEditor(new ReceiveNetworkEditor(ReceiveNetworkEditor::Local))
    , m_fqdnEditor(new ReceiveGeneralEditor(ReceiveGeneralEditor::Fqdn))
{
    setObjectName(u"newPartnerWizard"_s);
    setWindowTitle(tr("New Partner"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton);
    setOption(QWizard::NoBackButtonOnLastPage);

    QStringList servers;
    for (const Server& s : document->workspace().servers)
        servers << s.name;
    m_serverEditor->setServers(servers);
    m_setup.server = servers.contains(server) ? server : servers.value(0);
    m_setup.bindings << Binding(IpAddress::anyIPv4(), 25);
    auto showServerFqdn = [this](const QString& name) {
        const Server* s = m_document->workspace().server(name);
        m_fqdnEditor->setServerFqdn(s ? s->fqdn : QString());
    };
    showServerFqdn(m_setup.server);
    connect(m_serverEditor, &PartnerServerEditor::serverChanged, this, showServerFqdn);

    auto* partner = new ConnectorWizardPage(tr("Partner"),
                                            tr("Name the partner organization and list its SMTP domains."));
    partner->setObjectName(u"partnerPage"_s);
    partner->addEditor(m_partnerEditor);
    partner->setLoader([this] { m_partnerEditor->load(m_setup); });
    partner->setApplier([this] {
        PartnerSetup candidate = m_setup;
        if (Status s = m_partnerEditor->apply(candidate); !s.ok())
            return s;
        if (Status s = PartnerOperations::checkNames(m_document->workspace(), candidate); !s.ok())
            return s;
        m_setup = candidate;
        return Status();
    });
    partner->setHelpText(tr("The wizard names the connectors \"From <partner>\" and \"To <partner>\". The "
                            "domains go on the domain-secure send and receive lists and become the send "
                            "connector's address spaces; no wildcards."));
    setPage(PartnerPage, partner);

    auto* gateways = new ConnectorWizardPage(
        tr("Partner Gateways"),
        tr("Specify the IP addresses of the partner's mail gateways that send to us."));
    gateways->setObjectName(u"gatewaysPage"_s);
    gateways->addEditor(m_gatewaysEditor);
    gateways->setLoader([this] {
        ReceiveConnector c;
        c.remoteIPRanges = m_setup.gatewayRanges;
        m_gatewaysEditor->load(c);
    });
    gateways->setApplier([this] {
        ReceiveConnector c;
        if (Status s = m_gatewaysEditor->apply(c); !s.ok())
            return s;
        const QList<IpRange> previous = m_setup.gatewayRanges;
        m_setup.gatewayRanges = c.remoteIPRanges;
        if (Status s = checkPreview({u"remoteIPRanges"_s}); !s.ok()) {
            m_setup.gatewayRanges = previous;
            return s;
        }
        m_setup.gatewayRanges = c.remoteIPRanges;
        return Status();
    });
    gateways->setHelpText(tr("Ask the partner for the addresses its outbound gateways use: single addresses, "
                             "a-b ranges or CIDR blocks."));
    setPage(GatewaysPage, gateways);

    auto* ours = new ConnectorWizardPage(tr("Our Server"),
                                         tr("Choose the server that exchanges mail with the partner."));
    ours->setObjectName(u"serverPage"_s);
    ours->addEditor(m_serverEditor);
    ours->addEditor(m_bindingsEditor);
    ours->addEditor(m_fqdnEditor);
    ours->setLoader([this] {
        m_serverEditor->load(m_setup);
        ReceiveConnector c;
        c.bindings = m_setup.bindings;
        c.fqdn = m_setup.fqdn;
        m_bindingsEditor->load(c);
        m_fqdnEditor->load(c);
    });
    ours->setApplier([this] {
        PartnerSetup candidate = m_setup;
        m_serverEditor->apply(candidate);
        ReceiveConnector c;
        if (Status s = m_bindingsEditor->apply(c); !s.ok())
            return s;
        if (Status s = m_fqdnEditor->apply(c); !s.ok())
            return s;
        candidate.bindings = c.bindings;
        candidate.fqdn = c.fqdn;
        const PartnerSetup previous = m_setup;
        m_setup = candidate;
        if (Status s = checkPreview({}); !s.ok()) {
            m_setup = previous;
            return s;
        }
        return Status();
    });
    ours->setHelpText(
        tr("The receive connector listens on these bindings of our server; its FQDN must be a name "
           "of the server's SMTP certificate, which the partner checks."));
    setPage(ServerPage, ours);

    auto* summary =
        new ConnectorTextPage(tr("Summary"), tr("Check what will be created, then click Create."));
    summary->setObjectName(u"summaryPage"_s);
    summary->setTextProvider([this] { return summaryText(); });
    summary->setCommitter(tr("&Create"), [this] {
        const Status applied = m_document->apply(PartnerOperations::create(m_document->workspace(), m_setup));
        m_created = applied.ok();
        return applied;
    });
    summary->setHelpText(tr("Create adds the four objects as one step: a single Undo removes them all."));
    setPage(SummaryPage, summary);

    auto* result = new ConnectorTextPage(tr("What Is Left to Do"),
                                         tr("The partner is set up. Validation of the workspace says:"));
    result->setObjectName(u"resultPage"_s);
    result->setTextProvider([this] { return resultText(); });
    result->setCopyable(true);
    result->setHelpText(
        tr("Fix the errors listed here, then export the configuration and test the connection."));
    setPage(ResultPage, result);

    connect(this, &QWizard::helpRequested, this, &NewPartnerWizard::showHelp);
}

QString NewPartnerWizard::helpText(int pageId) const
{
    if (auto* p = qobject_cast<ConnectorWizardPage*>(page(pageId)))
        return p->helpText();
    if (auto* p = qobject_cast<ConnectorTextPage*>(page(pageId)))
        return p->helpText();
    return {};
}

void NewPartnerWizard::showHelp()
{
    MessageBox::information(this, tr("Help: %1").arg(currentPage()->title()), helpText(currentId()));
}

Status NewPartnerWizard::checkPreview(const QStringList& fields) const
{
    const auto preview = PartnerOperations::create(m_document->workspace(), m_setup);
    if (preview.ok())
        return {};
    // A rule about a field of a later page is that page's to report.
    const Error& error = preview.error();
    if (!fields.isEmpty() && !error.rule.isEmpty() && !fields.contains(error.field))
        return {};
    return error;
}

QString NewPartnerWizard::summaryText() const
{
    const ReceiveConnector receive = m_setup.receiveConnector();
    const SendConnector send = m_setup.sendConnector();
    QStringList ranges, bindings;
    for (const IpRange& r : m_setup.gatewayRanges)
        ranges << r.toString();
    for (const Binding& b : m_setup.bindings)
        bindings << b.toString();
    const QString domains = m_setup.domainNames().join(u", "_s);
    QStringList lines{
        tr("Partner: %1 (%2)").arg(m_setup.partnerName, domains),
        QString(),
        tr("1. Receive connector %1: Partner usage, TLS with domain security, bindings %2, accepts only %3.")
            .arg(receive.identity(m_setup.server), bindings.join(u", "_s), ranges.join(u", "_s)),
        tr("2. Send connector %1: Partner usage, DNS routing with domain security for %2.")
            .arg(send.name, domains),
        tr("3. Domain-secure send list: + %1").arg(domains),
        tr("4. Domain-secure receive list: + %1").arg(domains),
        QString(),
    };
    const ExchangeVersion version = m_document->workspace().exchangeVersion; // the organization's release
    if (ExchangeVersions::isOnline(version)) {
        // The organization is on Exchange Online: the partner's connectors there, as the
        // exchange-online export writes them for the workspace with this partner.
        lines << tr("Exchange Online equivalent (export exchange --version online):");
        const auto preview = PartnerOperations::create(m_document->workspace(), m_setup);
        if (!preview.ok())
            return (lines << preview.errorMessage()).join(u'\n');
        const QStringList partnerDomains = m_setup.domainNames();
        for (const ExchangeOnlineMapping::Inbound& inbound :
             ExchangeOnlineMapping::inbound(preview->workspace)) {
            if (!partnerDomains.contains(inbound.senderDomain, Qt::CaseInsensitive))
                continue;
            const auto command = ExchangeOnlineExporter::newInboundConnector(inbound);
            lines << (command.ok() ? command.value() : command.errorMessage());
        }
        for (const ExchangeOnlineMapping::Outbound& outbound :
             ExchangeOnlineMapping::outbound(preview->workspace)) {
            if (outbound.sendConnector != m_setup.sendConnector().name)
                continue;
            const auto command = ExchangeOnlineExporter::newOutboundConnector(outbound);
            lines << (command.ok() ? command.value() : command.errorMessage());
        }
        return lines.join(u'\n');
    }
    lines << tr("Exchange Management Shell equivalent:");
    const Server* server = m_document->workspace().server(m_setup.server);
    const bool edge = !server || server->isEdge();
    using Commands = ExchangeConnectorCommands;
    for (const auto& command :
         {Commands::newReceiveConnector(receive, m_setup.server, edge, Commands::Detail::Console, version),
          Commands::newSendConnector(send, !edge, Commands::Detail::Console, version)})
        lines << (command.ok() ? command.value() : command.errorMessage());
    const auto lists =
        Commands::addToDomainSecureLists(m_setup.domainNames(), m_setup.domainNames(), version);
    lines << (lists.ok() ? lists.value().join(u'\n') : lists.errorMessage());
    return lines.join(u'\n');
}

QList<Finding> NewPartnerWizard::remainingFindings() const
{
    return PartnerOperations::remainingFindings(m_document->workspace(), m_setup);
}

QString NewPartnerWizard::resultText() const
{
    const QList<Finding> findings = remainingFindings();
    QStringList lines;
    if (findings.isEmpty())
        lines << tr("No findings for the new connectors, the lists or the server's certificate.");
    else
        lines << CandidateCheck::describe(findings);
    lines << QString() << tr("Then:")
          << tr("- Ask %1 to put your domains on its domain-secure send and receive lists and to accept your "
                "gateways.")
                 .arg(m_setup.partnerName)
          << tr("- Trust the root CA of the partner's certificates (Trusted Roots).")
          << tr("- Export the configuration for %1 and test the connection to the partner's gateway.")
                 .arg(m_setup.server);
    return lines.join(u'\n');
}

} // namespace ds::ui
