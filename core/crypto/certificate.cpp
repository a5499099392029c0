#include "certificate.h"

#include "opensslptr.h"

#include <QTimeZone>
#include <openssl/core_names.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace ds::core {

QString describePublicKey(const EVP_PKEY* key); // privatekey.cpp

namespace {

std::shared_ptr<x509_st> share(X509* x509)
{
    return std::shared_ptr<x509_st>(x509, X509_free);
}

QString hexUpper(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex().toUpper());
}

} // namespace

// Shared helpers for the other crypto classes (declared where used).
QDateTime asn1TimeToDateTime(const ASN1_TIME* time);
QStringList dnsNamesOf(const GENERAL_NAMES* names);
QStringList ekuNames(const EXTENDED_KEY_USAGE* eku);

QDateTime asn1TimeToDateTime(const ASN1_TIME* time)
{
    struct tm tm = {};
    if (!time || !ASN1_TIME_to_tm(time, &tm))
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QStringList dnsNamesOf(const GENERAL_NAMES* names)
{
    QStringList result;
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        if (name->type != GEN_DNS)
            continue;
        const ASN1_STRING* value = name->d.dNSName;
        result << QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                                      ASN1_STRING_length(value));
    }
    return result;
}

QStringList ekuNames(const EXTENDED_KEY_USAGE* eku)
{
    QStringList result;
    if (!eku)
        return result;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); ++i) {
        const ASN1_OBJECT* object = sk_ASN1_OBJECT_value(eku, i);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            result << QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char buffer[128] = {};
            OBJ_obj2txt(buffer, sizeof buffer, object, 1);
            result << QString::fromLatin1(buffer);
        }
    }
    return result;
}

Result<Certificate> Certificate::fromDer(const QByteArray& der)
{
    OpenSsl::clearErrors();
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* in = begin;
    X509Ptr x509(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
    if (!x509) {
        OpenSsl::clearErrors();
        return Result<Certificate>::failure(ErrorCode::BadInput, tr("not a DER X.509 certificate"));
    }
    if (in != begin + der.size()) {
        return Result<Certificate>::failure(
            ErrorCode::BadInput,
            tr("%1 bytes of garbage follow the certificate").arg(begin + der.size() - in));
    }
    Certificate certificate;
    certificate.m_x509 = share(x509.release());
    certificate.m_der = der;
    return certificate;
}

Result<Certificate> Certificate::fromPem(const QByteArray& pem)
{
    OpenSsl::clearErrors();
    BioPtr bio = OpenSsl::memoryBio(pem);
    X509* x509 = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!x509) {
        OpenSsl::clearErrors();
        return Result<Certificate>::failure(ErrorCode::BadInput, tr("no PEM certificate found"));
    }
    return fromNative(x509);
}

QString Certificate::fingerprint(const QByteArray& der, Digest digest)
{
    if (der.isEmpty())
        return {};
    return hexUpper(OpenSsl::digest(digest == Digest::Sha1 ? "SHA1" : "SHA256", der));
}

Certificate Certificate::fromNative(x509_st* x509)
{
    Certificate certificate;
    if (!x509)
        return certificate;
    certificate.m_x509 = share(x509);
    certificate.m_der = OpenSsl::toDer(x509, i2d_X509);
    return certificate;
}

DistinguishedName Certificate::subjectName() const
{
    if (isCompact())
        return expanded().subjectName();
    return m_x509 ? DistinguishedName::fromX509Name(X509_get_subject_name(m_x509.get()))
                  : DistinguishedName();
}

DistinguishedName Certificate::issuerName() const
{
    if (isCompact())
        return expanded().issuerName();
    return m_x509 ? DistinguishedName::fromX509Name(X509_get_issuer_name(m_x509.get())) : DistinguishedName();
}

QString Certificate::subject() const
{
    if (m_summary)
        return m_summary->subject;
    return subjectName().toString();
}

QString Certificate::issuer() const
{
    if (m_summary)
        return m_summary->issuer;
    return issuerName().toString();
}

