#include "workspacecrypto.h"

#include "crypto/keyprotector.h"
#include "crypto/secrets.h"
#include "workspace.h"

namespace ds::core {

ChainVerifier WorkspaceCrypto::chainVerifier(const Workspace& workspace)
{
    ChainVerifier verifier;
    for (const QByteArray& der : workspace.trustedRoots) {
        if (auto root = Certificate::fromDer(der); root.ok())
            verifier.addTrustedRoot(root.value());
    }
    for (const Server& server : workspace.servers) {
        for (const CertificateEntry& entry : server.certificates) {
            for (const QByteArray& der : entry.chainDer) {
                if (verifier.hasIntermediate(der))
                    continue;
                if (auto issuer = Certificate::fromDer(der); issuer.ok())
                    verifier.addIntermediate(issuer.value());
            }
        }
    }
    return verifier;
}

Status WorkspaceCrypto::checkPassphrase(const Workspace& workspace, const QString& passphrase)
{
    if (!workspace.keysProtected())
        return {};
    if (passphrase.isEmpty()) {
        return Status::failure(ErrorCode::BadInput,
                               tr("the workspace keys are protected: a passphrase is needed"));
    }
    if (!KeyProtector::checkVerifier(workspace.passphraseVerifier, passphrase))
        return Status::failure(ErrorCode::BadInput, tr("wrong workspace passphrase"));
    return {};
}

Result<QByteArray> WorkspaceCrypto::protectKey(const QByteArray& pkcs8Der, const Workspace& workspace,
                                               const QString& passphrase, bool* encrypted)
{
    if (encrypted)
        *encrypted = false;
    if (!workspace.keysProtected())
        return pkcs8Der;
    auto result = KeyProtector::encrypt(pkcs8Der, passphrase);
    if (result.ok() && encrypted)
        *encrypted = true;
    return result;
}

Status WorkspaceCrypto::changePassphrase(Workspace& workspace, const QString& oldPassphrase,
                                         const QString& newPassphrase)
{
    if (auto check = checkPassphrase(workspace, oldPassphrase); !check.ok())
        return check;
    Workspace copy = workspace;
    const bool protect = !newPassphrase.isEmpty();
    auto rewrap = [&](QByteArray& key, bool& encrypted) -> Status {
        if (key.isEmpty())
            return {};
        auto unprotected = KeyProtector::unprotect(key, encrypted, oldPassphrase);
        if (!unprotected.ok())
            return unprotected.error();
        // Wiped unless it becomes the stored key (shared with key, SecretBytes only lets go).
        const SecretBytes plain(std::move(unprotected.value()));
        if (protect) {
            auto wrapped = KeyProtector::encrypt(plain.bytes(), newPassphrase);
            if (!wrapped.ok())
                return wrapped.error();
            key = wrapped.value();
        } else {
            key = plain.bytes();
        }
        encrypted = protect;
        return {};
    };
    for (Server& server : copy.servers) {
        for (CertificateEntry& entry : server.certificates) {
            if (auto status = rewrap(entry.privateKey, entry.keyEncrypted); !status.ok())
                return Status::failure(
                    status.error().code,
                    tr("certificate %1: %2").arg(entry.thumbprint, status.error().message));
        }
        for (PendingRequest& request : server.pendingRequests) {
            if (auto status = rewrap(request.privateKey, request.keyEncrypted); !status.ok())
                return Status::failure(
                    status.error().code,
                    tr("pending request %1: %2").arg(request.thumbprint, status.error().message));
        }
    }
    if (protect) {
        copy.passphraseVerifier = KeyProtector::makeVerifier(newPassphrase);
        if (copy.passphraseVerifier.isEmpty())
            return Status::failure(ErrorCode::Io, tr("cannot derive the passphrase verifier"));
    } else {
        copy.passphraseVerifier.clear();
    }
    workspace = std::move(copy);
    return {};
}

} // namespace ds::core
