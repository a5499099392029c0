#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>
#include <optional>

namespace ds::core {

// The Exchange 2007 services a certificate can be enabled for (AllowedServices).
enum class Service {
    None = 0x0,
    SMTP = 0x1,
    IMAP = 0x2,
    POP = 0x4,
    IIS = 0x8,
    UM = 0x10,
};
Q_DECLARE_FLAGS(Services, Service)
Q_DECLARE_OPERATORS_FOR_FLAGS(Services)

namespace ServiceNames {
// "SMTP, IMAP" style list in Exchange's order; "None" for an empty set.
QString format(Services services);
QStringList toList(Services services);
// Accepts "SMTP,IMAP", "smtp, pop" etc.; nullopt names the first unknown word in *bad.
std::optional<Services> parse(const QString& text, QString* bad = nullptr);
} // namespace ServiceNames

} // namespace ds::core
