#include "certificateimporter.h"

#include "keyprotector.h"
#include "opensslptr.h"
#include "pbebounds.h"
#include "secrets.h"
#include "util/logging.h"

#include <QByteArrayView>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

using R = Result<ImportedBundle>;

R fail(const QString& message)
{
    return R::failure(ErrorCode::BadInput, message);
}

// 1-based line number of offset (only computed for error messages).
qsizetype lineOf(QByteArrayView data, qsizetype offset)
{
    return data.first(offset).count('\n') + 1;
}

// The length of a DER element starting at data (tag + length + content), or -1.
qint64 derElementLength(QByteArrayView data)
{
    if (data.size() < 2)
        return -1;
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    qint64 length = p[1];
    qint64 header = 2;
    if (length & 0x80) {
        const int octets = static_cast<int>(length & 0x7F);
        if (octets == 0 || octets > 4 || data.size() < 2 + octets)
            return -1;
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | p[2 + i];
        header += octets;
    }
    return header + length;
}

// OpenSSL's legacy provider (RC2, RC4, DES) in a private library context, only while one old
// PKCS#12 file is read; the default context never gets the legacy algorithms.
class LegacyContext
{
public:
    LegacyContext()
    {
        m_ctx.reset(OSSL_LIB_CTX_new());
        if (m_ctx) {
            m_legacy = OSSL_PROVIDER_load(m_ctx.get(), "legacy");
            m_default = OSSL_PROVIDER_load(m_ctx.get(), "default");
        }
    }
    ~LegacyContext()
    {
        if (m_legacy)
            OSSL_PROVIDER_unload(m_legacy);
        if (m_default)
            OSSL_PROVIDER_unload(m_default);
    }
    LegacyContext(const LegacyContext&) = delete;
    LegacyContext& operator=(const LegacyContext&) = delete;
    OSSL_LIB_CTX* get() const { return m_legacy && m_default ? m_ctx.get() : nullptr; }

private:
    OsslLibCtxPtr m_ctx; // freed after the destructor unloaded the providers
    OSSL_PROVIDER* m_legacy = nullptr;
    OSSL_PROVIDER* m_default = nullptr;
};

struct Pkcs12Reader
{
    SecretBytes pass;
    const char* passData = nullptr;
    int passLength = 0;
    std::unique_ptr<LegacyContext> legacy;
    ImportedBundle* bundle = nullptr;
    QString error;

    OSSL_LIB_CTX* legacyContext()
    {
        if (!legacy)
            legacy = std::make_unique<LegacyContext>();
        return legacy->get();
    }

    STACK_OF(PKCS12_SAFEBAG) * decryptSafe(PKCS7* p7)
    {
        if (p7->d.encrypted && p7->d.encrypted->enc_data) {
            error = PbeBounds::check(p7->d.encrypted->enc_data->algorithm);
            if (!error.isEmpty())
                return nullptr;
        }
        auto* bags = PKCS12_unpack_p7encdata(p7, passData, passLength);
        if (bags)
            return bags;
        OpenSsl::clearErrors();
        OSSL_LIB_CTX* ctx = legacyContext();
        if (!ctx || !p7->d.encrypted || !p7->d.encrypted->enc_data)
            return nullptr;
        const PKCS7_ENC_CONTENT* content = p7->d.encrypted->enc_data;
        bags = static_cast<STACK_OF(PKCS12_SAFEBAG)*>(
            PKCS12_item_decrypt_d2i_ex(content->algorithm, ASN1_ITEM_rptr(PKCS12_SAFEBAGS), passData,
                                       passLength, content->enc_data, 1, ctx, nullptr));
        if (bags)
            bundle->legacyPkcs12 = true;
        OpenSsl::clearErrors();
        return bags;
    }

