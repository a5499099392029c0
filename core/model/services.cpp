#include "services.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
const std::array<std::pair<Service, QLatin1StringView>, 5> kNames = {{
    {Service::IMAP, "IMAP"_L1},
    {Service::POP, "POP"_L1},
    {Service::UM, "UM"_L1},
    {Service::IIS, "IIS"_L1},
    {Service::SMTP, "SMTP"_L1},
}};
} // namespace

QStringList ServiceNames::toList(Services services)
{
    QStringList names;
    for (const auto& [service, name] : kNames) {
        if (services.testFlag(service))
            names << QString(name);
    }
    return names;
}

QString ServiceNames::format(Services services)
{
    const QStringList names = toList(services);
    return names.isEmpty() ? u"None"_s : names.join(u", "_s);
}

std::optional<Services> ServiceNames::parse(const QString& text, QString* bad)
{
    Services result;
    const QStringList words = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : words) {
        const QString word = raw.trimmed();
        if (word.compare(u"None"_s, Qt::CaseInsensitive) == 0)
            continue;
        bool found = false;
        for (const auto& [service, name] : kNames) {
            if (word.compare(name, Qt::CaseInsensitive) == 0) {
                result |= service;
                found = true;
            }
        }
        if (!found) {
            if (bad)
                *bad = word;
            return std::nullopt;
        }
    }
    return result;
}

} // namespace ds::core