QString Certificate::commonName() const
{
    return subjectName().commonName();
}

QStringList Certificate::dnsNames() const
{
    if (m_summary)
        return m_summary->dnsNames;
    if (isCompact())
        return expanded().dnsNames();
    if (!m_x509)
        return {};
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(m_x509.get(), NID_subject_alt_name, nullptr, nullptr)));
    return dnsNamesOf(names.get());
}

QDateTime Certificate::notBefore() const
{
    if (m_summary)
        return m_summary->notBefore;
    if (isCompact())
        return expanded().notBefore();
    return m_x509 ? asn1TimeToDateTime(X509_get0_notBefore(m_x509.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    if (m_summary)
        return m_summary->notAfter;
    if (isCompact())
        return expanded().notAfter();
    return m_x509 ? asn1TimeToDateTime(X509_get0_notAfter(m_x509.get())) : QDateTime();
}

QString Certificate::serialNumber() const
{
    if (m_summary)
        return m_summary->serialNumber;
    if (isCompact())
        return expanded().serialNumber();
    if (!m_x509)
        return {};
    BignumPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_x509.get()), nullptr));
    if (!bn)
        return {};
    const OpenSslString hex(BN_bn2hex(bn.get()));
    return QString::fromLatin1(hex.get());
}

QString Certificate::thumbprint() const
{
    if (m_summary)
        return m_summary->thumbprint;
    return fingerprint(m_der, Digest::Sha1);
}

QString Certificate::sha256Fingerprint() const
{
    if (m_summary)
        return m_summary->sha256;
    return fingerprint(m_der, Digest::Sha256);
}

QByteArray Certificate::spkiDer() const
{
    if (isCompact())
        return expanded().spkiDer();
    if (!m_x509)
        return {};
    return OpenSsl::toDer(X509_get_X509_PUBKEY(m_x509.get()), i2d_X509_PUBKEY);
}

QByteArray Certificate::spkiSha256() const
{
    if (m_summary)
        return m_summary->spkiSha256;
    return OpenSsl::digest("SHA256", spkiDer());
}

bool Certificate::isSelfSigned() const
{
    if (m_summary)
        return m_summary->selfSigned;
    if (isCompact())
        return expanded().isSelfSigned();
    if (!m_x509)
        return false;
    const int result = X509_self_signed(m_x509.get(), 1);
    OpenSsl::clearErrors();
    return result == 1;
}

bool Certificate::isSelfIssued() const
{
    if (isCompact())
        return expanded().isSelfIssued();
    if (!m_x509)
        return false;
    const bool issued = X509_check_issued(m_x509.get(), m_x509.get()) == X509_V_OK;
    OpenSsl::clearErrors();
    return issued;
}

bool Certificate::isCa() const
{
    if (m_summary)
        return m_summary->ca;
    return m_x509 && (X509_get_extension_flags(m_x509.get()) & EXFLAG_CA) != 0;
}

bool Certificate::actsAsCa() const
{
    if (isCompact())
        return expanded().actsAsCa();
    return m_x509 && X509_check_ca(m_x509.get()) > 0;
}

QStringList Certificate::extendedKeyUsages() const
{
    if (m_summary)
        return m_summary->extendedKeyUsages;
    if (isCompact())
        return expanded().extendedKeyUsages();
    if (!m_x509)
        return {};
    ExtendedKeyUsagePtr eku(static_cast<EXTENDED_KEY_USAGE*>(
        X509_get_ext_d2i(m_x509.get(), NID_ext_key_usage, nullptr, nullptr)));
    return ekuNames(eku.get());
}

