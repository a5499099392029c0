#include "jsonfields.h"

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
