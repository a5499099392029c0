#include "certificatemanager.h"

#include "crypto/certificateauthority.h"
#include "crypto/certificateimporter.h"
#include "crypto/certificaterequest.h"
#include "crypto/chainverifier.h"
#include "crypto/pkcs12writer.h"
#include "crypto/secrets.h"
#include "util/backgroundjob.h"
#include "util/clock.h"
#include "util/logging.h"
#include "workspacecrypto.h"

#include <QHash>
#include <QSet>
#include <optional>

using namespace Qt::StringLiterals;

namespace ds::core {

Result<int> CertificateManager::serverIndex(const Workspace& workspace, const QString& name)
{
    if (name.isEmpty()) {
        if (workspace.servers.size() == 1)
            return 0;
        if (workspace.servers.isEmpty())
            return Result<int>::failure(ErrorCode::Validation, tr("the workspace has no server"));
        QStringList names;
        for (const Server& server : workspace.servers)
            names << server.name;
        return Result<int>::failure(
            ErrorCode::Usage,
            tr("the workspace has several servers (%1): choose one with --server").arg(names.join(u", "_s)));
    }
    for (qsizetype i = 0; i < workspace.servers.size(); ++i) {
        if (workspace.servers.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return Result<int>::failure(ErrorCode::Usage, tr("no server named \"%1\" in the workspace").arg(name));
}

CertificateManager::Location CertificateManager::locate(const Workspace& workspace, const QString& thumbprint)
{
    Location location;
    const QString wanted = thumbprint.trimmed().remove(u':').remove(u' ');
    for (qsizetype s = 0; s < workspace.servers.size(); ++s) {
        const Server& server = workspace.servers.at(s);
        for (qsizetype c = 0; c < server.certificates.size(); ++c) {
            if (server.certificates.at(c).thumbprint.compare(wanted, Qt::CaseInsensitive) == 0) {
                location.serverIndex = static_cast<int>(s);
                location.certificateIndex = static_cast<int>(c);
                return location;
            }
        }
        for (qsizetype r = 0; r < server.pendingRequests.size(); ++r) {
            if (server.pendingRequests.at(r).thumbprint.compare(wanted, Qt::CaseInsensitive) == 0) {
                location.serverIndex = static_cast<int>(s);
                location.requestIndex = static_cast<int>(r);
                return location;
            }
        }
    }
    return location;
}

namespace {

struct PreparedKey
{
    PrivateKey key;
    CertificateRequest request;
};

Status checkFriendlyName(const QString& name)
{
    if (name.size() >= 64) {
        return Status::failure(
            ErrorCode::BadInput,
            CertificateManager::tr("the friendly name must be shorter than 64 characters (it has %1)")
                .arg(name.size()));
    }
    return {};
}

Result<PreparedKey> prepareRequest(const CertificateManager::RequestParams& params)
{
    auto subject = DistinguishedName::parse(params.subject);
    if (!subject.ok())
        return Result<PreparedKey>::failure(
            subject.error().code, CertificateManager::tr("subject: %1").arg(subject.error().message));
    if (auto name = checkFriendlyName(params.friendlyName); !name.ok())
        return name.error();
    // Check the names before spending time on an RSA key.
    if (auto names = CertificateRequest::normalizeDnsNames(params.domains); !names.ok())
        return Result<PreparedKey>::failure(ErrorCode::BadInput,
                                            CertificateManager::tr("domain: %1").arg(names.error().message));
    if (const QString cn = subject.value().commonName(); !cn.isEmpty()) {
        if (auto checked = CertificateRequest::normalizeDnsName(cn); !checked.ok())
            return Result<PreparedKey>::failure(
                ErrorCode::BadInput, CertificateManager::tr("subject CN: %1").arg(checked.error().message));
    }
    PreparedKey prepared;
    prepared.key = params.key;
    if (prepared.key.isNull()) {
        auto key = PrivateKey::generate(params.keySpec);
        if (!key.ok())
            return key.error();
        prepared.key = key.value();
    }
    auto request = CertificateRequest::create(subject.value(), params.domains, prepared.key);
    if (!request.ok())
        return request.error();
    prepared.request = request.value();
    return prepared;
}

} // namespace

Result<CertificateManager::CreatedRequest> CertificateManager::createRequest(Workspace& workspace,
                                                                             const QString& server,
                                                                             const RequestParams& params,
                                                                             const QString& passphrase)
{
    if (auto check = WorkspaceCrypto::checkPassphrase(workspace, passphrase); !check.ok())
        return check.error();
    auto index = serverIndex(workspace, server);
    if (!index.ok())
        return index.error();
    auto prepared = prepareRequest(params);
    if (!prepared.ok())
        return prepared.error();
    const PrivateKey& key = prepared.value().key;
    const CertificateRequest& csr = prepared.value().request;

    PendingRequest pending;
    bool encrypted = false;
    auto stored =
        WorkspaceCrypto::protectKey(SecretBytes(key.toPkcs8Der()).bytes(), workspace, passphrase, &encrypted);
    if (!stored.ok())
        return stored.error();
    pending.thumbprint = Certificate::fingerprint(key.spkiDer(), Certificate::Digest::Sha1);
    pending.csrDer = csr.toDer();
    pending.privateKey = stored.value();
    pending.keyEncrypted = encrypted;
    pending.exportable = params.exportable;
    pending.friendlyName = params.friendlyName.isEmpty() ? defaultFriendlyName() : params.friendlyName;
    pending.subject = csr.subject();
    pending.domains = csr.names();
    pending.keySpec = key.type() == KeySpec::Type::Ec ? (key.bits() > 256 ? u"ec:p384"_s : u"ec:p256"_s)
                                                      : u"rsa:%1"_s.arg(key.bits());
    pending.spkiSha256 = key.spkiSha256();
    pending.created = Clock::current().now();

    Workspace copy = workspace;
    copy.servers[index.value()].pendingRequests.append(pending);
    workspace = std::move(copy);
    qCDebug(lcCrypto) << "created request" << pending.thumbprint << "for" << pending.subject;
    return CreatedRequest{pending, csr.toDer(), csr.toPem()};
}

Result<CertificateEntry> CertificateManager::createSelfSigned(Workspace& workspace, const QString& server,
                                                              const RequestParams& params, int days,
                                                              const QString& passphrase)
{
    if (auto check = WorkspaceCrypto::checkPassphrase(workspace, passphrase); !check.ok())
        return check.error();
    auto index = serverIndex(workspace, server);
    if (!index.ok())
        return index.error();
    if (days < 1 || days > 3650)
        return Result<CertificateEntry>::failure(ErrorCode::Usage,
                                                 tr("--days must be between 1 and 3650 (got %1)").arg(days));
    auto prepared = prepareRequest(params);
    if (!prepared.ok())
        return prepared.error();
    const PrivateKey& key = prepared.value().key;
    const CertificateRequest& csr = prepared.value().request;
    auto certificate = CertificateAuthority::selfSigned(csr.subjectName(), csr.names(), key, days);
    if (!certificate.ok())
        return certificate.error();
    CertificateEntry entry = CertificateEntry::fromCertificate(certificate.value());
    bool encrypted = false;
    auto stored =
        WorkspaceCrypto::protectKey(SecretBytes(key.toPkcs8Der()).bytes(), workspace, passphrase, &encrypted);
    if (!stored.ok())
        return stored.error();
    entry.privateKey = stored.value();
    entry.keyEncrypted = encrypted;
    entry.exportable = params.exportable;
    entry.friendlyName = params.friendlyName.isEmpty() ? defaultFriendlyName() : params.friendlyName;
    entry.internalOnly = true;

    Workspace copy = workspace;
    copy.servers[index.value()].certificates.append(entry);
    workspace = std::move(copy);
    return entry;
}

Result<CertificateManager::ImportReport>
CertificateManager::importFile(Workspace& workspace, const QString& path, const QString& password,
                               const QString& server, const ImportOptions& options, const QString& passphrase)
{
    auto bundle = CertificateImporter::importFile(path, password);
    if (!bundle.ok())
        return bundle.error();
    return importBundle(workspace, bundle.value(), path, server, options, passphrase);
}

Result<QList<CertificateManager::ImportReport>>
CertificateManager::importFiles(Workspace& workspace, const QStringList& paths, const QString& password,
                                const QString& server, const ImportOptions& options,
                                const QString& passphrase)
{
    // Parsing (PKCS#12 key derivation above all) is independent per file and takes the time.
    std::vector<std::optional<Result<ImportedBundle>>> parsed(size_t(paths.size()));
    parallelFor(paths.size(), [&](qsizetype i) {
        parsed[size_t(i)].emplace(CertificateImporter::importFile(paths.at(i), password));
    });
    Workspace copy = workspace;
    QList<ImportReport> reports;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const auto& bundle = *parsed[size_t(i)];
        if (!bundle.ok())
            return bundle.error();
        auto report = importBundle(copy, bundle.value(), paths.at(i), server, options, passphrase);
        if (!report.ok())
            return report.error();
        reports.append(std::move(report.value()));
    }
    workspace = std::move(copy);
    return reports;
}

Result<CertificateManager::ImportReport>
CertificateManager::importData(Workspace& workspace, const QByteArray& data, const QString& fileName,
                               const QString& password, const QString& server, const ImportOptions& options,
                               const QString& passphrase)
{
    auto bundle = CertificateImporter::importData(data, fileName, password);
    if (!bundle.ok())
        return bundle.error();
    return importBundle(workspace, bundle.value(), fileName, server, options, passphrase);
}

Result<CertificateManager::ImportReport>
CertificateManager::importBundle(Workspace& workspace, const ImportedBundle& bundle, const QString& fileName,
                                 const QString& server, const ImportOptions& options,
                                 const QString& passphrase)
{
    using R = Result<ImportReport>;
    if (auto name = checkFriendlyName(options.friendlyName); !name.ok())
        return name.error();
    int explicitServer = -1;
    if (!server.isEmpty()) {
        auto index = serverIndex(workspace, server);
        if (!index.ok())
            return index.error();
        explicitServer = index.value();
    }
    const QList<Certificate>& certificates = bundle.certificates;
    const qsizetype count = certificates.size();

    // Every certificate is summarized once; names link leaves to the issuers in the same file.
    QList<CertificateEntry> entries;
    entries.reserve(count);
    QHash<QString, QList<qsizetype>> bySubject;
    for (qsizetype i = 0; i < count; ++i) {
        entries.append(CertificateEntry::fromCertificate(certificates.at(i)));
        bySubject[entries.last().subject].append(i);
    }
    QList<bool> isLeaf(count, true);
    if (!bundle.key.isNull()) {
        // The key's certificate (first) is the leaf; the rest is its chain.
        for (qsizetype i = 1; i < count; ++i)
            isLeaf[i] = false;
    } else {
        bool anyLeaf = false;
        for (qsizetype i = 0; i < count; ++i) {
            const CertificateEntry& entry = entries.at(i);
            if (entry.subject == entry.issuer)
                continue;
            for (qsizetype issuer : bySubject.value(entry.issuer)) {
                if (issuer != i && certificates.at(issuer).isCa())
                    isLeaf[issuer] = false;
            }
        }
        for (bool leaf : isLeaf)
            anyLeaf = anyLeaf || leaf;
        if (!anyLeaf)
            isLeaf.fill(true);
    }
    auto chainOf = [&](qsizetype leaf) {
        QList<QByteArray> chain;
        QSet<qsizetype> seen{leaf};
        qsizetype current = leaf;
        for (int depth = 0; depth < 8; ++depth) {
            const CertificateEntry& entry = entries.at(current);
            if (entry.subject == entry.issuer)
                break;
            const QList<qsizetype> candidates = bySubject.value(entry.issuer);
            qsizetype next = -1;
            for (qsizetype candidate : candidates) {
                if (seen.contains(candidate))
                    continue;
                if (candidates.size() == 1 ||
                    certificates.at(current).isSignedBy(certificates.at(candidate))) {
                    next = candidate;
                    break;
                }
            }
            if (next < 0)
                break;
            seen.insert(next);
            chain.append(entries.at(next).certificateDer);
            current = next;
        }
        return chain;
    };

    // Pending requests by public key digest.
    struct RequestRef
    {
        int server;
        qsizetype index;
    };
    QHash<QByteArray, RequestRef> requests;
    for (qsizetype s = 0; s < workspace.servers.size(); ++s) {
        const auto& pending = workspace.servers.at(s).pendingRequests;
        for (qsizetype r = 0; r < pending.size(); ++r)
            requests.insert(pending.at(r).spkiSha256, {static_cast<int>(s), r});
    }

    Workspace copy = workspace;
    QList<QHash<QString, qsizetype>> thumbprintIndex(copy.servers.size());
    for (qsizetype s = 0; s < copy.servers.size(); ++s) {
        const auto& list = copy.servers.at(s).certificates;
        for (qsizetype c = 0; c < list.size(); ++c)
            thumbprintIndex[s].insert(list.at(c).thumbprint, c);
    }
    ImportReport report;
    report.format = ImportedBundle::formatName(bundle.format);
    QSet<QString> completedRequests; // "server/thumbprint"
    QList<std::pair<int, QString>> toRemove;
    int defaultServer = -1;
    for (qsizetype i = 0; i < count; ++i) {
        if (!isLeaf.at(i))
            continue;
        CertificateEntry entry = entries.at(i);
        entry.chainDer = chainOf(i);
        int target = explicitServer;
        ImportedItem item;
        if (i == 0 && !bundle.key.isNull()) {
            bool encrypted = false;
            if (workspace.keysProtected()) {
                if (auto check = WorkspaceCrypto::checkPassphrase(workspace, passphrase); !check.ok())
                    return R::failure(check.error().code, u"%1: %2"_s.arg(fileName, check.error().message));
            }
            auto stored = WorkspaceCrypto::protectKey(SecretBytes(bundle.key.toPkcs8Der()).bytes(), workspace,
                                                      passphrase, &encrypted);
            if (!stored.ok())
                return stored.error();
            entry.privateKey = stored.value();
            entry.keyEncrypted = encrypted;
            entry.exportable = options.exportable;
            entry.friendlyName = !options.friendlyName.isEmpty()  ? options.friendlyName
                                 : !bundle.friendlyName.isEmpty() ? bundle.friendlyName.left(63)
                                                                  : defaultFriendlyName();
        } else if (auto it = requests.constFind(certificates.at(i).spkiSha256()); it != requests.constEnd()) {
            const PendingRequest& pending = workspace.servers.at(it->server).pendingRequests.at(it->index);
            if (explicitServer >= 0 && explicitServer != it->server) {
                return R::failure(
                    ErrorCode::BadInput,
                    tr("%1: the certificate \"%2\" completes a pending request of server %3, not %4")
                        .arg(fileName, entry.subject, workspace.servers.at(it->server).name,
                             workspace.servers.at(explicitServer).name));
            }
            target = it->server;
            entry.privateKey = pending.privateKey;
            entry.keyEncrypted = pending.keyEncrypted;
            entry.exportable = pending.exportable;
            entry.friendlyName = options.friendlyName.isEmpty() ? pending.friendlyName : options.friendlyName;
            item.matchedRequest = true;
            toRemove.append({it->server, pending.thumbprint});
        } else {
            if (options.requireMatch) {
                return R::failure(ErrorCode::BadInput,
                                  tr("%1: the certificate \"%2\" (thumbprint %3) matches no pending request")
                                      .arg(fileName, entry.subject, entry.thumbprint));
            }
            entry.friendlyName =
                options.friendlyName.isEmpty() ? defaultFriendlyName() : options.friendlyName;
        }
        if (target < 0) {
            if (defaultServer < 0) {
                auto index = serverIndex(workspace, QString());
                if (!index.ok())
                    return R::failure(index.error().code, u"%1: %2"_s.arg(fileName, index.error().message));
                defaultServer = index.value();
            }
            target = defaultServer;
        }
        Server& destination = copy.servers[target];
        item.server = destination.name;
        item.thumbprint = entry.thumbprint;
        item.subject = entry.subject;
        item.chainLength = static_cast<int>(entry.chainDer.size());
        if (auto existing = thumbprintIndex[target].constFind(entry.thumbprint);
            existing != thumbprintIndex[target].constEnd()) {
            CertificateEntry& old = destination.certificates[*existing];
            item.duplicate = true;
            if (!old.hasPrivateKey() && entry.hasPrivateKey()) {
                old.privateKey = entry.privateKey;
                old.keyEncrypted = entry.keyEncrypted;
                old.exportable = entry.exportable;
            }
            if (old.chainDer.isEmpty())
                old.chainDer = entry.chainDer;
            item.hasPrivateKey = old.hasPrivateKey();
            item.services = old.services;
            report.warnings << tr("certificate %1 was already in the workspace").arg(entry.thumbprint);
        } else {
            item.hasPrivateKey = entry.hasPrivateKey();
            thumbprintIndex[target].insert(entry.thumbprint, destination.certificates.size());
            destination.certificates.append(std::move(entry));
        }
        report.items.append(item);
    }
    for (const auto& removal : toRemove) {
        // Not a structured binding: clang 14 (the fuzz build) cannot capture those in a lambda.
        const QString& thumbprint = removal.second;
        auto& pending = copy.servers[removal.first].pendingRequests;
        pending.removeIf([&](const PendingRequest& r) { return r.thumbprint == thumbprint; });
    }
    if (report.items.isEmpty())
        return R::failure(ErrorCode::BadInput, tr("%1: nothing to import").arg(fileName));
    if (options.enable) {
        for (ImportedItem& item : report.items) {
            auto enabled = enable(copy, item.thumbprint, options.enable, options.replaceDefault);
            if (!enabled.ok())
                return enabled.error();
            item.services = enabled.value().services;
            report.warnings += enabled.value().warnings;
        }
    }
    workspace = std::move(copy);
    return report;
}

Result<CertificateManager::EnableReport> CertificateManager::enable(Workspace& workspace,
                                                                    const QString& thumbprint,
                                                                    Services services, bool replaceDefault)
{
    using R = Result<EnableReport>;
    const Location location = locate(workspace, thumbprint);
    if (!location.found())
        return R::failure(ErrorCode::BadInput, tr("no certificate with thumbprint %1").arg(thumbprint));
    if (location.requestIndex >= 0) {
        return R::failure(ErrorCode::Validation,
                          tr("%1 is a pending request: import the CA's certificate first").arg(thumbprint));
    }
    if (!services)
        return R::failure(ErrorCode::Usage, tr("no services to enable: give SMTP, IMAP, POP, IIS or UM"));
    Workspace copy = workspace;
    Server& server = copy.servers[location.serverIndex];
    CertificateEntry& entry = server.certificates[location.certificateIndex];
    if (!entry.hasPrivateKey()) {
        return R::failure(ErrorCode::Validation,
                          tr("certificate %1 has no private key: it cannot be enabled for %2")
                              .arg(entry.thumbprint, ServiceNames::format(services)));
    }
    const CertificateStatusReport time = CertificateStatusEvaluator::evaluateTime(entry);
    if (time.status == CertificateStatus::Expired || time.status == CertificateStatus::NotYetValid) {
        return R::failure(ErrorCode::Validation,
                          tr("certificate %1 is not currently valid (%2): it cannot be enabled")
                              .arg(entry.thumbprint, time.reason));
    }
    EnableReport report;
    if (services.testFlag(Service::SMTP) && !entry.services.testFlag(Service::SMTP)) {
        for (CertificateEntry& other : server.certificates) {
            if (&other == &entry || !other.services.testFlag(Service::SMTP))
                continue;
            if (!replaceDefault) {
                return R::failure(ErrorCode::Validation,
                                  tr("certificate %1 (%2) is the default SMTP certificate of server %3: give "
                                     "--replace-default to replace it")
                                      .arg(other.thumbprint, other.subject, server.name));
            }
            other.services.setFlag(Service::SMTP, false);
            report.replacedDefault = other.thumbprint;
        }
        if (entry.internalOnly) {
            report.warnings
                << tr("certificate %1 is self-signed: partners will not trust it for Domain Security")
                       .arg(entry.thumbprint);
        } else {
            const CertificateStatusReport status = CertificateManager::status(copy, entry);
            if (!status.trusted)
                report.warnings
                    << tr("certificate %1 is not trusted: %2").arg(entry.thumbprint, status.trustReason);
        }
        if (time.status == CertificateStatus::ExpiringSoon)
            report.warnings << tr("certificate %1 %2").arg(entry.thumbprint, time.reason);
    }
    entry.services |= services;
    report.services = entry.services;
    workspace = std::move(copy);
    return report;
}

Result<QByteArray> CertificateManager::exportCertificate(const Workspace& workspace,
                                                         const QString& thumbprint,
                                                         const ExportOptions& options,
                                                         const QString& passphrase)
{
    using R = Result<QByteArray>;
    const Location location = locate(workspace, thumbprint);
    if (!location.found())
        return R::failure(ErrorCode::BadInput,
                          tr("no certificate or pending request with thumbprint %1").arg(thumbprint));
    const Server& server = workspace.servers.at(location.serverIndex);
    if (location.requestIndex >= 0) {
        const PendingRequest& pending = server.pendingRequests.at(location.requestIndex);
        if (options.format == ExportFormat::Pfx)
            return R::failure(ErrorCode::Usage,
                              tr("%1 is a pending request: it exports as its PKCS#10 request (pem or der)")
                                  .arg(thumbprint));
        if (options.format == ExportFormat::Der)
            return pending.csrDer;
        auto csr = CertificateRequest::fromDer(pending.csrDer);
        if (!csr.ok())
            return csr.error();
        return csr.value().toPem();
    }
    const CertificateEntry& entry = server.certificates.at(location.certificateIndex);
    auto certificate = Certificate::fromDer(entry.certificateDer);
    if (!certificate.ok())
        return certificate.error();
    QList<Certificate> chain;
    for (const QByteArray& der : entry.chainDer) {
        auto issuer = Certificate::fromDer(der);
        if (!issuer.ok())
            return issuer.error();
        chain.append(issuer.value());
    }
    switch (options.format) {
    case ExportFormat::Der:
        return entry.certificateDer;
    case ExportFormat::Pem: {
        QByteArray pem = certificate.value().toPem();
        if (options.includeChain) {
            for (const Certificate& issuer : chain)
                pem += issuer.toPem();
        }
        return pem;
    }
    case ExportFormat::Pfx:
        break;
    }
    if (!entry.hasPrivateKey())
        return R::failure(
            ErrorCode::Validation,
            tr("certificate %1 has no private key: export it as pem or der").arg(entry.thumbprint));
    if (Status exportable = checkKeyExportable(entry); !exportable.ok())
        return exportable.error();
    if (options.password.isEmpty())
        return R::failure(ErrorCode::Usage, tr("a PFX export needs a password (--password-file)"));
    if (auto check = WorkspaceCrypto::checkPassphrase(workspace, passphrase); !check.ok())
        return check.error();
    auto key = PrivateKey::fromStored(entry.privateKey, entry.keyEncrypted, passphrase);
    if (!key.ok())
        return R::failure(key.error().code,
                          tr("the key of certificate %1: %2").arg(entry.thumbprint, key.errorMessage()));
    return Pkcs12Writer::write(
        key.value(), certificate.value(), options.includeChain ? chain : QList<Certificate>(),
        options.password, entry.friendlyName,
        options.legacyPfx ? Pkcs12Writer::Algorithm::Legacy : Pkcs12Writer::Algorithm::Modern);
}

Status CertificateManager::checkKeyExportable(const CertificateEntry& entry, bool overrideNonExportable)
{
    if (entry.exportable || overrideNonExportable)
        return {};
    return Status::failure(ErrorCode::BadInput,
                           tr("the private key of certificate %1 is not exportable").arg(entry.thumbprint));
}

Result<QList<Certificate>> CertificateManager::addTrustedRoots(Workspace& workspace, const QByteArray& data,
                                                               const QString& fileName)
{
    using R = Result<QList<Certificate>>;
    auto bundle = CertificateImporter::importData(data, fileName, QString());
    if (!bundle.ok())
        return bundle.error();
    QList<QByteArray> roots = workspace.trustedRoots;
    QList<Certificate> added;
    for (const Certificate& certificate : bundle.value().certificates) {
        if (!certificate.isCa() && !certificate.isSelfSigned()) {
            return R::failure(ErrorCode::BadInput,
                              tr("%1: \"%2\" is not a CA certificate; trust the partner's root CA instead")
                                  .arg(fileName, certificate.subject()));
        }
        if (roots.contains(certificate.toDer()))
            continue;
        roots.append(certificate.toDer());
        added.append(certificate);
    }
    workspace.trustedRoots = roots;
    return added;
}

QList<Certificate> CertificateManager::trustedRoots(const Workspace& workspace)
{
    QList<Certificate> result;
    for (const QByteArray& der : workspace.trustedRoots) {
        if (auto certificate = Certificate::fromDer(der); certificate.ok())
            result.append(certificate.value());
    }
    return result;
}

Status CertificateManager::removeTrustedRoot(Workspace& workspace, const QString& thumbprint)
{
    const QString wanted = thumbprint.trimmed().remove(u':');
    for (qsizetype i = 0; i < workspace.trustedRoots.size(); ++i) {
        if (Certificate::fingerprint(workspace.trustedRoots.at(i), Certificate::Digest::Sha1)
                .compare(wanted, Qt::CaseInsensitive) == 0) {
            workspace.trustedRoots.removeAt(i);
            return {};
        }
    }
    return Status::failure(ErrorCode::BadInput, tr("no trusted root with thumbprint %1").arg(thumbprint));
}

CertificateStatusReport CertificateManager::status(const Workspace& workspace, const CertificateEntry& entry)
{
    return status(entry, WorkspaceCrypto::chainVerifier(workspace));
}

CertificateStatusReport CertificateManager::status(const CertificateEntry& entry,
                                                   const ChainVerifier& verifier)
{
    return CertificateStatusEvaluator::evaluate(entry, verifier);
}

} // namespace ds::core
