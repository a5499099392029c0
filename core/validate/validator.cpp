#include "validator.h"

#include "certificaterules.h"
#include "crypto/systemtruststore.h"
#include "domainsecurelistrules.h"
#include "partnerpinrules.h"
#include "receiveconnectorrules.h"
#include "receiveusagerules.h"
#include "sendconnectorrules.h"
#include "topologyrules.h"
#include "trustrules.h"
#include "util/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::core {

QList<Finding> Validator::run(const Workspace& workspace, ValidationTarget target, const Clock& clock)
{
    ValidationContext context(workspace, target, clock.now());
    ReceiveConnectorRules::check(context);
    ReceiveUsageRules::check(context);
    CertificateRules::check(context);
    TrustRules::check(context);
    SendConnectorRules::check(context);
    TopologyRules::check(context);
    DomainSecureListRules::check(context);
    PartnerPinRules::check(context, SystemTrustStore::kDefaultDirectory);
    std::stable_sort(context.findings.begin(), context.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    qCDebug(lcValidate) << "validated" << workspace.organization << "findings:" << context.findings.size();
    return context.findings;
}

QString Validator::targetName(ValidationTarget target)
{
    return target == ValidationTarget::Postfix ? u"postfix"_s : u"exchange2007"_s;
}

std::optional<ValidationTarget> Validator::parseTarget(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"exchange2007"_s || t == u"exchange"_s)
        return ValidationTarget::Exchange2007;
    if (t == u"postfix"_s)
        return ValidationTarget::Postfix;
    return std::nullopt;
}

} // namespace ds::core
