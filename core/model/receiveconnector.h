#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

// A receive connector of a server (identity SERVER\Name), with Exchange 2007's fields.
struct ReceiveConnector
{
    QString name;
    QJsonObject unknown;

    QJsonObject toJson() const;
    static Result<ReceiveConnector> fromJson(const QJsonObject& json);
    bool operator==(const ReceiveConnector&) const = default;
};
