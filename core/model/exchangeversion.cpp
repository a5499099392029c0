#include "exchangeversion.h"

using namespace Qt::StringLiterals;

namespace ds::core {

QList<ExchangeVersion> ExchangeVersions::all()
{
    return onPremises() << ExchangeVersion::ExchangeOnline;
}

QList<ExchangeVersion> ExchangeVersions::onPremises()
{
    return {ExchangeVersion::Exchange2007, ExchangeVersion::Exchange2010, ExchangeVersion::Exchange2013,
            ExchangeVersion::Exchange2016};
}

QString ExchangeVersions::name(ExchangeVersion version)
{
    switch (version) {
    case ExchangeVersion::Exchange2007:
        return u"2007"_s;
    case ExchangeVersion::Exchange2010:
        return u"2010"_s;
    case ExchangeVersion::Exchange2013:
        return u"2013"_s;
    case ExchangeVersion::Exchange2016:
        return u"2016"_s;
    case ExchangeVersion::ExchangeOnline:
        return u"online"_s;
    }
    return {};
}

std::optional<ExchangeVersion> ExchangeVersions::parse(const QString& name)
{
    for (ExchangeVersion version : all()) {
        if (ExchangeVersions::name(version).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return version;
    }
    return std::nullopt;
}

QString ExchangeVersions::target(ExchangeVersion version)
{
    if (isOnline(version))
        return u"exchange-online"_s;
    return u"exchange"_s + name(version);
}

std::optional<ExchangeVersion> ExchangeVersions::fromTarget(const QString& target)
{
    for (ExchangeVersion version : all()) {
        if (ExchangeVersions::target(version) == target)
            return version;
    }
    return std::nullopt;
}

QString ExchangeVersions::displayName(ExchangeVersion version)
{
    switch (version) {
    case ExchangeVersion::Exchange2007:
        return tr("Exchange Server 2007");
    case ExchangeVersion::Exchange2010:
        return tr("Exchange Server 2010");
    case ExchangeVersion::Exchange2013:
        return tr("Exchange Server 2013");
    case ExchangeVersion::Exchange2016:
        return tr("Exchange Server 2016, 2019 and Subscription Edition");
    case ExchangeVersion::ExchangeOnline:
        return tr("Exchange Online");
    }
    return {};
}

QString ExchangeVersions::powerShell(ExchangeVersion version)
{
    switch (version) {
    case ExchangeVersion::Exchange2007:
        return u"1.0"_s;
    case ExchangeVersion::Exchange2010:
        return u"2.0"_s;
    case ExchangeVersion::Exchange2013:
        return u"3.0"_s;
    case ExchangeVersion::Exchange2016:
        return u"5.1"_s;
    case ExchangeVersion::ExchangeOnline:
        return u"5.1 or 7"_s; // the ExchangeOnlineManagement module
    }
    return {};
}

} // namespace ds::core
