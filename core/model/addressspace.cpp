#include "addressspace.h"

#include "fqdn.h"
#include "freetext.h"

using namespace Qt::StringLiterals;

namespace ds::core {

Result<AddressSpace> AddressSpace::parse(const QString& raw)
{
    QString text = raw.trimmed();
    auto fail = [&](const QString& why) {
        return Result<AddressSpace>::failure(
            ErrorCode::BadInput, tr("address space \"%1\" %2").arg(FreeText::printable(raw), why));
    };
    if (text.isEmpty())
        return fail(tr("is empty"));
    if (auto why = FreeText::problem(text))
        return fail(*why);
    AddressSpace space;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString type = text.left(colon).trimmed();
        if (type.compare(u"SMTP"_s, Qt::CaseInsensitive) != 0)
            return fail(tr("has the type \"%1\"; only SMTP address spaces work on an Edge server").arg(type));
        text = text.mid(colon + 1);
    }
    const qsizetype semicolon = text.indexOf(QLatin1Char(';'));
    if (semicolon >= 0) {
        const QString costText = text.mid(semicolon + 1).trimmed();
        bool ok = false;
        const int cost = costText.toInt(&ok);
        bool digits = !costText.isEmpty();
        for (QChar c : costText)
            digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!ok || !digits || cost < 1 || cost > 100)
            return fail(tr("has the cost \"%1\"; it must be a number from 1 to 100").arg(costText));
        space.m_cost = cost;
        text = text.left(semicolon);
    }
    text = text.trimmed();
    if (text == u"*"_s) {
        space.m_domain = text;
        return space;
    }
    QString rest = text;
    QString prefix;
    if (text.startsWith(u"*."_s)) {
        prefix = u"*."_s;
        rest = text.mid(2);
    } else if (text.startsWith(QLatin1Char('*'))) {
        return fail(tr("has a wildcard joined to a name; use \"*.%1\" for all subdomains").arg(text.mid(1)));
    }
    if (rest.contains(QLatin1Char('*')))
        return fail(tr("has a wildcard that is not the whole leftmost label"));
    auto name = Fqdn::normalizeName(rest);
    if (!name.ok())
        return fail(name.errorMessage());
    space.m_domain = prefix + name.value();
    return space;
}

bool AddressSpace::matches(const QString& domain) const
{
    if (m_domain == u"*"_s)
        return true;
    const QString d = domain.toLower();
    if (isWildcard()) {
        const QStringView base = QStringView(m_domain).mid(2);
        return d.endsWith(base) && d.size() > base.size() &&
               d.at(d.size() - base.size() - 1) == QLatin1Char('.');
    }
    return d == m_domain;
}

QString AddressSpace::toString() const
{
    return u"SMTP:%1;%2"_s.arg(m_domain).arg(m_cost);
}

} // namespace ds::core
