#include "partnersetup.h"

#include "document/workspacedocument.h"
#include "model/connectorpresets.h"
#include "model/freetext.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

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

namespace {
struct Step
{
    QString text;
    std::function<Status(Workspace&)> change;
};

// The four steps, each a change of a workspace; shared by preview and apply.
QList<Step> steps(const PartnerSetup& setup)
{
    QList<Step> result;
    result.append(
        Step{PartnerSetup::tr("New receive connector %1\\%2").arg(setup.server, setup.receiveConnectorName()),
             [setup](Workspace& w) {
                 Server* server = w.server(setup.server);
                 if (!server)
                     return Status::failure(
                         ErrorCode::Usage,
                         PartnerSetup::tr("The server %1 is not in the workspace.").arg(setup.server));
                 if (server->receiveConnector(setup.receiveConnectorName()))
                     return Status::failure(ErrorCode::Validation,
                                            PartnerSetup::tr("%1 already has a receive connector named %2.")
                                                .arg(setup.server, setup.receiveConnectorName()));
                 const bool edge = server->role.compare(u"Edge"_s, Qt::CaseInsensitive) == 0;
                 server->receiveConnectors << setup.receiveConnector(edge);
                 return Status();
             }});
    result.append(
        Step{PartnerSetup::tr("New send connector %1").arg(setup.sendConnectorName()), [setup](Workspace& w) {
                 if (w.sendConnector(setup.sendConnectorName()))
                     return Status::failure(
                         ErrorCode::Validation,
                         PartnerSetup::tr("The organization already has a send connector named %1.")
                             .arg(setup.sendConnectorName()));
                 w.sendConnectors << setup.sendConnector();
                 return Status();
             }});
    for (const auto direction : {DomainSecureLists::Direction::Send, DomainSecureLists::Direction::Receive}) {
        const QString text = direction == DomainSecureLists::Direction::Send
                                 ? PartnerSetup::tr("Add %1 to the domain-secure send list")
                                 : PartnerSetup::tr("Add %1 to the domain-secure receive list");
        result.append(Step{text.arg(setup.domainNames().join(u", "_s)), [setup, direction](Workspace& w) {
                               for (const SmtpDomain& domain : setup.domains) {
                                   if (auto added = w.domainSecure.add(direction, domain.toString());
                                       !added.ok())
                                       return Status(added.error());
                               }
                               return Status();
                           }});
    }
    return result;
}
} // namespace

Result<Workspace> PartnerSetup::preview(const Workspace& workspace) const
{
    if (const auto problem = FreeText::nameProblem(receiveConnectorName()))
        return Error{ErrorCode::BadInput, tr("Partner name: %1").arg(*problem)};
    if (domains.isEmpty())
        return Error{ErrorCode::BadInput, tr("Give at least one partner domain.")};
    if (gatewayRanges.isEmpty())
        return Error{ErrorCode::BadInput, tr("Give the IP addresses of the partner's gateways.")};
    if (bindings.isEmpty())
        return Error{ErrorCode::BadInput, tr("Give at least one local binding.")};
    Workspace result = workspace;
    for (const auto& step : steps(*this)) {
        if (Status s = step.change(result); !s.ok())
            return s.error();
    }
    return result;
}

Status PartnerSetup::apply(WorkspaceDocument* document) const
{
    // Everything is checked on a copy first, so the macro below cannot stop half-way.
    if (auto previewed = preview(document->workspace()); !previewed.ok())
        return previewed.error();
    QUndoStack* stack = document->undoStack();
    stack->beginMacro(tr("New partner %1").arg(partnerName.trimmed()));
    for (const auto& step : steps(*this)) {
        if (Status s = document->edit(step.text, step.change); !s.ok()) {
            stack->endMacro();
            stack->undo();
            return s;
        }
    }
    stack->endMacro();
    return {};
}
