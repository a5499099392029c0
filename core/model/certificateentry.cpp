#include "certificateentry.h"

#include "crypto/certificate.h"
#include "freetext.h"
#include "jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
const QStringList kKnown = {u"certificate"_s, u"chain"_s,        u"privateKey"_s,      u"keyEncrypted"_s,
                            u"exportable"_s,  u"friendlyName"_s, u"services"_s,        u"internalOnly"_s,
                            u"thumbprint"_s,  u"sha256"_s,       u"subject"_s,         u"issuer"_s,
                            u"domains"_s,     u"serialNumber"_s, u"notBefore"_s,       u"notAfter"_s,
                            u"selfSigned"_s,  u"key"_s,          u"extendedKeyUsage"_s};
} // namespace

CertificateEntry CertificateEntry::fromCertificate(const Certificate& certificate)
{
    CertificateEntry entry;
    if (certificate.isNull())
        return entry;
    entry.certificateDer = certificate.toDer();
    entry.thumbprint = certificate.thumbprint();
    entry.sha256 = certificate.sha256Fingerprint();
    entry.subject = certificate.subject();
    entry.issuer = certificate.issuer();
    entry.domains = certificate.dnsNames();
    entry.serialNumber = certificate.serialNumber();
    entry.notBefore = certificate.notBefore();
    entry.notAfter = certificate.notAfter();
    entry.selfSigned = certificate.isSelfSigned();
    entry.keyDescription = certificate.keyDescription();
    entry.extendedKeyUsages = certificate.extendedKeyUsages();
    return entry;
}

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

Result<CertificateEntry> CertificateEntry::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader reader(json, path);
    const QByteArray der = reader.binary(u"certificate"_s);
    if (reader.ok() && der.isEmpty())
        reader.fail(u"certificate"_s, QCoreApplication::translate("CertificateEntry", "has no DER data"));
    // The summary is derived from the DER, never taken from the file: a file that says
    // "thumbprint X, valid until 2099" for another certificate must not be believed. The stored
    // fields are only checked for their JSON types.
    CertificateEntry entry;
    if (reader.ok()) {
        auto certificate = Certificate::fromDer(der);
        if (!certificate.ok())
            reader.fail(u"certificate"_s, certificate.errorMessage());
        else
            entry = fromCertificate(certificate.value());
    }
    for (const QString& key : {u"thumbprint"_s, u"sha256"_s, u"subject"_s, u"issuer"_s, u"serialNumber"_s,
                               u"notBefore"_s, u"notAfter"_s, u"key"_s})
        (void)reader.string(key);
    (void)reader.stringList(u"domains"_s);
    (void)reader.stringList(u"extendedKeyUsage"_s);
    (void)reader.boolean(u"selfSigned"_s, false);
    entry.chainDer = reader.binaryList(u"chain"_s);
    for (qsizetype i = 0; reader.ok() && i < entry.chainDer.size(); ++i) {
        if (auto issuer = Certificate::fromDer(entry.chainDer.at(i)); !issuer.ok())
            reader.fail(u"chain"_s, i, issuer.errorMessage());
    }
    entry.privateKey = reader.binary(u"privateKey"_s);
    entry.keyEncrypted = reader.boolean(u"keyEncrypted"_s, false);
    entry.exportable = reader.boolean(u"exportable"_s, false);
    entry.friendlyName = reader.string(u"friendlyName"_s);
    if (auto why = FreeText::problem(entry.friendlyName))
        reader.fail(u"friendlyName"_s, *why);
    const QStringList serviceNames = reader.stringList(u"services"_s);
    QString bad;
    const auto services = ServiceNames::parse(serviceNames.join(QLatin1Char(',')), &bad);
    if (!services)
        reader.fail(u"services"_s, QCoreApplication::translate("CertificateEntry", "unknown service \"%1\"")
                                       .arg(FreeText::printable(bad)));
    else
        entry.services = *services;
    entry.internalOnly = reader.boolean(u"internalOnly"_s, false);
    if (!reader.ok())
        return reader.error();
    entry.unknown = JsonFields::unknownMembers(json, kKnown);
    return entry;
}

} // namespace ds::core