    PKCS8_PRIV_KEY_INFO* decryptKey(const PKCS12_SAFEBAG* bag)
    {
        if (const X509_SIG* shrouded = PKCS12_SAFEBAG_get0_pkcs8(bag)) {
            const X509_ALGOR* algorithm = nullptr;
            X509_SIG_get0(shrouded, &algorithm, nullptr);
            error = PbeBounds::check(algorithm);
            if (!error.isEmpty())
                return nullptr;
        }
        PKCS8_PRIV_KEY_INFO* info = PKCS12_decrypt_skey_ex(bag, passData, passLength, nullptr, nullptr);
        if (info)
            return info;
        OpenSsl::clearErrors();
        if (OSSL_LIB_CTX* ctx = legacyContext()) {
            info = PKCS12_decrypt_skey_ex(bag, passData, passLength, ctx, nullptr);
            if (info)
                bundle->legacyPkcs12 = true;
        }
        OpenSsl::clearErrors();
        return info;
    }

    bool readBags(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth)
    {
        if (depth > 4) {
            error = CertificateImporter::tr("PKCS#12 safe contents nest too deeply");
            return false;
        }
        for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
            const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
            const int nid = PKCS12_SAFEBAG_get_nid(bag);
            if (nid == NID_keyBag || nid == NID_pkcs8ShroudedKeyBag) {
                Pkcs8PrivKeyInfoPtr decrypted;
                const PKCS8_PRIV_KEY_INFO* info = nullptr;
                if (nid == NID_keyBag) {
                    info = PKCS12_SAFEBAG_get0_p8inf(bag);
                } else {
                    decrypted.reset(decryptKey(bag));
                    info = decrypted.get();
                }
                if (!info) {
                    if (error.isEmpty())
                        error = CertificateImporter::tr("the private key in the PKCS#12 file cannot be "
                                                        "decrypted (unsupported algorithm?)");
                    return false;
                }
                EvpPkeyPtr key(EVP_PKCS82PKEY(info));
                if (!key) {
                    error = CertificateImporter::tr("the private key in the PKCS#12 file is damaged");
                    return false;
                }
                if (!bundle->key.isNull()) {
                    error = CertificateImporter::tr("the PKCS#12 file holds more than one private key");
                    return false;
                }
                bundle->key = PrivateKey::fromNative(key.release());
                if (const OpenSslString name(PKCS12_get_friendlyname(const_cast<PKCS12_SAFEBAG*>(bag))); name)
                    bundle->friendlyName = QString::fromUtf8(name.get());
            } else if (nid == NID_certBag) {
                if (PKCS12_SAFEBAG_get_bag_nid(bag) != NID_x509Certificate)
                    continue;
                X509* x509 = PKCS12_SAFEBAG_get1_cert(bag);
                if (!x509) {
                    error = CertificateImporter::tr("a certificate in the PKCS#12 file is damaged");
                    return false;
                }
                bundle->certificates.append(Certificate::fromNative(x509));
            } else if (nid == NID_safeContentsBag) {
                if (!readBags(PKCS12_SAFEBAG_get0_safes(bag), depth + 1))
                    return false;
            }
        }
        return true;
    }
};

// Puts the certificate that matches the key first, as the leaf.
Status orderLeafFirst(ImportedBundle& bundle, const QString& fileName)
{
    if (bundle.key.isNull())
        return {};
    // SPKI digests, not a key comparison per certificate.
    const QByteArray keyDigest = bundle.key.spkiSha256();
    for (qsizetype i = 0; i < bundle.certificates.size(); ++i) {
        if (bundle.certificates.at(i).spkiSha256() == keyDigest) {
            bundle.certificates.move(i, 0);
            return {};
        }
    }
    if (bundle.certificates.isEmpty())
        return Status::failure(
            ErrorCode::BadInput,
            CertificateImporter::tr("%1: the file holds a private key but no certificate").arg(fileName));
    return Status::failure(
        ErrorCode::BadInput,
        CertificateImporter::tr("%1: the private key matches none of the certificates in the file")
            .arg(fileName));
}

R readPkcs7(const QByteArray& der, const QString& fileName, ImportedBundle bundle)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &in, static_cast<long>(der.size())));
    if (!p7) {
        OpenSsl::clearErrors();
        return fail(CertificateImporter::tr("%1: the PKCS#7 data is damaged").arg(fileName));
    }
    STACK_OF(X509)* certs = nullptr;
    if (OBJ_obj2nid(p7->type) == NID_pkcs7_signed && p7->d.sign)
        certs = p7->d.sign->cert;
    else if (OBJ_obj2nid(p7->type) == NID_pkcs7_signedAndEnveloped && p7->d.signed_and_enveloped)
        certs = p7->d.signed_and_enveloped->cert;
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        X509* x509 = sk_X509_value(certs, i);
        X509_up_ref(x509);
        bundle.certificates.append(Certificate::fromNative(x509));
    }
    if (bundle.certificates.isEmpty())
        return fail(CertificateImporter::tr("%1: the PKCS#7 file holds no certificates").arg(fileName));
    return bundle;
}

