#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Small helpers shared by the model's toJson/fromJson: binary as base64, times as ISO 8601 UTC,
// and the "unknown fields survive" rule.
namespace JsonFields {
QString fromBinary(const QByteArray& data);
QByteArray toBinary(const QJsonValue& value);
QJsonArray fromBinaryList(const QList<QByteArray>& list);
QList<QByteArray> toBinaryList(const QJsonValue& value);
QJsonArray fromStringList(const QStringList& list);
QStringList toStringList(const QJsonValue& value);
QString fromDateTime(const QDateTime& time);
QDateTime toDateTime(const QJsonValue& value);
// The members of json whose keys are not in known.
QJsonObject unknownMembers(const QJsonObject& json, const QStringList& known);
} // namespace JsonFields
