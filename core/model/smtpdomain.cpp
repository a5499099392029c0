#include "smtpdomain.h"

#include "fqdn.h"
#include "freetext.h"

using namespace Qt::StringLiterals;

namespace ds::core {

Result<SmtpDomain> SmtpDomain::parse(const QString& raw)
{
    const QString text = raw.trimmed();
    auto fail = [&](const QString& why) {
        return Result<SmtpDomain>::failure(ErrorCode::BadInput,
                                           tr("SMTP domain \"%1\" %2").arg(FreeText::printable(raw), why));
    };
    if (text.contains(QLatin1Char('@')) && !FreeText::problem(text))
        return fail(
            tr("is a mail address; give only the part after @ (%1)").arg(text.section(QLatin1Char('@'), -1)));
    if (text.contains(QLatin1Char('*')) && !FreeText::problem(text))
        return fail(tr("contains a wildcard; domain-secure lists hold plain domains only"));
    auto name = Fqdn::normalizeName(text);
    if (!name.ok())
        return fail(name.errorMessage());
    if (!name->contains(QLatin1Char('.')))
        return fail(tr("has a single label; give the full domain, e.g. fabrikam.example"));
    SmtpDomain domain;
    domain.m_name = name.value();
    return domain;
}

} // namespace ds::core
