#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ds::core {

// A host name as Exchange's Fqdn type holds it ("mail.contoso.example"): DNS labels of
// letters, digits and hyphens, stored lower case in A-label (punycode) form. Empty = not set.
class Fqdn
{
    Q_DECLARE_TR_FUNCTIONS(Fqdn)

public:
    Fqdn() = default;

    static Result<Fqdn> parse(const QString& text);
    // For optional fields: blank text is the empty Fqdn ("not set"), anything else must parse.
    static Result<Fqdn> parseOptional(const QString& text);
    // The shared DNS-name check for Fqdn, SmtpDomain and AddressSpace: trims, drops one trailing
    // dot, converts IDN to A-labels, lower-cases. On failure the error message is only the reason
    // ("has an empty label"), for the caller to put after the value.
    static Result<QString> normalizeName(const QString& text);

    bool isEmpty() const { return m_name.isEmpty(); }
    QString toString() const { return m_name; }
    int labelCount() const { return isEmpty() ? 0 : int(m_name.count(QLatin1Char('.'))) + 1; }
    // True when pattern (a name or "*.domain") covers this name, as certificate matching does.
    bool matches(const QString& pattern) const;

    bool operator==(const Fqdn&) const = default;

private:
    QString m_name;
};

} // namespace ds::core
