#include "receiveconnectorwizard.h"

#include "candidatecheck.h"
#include "connectortextpage.h"
#include "connectorwizardpage.h"
#include "document/workspacedocument.h"
#include "export/exchangeconnectorcommands.h"
#include "export/exchangeonlineexporter.h"
#include "model/connectorpresets.h"
#include "operations/connectoroperations.h"
#include "receivegeneraleditor.h"
#include "receivenetworkeditor.h"
#include "validate/receiveusagerules.h"
#include "widgets/messagebox.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

ReceiveConnectorWizard::ReceiveConnectorWizard(WorkspaceDocument* document, const QString& server,
                                               QWidget* parent)
    : QWizard(parent)
    , m_document(document)
    , m_server(server)
    , m_introEditor(new ReceiveGeneralEditor(ReceiveGeneralEditor::Name | ReceiveGeneralEditor::Usage))
    , m_localEditor(new ReceiveNetworkEditor(ReceiveNetworkEditor::Local))
    , m_fqdnEditor(new ReceiveGeneralEditor(ReceiveGeneralEditor::Fqdn))
    , m_remoteEditor(
          new ReceiveNetworkEditor(ReceiveNetworkEditor::Remote | ReceiveNetworkEditor::PartnerDomains))
{
    setObjectName(u"receiveConnectorWizard"_s);
    setWindowTitle(tr("New Receive Connector"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_connector = ConnectorPresets::receiveConnector(QString(), ReceiveUsage::Custom, isEdge());
    m_introEditor->setEdge(isEdge());
    if (const Server* s = document->workspace().server(server))
        m_fqdnEditor->setServerFqdn(s->fqdn);

    auto* intro = new ConnectorWizardPage(
        tr("Introduction"), tr("This wizard helps you create a new receive connector on %1.").arg(server));
    intro->setObjectName(u"introductionPage"_s);
    intro->addEditor(m_introEditor);
    intro->setLoader([this] { m_introEditor->load(m_connector); });
    intro->setApplier([this] {
        return applyPage(
            [this](ReceiveConnector& c) {
                Status applied = m_introEditor->apply(c);
                // Internal and Client listen on their usage's own binding (core's rule).
                if (const auto fixed = ReceiveUsageRules::fixedBindings(c.usage);
                    applied.ok() && !fixed.isEmpty())
                    c.bindings = fixed;
                return applied;
            },
            {u"name"_s, u"usage"_s});
    });
    intro->setHelpText(
        tr("Name the connector (up to 64 characters, no backslash; unique on the server) and "
           "choose its intended use. Partner sets up TLS with domain security and the Partners "
           "permission group, so that only the partner's servers authenticated by mutual TLS "
           "can send."));
    setPage(IntroductionPage, intro);

    auto* local = new ConnectorWizardPage(
        tr("Local Network Settings"),
        tr("Specify the local IP addresses and ports on which this connector receives mail, and its FQDN."));
    local->setObjectName(u"localNetworkPage"_s);
    local->addEditor(m_localEditor);
    local->addEditor(m_fqdnEditor);
    local->setLoader([this] {
        if (m_connector.bindings.isEmpty())
            m_connector.bindings << Binding(IpAddress::anyIPv4(), 25);
        m_localEditor->load(m_connector);
        m_fqdnEditor->load(m_connector);
    });
    local->setApplier([this] {
        return applyPage(
            [this](ReceiveConnector& c) {
                if (Status s = m_localEditor->apply(c); !s.ok())
                    return s;
                return m_fqdnEditor->apply(c);
            },
            {u"bindings"_s, u"fqdn"_s});
    });
    local->setHelpText(tr("Bindings are IP:port pairs (0.0.0.0:25 for every IPv4 address, [::]:25 for IPv6). "
                          "The FQDN is what the connector answers to HELO/EHLO and which certificate it "
                          "presents; leave it empty for the server's FQDN."));
    setPage(LocalNetworkPage, local);

    auto* remote = new ConnectorWizardPage(
        tr("Remote Network Settings"),
        tr("Specify the IP addresses of the remote servers from which this connector receives mail."));
    remote->setObjectName(u"remoteNetworkPage"_s);
    remote->addEditor(m_remoteEditor);
    remote->setLoader([this] {
        if (m_connector.remoteIPRanges.isEmpty() && m_connector.usage != ReceiveUsage::Partner)
            m_connector.remoteIPRanges << IpRange::allIPv4();
        m_remoteEditor->load(m_connector);
    });
    remote->setApplier([this] {
        return applyPage([this](ReceiveConnector& c) { return m_remoteEditor->apply(c); },
                         {u"remoteIPRanges"_s, u"bindings"_s, u"partnerDomains"_s});
    });
    remote->setHelpText(
        tr("Enter single addresses (192.0.2.10), ranges (192.0.2.10-192.0.2.20) or CIDR blocks "
           "(198.51.100.0/28). A partner connector must list only the partner's gateways, never "
           "every address. The partner domains pair the connector with the domain-secure "
           "receive list."));
    setPage(RemoteNetworkPage, remote);

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
    completion->setHelpText(tr("Run the command on the Edge server, or export the whole configuration."));
    setPage(CompletionPage, completion);

    connect(this, &QWizard::helpRequested, this, &ReceiveConnectorWizard::showHelp);
}

bool ReceiveConnectorWizard::isEdge() const
{
    const Server* s = m_document->workspace().server(m_server);
    return !s || s->isEdge();
}

QString ReceiveConnectorWizard::helpText(int pageId) const
{
    if (auto* p = qobject_cast<ConnectorWizardPage*>(page(pageId)))
        return p->helpText();
    if (auto* p = qobject_cast<ConnectorTextPage*>(page(pageId)))
        return p->helpText();
    return {};
}

void ReceiveConnectorWizard::showHelp()
{
    MessageBox::information(this, tr("Help: %1").arg(currentPage()->title()), helpText(currentId()));
}

int ReceiveConnectorWizard::nextId() const
{
    // Internal and Client connectors take no bindings (New-ReceiveConnector refuses -Bindings with
    // those usages): the remote page follows the introduction, as in the Exchange console.
    if (currentId() == IntroductionPage && !ReceiveUsageRules::fixedBindings(m_connector.usage).isEmpty())
        return RemoteNetworkPage;
    // Internet connectors accept every address: the console has no remote page for them.
    if (currentId() == LocalNetworkPage && m_connector.usage == ReceiveUsage::Internet)
        return SummaryPage;
    return QWizard::nextId();
}

Status ReceiveConnectorWizard::applyPage(const std::function<Status(ReceiveConnector&)>& apply,
                                         const QStringList& fields)
{
    ReceiveConnector candidate = m_connector;
    if (Status applied = apply(candidate); !applied.ok())
        return applied;
    if (!m_document->workspace().server(m_server))
        return Status::failure(ErrorCode::Usage, tr("The server %1 is not in the workspace.").arg(m_server));
    const QList<Finding> findings = CandidateCheck::receive(m_document->workspace(), m_server, candidate);
    if (Status blocking = CandidateCheck::firstBlocking(findings, fields); !blocking.ok())
        return blocking;
    m_connector = candidate;
    return {};
}

QString ReceiveConnectorWizard::summaryText() const
{
    const ReceiveConnector& c = m_connector;
    QStringList bindings, ranges, domains;
    for (const Binding& b : c.bindings)
        bindings << b.toString();
    for (const IpRange& r : c.remoteIPRanges)
        ranges << r.toString();
    for (const SmtpDomain& d : c.partnerDomains)
        domains << d.toString();
    QStringList lines{
        tr("Name: %1").arg(c.identity(m_server)),
        tr("Usage: %1").arg(ConnectorNames::receiveUsage(c.usage)),
        tr("Bindings: %1").arg(bindings.join(u", "_s)),
        tr("Remote IP ranges: %1").arg(ranges.join(u", "_s)),
        tr("FQDN: %1").arg(c.fqdn.isEmpty() ? tr("(the server's FQDN)") : c.fqdn.toString()),
        tr("Authentication: %1").arg(ConnectorNames::authMechanisms(c.authMechanism)),
        tr("Permission groups: %1").arg(ConnectorNames::permissionGroups(c.permissionGroups)),
        tr("Domain security: %1").arg(c.domainSecureEnabled ? tr("on") : tr("off")),
    };
    if (!domains.isEmpty())
        lines << tr("Partner domains: %1").arg(domains.join(u", "_s));
    const QList<Finding> findings = CandidateCheck::receive(m_document->workspace(), m_server, c);
    if (!findings.isEmpty())
        lines << QString() << tr("Validation:") << CandidateCheck::describe(findings);
    return lines.join(u'\n');
}

Status ReceiveConnectorWizard::create()
{
    const Status edited =
        m_document->apply(ConnectorOperations::addReceive(m_document->workspace(), m_server, m_connector));
    if (edited.ok())
        m_created = true;
    return edited;
}

QString ReceiveConnectorWizard::completionText() const
{
    if (ExchangeVersions::isOnline(m_document->workspace().exchangeVersion))
        return onlineCompletionText();
    // The command for the organization's Exchange release (2013+: -TransportRole on a Mailbox server).
    const auto command = ExchangeConnectorCommands::newReceiveConnector(
        m_connector, m_server, isEdge(), ExchangeConnectorCommands::Detail::Console,
        m_document->workspace().exchangeVersion);
    QString text = command.ok() ? command.value() : command.errorMessage();
    const QList<Finding> findings =
        CandidateCheck::receive(m_document->workspace(), m_server, m_connector, m_connector.name);
    if (!findings.isEmpty())
        text += u"\n\n"_s + tr("Left to do:") + u'\n' + CandidateCheck::describe(findings);
    return text;
}

// The organization is on Exchange Online: the inbound connectors the partners of this connector
// get there (Exchange Online has no receive connectors of its own).
QString ReceiveConnectorWizard::onlineCompletionText() const
{
    const auto commands = ExchangeOnlineExporter::commandsFor(m_document->workspace(), m_server, m_connector);
    QStringList lines{tr("Exchange Online equivalent (export exchange --version online):")};
    if (!commands.ok())
        lines << commands.errorMessage();
    else if (commands->isEmpty())
        lines << tr("None: Exchange Online has no receive connectors; a partner domain on the domain-secure "
                    "receive list that a domain-secure connector accepts becomes an inbound connector "
                    "(lint --target exchange-online).");
    else
        lines << commands.value();
    const QList<Finding> findings =
        CandidateCheck::receive(m_document->workspace(), m_server, m_connector, m_connector.name);
    if (!findings.isEmpty())
        lines << QString() << tr("Left to do:") << CandidateCheck::describe(findings);
    return lines.join(u'\n');
}

} // namespace ds::ui