R readPkcs12(const QByteArray& der, const QString& fileName, const QString& password)
{
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &in, static_cast<long>(der.size())));
    if (!p12) {
        OpenSsl::clearErrors();
        return fail(CertificateImporter::tr("%1: the PKCS#12 data is damaged").arg(fileName));
    }
    ImportedBundle bundle;
    bundle.format = ImportedBundle::Format::Pkcs12;
    Pkcs12Reader reader;
    reader.bundle = &bundle;
    reader.pass = SecretBytes::fromUtf8(password);
    reader.passData = reader.pass.constData();
    reader.passLength = static_cast<int>(reader.pass.size());
    if (const QString tooLarge = PbeBounds::checkPkcs12Mac(p12.get()); !tooLarge.isEmpty())
        return fail(u"%1: %2"_s.arg(fileName, tooLarge));
    if (PKCS12_mac_present(p12.get())) {
        if (!PKCS12_verify_mac(p12.get(), reader.passData, reader.passLength)) {
            OpenSsl::clearErrors();
            // Windows writes "no password" as an absent (NULL) password rather than "".
            if (password.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0)) {
                reader.passData = nullptr;
            } else {
                OpenSsl::clearErrors();
                return fail(
                    password.isEmpty()
                        ? CertificateImporter::tr(
                              "%1: the PKCS#12 file needs a password (give --password-file)")
                              .arg(fileName)
                        : CertificateImporter::tr("%1: wrong password for the PKCS#12 file").arg(fileName));
            }
        }
    }
    const Pkcs7StackPtr safes(PKCS12_unpack_authsafes(p12.get()));
    if (!safes) {
        OpenSsl::clearErrors();
        return fail(CertificateImporter::tr("%1: the PKCS#12 contents are damaged").arg(fileName));
    }
    bool ok = true;
    for (int i = 0; ok && i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7* p7 = sk_PKCS7_value(safes.get(), i);
        const int nid = OBJ_obj2nid(p7->type);
        SafeBagStackPtr bags;
        if (nid == NID_pkcs7_data) {
            bags.reset(PKCS12_unpack_p7data(p7));
        } else if (nid == NID_pkcs7_encrypted) {
            bags.reset(reader.decryptSafe(p7));
            if (!bags && reader.error.isEmpty()) {
                reader.error =
                    PKCS12_mac_present(p12.get())
                        ? CertificateImporter::tr(
                              "the encrypted certificates cannot be decrypted (unsupported algorithm?)")
                        : CertificateImporter::tr("wrong password, or an unsupported encryption algorithm");
            }
        } else {
            continue;
        }
        if (!bags) {
            if (reader.error.isEmpty())
                reader.error = CertificateImporter::tr("the PKCS#12 contents are damaged");
            ok = false;
            break;
        }
        ok = reader.readBags(bags.get(), 0);
    }
    OpenSsl::clearErrors();
    if (!ok)
        return fail(u"%1: %2"_s.arg(fileName, reader.error));
    if (bundle.certificates.isEmpty())
        return fail(CertificateImporter::tr("%1: the PKCS#12 file holds no certificate").arg(fileName));
    if (auto ordered = orderLeafFirst(bundle, fileName); !ordered.ok())
        return ordered.error();
    return bundle;
}

