#include "validator.h"

#include "certificaterules.h"
#include "crypto/systemtruststore.h"
#include "domainsecurelistrules.h"
#include "exchangeonlinerules.h"
#include "partnerpinrules.h"
#include "receiveconnectorrules.h"
#include "receiveusagerules.h"
#include "sendconnectorrules.h"
#include "stigprofile.h"
#include "topologyrules.h"
#include "trustrules.h"
#include "util/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ds::core {

QList<Finding> Validator::run(const Workspace& workspace, ValidationTarget target, const Clock& clock)
{
    return run(workspace, target, QStringList(), clock);
}

QList<Finding> Validator::run(const Workspace& workspace, ValidationTarget target,
                              const QStringList& profiles, const Clock& clock)
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
    ExchangeOnlineRules::check(context);
    if (profiles.contains(StigEx19EdgeProfile::id()))
        StigEx19EdgeProfile::check(context);
    std::stable_sort(context.findings.begin(), context.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    qCDebug(lcValidate) << "validated" << workspace.organization << "findings:" << context.findings.size();
    return context.findings;
}

QStringList Validator::profiles()
{
    return {StigEx19EdgeProfile::id()};
}

QString Validator::profileDisplayName(const QString& id)
{
    if (id == StigEx19EdgeProfile::id())
        return StigEx19EdgeProfile::displayName();
    return {};
}

std::optional<QString> Validator::parseProfile(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (const QString& id : profiles()) {
        if (id == t)
            return id;
    }
    return std::nullopt;
}

QString Validator::profileList()
{
    return profiles().join(u", "_s);
}

QList<ValidationTarget> Validator::targets()
{
    QList<ValidationTarget> list;
    for (ExchangeVersion version : ExchangeVersions::all())
        list << target(version);
    list << ValidationTarget::Postfix;
    return list;
}

std::optional<ExchangeVersion> Validator::exchangeVersion(ValidationTarget target)
{
    switch (target) {
    case ValidationTarget::Exchange2007:
        return ExchangeVersion::Exchange2007;
    case ValidationTarget::Exchange2010:
        return ExchangeVersion::Exchange2010;
    case ValidationTarget::Exchange2013:
        return ExchangeVersion::Exchange2013;
    case ValidationTarget::Exchange2016:
        return ExchangeVersion::Exchange2016;
    case ValidationTarget::ExchangeOnline:
        return ExchangeVersion::ExchangeOnline;
    case ValidationTarget::Postfix:
        break;
    }
    return std::nullopt;
}

ValidationTarget Validator::target(ExchangeVersion version)
{
    switch (version) {
    case ExchangeVersion::Exchange2007:
        break;
    case ExchangeVersion::Exchange2010:
        return ValidationTarget::Exchange2010;
    case ExchangeVersion::Exchange2013:
        return ValidationTarget::Exchange2013;
    case ExchangeVersion::Exchange2016:
        return ValidationTarget::Exchange2016;
    case ExchangeVersion::ExchangeOnline:
        return ValidationTarget::ExchangeOnline;
    }
    return ValidationTarget::Exchange2007;
}

QString Validator::targetName(ValidationTarget target)
{
    if (const auto version = exchangeVersion(target))
        return ExchangeVersions::target(*version);
    return u"postfix"_s;
}

QString Validator::targetDisplayName(ValidationTarget target)
{
    if (const auto version = exchangeVersion(target))
        return ExchangeVersions::displayName(*version);
    return tr("Postfix");
}

std::optional<ValidationTarget> Validator::parseTarget(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"exchange"_s)
        return ValidationTarget::Exchange2007;
    if (const auto version = ExchangeVersions::fromTarget(t))
        return target(*version);
    if (t == u"postfix"_s)
        return ValidationTarget::Postfix;
    return std::nullopt;
}

QString Validator::targetList()
{
    QStringList names;
    for (ValidationTarget target : targets())
        names << targetName(target);
    const QString last = names.takeLast();
    return tr("%1 or %2").arg(names.join(u", "_s), last);
}

} // namespace ds::core
