#include "certificateentry.h"

#include "jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
const QStringList kKnown = {u"certificate"_s, u"chain"_s,        u"privateKey"_s,      u"keyEncrypted"_s,
                            u"exportable"_s,  u"friendlyName"_s, u"services"_s,        u"internalOnly"_s,
                            u"thumbprint"_s,  u"sha256"_s,       u"subject"_s,         u"issuer"_s,
                            u"domains"_s,     u"serialNumber"_s, u"notBefore"_s,       u"notAfter"_s,
                            u"selfSigned"_s,  u"key"_s,          u"extendedKeyUsage"_s};
} // namespace

QJsonObject CertificateEntry::toJson() const
{
    QJsonObject json = unknown;
    json[u"certificate"_s] = JsonFields::fromBinary(certificateDer);
    json[u"chain"_s] = JsonFields::fromBinaryList(chainDer);
    if (!privateKey.isEmpty())
        json[u"privateKey"_s] = JsonFields::fromBinary(privateKey);
    else
        json.remove(u"privateKey"_s);
    json[u"keyEncrypted"_s] = keyEncrypted;
    json[u"exportable"_s] = exportable;
    json[u"friendlyName"_s] = friendlyName;
    json[u"services"_s] = JsonFields::fromStringList(ServiceNames::toList(services));
    json[u"internalOnly"_s] = internalOnly;
    json[u"thumbprint"_s] = thumbprint;
    json[u"sha256"_s] = sha256;
    json[u"subject"_s] = subject;
    json[u"issuer"_s] = issuer;
    json[u"domains"_s] = JsonFields::fromStringList(domains);
    json[u"serialNumber"_s] = serialNumber;
    json[u"notBefore"_s] = JsonFields::fromDateTime(notBefore);
    json[u"notAfter"_s] = JsonFields::fromDateTime(notAfter);
    json[u"selfSigned"_s] = selfSigned;
    json[u"key"_s] = keyDescription;
    json[u"extendedKeyUsage"_s] = JsonFields::fromStringList(extendedKeyUsages);
    return json;
}

Result<CertificateEntry> CertificateEntry::fromJson(const QJsonObject& json)
{
    CertificateEntry entry;
    entry.certificateDer = JsonFields::toBinary(json[u"certificate"_s]);
    if (entry.certificateDer.isEmpty()) {
        return Result<CertificateEntry>::failure(
            ErrorCode::BadInput,
            QCoreApplication::translate("CertificateEntry", "a certificate has no DER data"));
    }
    entry.chainDer = JsonFields::toBinaryList(json[u"chain"_s]);
    entry.privateKey = JsonFields::toBinary(json[u"privateKey"_s]);
    entry.keyEncrypted = json[u"keyEncrypted"_s].toBool();
    entry.exportable = json[u"exportable"_s].toBool();
    entry.friendlyName = json[u"friendlyName"_s].toString();
    QString bad;
    const auto services =
        ServiceNames::parse(JsonFields::toStringList(json[u"services"_s]).join(QLatin1Char(',')), &bad);
    if (!services) {
        return Result<CertificateEntry>::failure(
            ErrorCode::BadInput,
            QCoreApplication::translate("CertificateEntry", "unknown service \"%1\"").arg(bad));
    }
    entry.services = *services;
    entry.internalOnly = json[u"internalOnly"_s].toBool();
    entry.thumbprint = json[u"thumbprint"_s].toString();
    entry.sha256 = json[u"sha256"_s].toString();
    entry.subject = json[u"subject"_s].toString();
    entry.issuer = json[u"issuer"_s].toString();
    entry.domains = JsonFields::toStringList(json[u"domains"_s]);
    entry.serialNumber = json[u"serialNumber"_s].toString();
    entry.notBefore = JsonFields::toDateTime(json[u"notBefore"_s]);
    entry.notAfter = JsonFields::toDateTime(json[u"notAfter"_s]);
    entry.selfSigned = json[u"selfSigned"_s].toBool();
    entry.keyDescription = json[u"key"_s].toString();
    entry.extendedKeyUsages = JsonFields::toStringList(json[u"extendedKeyUsage"_s]);
    entry.unknown = JsonFields::unknownMembers(json, kKnown);
    return entry;
}
