#include "partnercertificate.h"

#include "crypto/certificate.h"
#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
const QStringList kKnown = {u"domain"_s, u"certificate"_s, u"pin"_s,       u"sha256"_s,  u"subject"_s,
                            u"issuer"_s, u"names"_s,       u"notBefore"_s, u"notAfter"_s};
} // namespace

PartnerCertificate PartnerCertificate::fromCertificate(const SmtpDomain& domain,
                                                       const Certificate& certificate)
{
    PartnerCertificate entry;
    entry.domain = domain;
    if (certificate.isNull())
        return entry;
    entry.certificateDer = certificate.toDer();
    entry.pin = Certificate::fingerprint(certificate.spkiDer(), Certificate::Digest::Sha256);
    entry.sha256 = certificate.sha256Fingerprint();
    entry.subject = certificate.subject();
    entry.issuer = certificate.issuer();
    entry.names = certificate.dnsNames();
    entry.notBefore = certificate.notBefore();
    entry.notAfter = certificate.notAfter();
    return entry;
}

Certificate PartnerCertificate::certificate() const
{
    auto parsed = Certificate::fromDer(certificateDer);
    return parsed.ok() ? parsed.value() : Certificate();
}

Result<QString> PartnerCertificate::parsePin(const QString& text)
{
    QString pin = text.trimmed();
    pin.remove(u':');
    pin = pin.toUpper();
    bool hex = pin.size() == 64;
    for (qsizetype i = 0; hex && i < pin.size(); ++i) {
        const QChar c = pin.at(i);
        hex = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F');
    }
    if (!hex)
        return Result<QString>::failure(ErrorCode::BadInput,
                                        tr("a pin is the SHA-256 of a public key: 64 hexadecimal digits, "
                                           "optionally in pairs joined by \":\""));
    return pin;
}

QString PartnerCertificate::postfixFingerprint(const QString& pin)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < pin.size(); i += 2)
        pairs << pin.mid(i, 2).toUpper();
    return pairs.join(u':');
}

bool PartnerCertificate::carriesDomain() const
{
    const Certificate parsed = certificate();
    return !parsed.isNull() && !domain.isEmpty() && parsed.matchesHost(domain.toString());
}

QList<QByteArray> PartnerCertificate::issuingRoots(const QList<QByteArray>& roots,
                                                   const QList<PartnerCertificate>& certificates)
{
    QList<Certificate> leaves;
    for (const PartnerCertificate& entry : certificates) {
        if (const Certificate leaf = entry.certificate(); !leaf.isNull())
            leaves << leaf;
    }
    QList<QByteArray> found;
    for (const QByteArray& der : roots) {
        auto root = Certificate::fromDer(der);
        if (!root.ok())
            continue;
        for (const Certificate& leaf : std::as_const(leaves)) {
            if (leaf.issuerName() == root->subjectName() && leaf.isSignedBy(root.value())) {
                found << der;
                break;
            }
        }
    }
    return found;
}

QJsonObject PartnerCertificate::toJson() const
{
    QJsonObject json = unknown;
    json[u"domain"_s] = domain.toString();
    json[u"certificate"_s] = JsonFields::fromBinary(certificateDer);
    // Stored for readers of the file only; fromJson derives them from the certificate again.
    json[u"pin"_s] = pin;
    json[u"sha256"_s] = sha256;
    json[u"subject"_s] = subject;
    json[u"issuer"_s] = issuer;
    json[u"names"_s] = JsonFields::fromStringList(names);
    json[u"notBefore"_s] = JsonFields::fromDateTime(notBefore);
    json[u"notAfter"_s] = JsonFields::fromDateTime(notAfter);
    return json;
}

Result<PartnerCertificate> PartnerCertificate::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader reader(json, path);
    const QString domainText = reader.string(u"domain"_s);
    SmtpDomain domain;
    if (reader.ok()) {
        auto parsed = SmtpDomain::parse(domainText);
        if (!parsed.ok())
            reader.fail(u"domain"_s, parsed.errorMessage());
        else
            domain = parsed.value();
    }
    const QByteArray der = reader.binary(u"certificate"_s);
    if (reader.ok() && der.isEmpty())
        reader.fail(u"certificate"_s, tr("has no DER data"));
    // The pin and the summary come from the DER: a file that names one key and carries another
    // certificate must not be believed. The stored fields are only checked for their JSON types.
    PartnerCertificate entry;
    if (reader.ok()) {
        auto certificate = Certificate::fromDer(der);
        if (!certificate.ok())
            reader.fail(u"certificate"_s, certificate.errorMessage());
        else
            entry = fromCertificate(domain, certificate.value());
    }
    for (const QString& key :
         {u"pin"_s, u"sha256"_s, u"subject"_s, u"issuer"_s, u"notBefore"_s, u"notAfter"_s})
        (void)reader.string(key);
    (void)reader.stringList(u"names"_s);
    if (!reader.ok())
        return reader.error();
    entry.unknown = JsonFields::unknownMembers(json, kKnown);
    return entry;
}

} // namespace ds::core
