#include "partnersetup.h"

#include "connectoroperations.h"
#include "listoperations.h"
#include "model/connectorpresets.h"
#include "model/freetext.h"
#include "validate/sendconnectorrules.h"
#include "validate/validationcontext.h"
#include "validate/validator.h"

using namespace Qt::StringLiterals;

namespace ds::core {

QString PartnerSetup::receiveConnectorName() const
{
    return tr("From %1").arg(partnerName.trimmed());
}

QString PartnerSetup::sendConnectorName() const
{
    return tr("To %1").arg(partnerName.trimmed());
}

QStringList PartnerSetup::domainNames() const
{
    QStringList names;
    for (const SmtpDomain& domain : domains)
        names << domain.toString();
    return names;
}

ReceiveConnector PartnerSetup::receiveConnector(bool edge) const
{
    ReceiveConnector c =
        ConnectorPresets::receiveConnector(receiveConnectorName(), ReceiveUsage::Partner, edge);
    c.bindings = bindings;
    c.remoteIPRanges = gatewayRanges;
    c.fqdn = fqdn;
    c.requireTLS = requireTls;
    c.partnerDomains = domains;
    return c;
}

SendConnector PartnerSetup::sendConnector() const
{
    SendConnector c = ConnectorPresets::sendConnector(sendConnectorName(), SendUsage::Partner);
    for (const SmtpDomain& domain : domains)
        c.addressSpaces << AddressSpace::parse(domain.toString()).value();
    c.requireTLS = requireTls;
    c.fqdn = fqdn;
    return c;
}

Status PartnerOperations::checkNames(const Workspace& workspace, const PartnerSetup& setup)
{
    // The name itself (an empty one would still give "From " and "To "), then the connector names
    // made from it (their length).
    for (const QString& name : {setup.partnerName, setup.receiveConnectorName(), setup.sendConnectorName()}) {
        if (const auto problem = FreeText::nameProblem(name))
            return Status::failure(ErrorCode::BadInput, tr("Partner name: %1").arg(*problem));
    }
    // Refused as the gate refuses a connector whose name is taken, under the same rule codes.
    const auto taken = [](const QString& rule, const QString& message) {
        return Error{ErrorCode::Validation, u"%1: %2"_s.arg(rule, message), rule, u"name"_s};
    };
    if (workspace.sendConnector(setup.sendConnectorName()))
        return taken(
            u"SC-NAME-DUPLICATE"_s,
            tr("The organization already has a send connector named %1; choose another partner name.")
                .arg(setup.sendConnectorName()));
    for (const Server& s : workspace.servers) {
        if (s.receiveConnector(setup.receiveConnectorName()))
            return taken(u"RC-NAME-DUPLICATE"_s,
                         tr("%1 already has a receive connector named %2; choose another partner name.")
                             .arg(s.name, setup.receiveConnectorName()));
    }
    return {};
}

Result<Change> PartnerOperations::create(const Workspace& workspace, const PartnerSetup& setup)
{
    if (Status s = checkNames(workspace, setup); !s.ok())
        return s.error();
    if (setup.domains.isEmpty())
        return Error{ErrorCode::BadInput, tr("Give at least one partner domain.")};
    if (setup.gatewayRanges.isEmpty())
        return Error{ErrorCode::BadInput, tr("Give the IP addresses of the partner's gateways.")};
    if (setup.bindings.isEmpty())
        return Error{ErrorCode::BadInput, tr("Give at least one local binding.")};
    const Server* server = workspace.server(setup.server);
    if (!server)
        return Error{ErrorCode::BadInput,
                     tr("The server %1 is not in the workspace.").arg(FreeText::printable(setup.server))};
    auto receive =
        ConnectorOperations::addReceive(workspace, server->name, setup.receiveConnector(server->isEdge()));
    if (!receive.ok())
        return receive.error();
    // With a Hub Transport server the send connector is the organization's, held by the Hub and
    // sent from the partner's server (a subscribed Edge: its Edge Subscription), as Microsoft's
    // mutual TLS procedure creates it; on an Edge alone it belongs to the Edge itself.
    SendConnector sendConnector = setup.sendConnector();
    if (SendConnectorRules::sourceServersApply(workspace))
        sendConnector.sourceTransportServers = {server->name};
    auto send = ConnectorOperations::addSend(receive->workspace, sendConnector);
    if (!send.ok())
        return send.error();
    auto lists = ListOperations::add(send->workspace, ListOperations::bothDirections(setup.domainNames()));
    if (!lists.ok())
        return lists.error();
    Change change{lists->workspace,
                  tr("New partner %1").arg(setup.partnerName.trimmed()),
                  setup.partnerName.trimmed(),
                  {}};
    change.findings = receive->findings + send->findings;
    return change;
}

QList<Finding> PartnerOperations::remainingFindings(const Workspace& after, const PartnerSetup& setup)
{
    QStringList objects{setup.receiveConnector().identity(setup.server),
                        FindingLocation::ofSendConnector(setup.sendConnectorName()).toString(),
                        FindingLocation::ofServer(setup.server).toString()};
    for (const QString& domain : setup.domainNames()) {
        for (const auto direction :
             {DomainSecureLists::Direction::Send, DomainSecureLists::Direction::Receive})
            objects << FindingLocation::ofListDomain(DomainSecureLists::directionName(direction), domain)
                           .toString();
    }
    if (const Server* server = after.server(setup.server)) {
        for (const CertificateEntry& certificate : server->certificates)
            objects << FindingLocation::ofCertificate(server->name, certificate.thumbprint).toString();
    }
    QList<Finding> result;
    for (const Finding& f : Validator::run(after)) {
        if (objects.contains(f.object()))
            result << f;
    }
    return result;
}

} // namespace ds::core
