#include "certificateinspector.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace {

struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};

QString nameToString(const X509_NAME* name)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, size);
}

QDateTime asn1Time(const ASN1_TIME* time)
{
    tm t{};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec),
                     Qt::UTC);
}

QString asn1String(const ASN1_STRING* string)
{
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, string);
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString normalized(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

} // namespace

ProbeReport::Certificate CertificateInspector::describe(X509* x, const QDateTime& now)
{
    ProbeReport::Certificate c;
    if (!x)
        return c;
    c.subject = nameToString(X509_get_subject_name(x));
    c.issuer = nameToString(X509_get_issuer_name(x));
    const X509_NAME* subject = X509_get_subject_name(x);
    const int cn = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (cn >= 0)
        c.commonName = asn1String(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, cn)));
    if (auto* names =
            static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr))) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
            if (name->type == GEN_DNS)
                c.dnsNames << asn1String(name->d.dNSName);
        }
        GENERAL_NAMES_free(names);
    }
    if (const ASN1_INTEGER* serial = X509_get0_serialNumber(x)) {
        if (BIGNUM* bn = ASN1_INTEGER_to_BN(serial, nullptr)) {
            char* hex = BN_bn2hex(bn);
            c.serialNumber = QString::fromLatin1(hex);
            OPENSSL_free(hex);
            BN_free(bn);
        }
    }
    c.notBefore = asn1Time(X509_get0_notBefore(x));
    c.notAfter = asn1Time(X509_get0_notAfter(x));
    if (c.notAfter.isValid())
        c.daysLeft = now.secsTo(c.notAfter) / 86400;
    if (EVP_PKEY* key = X509_get0_pubkey(x)) {
        c.keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        c.keyBits = EVP_PKEY_get_bits(key);
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length) == 1)
            c.curve = QString::fromLatin1(group, qsizetype(length));
    }
    if (auto* ekus =
            static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(x, NID_ext_key_usage, nullptr, nullptr))) {
        for (int i = 0; i < sk_ASN1_OBJECT_num(ekus); ++i) {
            const ASN1_OBJECT* object = sk_ASN1_OBJECT_value(ekus, i);
            const int nid = OBJ_obj2nid(object);
            if (nid != NID_undef) {
                c.extendedKeyUsages << QString::fromLatin1(OBJ_nid2sn(nid));
            } else {
                char oid[128] = {};
                OBJ_obj2txt(oid, sizeof oid, object, 1);
                c.extendedKeyUsages << QString::fromLatin1(oid);
            }
        }
        EXTENDED_KEY_USAGE_free(ekus);
    }
    c.isCa = X509_check_ca(x) > 0;
    c.selfIssued = X509_check_issued(x, x) == X509_V_OK;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(x, EVP_sha256(), digest, &length) == 1) {
        c.sha256 = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex(':').toUpper());
    }
    return c;
}

bool CertificateInspector::nameMatches(const QString& presentedName, const QString& referenceName)
{
    const QString presented = normalized(presentedName);
    QString reference = normalized(referenceName);
    if (presented.isEmpty() || reference.isEmpty())
        return false;
    if (reference.startsWith(QLatin1Char('.'))) {
        // Any subdomain of the domain, at any depth; a wildcard "*.d" names subdomains of d too.
        if (presented.startsWith(u"*."_s)) {
            const QString base = presented.mid(1); // ".d"
            return base == reference || base.endsWith(reference);
        }
        return presented.endsWith(reference) && presented.size() > reference.size();
    }
    if (presented.startsWith(u"*."_s)) {
        // RFC 6125: the wildcard stands for exactly one label.
        const qsizetype dot = reference.indexOf(QLatin1Char('.'));
        return dot > 0 && reference.mid(dot) == presented.mid(1);
    }
    return presented == reference;
}

QList<ProbeReport::NameMatch> CertificateInspector::matchNames(const ProbeReport::Certificate& certificate,
                                                               const QStringList& references,
                                                               const QStringList& referenceKinds)
{
    QList<ProbeReport::NameMatch> matches;
    const bool useCn = certificate.dnsNames.isEmpty();
    const QStringList presented = useCn ? QStringList{certificate.commonName} : certificate.dnsNames;
    for (qsizetype i = 0; i < references.size(); ++i) {
        ProbeReport::NameMatch match;
        match.reference = references[i];
        match.referenceKind = referenceKinds.value(i);
        for (const QString& name : presented) {
            if (nameMatches(name, references[i])) {
                match.matchedName = name;
                match.source = useCn ? u"cn"_s : u"san"_s;
                break;
            }
        }
        matches << match;
    }
    return matches;
}
