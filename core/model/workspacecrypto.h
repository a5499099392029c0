#pragma once

#include "crypto/chainverifier.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ds::core {

struct Workspace;

// What combines a workspace with core/crypto: the chain verifier that knows the workspace's
// trusted roots and imported chains, and the workspace passphrase that protects its keys.
class WorkspaceCrypto
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCrypto)

public:
    // Everything the workspace knows: system store, trusted roots, every imported chain.
    static ChainVerifier chainVerifier(const Workspace& workspace);

    // BadInput with a clear message unless passphrase opens workspace (OK when not protected).
    static Status checkPassphrase(const Workspace& workspace, const QString& passphrase);

    // How a new key is stored in workspace: encrypted when the workspace has a passphrase.
    // Sets *encrypted accordingly.
    static Result<QByteArray> protectKey(const QByteArray& pkcs8Der, const Workspace& workspace,
                                         const QString& passphrase, bool* encrypted);

    // Sets, changes or removes (newPassphrase empty) the workspace passphrase and re-encrypts
    // every key of every certificate and pending request. oldPassphrase must open the workspace
    // when it is protected. On failure workspace is unchanged.
    static Status changePassphrase(Workspace& workspace, const QString& oldPassphrase,
                                   const QString& newPassphrase);
};

} // namespace ds::core