QStringList Certificate::keyUsage() const
{
    if (isCompact())
        return expanded().keyUsage();
    QStringList result;
    if (!m_x509 || !(X509_get_extension_flags(m_x509.get()) & EXFLAG_KUSAGE))
        return result;
    const uint32_t usage = X509_get_key_usage(m_x509.get());
    const std::pair<uint32_t, const char*> names[] = {{KU_DIGITAL_SIGNATURE, "digitalSignature"},
                                                      {KU_NON_REPUDIATION, "nonRepudiation"},
                                                      {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
                                                      {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
                                                      {KU_KEY_AGREEMENT, "keyAgreement"},
                                                      {KU_KEY_CERT_SIGN, "keyCertSign"},
                                                      {KU_CRL_SIGN, "cRLSign"},
                                                      {KU_ENCIPHER_ONLY, "encipherOnly"},
                                                      {KU_DECIPHER_ONLY, "decipherOnly"}};
    for (const auto& [bit, name] : names) {
        if (usage & bit)
            result << QString::fromLatin1(name);
    }
    return result;
}

QString Certificate::keyDescription() const
{
    if (m_summary)
        return m_summary->keyDescription;
    if (isCompact())
        return expanded().keyDescription();
    return m_x509 ? describePublicKey(X509_get0_pubkey(m_x509.get())) : QString();
}

QString Certificate::keyType() const
{
    if (isCompact())
        return expanded().keyType();
    const EVP_PKEY* key = m_x509 ? X509_get0_pubkey(m_x509.get()) : nullptr;
    const char* name = key ? EVP_PKEY_get0_type_name(key) : nullptr;
    return name ? QString::fromLatin1(name) : QString();
}

int Certificate::keyBits() const
{
    if (isCompact())
        return expanded().keyBits();
    const EVP_PKEY* key = m_x509 ? X509_get0_pubkey(m_x509.get()) : nullptr;
    return key ? EVP_PKEY_get_bits(key) : 0;
}

QString Certificate::keyGroup() const
{
    if (isCompact())
        return expanded().keyGroup();
    const EVP_PKEY* key = m_x509 ? X509_get0_pubkey(m_x509.get()) : nullptr;
    char group[80] = {};
    size_t length = 0;
    if (!key ||
        EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1) {
        OpenSsl::clearErrors();
        return {};
    }
    return QString::fromLatin1(group, static_cast<qsizetype>(length));
}

QString Certificate::signatureAlgorithm() const
{
    if (isCompact())
        return expanded().signatureAlgorithm();
    if (!m_x509)
        return {};
    return QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(m_x509.get())));
}

bool Certificate::isValidAt(const QDateTime& time) const
{
    return !isNull() && notBefore() <= time && time <= notAfter();
}

bool Certificate::isSignedBy(const Certificate& issuer) const
{
    if (isCompact())
        return expanded().isSignedBy(issuer);
    if (!m_x509 || issuer.isNull())
        return false;
    EVP_PKEY* key = X509_get0_pubkey(issuer.native());
    const bool ok = key && X509_verify(m_x509.get(), key) == 1;
    OpenSsl::clearErrors();
    return ok;
}

bool Certificate::matchesHost(const QString& name, QString* matchedName) const
{
    if (matchedName)
        matchedName->clear();
    if (isCompact())
        return expanded().matchesHost(name, matchedName);
    QString reference = name.trimmed();
    while (reference.endsWith(u'.'))
        reference.chop(1);
    if (!m_x509 || reference.isEmpty() || reference == u"."_s)
        return false;
    // Partial-label wildcards ("f*.example") are not RFC 6125's one-label form: refused.
    const QByteArray host = reference.toLower().toUtf8();
    char* peer = nullptr;
    const bool matched = X509_check_host(m_x509.get(), host.constData(), static_cast<size_t>(host.size()),
                                         X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, &peer) == 1;
    const OpenSslString peerName(peer);
    OpenSsl::clearErrors();
    if (matched && matchedName && peerName)
        *matchedName = QString::fromUtf8(peerName.get());
    return matched;
}

bool Certificate::matchesIpAddress(const QString& address) const
{
    if (isCompact())
        return expanded().matchesIpAddress(address);
    if (!m_x509)
        return false;
    const bool matched = X509_check_ip_asc(m_x509.get(), address.trimmed().toLatin1().constData(), 0) == 1;
    OpenSsl::clearErrors();
    return matched;
}

