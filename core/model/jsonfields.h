#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace ds::core {

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

// Reads the members of one JSON object strictly, for loading a workspace: a member of the wrong
// type is an error naming its JSON path ("sendConnectors[0].domainSecureEnabled: expected true or
// false"), never a silent default. A missing member gives the fallback. The first error is kept
// and later reads return fallbacks, so a fromJson reads every field and checks ok() once.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // path: where json sits in the document ("servers[0]"); empty for the top level.
    JsonReader(const QJsonObject& json, const QString& path);

    bool boolean(const QString& key, bool fallback);
    QString string(const QString& key, const QString& fallback = QString());
    // A whole number within [min, max]; 1e300, 2.5 and "200" are errors.
    int integer(const QString& key, int fallback, int min, int max);
    QJsonArray array(const QString& key);
    QJsonObject object(const QString& key);
    QStringList stringList(const QString& key);
    // Base64 (strictly: no stray characters).
    QByteArray binary(const QString& key);
    QList<QByteArray> binaryList(const QString& key);
    // ISO 8601; an empty string is the null time.
    QDateTime dateTime(const QString& key);

    // Records "path.key: why" (or "path.key[index]: why") unless an error is recorded already.
    void fail(const QString& key, const QString& why);
    void fail(const QString& key, qsizetype index, const QString& why);
    // Records an error of a nested object whose message already starts with its own path.
    void failNested(const Error& error);
    // "path.key", the JSON path of a member (for nested readers).
    QString path(const QString& key) const;
    QString path(const QString& key, qsizetype index) const;

    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error{}); }

private:
    QJsonValue member(const QString& key) const;

    QJsonObject m_json;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace ds::core
