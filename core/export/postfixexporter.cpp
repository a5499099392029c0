#include "postfixexporter.h"

#include "crypto/secrets.h"
#include "model/certificatemanager.h"
#include "model/freetext.h"
#include "model/partnercertificate.h"
#include "model/receiveconnector.h"
#include "postfixapplier.h"
#include "postfixapplyscript.h"

#include <QHash>
#include <QMap>
#include <algorithm>

#if __has_include("crypto/keyprotector.h")
#include "crypto/keyprotector.h"
#define DS_HAVE_KEYPROTECTOR 1
#endif

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

const QString kDir = u"$config_directory/"_s + PostfixBundle::kSubdirectory + u'/';
const QString kCertFile = u"smtp-cert.pem"_s;
const QString kKeyFile = u"smtp-key.pem"_s;
const QString kRootsFile = u"trusted-roots.pem"_s;
const QString kPolicyFile = u"tls_policy"_s;
const QString kTransportFile = u"transport"_s;
// The last check of a pinned partner listener: any client certificate the pin map did not accept
// is refused, with a reply that says why (access(5) REJECT text; a regexp table needs no postmap).
const QString kUnpinnedFile = u"unpinned-client.regexp"_s;

// Reserved up front and without temporaries: no partial copy of a private key is left in freed
// memory, and the base64 copy is wiped.
QByteArray pem(const char* label, const QByteArray& der)
{
    const QByteArray begin = "-----BEGIN " + QByteArray(label) + "-----\n";
    const QByteArray end = "-----END " + QByteArray(label) + "-----\n";
    QByteArray base64 = der.toBase64();
    QByteArray out;
    out.reserve(begin.size() + base64.size() + base64.size() / 64 + 1 + end.size());
    out.append(begin);
    for (qsizetype i = 0; i < base64.size(); i += 64)
        out.append(base64.constData() + i, qMin<qsizetype>(64, base64.size() - i)).append('\n');
    out.append(end);
    Secrets::wipe(base64);
    return out;
}

// CIDR blocks covering [first, last] of IPv4 addresses.
QStringList ipv4Blocks(quint32 first, quint32 last)
{
    QStringList blocks;
    quint64 start = first;
    while (start <= last) {
        int prefix = 32;
        // Grow the block while it stays aligned and inside the range.
        while (prefix > 0) {
            const quint64 size = quint64(1) << (32 - (prefix - 1));
            if ((start & (size - 1)) != 0 || start + size - 1 > last)
                break;
            --prefix;
        }
        blocks << u"%1.%2.%3.%4/%5"_s.arg((start >> 24) & 0xFF)
                      .arg((start >> 16) & 0xFF)
                      .arg((start >> 8) & 0xFF)
                      .arg(start & 0xFF)
                      .arg(prefix);
        start += quint64(1) << (32 - prefix);
    }
    return blocks;
}

Result<QStringList> cidrBlocks(const IpRange& range)
{
    switch (range.kind()) {
    case IpRange::Kind::Single:
        return QStringList{range.firstAddress().toString() + (range.isIPv6() ? u"/128"_s : u"/32"_s)};
    case IpRange::Kind::Cidr:
        return QStringList{range.toString()};
    case IpRange::Kind::Range:
        if (range.isIPv6()) {
            return Result<QStringList>::failure(
                ErrorCode::Validation,
                PostfixExporter::tr(
                    "the IPv6 range %1 cannot be written as a Postfix CIDR map; use prefix notation")
                    .arg(range.toString()));
        }
        return ipv4Blocks(quint32(range.first().low), quint32(range.last().low));
    }
    return QStringList{};
}

// Exchange banners carry the reply code; Postfix adds it and expands $names.
Result<QString> postfixBanner(const QString& banner)
{
    QString text = banner.trimmed();
    if (text.startsWith(u"220 "_s) || text == u"220"_s)
        text = text.mid(4).trimmed();
    if (const auto problem = FreeText::problem(text))
        return Result<QString>::failure(ErrorCode::Validation,
                                        PostfixExporter::tr("banner cannot be exported: %1").arg(*problem));
    if (const auto problem = ReceiveConnector::postfixBannerProblem(text))
        return Result<QString>::failure(
            ErrorCode::Validation,
            PostfixExporter::tr("banner \"%1\" %2").arg(FreeText::printable(text), *problem));
    if (text.isEmpty())
        return QString();
    text.replace(u"$"_s, u"$$"_s);
    return text;
}

QString postfixSize(const ByteSize& size)
{
    return size.isUnlimited() ? u"0"_s : QString::number(size.bytes());
}

