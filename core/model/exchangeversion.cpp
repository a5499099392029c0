#include "exchangeversion.h"

using namespace Qt::StringLiterals;

namespace ds::core {

QList<ExchangeVersion> ExchangeVersions::all()
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
    }
    return {};
}

std::optional<ExchangeVersion> ExchangeVersions::parse(const QString& name)
{
    for (ExchangeVersion version : all()) {
        if (ExchangeVersions::name(version) == name.trimmed())
            return version;
    }
    return std::nullopt;
}

QString ExchangeVersions::target(ExchangeVersion version)
{
    return u"exchange"_s + name(version);
}

std::optional<ExchangeVersion> ExchangeVersions::fromTarget(const QString& target)
{
    if (!target.startsWith(u"exchange"_s))
        return std::nullopt;
    return parse(target.mid(8));
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
    }
    return {};
}

} // namespace ds::core
