#include "candidatecheck.h"

#include "validate/validator.h"

using namespace Qt::StringLiterals;

namespace {
QList<Finding> about(const QList<Finding>& findings, const QString& object)
{
    QList<Finding> result;
    for (const Finding& finding : findings) {
        if (finding.object == object)
            result << finding;
    }
    return result;
}
} // namespace

QList<Finding> CandidateCheck::receive(const Workspace& workspace, const QString& serverName,
                                       const ReceiveConnector& candidate, const QString& replacing)
{
    Workspace copy = workspace;
    Server* server = copy.server(serverName);
    if (!server)
        return {};
    if (!replacing.isEmpty()) {
        server->receiveConnectors.removeIf([&](const ReceiveConnector& c) { return c.name == replacing; });
    }
    server->receiveConnectors << candidate;
    return about(Validator::run(copy), candidate.identity(server->name));
}

QList<Finding> CandidateCheck::send(const Workspace& workspace, const SendConnector& candidate,
                                    const QString& replacing)
{
    Workspace copy = workspace;
    if (!replacing.isEmpty())
        copy.sendConnectors.removeIf([&](const SendConnector& c) { return c.name == replacing; });
    copy.sendConnectors << candidate;
    return about(Validator::run(copy), u"send:"_s + candidate.name);
}

bool CandidateCheck::isBlocking(const Finding& finding)
{
    static const QStringList elsewhere{u"RC-DS-LIST"_s, u"SC-DS-LIST"_s, u"RC-FQDN-CERT"_s,
                                       u"SC-FQDN-CERT"_s};
    return finding.severity == Finding::Severity::Error && !elsewhere.contains(finding.code);
}

Status CandidateCheck::firstBlocking(const QList<Finding>& findings, const QStringList& fields)
{
    for (const Finding& finding : findings) {
        if (!isBlocking(finding))
            continue;
        if (!fields.isEmpty() && !fields.contains(finding.field))
            continue;
        return Status::failure(ErrorCode::Validation, tr("%1 Fix: %2").arg(finding.message, finding.hint));
    }
    return {};
}

QString CandidateCheck::describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings)
        lines << tr("%1: %2 Fix: %3")
                     .arg(Finding::severityText(finding.severity), finding.message, finding.hint);
    return lines.join(u'\n');
}
