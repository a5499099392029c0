#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ds::core {

// A plain SMTP domain as the domain-secure lists hold it ("fabrikam.example"): no wildcard, no
// user@, IDN stored as A-labels, lower case.
class SmtpDomain
{
    Q_DECLARE_TR_FUNCTIONS(SmtpDomain)

public:
    SmtpDomain() = default;

    static Result<SmtpDomain> parse(const QString& text);

    bool isEmpty() const { return m_name.isEmpty(); }
    QString toString() const { return m_name; }

    bool operator==(const SmtpDomain&) const = default;

private:
    QString m_name;
};

} // namespace ds::core
