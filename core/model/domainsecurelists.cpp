#include "domainsecurelists.h"

#include "freetext.h"
#include "jsonfields.h"
#include "smtpdomain.h"

using namespace Qt::StringLiterals;

namespace ds::core {

bool DomainSecureLists::contains(Direction direction, const QString& domain) const
{
    return list(direction).contains(domain, Qt::CaseInsensitive);
}

Result<bool> DomainSecureLists::add(Direction direction, const QString& text)
{
    auto domain = SmtpDomain::parse(text);
    if (!domain.ok())
        return domain.error();
    if (contains(direction, domain->toString()))
        return false;
    list(direction).append(domain->toString());
    return true;
}

Result<bool> DomainSecureLists::remove(Direction direction, const QString& text)
{
    auto domain = SmtpDomain::parse(text);
    QString key = domain.ok() ? domain->toString() : text.trimmed();
    // An entry that is invalid in the file can still be removed by its exact text.
    QStringList& entries = list(direction);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).compare(key, Qt::CaseInsensitive) == 0) {
            entries.removeAt(i);
            return true;
        }
    }
    if (!domain.ok())
        return domain.error();
    return false;
}

QString DomainSecureLists::directionName(Direction direction)
{
    return direction == Direction::Send ? u"send"_s : u"receive"_s;
}

QJsonObject DomainSecureLists::toJson() const
{
    QJsonObject json = unknown;
    json[u"send"_s] = JsonFields::fromStringList(send);
    json[u"receive"_s] = JsonFields::fromStringList(receive);
    return json;
}

Result<DomainSecureLists> DomainSecureLists::fromJson(const QJsonObject& json, const QString& path)
{
    // Entries must be domains, but are kept as written, so that lint can point at a duplicate.
    DomainSecureLists lists;
    JsonReader reader(json, path);
    for (const QString& key : {u"send"_s, u"receive"_s}) {
        QStringList& entries = key == u"send"_s ? lists.send : lists.receive;
        entries = reader.stringList(key);
        for (qsizetype i = 0; reader.ok() && i < entries.size(); ++i) {
            if (auto why = FreeText::problem(entries.at(i)))
                reader.fail(key, i, *why);
            else if (auto domain = SmtpDomain::parse(entries.at(i)); !domain.ok())
                reader.fail(key, i, domain.errorMessage());
        }
    }
    if (!reader.ok())
        return reader.error();
    lists.unknown = JsonFields::unknownMembers(json, {u"send"_s, u"receive"_s});
    return lists;
}

} // namespace ds::core