R readDer(QByteArrayView data, const QString& fileName, const QString& password)
{
    const qint64 declared = derElementLength(data);
    if (declared < 0 || declared != data.size()) {
        if (declared > data.size())
            return fail(
                CertificateImporter::tr(
                    "%1: the DER data is truncated or not DER (it declares %2 bytes, the file has %3)")
                    .arg(fileName)
                    .arg(declared)
                    .arg(data.size()));
        return fail(CertificateImporter::tr("%1: garbage DER: not a certificate, PKCS#7 or PKCS#12 structure")
                        .arg(fileName));
    }
    // A deep copy: data may be a mapped file that goes away after the import.
    const QByteArray der(data.data(), data.size());
    OpenSsl::clearErrors();
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* in = begin;
    if (const X509Ptr x509(d2i_X509(nullptr, &in, static_cast<long>(der.size())));
        x509 && in == begin + der.size()) {
        ImportedBundle bundle;
        bundle.format = ImportedBundle::Format::Der;
        auto certificate = Certificate::fromDer(der);
        if (!certificate.ok())
            return fail(u"%1: %2"_s.arg(fileName, certificate.error().message));
        bundle.certificates.append(certificate.value());
        return bundle;
    }
    in = begin;
    if (const Pkcs12Ptr p12(d2i_PKCS12(nullptr, &in, static_cast<long>(der.size()))); p12)
        return readPkcs12(der, fileName, password);
    in = begin;
    if (const Pkcs7Ptr p7(d2i_PKCS7(nullptr, &in, static_cast<long>(der.size()))); p7) {
        ImportedBundle bundle;
        bundle.format = ImportedBundle::Format::Pkcs7;
        return readPkcs7(der, fileName, bundle);
    }
    in = begin;
    if (const X509ReqPtr req(d2i_X509_REQ(nullptr, &in, static_cast<long>(der.size()))); req) {
        OpenSsl::clearErrors();
        return fail(
            CertificateImporter::tr("%1: this is a certificate request, not a certificate: send it to the CA")
                .arg(fileName));
    }
    OpenSsl::clearErrors();
    return fail(CertificateImporter::tr("%1: garbage DER: not a certificate, PKCS#7 or PKCS#12 structure")
                    .arg(fileName));
}