bool sourcedBy(const SendConnector& connector, const Server& server)
{
    return connector.sourceTransportServers.isEmpty() ||
           connector.sourceTransportServers.contains(server.name, Qt::CaseInsensitive);
}

int levelRank(const QString& level)
{
    static const QStringList order = {u"none"_s, u"may"_s, u"encrypt"_s, u"verify"_s, u"secure"_s};
    return int(order.indexOf(level));
}

struct Policy
{
    QString level;
    QStringList match;
    QStringList connectors;
    QStringList domains; // the plain partner domains the next hop serves
};

// The partner certificates of domains, in workspace order.
QList<PartnerCertificate> partnerCertificatesOf(const Workspace& workspace, const QStringList& domains)
{
    QList<PartnerCertificate> found;
    for (const PartnerCertificate& entry : workspace.partnerCertificates) {
        if (domains.contains(entry.domain.toString(), Qt::CaseInsensitive))
            found << entry;
    }
    return found;
}

// The distinct pins of certificates, in order. A pin is 64 hex digits by construction (derived
// from the DER on load), so it is safe in a map file; anything else is left out.
QStringList distinctPins(const QList<PartnerCertificate>& certificates)
{
    QStringList pins;
    for (const PartnerCertificate& entry : certificates) {
        auto pin = PartnerCertificate::parsePin(entry.pin);
        if (pin.ok() && !pins.contains(pin.value()))
            pins << pin.value();
    }
    return pins;
}

Result<QByteArray> plainKey(const CertificateEntry& certificate, const ExportOptions& options)
{
    if (!certificate.keyEncrypted)
        return certificate.privateKey;
#ifdef DS_HAVE_KEYPROTECTOR
    return KeyProtector::unprotect(certificate.privateKey, true, options.passphrase);
#else
    Q_UNUSED(options)
    return Result<QByteArray>::failure(
        ErrorCode::BadInput, PostfixExporter::tr("the key of certificate %1 is encrypted and this build "
                                                 "cannot decrypt it")
                                 .arg(certificate.thumbprint));
#endif
}

} // namespace

QString PostfixExporter::displayName() const
{
    return tr("Postfix configuration bundle");
}

