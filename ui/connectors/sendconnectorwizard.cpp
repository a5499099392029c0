#include "sendconnectorwizard.h"

#include "candidatecheck.h"
#include "connectortextpage.h"
#include "connectorwizardpage.h"
#include "document/workspacedocument.h"
#include "export/exchangeconnectorcommands.h"
#include "export/exchangeonlineexporter.h"
#include "model/connectorpresets.h"
#include "operations/connectoroperations.h"
#include "sendaddressspaceeditor.h"
#include "sendgeneraleditor.h"
#include "sendnetworkeditor.h"
#include "sendsourceservereditor.h"
#include "validate/sendconnectorrules.h"
#include "widgets/messagebox.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

SendConnectorWizard::SendConnectorWizard(WorkspaceDocument* document, QWidget* parent)
    : QWizard(parent)
    , m_document(document)
    , m_connector(ConnectorPresets::sendConnector(QString(), SendUsage::Custom))
    , m_introEditor(new SendGeneralEditor(SendGeneralEditor::Name | SendGeneralEditor::Usage))
    , m_addressSpaceEditor(new SendAddressSpaceEditor)
    , m_networkEditor(new SendNetworkEditor)
    , m_sourceEditor(new SendSourceServerEditor)
{
    setObjectName(u"sendConnectorWizard"_s);
    setWindowTitle(tr("New Send Connector"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton);
    setOption(QWizard::NoBackButtonOnLastPage);
    QStringList servers;
    for (const Server& server : document->workspace().servers)
        servers << server.name;
    m_sourceEditor->setServers(servers);

    auto* intro = new ConnectorWizardPage(
        tr("Introduction"), tr("This wizard helps you create a new send connector for the organization."));
    intro->setObjectName(u"introductionPage"_s);
    intro->addEditor(m_introEditor);
    intro->setLoader([this] { m_introEditor->load(m_connector); });
    intro->setApplier([this] {
        return applyPage([this](SendConnector& c) { return m_introEditor->apply(c); },
                         {u"name"_s, u"usage"_s});
    });
    intro->setHelpText(
        tr("Name the connector (unique in the organization) and choose its intended use. Partner "
           "routes by DNS with domain security: the partner's servers must present a certificate "
           "for a domain on the domain-secure send list."));
    setPage(IntroductionPage, intro);

    auto* spaces = new ConnectorWizardPage(tr("Address Space"),
                                           tr("Specify the domains to which this connector routes mail."));
    spaces->setObjectName(u"addressSpacePage"_s);
    spaces->addEditor(m_addressSpaceEditor);
    spaces->setLoader([this] { m_addressSpaceEditor->load(m_connector); });
    spaces->setApplier([this] {
        return applyPage([this](SendConnector& c) { return m_addressSpaceEditor->apply(c); },
                         {u"addressSpaces"_s});
    });
    spaces->setHelpText(
        tr("Enter a domain (fabrikam.example), \"*.fabrikam.example\" for all its subdomains, and "
           "optionally \";cost\" from 1 to 100. Domain security does not work with wildcards."));
    setPage(AddressSpacePage, spaces);

    auto* network =
        new ConnectorWizardPage(tr("Network Settings"), tr("Select how to send mail with this connector."));
    network->setObjectName(u"networkPage"_s);
    network->addEditor(m_networkEditor);
    network->setLoader([this] { m_networkEditor->load(m_connector); });
    network->setApplier([this] {
        return applyPage([this](SendConnector& c) { return m_networkEditor->apply(c); },
                         {u"dnsRoutingEnabled"_s, u"smartHosts"_s, u"smartHostAuthMechanism"_s, u"port"_s,
                          u"ignoreStartTls"_s, u"addressSpaces"_s, u"tlsAuthLevel"_s, u"tlsDomain"_s});
    });
    network->setHelpText(
        tr("DNS routing looks up the partner's MX records. Exchange 2007 needs DNS routing, no "
           "smart host and STARTTLS for domain security."));
    setPage(NetworkPage, network);

    auto* source = new ConnectorWizardPage(tr("Source Server"),
                                           tr("Select the servers that send mail through this connector."));
    source->setObjectName(u"sourceServerPage"_s);
    source->addEditor(m_sourceEditor);
    source->setLoader([this] { m_sourceEditor->load(m_connector); });
    source->setApplier([this] {
        return applyPage(
            [this](SendConnector& c) {
                m_sourceEditor->apply(c);
                return Status();
            },
            {u"sourceTransportServers"_s});
    });
    source->setHelpText(
        tr("Check the servers that send mail through this connector: the subscribed Edge servers for "
           "mail to the Internet and partners, or Hub Transport servers. Without a Hub Transport server "
           "the page is skipped: the connector belongs to the Edge server itself."));
    setPage(SourceServerPage, source);

    auto* summary = new ConnectorTextPage(tr("New Connector"),
                                          tr("Check the settings, then click New to create the connector."));
    summary->setObjectName(u"summaryPage"_s);
    summary->setTextProvider([this] { return summaryText(); });
    summary->setCommitter(tr("&New"), [this] { return create(); });
    summary->setHelpText(tr("New adds the connector to the workspace as one step that Undo takes back."));
    setPage(SummaryPage, summary);

    auto* completion = new ConnectorTextPage(
        tr("Completion"),
        tr("The connector was created. The Exchange Management Shell command that does the same:"));
    completion->setObjectName(u"completionPage"_s);
    completion->setTextProvider([this] { return completionText(); });
    completion->setCopyable(true);
    completion->setHelpText(
        tr("Run the command in the Exchange Management Shell, or export the configuration."));
    setPage(CompletionPage, completion);

    connect(this, &QWizard::helpRequested, this, &SendConnectorWizard::showHelp);
}

int SendConnectorWizard::nextId() const
{
    if (currentId() == NetworkPage && !SendConnectorRules::sourceServersApply(m_document->workspace()))
        return SummaryPage;
    return QWizard::nextId();
}

QString SendConnectorWizard::helpText(int pageId) const
{
    if (auto* p = qobject_cast<ConnectorWizardPage*>(page(pageId)))
        return p->helpText();
    if (auto* p = qobject_cast<ConnectorTextPage*>(page(pageId)))
        return p->helpText();
    return {};
}

void SendConnectorWizard::showHelp()
{
    MessageBox::information(this, tr("Help: %1").arg(currentPage()->title()), helpText(currentId()));
}

Status SendConnectorWizard::applyPage(const std::function<Status(SendConnector&)>& apply,
                                      const QStringList& fields)
{
    SendConnector candidate = m_connector;
    if (Status applied = apply(candidate); !applied.ok())
        return applied;
    const QList<Finding> findings = CandidateCheck::send(m_document->workspace(), candidate);
    if (Status blocking = CandidateCheck::firstBlocking(findings, fields); !blocking.ok())
        return blocking;
    m_connector = candidate;
    return {};
}

QString SendConnectorWizard::summaryText() const
{
    const SendConnector& c = m_connector;
    QStringList spaces;
    for (const AddressSpace& space : c.addressSpaces)
        spaces << space.toString();
    QStringList lines{
        tr("Name: %1").arg(c.name),
        tr("Usage: %1").arg(ConnectorNames::sendUsage(c.usage)),
        tr("Address spaces: %1").arg(spaces.join(u", "_s)),
        c.dnsRoutingEnabled
            ? tr("Routing: DNS MX records")
            : tr("Routing: smart hosts %1 (port %2)").arg(c.smartHosts.join(u", "_s)).arg(c.port),
        tr("Domain security: %1").arg(c.domainSecureEnabled ? tr("on") : tr("off")),
        tr("Require TLS: %1").arg(c.requireTLS ? tr("yes") : tr("no")),
        tr("Source servers: %1")
            .arg(c.sourceTransportServers.isEmpty() ? tr("(every server)")
                                                    : c.sourceTransportServers.join(u", "_s)),
    };
    const QList<Finding> findings = CandidateCheck::send(m_document->workspace(), c);
    if (!findings.isEmpty())
        lines << QString() << tr("Validation:") << CandidateCheck::describe(findings);
    return lines.join(u'\n');
}

Status SendConnectorWizard::create()
{
    const Status edited =
        m_document->apply(ConnectorOperations::addSend(m_document->workspace(), m_connector));
    if (edited.ok())
        m_created = true;
    return edited;
}

QString SendConnectorWizard::completionText() const
{
    if (ExchangeVersions::isOnline(m_document->workspace().exchangeVersion))
        return onlineCompletionText();
    // SourceTransportServers is shown as set: the Source Server page offers it only where it is valid.
    const auto command = ExchangeConnectorCommands::newSendConnector(
        m_connector, true, ExchangeConnectorCommands::Detail::Console,
        m_document->workspace().exchangeVersion);
    QString text = command.ok() ? command.value() : command.errorMessage();
    const QList<Finding> findings =
        CandidateCheck::send(m_document->workspace(), m_connector, m_connector.name);
    if (!findings.isEmpty())
        text += u"\n\n"_s + tr("Left to do:") + u'\n' + CandidateCheck::describe(findings);
    return text;
}

// The organization is on Exchange Online: the outbound connectors this connector becomes there.
QString SendConnectorWizard::onlineCompletionText() const
{
    const auto commands = ExchangeOnlineExporter::commandsFor(m_document->workspace(), m_connector);
    QStringList lines{tr("Exchange Online equivalent (export exchange --version online):")};
    if (!commands.ok())
        lines << commands.errorMessage();
    else if (commands->isEmpty())
        lines << tr(
            "None: only a connector with domain security or the TLS authentication level DomainValidation "
            "becomes an outbound connector (lint --target exchange-online).");
    else
        lines << commands.value();
    const QList<Finding> findings =
        CandidateCheck::send(m_document->workspace(), m_connector, m_connector.name);
    if (!findings.isEmpty())
        lines << QString() << tr("Left to do:") << CandidateCheck::describe(findings);
    return lines.join(u'\n');
}

} // namespace ds::ui