R readPem(QByteArrayView data, qsizetype firstBegin, const QString& fileName, const QString& password,
          const std::atomic_bool* cancel)
{
    static constexpr QByteArrayView kBegin("-----BEGIN ");
    static constexpr QByteArrayView kDashes("-----");
    // RFC 7468 labels are short ("ENCRYPTED PRIVATE KEY" is the longest common one).
    static constexpr qsizetype kMaxLabelLength = 64;
    static constexpr qsizetype kMaxListedLabels = 5; // in "no certificate (found: …)"
    ImportedBundle bundle;
    bundle.format = ImportedBundle::Format::Pem;
    QStringList otherBlocks;
    bool moreOtherBlocks = false;
    bool sawRequest = false;
    QByteArray body; // reused for every block
    qsizetype pos = firstBegin;
    while (pos >= 0) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Result<ImportedBundle>::failure(ErrorCode::Cancelled,
                                                   CertificateImporter::tr("%1: cancelled").arg(fileName));
        const qsizetype labelStart = pos + kBegin.size();
        // The label is looked for only in the next few bytes: searching the rest of the data (for a
        // line break) made a file without line breaks quadratic, and a label goes into messages.
        const QByteArrayView labelWindow =
            data.sliced(labelStart)
                .first(std::min(kMaxLabelLength + kDashes.size(), data.size() - labelStart));
        const qsizetype labelLength = labelWindow.indexOf(kDashes);
        if (labelLength < 0 || labelWindow.first(labelLength).contains('\n')) {
            return fail(CertificateImporter::tr("%1: line %2: a malformed PEM \"-----BEGIN\" line")
                            .arg(fileName)
                            .arg(lineOf(data, pos)));
        }
        const qsizetype labelEnd = labelStart + labelLength;
        const QByteArrayView label = data.sliced(labelStart, labelEnd - labelStart);
        const QString labelText = QString::fromLatin1(label);
        qsizetype bodyStart = labelEnd + kDashes.size();
        QByteArray endMarker = "-----END " + label.toByteArray() + "-----";
        const qsizetype endPos = data.indexOf(endMarker, bodyStart);
        const qsizetype nextBegin = data.indexOf(kBegin, bodyStart);
        if (endPos < 0 || (nextBegin >= 0 && nextBegin < endPos)) {
            return fail(
                CertificateImporter::tr("%1: line %2: the PEM block \"%3\" has no END line (truncated file?)")
                    .arg(fileName)
                    .arg(lineOf(data, pos))
                    .arg(labelText));
        }
        QByteArrayView rawBody = data.sliced(bodyStart, endPos - bodyStart);
        // RFC 1421 headers ("Proc-Type: 4,ENCRYPTED") end at the first empty line.
        const bool hasHeaders = rawBody.indexOf(':') >= 0;
        if (hasHeaders) {
            if (label.endsWith("PRIVATE KEY") && rawBody.indexOf("ENCRYPTED") >= 0) {
                return fail(
                    CertificateImporter::tr(
                        "%1: line %2: legacy encrypted \"%3\" blocks are not supported; convert the key "
                        "to PKCS#8 (openssl pkcs8 -topk8)")
                        .arg(fileName)
                        .arg(lineOf(data, pos))
                        .arg(labelText));
            }
            qsizetype blank = rawBody.indexOf("\n\n");
            const qsizetype blankCrLf = rawBody.indexOf("\r\n\r\n");
            if (blank < 0 || (blankCrLf >= 0 && blankCrLf < blank))
                blank = blankCrLf;
            if (blank >= 0)
                rawBody = rawBody.sliced(blank);
        }
        body.resize(0);
        body.reserve(rawBody.size());
        for (const char c : rawBody) {
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t')
                body.append(c);
        }
        auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            return fail(CertificateImporter::tr("%1: line %2: the PEM block \"%3\" has a bad base64 body")
                            .arg(fileName)
                            .arg(lineOf(data, pos))
                            .arg(labelText));
        }
        const QByteArray& der = decoded.decoded;
        if (label == "CERTIFICATE" || label == "X509 CERTIFICATE") {
            auto certificate = Certificate::fromDer(der);
            if (!certificate.ok()) {
                return fail(CertificateImporter::tr("%1: line %2: the PEM certificate is damaged: %3")
                                .arg(fileName)
                                .arg(lineOf(data, pos))
                                .arg(certificate.error().message));
            }
            // Only the DER and the summary stay: a bundle can hold 10,000 certificates.
            bundle.certificates.append(certificate->compacted());
        } else if (label == "TRUSTED CERTIFICATE") {
            const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
            X509* x509 = d2i_X509_AUX(nullptr, &in, static_cast<long>(der.size()));
            if (!x509) {
                OpenSsl::clearErrors();
                return fail(CertificateImporter::tr("%1: line %2: the PEM certificate is damaged")
                                .arg(fileName)
                                .arg(lineOf(data, pos)));
            }
            bundle.certificates.append(Certificate::fromNative(x509));
        } else if (label == "PKCS7" || label == "CERTIFICATE CHAIN") {
            auto chain = readPkcs7(der, fileName, ImportedBundle());
            if (!chain.ok())
                return chain;
            bundle.certificates += chain.value().certificates;
            if (bundle.certificates.size() == chain.value().certificates.size())
                bundle.format = ImportedBundle::Format::Pkcs7;
        } else if (label.endsWith("PRIVATE KEY")) {
            // The plaintext key in base64 and in DER: wiped once parsed, whatever the outcome.
            const auto wipeKeyText = qScopeGuard([&body, &decoded] {
                Secrets::wipe(body);
                Secrets::wipe(decoded.decoded);
            });
            Result<PrivateKey> key = PrivateKey();
            if (label == "PRIVATE KEY") {
                key = PrivateKey::fromPkcs8Der(der);
            } else if (label == "ENCRYPTED PRIVATE KEY") {
                if (password.isEmpty())
                    return fail(CertificateImporter::tr("%1: the private key is encrypted: give its password")
                                    .arg(fileName));
                if (const QString tooLarge = PbeBounds::checkEncryptedPrivateKey(der); !tooLarge.isEmpty())
                    return fail(u"%1: %2"_s.arg(fileName, tooLarge));
                auto plain = KeyProtector::decrypt(der, password);
                if (!plain.ok())
                    return fail(CertificateImporter::tr("%1: wrong password for the encrypted private key")
                                    .arg(fileName));
                const SecretBytes plainDer(std::move(plain.value()));
                key = PrivateKey::fromPkcs8Der(plainDer.bytes());
            } else {
                const SecretBytes pem(data.sliced(pos, endPos + endMarker.size() - pos).toByteArray());
                key = PrivateKey::fromPem(pem.bytes());
            }
            if (!key.ok())
                return fail(CertificateImporter::tr("%1: line %2: %3")
                                .arg(fileName)
                                .arg(lineOf(data, pos))
                                .arg(key.error().message));
            if (!bundle.key.isNull())
                return fail(
                    CertificateImporter::tr("%1: the file holds more than one private key").arg(fileName));
            bundle.key = key.value();
        } else if (label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST") {
            sawRequest = true;
        } else if (!otherBlocks.contains(labelText)) {
            // A few labels say what the file is; all of them made the search (and the message) grow
            // with a file of many different labels.
            if (otherBlocks.size() < kMaxListedLabels)
                otherBlocks << labelText;
            else
                moreOtherBlocks = true;
        }
        pos = data.indexOf(kBegin, endPos + endMarker.size());
    }
    if (bundle.certificates.isEmpty()) {
        if (sawRequest)
            return fail(CertificateImporter::tr(
                            "%1: this is a certificate request, not a certificate: send it to the CA")
                            .arg(fileName));
        if (!bundle.key.isNull())
            return fail(
                CertificateImporter::tr("%1: the file holds a private key but no certificate").arg(fileName));
        return fail(CertificateImporter::tr("%1: no certificate in the PEM data (found: %2)")
                        .arg(fileName, otherBlocks.join(u", "_s) + (moreOtherBlocks ? u", …"_s : QString())));
    }
    if (auto ordered = orderLeafFirst(bundle, fileName); !ordered.ok())
        return ordered.error();
    return bundle;
}

} // namespace