QByteArray Certificate::toPem() const
{
    if (isCompact())
        return expanded().toPem();
    if (!m_x509)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), m_x509.get());
    return OpenSsl::bioData(bio.get());
}

QString Certificate::textDump() const
{
    if (isCompact())
        return expanded().textDump();
    if (!m_x509)
        return {};
    QString text;
    auto line = [&text](const QString& label, const QString& value) {
        text += label + u": "_s + value + u'\n';
    };
    line(tr("Version"), QString::number(X509_get_version(m_x509.get()) + 1));
    line(tr("Serial number"), serialNumber());
    line(tr("Signature algorithm"), signatureAlgorithm());
    line(tr("Issuer"), issuer());
    line(tr("Valid from"), notBefore().toString(Qt::ISODate));
    line(tr("Valid until"), notAfter().toString(Qt::ISODate));
    line(tr("Subject"), subject());
    line(tr("Public key"), keyDescription());
    line(tr("Self-signed"), isSelfSigned() ? tr("yes") : tr("no"));
    line(tr("Certificate authority"), isCa() ? tr("yes") : tr("no"));
    line(tr("Thumbprint (SHA-1)"), thumbprint());
    line(tr("Fingerprint (SHA-256)"), sha256Fingerprint());
    line(tr("Public key SHA-256"), fingerprint(spkiDer(), Digest::Sha256));
    const int count = X509_get_ext_count(m_x509.get());
    if (count > 0)
        text += tr("Extensions:") + u'\n';
    for (int i = 0; i < count; ++i) {
        X509_EXTENSION* extension = X509_get_ext(m_x509.get(), i);
        const ASN1_OBJECT* object = X509_EXTENSION_get_object(extension);
        char name[128] = {};
        OBJ_obj2txt(name, sizeof name, object, 0);
        BioPtr bio(BIO_new(BIO_s_mem()));
        if (!X509V3_EXT_print(bio.get(), extension, 0, 0))
            ASN1_STRING_print(bio.get(), X509_EXTENSION_get_data(extension));
        QString value = QString::fromUtf8(OpenSsl::bioData(bio.get())).trimmed();
        value.replace(u'\n', u"\n      "_s);
        text += u"  "_s + QString::fromLatin1(name) +
                (X509_EXTENSION_get_critical(extension) ? tr(" (critical)") : QString()) + u":\n      "_s +
                value + u'\n';
    }
    OpenSsl::clearErrors();
    return text;
}

Certificate Certificate::compacted() const
{
    if (!m_x509 || m_summary)
        return *this;
    auto summary = std::make_shared<Summary>();
    summary->thumbprint = thumbprint();
    summary->sha256 = sha256Fingerprint();
    summary->subject = subject();
    summary->issuer = issuer();
    summary->dnsNames = dnsNames();
    summary->serialNumber = serialNumber();
    summary->notBefore = notBefore();
    summary->notAfter = notAfter();
    summary->selfSigned = isSelfSigned();
    summary->keyDescription = keyDescription();
    summary->extendedKeyUsages = extendedKeyUsages();
    summary->ca = isCa();
    summary->spkiSha256 = spkiSha256();
    Certificate compact;
    compact.m_der = m_der;
    compact.m_summary = std::move(summary);
    return compact;
}

Certificate Certificate::expanded() const
{
    if (m_x509)
        return *this;
    const auto* in = reinterpret_cast<const unsigned char*>(m_der.constData());
    Certificate full;
    full.m_der = m_der;
    full.m_x509 = share(d2i_X509(nullptr, &in, static_cast<long>(m_der.size())));
    OpenSsl::clearErrors();
    return full;
}

x509_st* Certificate::native() const
{
    if (!m_x509 && !m_der.isEmpty())
        m_x509 = expanded().m_x509; // parsed once on first use; the summary stays
    return m_x509.get();
}

} // namespace ds::core