Result<PostfixBundle> PostfixExporter::bundle(const Workspace& workspace, const Server& server,
                                              const ExportOptions& options, QStringList* warnings)
{
    QStringList ignoredWarnings;
    QStringList& warn = warnings ? *warnings : ignoredWarnings;
    PostfixBundle b;
    auto set = [&b](const QString& name, const QString& value) { b.mainSettings.append({name, value}); };
    auto fail = [](const QString& message) {
        return Result<PostfixBundle>::failure(ErrorCode::Validation, message);
    };
    const auto fileMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

    if (server.fqdn.isEmpty())
        return fail(tr("server %1 has no FQDN, which Postfix needs as myhostname").arg(server.name));
    set(u"myhostname"_s, server.fqdn);

    // Certificate: the same one is the server certificate and the client certificate, so the
    // partner can verify us in both directions.
    const CertificateEntry* certificate = server.smtpCertificate();
    if (!certificate) {
        warn << tr("server %1 has no certificate enabled for SMTP: no certificate is configured")
                    .arg(server.name);
    } else if (!certificate->hasPrivateKey()) {
        return fail(tr("the SMTP certificate %1 of server %2 has no private key in the workspace")
                        .arg(certificate->thumbprint, server.name));
    } else if (Status exportable =
                   CertificateManager::checkKeyExportable(*certificate, options.includePrivateKey);
               !exportable.ok()) {
        return Result<PostfixBundle>::failure(
            exportable.error().code,
            tr("%1: the Postfix bundle is not written; include the key only if it belongs on server %2 "
               "(--include-private-key)")
                .arg(exportable.errorMessage(), server.name));
    } else {
        auto key = plainKey(*certificate, options);
        if (!key)
            return Result<PostfixBundle>::failure(
                key.error().code,
                tr("the key of certificate %1: %2").arg(certificate->thumbprint, key.errorMessage()));
        QByteArray chain = pem("CERTIFICATE", certificate->certificateDer);
        for (const QByteArray& issuer : certificate->chainDer)
            chain += pem("CERTIFICATE", issuer);
        ExportFile certFile{
            kCertFile, chain, ExportFile::secretMode(), false,
            tr("certificate %1 and its chain (server and client certificate)").arg(certificate->thumbprint)};
        const SecretBytes plain(std::move(key.value()));
        ExportFile keyFile{kKeyFile, pem("PRIVATE KEY", plain.bytes()), ExportFile::secretMode(), true,
                           tr("private key of certificate %1").arg(certificate->thumbprint)};
        b.files << certFile << keyFile;
        for (const QString& prefix : {u"smtpd"_s, u"smtp"_s}) {
            set(prefix + u"_tls_cert_file"_s, kDir + kCertFile);
            set(prefix + u"_tls_key_file"_s, kDir + kKeyFile);
        }
    }

    if (workspace.trustedRoots.isEmpty()) {
        warn << tr("the workspace trusts no partner root CA: partner certificates cannot be verified");
    } else {
        QByteArray roots;
        for (const QByteArray& der : workspace.trustedRoots)
            roots += pem("CERTIFICATE", der);
        b.files << ExportFile{kRootsFile, roots, fileMode, false,
                              tr("trusted partner root CAs (verify partner server and client certificates)")};
        // Not smtpd_tls_CAfile/smtp_tls_CAfile: the partner roots are trusted only where partners
        // are met, by the partner listener's own -o smtpd_tls_CAfile= and by tafile= on the
        // partner's TLS policy entries (postconf(5), smtp_tls_policy_maps).
    }
    const bool haveRoots = !workspace.trustedRoots.isEmpty();
    // A file of the partner pinning (roots, pins, trust anchors) under stem, once per content: two
    // listeners of one partner share it, another partner with the same first domain gets "stem-2".
    auto partnerFile = [&b, fileMode](const QString& stem, const QByteArray& content,
                                      const QString& description, bool hashMap) {
        for (const ExportFile& file : std::as_const(b.files)) {
            if (file.content == content && (file.name == stem || file.name.startsWith(stem + u'-')))
                return file.name;
        }
        QString name = stem;
        for (int n = 2;; ++n) {
            const bool taken = std::any_of(b.files.cbegin(), b.files.cend(),
                                           [&name](const ExportFile& file) { return file.name == name; });
            if (!taken)
                break;
            name = stem + u'-' + QString::number(n);
        }
        b.files << ExportFile{name, content, fileMode, false, description};
        if (hashMap)
            b.hashMaps << name;
        return name;
    };
    // Opportunistic TLS where the administrator chose nothing; a global level already set (dane,
    // encrypt, none for a reason) is the administrator's and stays.
    for (const auto& [name, value] :
         {std::pair{u"smtpd_tls_security_level"_s, u"may"_s},
          std::pair{u"smtp_tls_security_level"_s, u"may"_s},
          std::pair{u"smtpd_tls_received_header"_s, u"yes"_s}, std::pair{u"smtpd_tls_loglevel"_s, u"1"_s},
          std::pair{u"smtp_tls_loglevel"_s, u"1"_s}}) {
        set(name, value);
        b.defaultOnlySettings << name;
    }

    // Receive connectors -> dedicated smtpd listeners.
    quint64 largest = 0;
    bool unlimited = false;
    auto noteSize = [&](const ByteSize& size) {
        if (size.isUnlimited())
            unlimited = true;
        else
            largest = std::max(largest, size.bytes());
    };
    // First what each connector needs (its listener options and the CIDR lines of its remote
    // ranges), then one listener per binding. Exchange lets several partner connectors share a
    // binding (the most specific remote range wins); one Postfix listener serves them all when
    // their settings agree, with the union of their ranges in its client map.
    struct Listener
    {
        const ReceiveConnector* connector = nullptr;
        bool partner = false;
        bool allAddresses = false;
        QByteArray cidrLines;
        QList<QPair<QString, QString>> options; // without smtpd_client_restrictions
    };
    QList<Listener> listeners;
    for (const ReceiveConnector& c : server.receiveConnectors) {
        const bool partner = c.domainSecureEnabled || c.usage == ReceiveUsage::Partner;
        if (!c.enabled) {
            warn << tr("receive connector %1 is disabled and not exported").arg(c.name);
            continue;
        }
        noteSize(c.maxMessageSize);
        if (!partner && !c.requireTLS) {
            warn << tr("receive connector %1 needs no TLS: Postfix's default smtpd service covers it, no "
                       "listener "
                       "is written")
                        .arg(c.name);
            continue;
        }
        if (c.bindings.isEmpty())
            return fail(tr("receive connector %1 has no binding to listen on").arg(c.name));
        Listener listener;
        listener.connector = &c;
        listener.partner = partner;
        listener.options.append({u"smtpd_tls_security_level"_s, u"encrypt"_s});
        QString relayRestrictions = u"reject_unauth_destination"_s;
        if (partner) {
            listener.options.append({u"smtpd_tls_ask_ccert"_s, u"yes"_s});
            listener.options.append({u"smtpd_tls_req_ccert"_s, u"yes"_s});
            QStringList domains;
            for (const SmtpDomain& domain : c.partnerDomains)
                domains << domain.toString();
            const QList<PartnerCertificate> pinned = partnerCertificatesOf(workspace, domains);
            const QStringList pins = distinctPins(pinned);
            if (pins.isEmpty()) {
                if (haveRoots)
                    listener.options.append({u"smtpd_tls_CAfile"_s, kDir + kRootsFile});
            } else {
                // The partner is its key, not its CA: only the partner's own roots verify the
                // client certificate on this listener, and check_ccert_access accepts only the
                // pinned public keys (postconf(5): the lookup key is the certificate fingerprint,
                // then the public-key fingerprint; our map holds public-key fingerprints only).
                const QString stem = domains.first();
                QList<QByteArray> roots = PartnerCertificate::issuingRoots(workspace.trustedRoots, pinned);
                if (roots.isEmpty()) {
                    warn << tr("receive connector %1: no trusted root issued the pinned certificates of %2; "
                               "the "
                               "listener verifies client certificates with every trusted partner root, and "
                               "the "
                               "pin still admits only the partner's key")
                                .arg(c.name, domains.join(u", "_s));
                    roots = workspace.trustedRoots;
                }
                if (roots.isEmpty())
                    return fail(
                        tr("receive connector %1 pins the keys of %2 but the workspace trusts no root "
                           "that could verify them")
                            .arg(c.name, domains.join(u", "_s)));
                QByteArray rootsPem;
                for (const QByteArray& der : std::as_const(roots))
                    rootsPem += pem("CERTIFICATE", der);
                const QString rootsFile = partnerFile(u"partner-roots-"_s + stem + u".pem"_s, rootsPem,
                                                      tr("root CAs of partner %1 (client certificates on its "
                                                         "listener)")
                                                          .arg(domains.join(u", "_s)),
                                                      false);
                QByteArray pinMap = "# " +
                                    tr("Public-key SHA-256 fingerprints of partner %1 (check_ccert_access).")
                                        .arg(domains.join(u", "_s))
                                        .toUtf8() +
                                    '\n';
                for (const PartnerCertificate& entry : pinned) {
                    if (!pins.contains(entry.pin))
                        continue;
                    pinMap += "# " + entry.domain.toString().toUtf8() + " " +
                              tr("certificate %1, valid until %2")
                                  .arg(entry.sha256, entry.notAfter.toUTC().toString(Qt::ISODate))
                                  .toUtf8() +
                              '\n';
                    pinMap += PartnerCertificate::postfixFingerprint(entry.pin).toUtf8() + "\tOK\n";
                }
                const QString pinsFile = partnerFile(
                    u"partner-pins-"_s + stem, pinMap,
                    tr("pinned public keys of partner %1 (check_ccert_access)").arg(domains.join(u", "_s)),
                    true);
                if (!std::any_of(b.files.cbegin(), b.files.cend(),
                                 [](const ExportFile& file) { return file.name == kUnpinnedFile; }))
                    b.files << ExportFile{
                        kUnpinnedFile,
                        "# " + tr("Any other client certificate on a pinned partner listener.").toUtf8() +
                            "\n/^/\tREJECT 5.7.1 client certificate public key is not pinned "
                            "for this partner\n",
                        fileMode, false, tr("refusal of client certificates whose key is not pinned")};
                listener.options.append({u"smtpd_tls_CAfile"_s, kDir + rootsFile});
                listener.options.append({u"smtpd_tls_fingerprint_digest"_s, u"sha256"_s});
                relayRestrictions +=
                    u",check_ccert_access,hash:%1%2,check_ccert_access,regexp:%1%3,reject"_s.arg(
                        kDir, pinsFile, kUnpinnedFile);
            }
        }
        listener.allAddresses = c.remoteIPRanges.isEmpty();
        for (const IpRange& range : c.remoteIPRanges)
            listener.allAddresses = listener.allAddresses || range.isAllAddresses();
        if (!listener.allAddresses) {
            if (!FreeText::problem(c.name))
                listener.cidrLines += "# " + c.name.toUtf8() + '\n';
            for (const IpRange& range : c.remoteIPRanges) {
                auto blocks = cidrBlocks(range);
                if (!blocks)
                    return fail(tr("receive connector %1: %2").arg(c.name, blocks.errorMessage()));
                for (const QString& block : blocks.value())
                    listener.cidrLines += block.toUtf8() + "\tOK\n";
            }
        } else if (partner) {
            warn << tr("receive connector %1 accepts every remote address; only the certificate check limits "
                       "it")
                        .arg(c.name);
        }
        listener.options.append({u"smtpd_relay_restrictions"_s, relayRestrictions});
        listener.options.append({u"smtpd_recipient_restrictions"_s, QString()});
        if (!c.fqdn.isEmpty() && c.fqdn.toString() != server.fqdn)
            listener.options.append({u"myhostname"_s, c.fqdn.toString()});
        if (!c.banner.isEmpty()) {
            auto banner = postfixBanner(c.banner);
            if (!banner)
                return fail(tr("receive connector %1: %2").arg(c.name, banner.errorMessage()));
            if (!banner.value().isEmpty())
                listener.options.append({u"smtpd_banner"_s, banner.value()});
        }
        listener.options.append({u"message_size_limit"_s, postfixSize(c.maxMessageSize)});
        listener.options.append({u"smtpd_recipient_limit"_s, QString::number(c.maxRecipientsPerMessage)});
        listener.options.append(
            {u"smtpd_timeout"_s, QString::number(c.connectionInactivityTimeout.seconds()) + u's'});
        listeners << listener;
    }

    // Bindings in the order they first appear, each with the connectors that listen on it.
    QStringList bindingOrder;
    QHash<QString, QList<int>> byBinding;
    QHash<QString, Binding> bindingOf;
    for (int i = 0; i < listeners.size(); ++i) {
        for (const Binding& binding : listeners.at(i).connector->bindings) {
            const QString key = binding.toString();
            if (!byBinding.contains(key)) {
                bindingOrder << key;
                bindingOf.insert(key, binding);
            }
            byBinding[key] << i;
        }
    }
    QHash<QString, QString> cidrFileOf; // connector group ("0,3") -> its client map
    for (const QString& key : std::as_const(bindingOrder)) {
        const QList<int>& group = byBinding.value(key);
        const Listener& first = listeners.at(group.first());
        QStringList names;
        QStringList groupKey;
        bool allAddresses = false;
        bool partner = false;
        for (int index : group) {
            const Listener& other = listeners.at(index);
            if (other.options != first.options)
                return fail(tr("receive connectors %1 and %2 share the binding %3 but differ in TLS, size, "
                               "banner or FQDN settings, which one Postfix listener cannot express")
                                .arg(first.connector->name, other.connector->name, key));
            names << other.connector->name;
            groupKey << QString::number(index);
            allAddresses = allAddresses || other.allAddresses;
            partner = partner || other.partner;
        }
        QList<QPair<QString, QString>> options = first.options;
        if (!allAddresses) {
            QString cidrName = cidrFileOf.value(groupKey.join(u','));
            if (cidrName.isEmpty()) {
                cidrName = u"clients-%1.cidr"_s.arg(cidrFileOf.size() + 1);
                cidrFileOf.insert(groupKey.join(u','), cidrName);
                QByteArray cidr =
                    "# " +
                    tr("Remote IP ranges of the receive connectors below; the first match wins.").toUtf8() +
                    '\n';
                for (int index : group)
                    cidr += listeners.at(index).cidrLines;
                cidr += "0.0.0.0/0\tREJECT not an authorized partner gateway\n";
                cidr += "::/0\tREJECT not an authorized partner gateway\n";
                b.files << ExportFile{
                    cidrName, cidr, fileMode, false,
                    tr("client CIDR access map of receive connector %1").arg(names.join(u", "_s))};
            }
            // Before the relay and recipient restrictions, as master.cf lists them.
            qsizetype before = 0;
            while (before < options.size() && options.at(before).first != u"smtpd_relay_restrictions"_s)
                ++before;
            options.insert(before, qMakePair(u"smtpd_client_restrictions"_s,
                                             u"check_client_access,cidr:%1%2,reject"_s.arg(kDir, cidrName)));
        } else if (group.size() > 1) {
            warn
                << tr("receive connectors %1 share the binding %2 and one of them accepts every address: the "
                      "listener accepts every address")
                       .arg(names.join(u", "_s), key);
        }

        const Binding& binding = bindingOf.value(key);
        PostfixBundle::Service service;
        if (binding.isAnyAddress()) {
            service.name = QString::number(binding.port());
            warn << tr("receive connector %1 listens on every address (%2): its Postfix listener "
                       "conflicts with "
                       "any other service on port %3")
                        .arg(names.join(u", "_s), key)
                        .arg(binding.port());
        } else {
            service.name = key;
        }
        service.type = u"inet"_s;
        service.fields = {service.name, u"inet"_s, u"n"_s, u"-"_s, u"n"_s, u"-"_s, u"-"_s, u"smtpd"_s};
        service.options = options;
        service.comment =
            tr("receive connector %1 (%2)")
                .arg(names.join(u", "_s), first.connector->domainSecureEnabled
                                              ? tr("domain security: verified client certificate required")
                                              : tr("TLS required"));
        for (const PostfixBundle::Service& other : std::as_const(b.services)) {
            if (other.key() == service.key())
                return fail(tr("receive connectors %1 listen on bindings that Postfix cannot tell apart (%2)")
                                .arg(names.join(u", "_s), service.name));
        }
        b.services << service;
    }

    // Send connectors -> transport and TLS policy entries keyed by the exact next hop.
    QMap<QString, QString> transport;
    QMap<QString, Policy> policies;
    for (const SendConnector& c : workspace.sendConnectors) {
        if (!sourcedBy(c, server))
            continue;
        if (!c.enabled) {
            warn << tr("send connector %1 is disabled and not exported").arg(c.name);
            continue;
        }
        noteSize(c.maxMessageSize);
        // The Exchange 2010+ TLS authentication level maps onto Postfix's levels (postconf(5),
        // smtp_tls_security_level): DomainValidation checks the name like "secure" (against the TLS
        // domain when set); Postfix has no chain-only check, so CertificateValidation becomes
        // "verify", which also checks the partner's name.
        QString level;
        if (c.ignoreStartTls)
            level = u"none"_s;
        else if (c.domainSecureEnabled || c.tlsAuthLevel == TlsAuthLevel::DomainValidation)
            level = u"secure"_s;
        else if (c.tlsAuthLevel == TlsAuthLevel::CertificateValidation)
            level = u"verify"_s;
        else if (c.requireTLS)
            level = u"encrypt"_s;
        if (c.tlsAuthLevel == TlsAuthLevel::CertificateValidation && !c.domainSecureEnabled)
            warn << tr("send connector %1: Postfix has no certificate check without the name check, so "
                       "CertificateValidation is written as \"verify\", which also checks the partner's name")
                        .arg(c.name);
        // "partner.example" matches that name, "*.partner.example" its subdomains (".partner.example").
        QStringList tlsDomainMatch;
        if (c.tlsAuthLevel == TlsAuthLevel::DomainValidation && !c.domainSecureEnabled &&
            !c.tlsDomain.isEmpty())
            tlsDomainMatch << (c.tlsDomain.startsWith(u"*."_s) ? c.tlsDomain.mid(1) : c.tlsDomain);
        QString smartHost;
        if (!c.dnsRoutingEnabled) {
            if (c.smartHosts.isEmpty())
                return fail(tr("send connector %1 routes through smart hosts but has none").arg(c.name));
            smartHost = c.smartHosts.first();
            if (c.smartHosts.size() > 1)
                warn << tr("send connector %1: Postfix uses only the first smart host %2")
                            .arg(c.name, smartHost);
            if (c.smartHostAuthMechanism != SmartHostAuthMechanism::None)
                warn << tr("send connector %1: smart host authentication is not exported").arg(c.name);
        }
        for (const AddressSpace& space : c.addressSpaces) {
            QString domain = space.domain();
            QString key = domain;
            if (domain == u"*"_s) {
                warn << tr("send connector %1: the address space * (all domains) is not exported; Postfix's "
                           "default routing applies")
                            .arg(c.name);
                continue;
            }
            if (domain.startsWith(u"*."_s)) {
                domain = domain.mid(2);
                key = u'.' + domain;
            }
            QString nexthop;
            if (!smartHost.isEmpty()) {
                const QString host =
                    smartHost.startsWith(u'[') ? smartHost.mid(1, smartHost.size() - 2) : smartHost;
                nexthop = u"[%1]:%2"_s.arg(host).arg(c.port);
                transport.insert(key, u"smtp:"_s + nexthop);
            } else if (c.port != 25) {
                nexthop = u"%1:%2"_s.arg(domain).arg(c.port);
                transport.insert(key, u"smtp:"_s + nexthop);
            } else {
                nexthop = key; // the policy table also looks up .parent keys
            }
            if (level.isEmpty())
                continue;
            Policy& policy = policies[nexthop];
            if (!policy.level.isEmpty() && policy.level != level)
                warn << tr("next hop %1 is used by connectors with different TLS levels; the strongest, %2, "
                           "is "
                           "written")
                            .arg(nexthop, levelRank(level) > levelRank(policy.level) ? level : policy.level);
            if (levelRank(level) > levelRank(policy.level))
                policy.level = level;
            QStringList matches = tlsDomainMatch;
            if (matches.isEmpty())
                matches << domain << u'.' + domain;
            for (const QString& m : matches) {
                if (!policy.match.contains(m))
                    policy.match << m;
            }
            if (!policy.domains.contains(domain))
                policy.domains << domain;
            if (!policy.connectors.contains(c.name))
                policy.connectors << c.name;
        }
    }
    QByteArray policyMap =
        "# " + tr("TLS policy per next hop, exactly as the transport map produces it.").toUtf8() + '\n';
    for (auto it = policies.cbegin(); it != policies.cend(); ++it) {
        policyMap += it.key().toUtf8() + '\t' + it->level.toUtf8();
        if (it->level == u"secure"_s || it->level == u"verify"_s) {
            policyMap += " match=" + it->match.join(u':').toUtf8();
            // Every domain of the next hop pinned: the trust anchors are the partner's public keys
            // (postconf(5), smtp_tls_trust_anchor_file), so only those keys are accepted, for the
            // partner's names. Otherwise the partner roots, as before.
            QStringList unpinned;
            QList<PartnerCertificate> pinned;
            for (const QString& domain : it->domains) {
                const QList<PartnerCertificate> ofDomain = partnerCertificatesOf(workspace, {domain});
                if (ofDomain.isEmpty())
                    unpinned << domain;
                pinned << ofDomain;
            }
            if (!pinned.isEmpty() && unpinned.isEmpty()) {
                QByteArray keys;
                QStringList written;
                for (const PartnerCertificate& entry : std::as_const(pinned)) {
                    if (written.contains(entry.pin))
                        continue;
                    written << entry.pin;
                    keys += pem("PUBLIC KEY", entry.certificate().spkiDer());
                }
                const QString taFile =
                    partnerFile(u"partner-keys-"_s + it->domains.first() + u".pem"_s, keys,
                                tr("pinned public keys of partner %1 (tafile= of its TLS policy)")
                                    .arg(it->domains.join(u", "_s)),
                                false);
                policyMap += " tafile=" + (kDir + taFile).toUtf8();
            } else {
                if (!pinned.isEmpty())
                    warn
                        << tr("next hop %1 serves the pinned partner domains and %2, which has no pin: it is "
                              "verified with the trusted partner roots")
                               .arg(it.key(), unpinned.join(u", "_s));
                if (haveRoots)
                    policyMap += " tafile=" + (kDir + kRootsFile).toUtf8();
            }
        }
        policyMap += '\n';
    }
    QByteArray transportMap = "# " + tr("Routes to smart hosts and non-standard ports.").toUtf8() + '\n';
    for (auto it = transport.cbegin(); it != transport.cend(); ++it)
        transportMap += it.key().toUtf8() + '\t' + it.value().toUtf8() + '\n';
    b.files << ExportFile{kPolicyFile, policyMap, fileMode, false,
                          tr("TLS policy map (smtp_tls_policy_maps)")};
    b.files << ExportFile{kTransportFile, transportMap, fileMode, false,
                          tr("transport map (transport_maps)")};
    b.hashMaps << kPolicyFile << kTransportFile;
    b.configDirectoryFiles << kPolicyFile;
    set(u"smtp_tls_policy_maps"_s, u"hash:"_s + kDir + kPolicyFile);
    set(u"transport_maps"_s, u"hash:"_s + kDir + kTransportFile);
    b.mergedListSettings << u"smtp_tls_policy_maps"_s << u"transport_maps"_s;
    if (unlimited)
        set(u"message_size_limit"_s, u"0"_s);
    else if (largest > 0)
        set(u"message_size_limit"_s, QString::number(largest));
    b.atLeastSettings << u"message_size_limit"_s;
    return b;
}

