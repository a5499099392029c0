#include "partnerverbs.h"

#include "clisession.h"
#include "connectoroptions.h"
#include "fixcommand.h"
#include "util/terminaltext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

QString PartnerAddVerb::description() const
{
    return tr("Set up a domain-secure partner: a Partner receive connector accepting only the partner's "
              "gateways with mutual TLS, a Partner send connector for the partner's domains, and the domains "
              "on the domain-secure send and receive lists.");
}

QList<CliOption> PartnerAddVerb::options() const
{
    return {{{u"name"_s},
             tr("The partner's name; the connectors are called \"From NAME\" and \"To NAME\"."),
             tr("NAME")},
            {{u"domain"_s}, tr("A domain of the partner (repeatable)."), tr("DOMAIN")},
            {{u"gateway"_s}, tr("An address or range of the partner's gateways (repeatable)."), tr("RANGE")},
            {{u"server"_s},
             tr("Our server that receives from the partner (default: the only server)."),
             tr("NAME")},
            {{u"binding"_s},
             tr("A local address:port the receive connector listens on (repeatable)."),
             tr("ADDRESS:PORT"),
             u"0.0.0.0:25"_s},
            {{u"fqdn"_s}, tr("The FQDN our connectors announce (default: the server's FQDN)."), tr("FQDN")}};
}

Status PartnerAddVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (Status s = noArguments(parser, u"partner add"_s); !s.ok())
        return s;
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"domain"_s) || !parser.isSet(u"gateway"_s))
        return Status::failure(ErrorCode::Usage,
                               tr("partner add: --name, --domain and --gateway are required"));
    m_setup = {};
    m_setup.partnerName = parser.value(u"name"_s).trimmed();
    auto domains = ConnectorOptions::parseAll<SmtpDomain>(parser.values(u"domain"_s));
    if (!domains.ok())
        return ConnectorOptions::valueError(u"domain"_s, domains.errorMessage());
    m_setup.domains = domains.value();
    auto ranges = ConnectorOptions::parseAll<IpRange>(parser.values(u"gateway"_s));
    if (!ranges.ok())
        return ConnectorOptions::valueError(u"gateway"_s, ranges.errorMessage());
    m_setup.gatewayRanges = ranges.value();
    auto bindings = ConnectorOptions::parseAll<Binding>(parser.values(u"binding"_s));
    if (!bindings.ok())
        return ConnectorOptions::valueError(u"binding"_s, bindings.errorMessage());
    m_setup.bindings = bindings.value();
    if (parser.isSet(u"fqdn"_s)) {
        auto fqdn = Fqdn::parse(parser.value(u"fqdn"_s));
        if (!fqdn.ok())
            return ConnectorOptions::valueError(u"fqdn"_s, fqdn.errorMessage());
        m_setup.fqdn = fqdn.value();
    }
    return {};
}

Result<WorkspaceVerb::Outcome> PartnerAddVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    const Workspace& workspace = session.workspace();
    m_setup.server = parser.value(u"server"_s).trimmed();
    if (m_setup.server.isEmpty()) {
        if (workspace.servers.size() != 1)
            return Error{ErrorCode::Usage,
                         tr("partner add: the workspace has several servers; give --server")};
        m_setup.server = workspace.servers.first().name;
    }
    auto change = PartnerOperations::create(workspace, m_setup);
    if (!change.ok())
        return change.error();
    m_description = change->description;
    m_findings = PartnerOperations::remainingFindings(change->workspace, m_setup);
    return adopt(session, change);
}

void PartnerAddVerb::report(CliSession& session, const QCommandLineParser&)
{
    if (session.json()) {
        QJsonArray findings;
        for (const Finding& finding : std::as_const(m_findings))
            findings.append(FixCommand::toJson(finding));
        session.printJson(QJsonObject{{u"partner"_s, m_setup.partnerName},
                                      {u"server"_s, m_setup.server},
                                      {u"receiveConnector"_s, m_setup.receiveConnectorName()},
                                      {u"sendConnector"_s, m_setup.sendConnectorName()},
                                      {u"domains"_s, QJsonArray::fromStringList(m_setup.domainNames())},
                                      {u"findings"_s, findings}});
        return;
    }
    QTextStream& out = session.out();
    out << terminalSafe(m_description) << '\n';
    out << tr("Created receive connector %1\\%2 and send connector %3")
               .arg(m_setup.server, terminalSafe(m_setup.receiveConnectorName()),
                    terminalSafe(m_setup.sendConnectorName()))
        << '\n';
    for (const Finding& finding : std::as_const(m_findings))
        out << FixCommand::report(finding) << '\n';
    out.flush();
}

} // namespace ds::cli
