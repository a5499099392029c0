#include "gate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::core {

bool Gate::isBlocking(const Finding& finding)
{
    static const QStringList elsewhere{u"RC-DS-LIST"_s, u"SC-DS-LIST"_s, u"RC-FQDN-CERT"_s,
                                       u"SC-FQDN-CERT"_s};
    // Domain security through a smart host: Exchange 2007 refuses it, Postfix does it (it verifies
    // the partner's name on the smart host's certificate, SC-DS-SMARTHOST-POSTFIX), so a workspace
    // exported to Postfix may hold it; lint --target exchange2007 still reports it as an error.
    // Likewise a TLS authentication level, which Exchange 2010 and later and Postfix write.
    static const QStringList otherTargetDoes{u"SC-DS-DNS"_s, u"SC-DS-SMARTHOST"_s,
                                             u"SC-TLSAUTH-UNSUPPORTED"_s};
    return finding.severity == Finding::Severity::Error && !elsewhere.contains(finding.code) &&
           !otherTargetDoes.contains(finding.code);
}

QList<Finding> Gate::about(const QList<Finding>& findings, const QString& object)
{
    QList<Finding> result;
    for (const Finding& finding : findings) {
        if (finding.object() == object)
            result << finding;
    }
    return result;
}

const Finding* Gate::firstNewBlocking(const QList<Finding>& after, const QList<Finding>& before,
                                      const QStringList& fields)
{
    for (const Finding& finding : after) {
        if (!isBlocking(finding))
            continue;
        if (!fields.isEmpty() && !fields.contains(finding.field()))
            continue;
        const bool known = std::any_of(before.cbegin(), before.cend(), [&](const Finding& old) {
            return old.code == finding.code && old.message == finding.message;
        });
        if (!known)
            return &finding;
    }
    return nullptr;
}

Error Gate::refusal(const Finding& finding)
{
    return Error{ErrorCode::Validation, tr("%1: %2 Fix: %3").arg(finding.code, finding.message, finding.hint),
                 finding.code, finding.field()};
}

Status Gate::check(const QList<Finding>& after, const QList<Finding>& before, const QStringList& fields)
{
    if (const Finding* finding = firstNewBlocking(after, before, fields))
        return refusal(*finding);
    return {};
}

QString Gate::describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings)
        lines << tr("%1: %2 Fix: %3")
                     .arg(Finding::severityText(finding.severity), finding.message, finding.hint);
    return lines.join(u'\n');
}

} // namespace ds::core