Result<ExportResult> PostfixExporter::generate(const Workspace& workspace, const Server& server,
                                               const ExportOptions& options) const
{
    ExportResult result;
    auto b = bundle(workspace, server, options, &result.warnings);
    if (!b)
        return b.error();
    const PostfixBundle& bundle = b.value();
    const QString sub = PostfixBundle::kSubdirectory + u'/';

    QString mainLines;
    for (const auto& setting : bundle.mainSettings) {
        if (bundle.mergedListSettings.contains(setting.first))
            mainLines +=
                u"# %1\n"_s.arg(tr("list setting: --apply puts this entry first and keeps existing ones"));
        const QString assignment = u"postconf -c \"$CONFIG_DIR\" -e %1"_s.arg(
            PostfixApplyScript::quote(setting.first + u'=' + setting.second));
        if (bundle.defaultOnlySettings.contains(setting.first)) {
            // The administrator's level (dane, encrypt, …) stays: only filled in where unset.
            mainLines +=
                u"[ -n \"$(postconf -c \"$CONFIG_DIR\" -n %1)\" ] || %2\n"_s.arg(setting.first, assignment);
        } else {
            mainLines += assignment + u'\n';
        }
    }
    QString masterLines;
    for (const PostfixBundle::Service& service : bundle.services) {
        masterLines += u"# %1\n"_s.arg(service.comment);
        masterLines +=
            u"postconf -c \"$CONFIG_DIR\" -M %1\n"_s.arg(PostfixApplyScript::quote(service.postconfEntry()));
    }

    const QString apply = PostfixApplyScript::generate(bundle);

    QString readme;
    readme += tr("DomainSecure Postfix bundle for server %1 (%2)").arg(server.name, server.fqdn) + u"\n\n"_s;
    readme += tr("Apply it as root with one of:") + u"\n"_s;
    readme +=
        u"  domainsecure-cli export postfix --server %1 --out DIR --apply /etc/postfix\n"_s.arg(server.name);
    readme += u"  sh apply.sh /etc/postfix\n"_s;
    readme +=
        tr("then reload Postfix (postfix reload). Only the settings listed in main.cf.postconf, the services "
           "in "
           "master.cf.postconf and the files under CONFIG_DIR/%1/ are written; nothing else is changed.")
            .arg(PostfixBundle::kSubdirectory) +
        u"\n"_s;
    readme +=
        tr("Both check everything before the first change, never lower a TLS level, size limit or list the "
           "administrator set, and refuse to replace the administrator's own certificate, host name or "
           "listener unless --allow-global-change is given. Both copy the files they change to "
           "CONFIG_DIR/%1TIME first and, if a step fails, put them back and verify them.")
            .arg(PostfixApplier::kBackupPrefix) +
        u"\n\n"_s;
    readme += tr("Files:") + u"\n"_s;
    readme += u"  main.cf.postconf    %1\n"_s.arg(tr("main.cf settings as postconf -e lines"));
    readme += u"  master.cf.postconf  %1\n"_s.arg(tr("master.cf services as postconf -M lines"));
    readme += u"  apply.sh            %1\n"_s.arg(
        tr("checks, copies, installs the files and runs the postconf, postmap and check steps"));
    for (const ExportFile& file : bundle.files)
        readme += u"  %1%2\n      %3\n"_s.arg(sub, file.name, file.description);
    readme += u"\n"_s + tr("Listeners:") + u"\n"_s;
    if (bundle.services.isEmpty())
        readme += u"  "_s + tr("none") + u"\n"_s;
    for (const PostfixBundle::Service& service : bundle.services)
        readme += u"  %1  %2\n"_s.arg(service.key(), service.comment);
    readme += u"\n"_s + tr("Notes:") + u"\n"_s;
    readme += u"  - "_s +
              tr("The TLS policy map is keyed by the next hop the transport map produces ([ip]:port for a "
                 "smart host), with match= naming the partner domain: an entry keyed by the domain alone "
                 "would never be used.") +
              u"\n"_s;
    readme += u"  - "_s +
              tr("A partner listener requires STARTTLS and a client certificate issued by a trusted partner "
                 "root, and accepts only the partner's IP ranges. smtpd checks the chain, not the name.") +
              u"\n"_s;
    readme += u"  - "_s +
              tr("A certificate mismatch defers mail (4.7.5); it stays in the queue, it is not lost.") +
              u"\n"_s;
    for (const QString& warning : std::as_const(result.warnings))
        readme += u"  - "_s + tr("Warning: %1").arg(warning) + u"\n"_s;

    const auto fileMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    result.files << ExportFile{u"README.txt"_s, readme.toUtf8(), fileMode, false,
                               tr("what the bundle does and how to apply it")};
    result.files << ExportFile{u"main.cf.postconf"_s, mainLines.toUtf8(), fileMode, false,
                               tr("main.cf settings as postconf -e lines")};
    result.files << ExportFile{u"master.cf.postconf"_s, masterLines.toUtf8(), fileMode, false,
                               tr("master.cf services as postconf -M lines")};
    result.files << ExportFile{u"apply.sh"_s, apply.toUtf8(),
                               fileMode | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                   QFileDevice::ExeOther,
                               false, tr("shell script that applies the bundle")};
    for (ExportFile file : bundle.files) {
        file.name = sub + file.name;
        result.files << file;
    }
    return result;
}

} // namespace ds::core
