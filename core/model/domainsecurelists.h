#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QStringList>

// The transport-wide TLSSendDomainSecureList and TLSReceiveDomainSecureList.
struct DomainSecureLists
{
    QStringList send;
    QStringList receive;

    QJsonObject toJson() const;
    static Result<DomainSecureLists> fromJson(const QJsonObject& json);
    bool operator==(const DomainSecureLists&) const = default;
};