QString ImportedBundle::formatName(Format format)
{
    switch (format) {
    case Format::Pem:
        return u"PEM"_s;
    case Format::Der:
        return u"DER"_s;
    case Format::Pkcs7:
        return u"PKCS#7"_s;
    case Format::Pkcs12:
        return u"PKCS#12"_s;
    }
    return {};
}

bool CertificateImporter::isPkcs12(const QByteArray& data)
{
    if (data.isEmpty() || static_cast<unsigned char>(data.at(0)) != 0x30 ||
        derElementLength(data) != data.size())
        return false;
    const auto* in = reinterpret_cast<const unsigned char*>(data.constData());
    const Pkcs12Ptr p12(d2i_PKCS12(nullptr, &in, static_cast<long>(data.size())));
    OpenSsl::clearErrors();
    return p12 != nullptr;
}

Result<ImportedBundle> CertificateImporter::importData(const QByteArray& data, const QString& fileName,
                                                       const QString& password,
                                                       const std::atomic_bool* cancel)
{
    const QByteArrayView view(data);
    qsizetype first = 0;
    while (first < view.size() && (view.at(first) == ' ' || view.at(first) == '\n' ||
                                   view.at(first) == '\r' || view.at(first) == '\t'))
        ++first;
    if (first == view.size())
        return fail(tr("%1: the file is empty").arg(fileName));
    if (static_cast<unsigned char>(view.at(0)) == 0x30)
        return readDer(view, fileName, password);
    const qsizetype begin = view.indexOf(QByteArrayView("-----BEGIN "));
    if (begin >= 0)
        return readPem(view, begin, fileName, password, cancel);
    return fail(
        tr("%1: not a certificate file: no PEM \"-----BEGIN\" line and not DER (which starts with an ASN.1 "
           "SEQUENCE)")
            .arg(fileName));
}

Result<ImportedBundle> CertificateImporter::importFile(const QString& path, const QString& password,
                                                       const std::atomic_bool* cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return fail(tr("%1: the file is empty").arg(path));
    if (size > kMaxFileSize)
        return fail(
            tr("%1: the file is too large (%2 MiB) for a certificate file").arg(path).arg(size >> 20));
    // Mapped, not read: a large bad file is rejected after looking at a few bytes.
    if (uchar* mapped = file.map(0, size)) {
        const QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), size);
        auto result = importData(view, path, password, cancel);
        file.unmap(mapped);
        return result;
    }
    qCDebug(lcCrypto) << "cannot map" << path << "- reading it";
    return importData(file.readAll(), path, password, cancel);
}

} // namespace ds::core
