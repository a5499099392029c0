#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ds::core {

// The transport-wide TLSSendDomainSecureList and TLSReceiveDomainSecureList: plain SMTP domains
// (A-labels, lower case), deduplicated case-insensitively by the helpers.
struct DomainSecureLists
{
    Q_DECLARE_TR_FUNCTIONS(DomainSecureLists)

public:
    enum class Direction { Send, Receive };

    QStringList send;
    QStringList receive;
    QJsonObject unknown;

    QStringList& list(Direction direction) { return direction == Direction::Send ? send : receive; }
    const QStringList& list(Direction direction) const
    {
        return direction == Direction::Send ? send : receive;
    }
    bool contains(Direction direction, const QString& domain) const;
    // Parses text as an SmtpDomain and appends it unless present; true when it was added.
    Result<bool> add(Direction direction, const QString& text);
    // Removes the domain (case-insensitive); true when it was there. Invalid text is an error.
    Result<bool> remove(Direction direction, const QString& text);

    static QString directionName(Direction direction);

    QJsonObject toJson() const;
    // Strict: wrong JSON types and invalid values are errors that start with their JSON path
    // (path names where json sits in the document, "servers[0]").
    static Result<DomainSecureLists> fromJson(const QJsonObject& json, const QString& path = QString());
    bool operator==(const DomainSecureLists&) const = default;
};

} // namespace ds::core
