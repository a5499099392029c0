#include "pendingrequest.h"

#include "jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
const QStringList kKnown = {u"thumbprint"_s, u"request"_s,      u"privateKey"_s, u"keyEncrypted"_s,
                            u"exportable"_s, u"friendlyName"_s, u"subject"_s,    u"domains"_s,
                            u"keySpec"_s,    u"spkiSha256"_s,   u"created"_s};
} // namespace

QJsonObject PendingRequest::toJson() const
{
    QJsonObject json = unknown;
    json[u"thumbprint"_s] = thumbprint;
    json[u"request"_s] = JsonFields::fromBinary(csrDer);
    json[u"privateKey"_s] = JsonFields::fromBinary(privateKey);
    json[u"keyEncrypted"_s] = keyEncrypted;
    json[u"exportable"_s] = exportable;
    json[u"friendlyName"_s] = friendlyName;
    json[u"subject"_s] = subject;
    json[u"domains"_s] = JsonFields::fromStringList(domains);
    json[u"keySpec"_s] = keySpec;
    json[u"spkiSha256"_s] = QString::fromLatin1(spkiSha256.toHex());
    json[u"created"_s] = JsonFields::fromDateTime(created);
    return json;
}

Result<PendingRequest> PendingRequest::fromJson(const QJsonObject& json)
{
    PendingRequest request;
    request.thumbprint = json[u"thumbprint"_s].toString();
    request.csrDer = JsonFields::toBinary(json[u"request"_s]);
    request.privateKey = JsonFields::toBinary(json[u"privateKey"_s]);
    if (request.csrDer.isEmpty() || request.privateKey.isEmpty()) {
        return Result<PendingRequest>::failure(
            ErrorCode::BadInput,
            QCoreApplication::translate("PendingRequest", "pending request %1 lacks its request or its key")
                .arg(request.thumbprint));
    }
    request.keyEncrypted = json[u"keyEncrypted"_s].toBool();
    request.exportable = json[u"exportable"_s].toBool();
    request.friendlyName = json[u"friendlyName"_s].toString();
    request.subject = json[u"subject"_s].toString();
    request.domains = JsonFields::toStringList(json[u"domains"_s]);
    request.keySpec = json[u"keySpec"_s].toString();
    request.spkiSha256 = QByteArray::fromHex(json[u"spkiSha256"_s].toString().toLatin1());
    request.created = JsonFields::toDateTime(json[u"created"_s]);
    request.unknown = JsonFields::unknownMembers(json, kKnown);
    return request;
}
