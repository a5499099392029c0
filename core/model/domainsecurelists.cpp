#include "domainsecurelists.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;

QJsonObject DomainSecureLists::toJson() const
{
    QJsonObject json;
    json[u"send"_s] = JsonFields::fromStringList(send);
    json[u"receive"_s] = JsonFields::fromStringList(receive);
    return json;
}

Result<DomainSecureLists> DomainSecureLists::fromJson(const QJsonObject& json)
{
    DomainSecureLists lists;
    lists.send = JsonFields::toStringList(json[u"send"_s]);
    lists.receive = JsonFields::toStringList(json[u"receive"_s]);
    return lists;
}
