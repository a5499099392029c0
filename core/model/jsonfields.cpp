#include "jsonfields.h"

#include <cmath>

namespace ds::core {

namespace JsonFields {

QString fromBinary(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64());
}

QByteArray toBinary(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QJsonArray fromBinaryList(const QList<QByteArray>& list)
{
    QJsonArray array;
    for (const QByteArray& item : list)
        array.append(fromBinary(item));
    return array;
}

QList<QByteArray> toBinaryList(const QJsonValue& value)
{
    QList<QByteArray> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(toBinary(item));
    return list;
}

QJsonArray fromStringList(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

QString fromDateTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime toDateTime(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

QJsonObject unknownMembers(const QJsonObject& json, const QStringList& known)
{
    QJsonObject rest;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}

} // namespace JsonFields

JsonReader::JsonReader(const QJsonObject& json, const QString& path)
    : m_json(json)
    , m_path(path)
{}

QJsonValue JsonReader::member(const QString& key) const
{
    return ok() ? m_json.value(key) : QJsonValue(QJsonValue::Undefined);
}

QString JsonReader::path(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonReader::path(const QString& key, qsizetype index) const
{
    return path(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonReader::fail(const QString& key, const QString& why)
{
    if (ok())
        m_error = Error{ErrorCode::BadInput, path(key) + QLatin1String(": ") + why};
}

void JsonReader::fail(const QString& key, qsizetype index, const QString& why)
{
    if (ok())
        m_error = Error{ErrorCode::BadInput, path(key, index) + QLatin1String(": ") + why};
}

void JsonReader::failNested(const Error& error)
{
    if (ok())
        m_error = error;
}

bool JsonReader::boolean(const QString& key, bool fallback)
{
    const QJsonValue value = member(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(key, tr("expected true or false"));
        return fallback;
    }
    return value.toBool();
}

QString JsonReader::string(const QString& key, const QString& fallback)
{
    const QJsonValue value = member(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isString()) {
        fail(key, tr("expected a string"));
        return fallback;
    }
    return value.toString();
}

int JsonReader::integer(const QString& key, int fallback, int min, int max)
{
    const QJsonValue value = member(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || number < min || number > max) {
        fail(key, tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return static_cast<int>(number);
}

QJsonArray JsonReader::array(const QString& key)
{
    const QJsonValue value = member(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(key, tr("expected an array"));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(const QString& key)
{
    const QJsonValue value = member(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        fail(key, tr("expected an object"));
        return {};
    }
    return value.toObject();
}

QStringList JsonReader::stringList(const QString& key)
{
    QStringList list;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; ok() && i < items.size(); ++i) {
        if (!items.at(i).isString())
            fail(key, i, tr("expected a string"));
        else
            list.append(items.at(i).toString());
    }
    return list;
}

namespace {
std::optional<QByteArray> strictBase64(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(*decoded);
}
} // namespace

QByteArray JsonReader::binary(const QString& key)
{
    const QJsonValue value = member(key);
    if (value.isUndefined())
        return {};
    auto decoded = strictBase64(value);
    if (!decoded) {
        fail(key, tr("expected base64 text"));
        return {};
    }
    return *decoded;
}

QList<QByteArray> JsonReader::binaryList(const QString& key)
{
    QList<QByteArray> list;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; ok() && i < items.size(); ++i) {
        auto decoded = strictBase64(items.at(i));
        if (!decoded)
            fail(key, i, tr("expected base64 text"));
        else
            list.append(*decoded);
    }
    return list;
}

QDateTime JsonReader::dateTime(const QString& key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        fail(key, tr("expected an ISO 8601 time such as 2026-01-31T12:00:00Z"));
        return {};
    }
    return time.toUTC();
}

} // namespace ds::core
