#include "pendingrequest.h"

#include "crypto/certificate.h"
#include "crypto/certificaterequest.h"
#include "freetext.h"
#include "jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ds::core {

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

Result<PendingRequest> PendingRequest::fromJson(const QJsonObject& json, const QString& path)
{
    PendingRequest request;
    JsonReader reader(json, path);
    request.csrDer = reader.binary(u"request"_s);
    request.privateKey = reader.binary(u"privateKey"_s);
    if (reader.ok() && request.csrDer.isEmpty())
        reader.fail(u"request"_s, QCoreApplication::translate("PendingRequest", "has no DER data"));
    if (reader.ok() && request.privateKey.isEmpty())
        reader.fail(u"privateKey"_s, QCoreApplication::translate("PendingRequest", "has no key data"));
    // As for certificates, what the request says is derived from its DER, not from the file.
    if (reader.ok()) {
        auto csr = CertificateRequest::fromDer(request.csrDer);
        if (!csr.ok()) {
            reader.fail(u"request"_s, csr.errorMessage());
        } else {
            request.thumbprint = Certificate::fingerprint(csr->spkiDer(), Certificate::Digest::Sha1);
            request.subject = csr->subject();
            request.domains = csr->names();
            request.spkiSha256 = csr->spkiSha256();
        }
    }
    for (const QString& key : {u"thumbprint"_s, u"subject"_s, u"spkiSha256"_s})
        (void)reader.string(key);
    (void)reader.stringList(u"domains"_s);
    request.keyEncrypted = reader.boolean(u"keyEncrypted"_s, false);
    request.exportable = reader.boolean(u"exportable"_s, false);
    request.friendlyName = reader.string(u"friendlyName"_s);
    if (auto why = FreeText::problem(request.friendlyName))
        reader.fail(u"friendlyName"_s, *why);
    request.keySpec = reader.string(u"keySpec"_s);
    if (auto why = FreeText::problem(request.keySpec))
        reader.fail(u"keySpec"_s, *why);
    request.created = reader.dateTime(u"created"_s);
    if (!reader.ok())
        return reader.error();
    request.unknown = JsonFields::unknownMembers(json, kKnown);
    return request;
}

} // namespace ds::core
