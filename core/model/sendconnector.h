#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

// An organization-wide send connector (identity = name), with Exchange 2007's fields.
struct SendConnector
{
    QString name;
    QJsonObject unknown;

    QJsonObject toJson() const;
    static Result<SendConnector> fromJson(const QJsonObject& json);
    bool operator==(const SendConnector&) const = default;
};
