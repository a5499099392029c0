#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ds::core {

// A send connector address space "[SMTP:]domain[;cost]": the domain may be "*" (all) or start
// with "*." (all subdomains); cost 1–100, default 1. Only the SMTP type is supported, since an
// Edge server takes no other.
class AddressSpace
{
    Q_DECLARE_TR_FUNCTIONS(AddressSpace)

public:
    AddressSpace() = default;

    static Result<AddressSpace> parse(const QString& text);

    bool isEmpty() const { return m_domain.isEmpty(); }
    QString type() const { return QStringLiteral("SMTP"); }
    QString domain() const { return m_domain; }
    int cost() const { return m_cost; }
    bool isWildcard() const { return m_domain.startsWith(QLatin1Char('*')); }
    // True when mail to domain (a plain domain) is routed by this address space.
    bool matches(const QString& domain) const;

    // "SMTP:domain;cost", the form Exchange shows and the scripts quote.
    QString toString() const;

    bool operator==(const AddressSpace&) const = default;

private:
    QString m_domain;
    int m_cost = 1;
};

} // namespace ds::core
