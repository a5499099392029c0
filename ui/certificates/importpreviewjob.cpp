#include "importpreviewjob.h"

#include "model/workspacecrypto.h"

using namespace Qt::StringLiterals;

namespace ds::ui {

using namespace ds::core;

ImportPreviewJob::ImportPreviewJob(QObject* parent)
    : BackgroundJob(parent)
{}

void ImportPreviewJob::start(const QString& path, const QString& password, const Workspace& workspace)
{
    BackgroundJob::start([path, password, workspace](JobContext& context) {
        return ImportPreviewJob::run(path, password, workspace, context.cancelFlag());
    });
}

Result<ImportPreview> ImportPreviewJob::run(const QString& path, const QString& password,
                                            const Workspace& workspace, const std::atomic_bool* cancel)
{
    auto bundle = CertificateImporter::importFile(path, password, cancel);
    if (!bundle.ok())
        return bundle.error();
    ImportPreview preview;
    preview.path = path;
    preview.password = password;
    preview.bundle = bundle.value();
    const QList<Certificate>& certificates = preview.bundle.certificates;
    if (certificates.isEmpty())
        return Result<ImportPreview>::failure(
            ErrorCode::BadInput, ImportPreviewJob::tr("%1: no certificate in the file").arg(path));

    // Pending requests by public key, to find the one this file completes.
    struct Pending
    {
        QString server;
        const PendingRequest* request;
    };
    QHash<QByteArray, Pending> pending;
    for (const Server& server : workspace.servers) {
        for (const PendingRequest& request : server.pendingRequests)
            pending.insert(request.spkiSha256, {server.name, &request});
    }
    // The leaf: the key's certificate for PKCS#12, else the first one completing a request, else
    // the first that is not a CA.
    int leaf = -1;
    if (!preview.bundle.key.isNull())
        leaf = 0;
    for (int i = 0; leaf < 0 && i < certificates.size(); ++i) {
        if (pending.contains(certificates.at(i).spkiSha256()))
            leaf = i;
    }
    for (int i = 0; leaf < 0 && i < certificates.size(); ++i) {
        if (!certificates.at(i).isCa())
            leaf = i;
    }
    preview.leafIndex = leaf < 0 ? 0 : leaf;
    const Certificate& shown = certificates.at(preview.leafIndex);
    preview.leaf = CertificateEntry::fromCertificate(shown);
    if (auto it = pending.constFind(shown.spkiSha256()); it != pending.constEnd()) {
        preview.matchedServer = it->server;
        preview.matchedRequest = it->request->thumbprint;
        preview.matchedFriendly = it->request->friendlyName;
        preview.leaf.privateKey = it->request->privateKey; // only to say "has a key" in the status
    }
    if (!preview.bundle.key.isNull())
        preview.leaf.privateKey = preview.bundle.key.toPkcs8Der();
    preview.hasPrivateKey = preview.leaf.hasPrivateKey();

    ChainVerifier verifier = WorkspaceCrypto::chainVerifier(workspace);
    for (int i = 0; i < certificates.size(); ++i) {
        if (i != preview.leafIndex)
            verifier.addIntermediate(certificates.at(i));
    }
    preview.chain = verifier.verifyForMutualTls(shown);
    preview.status = CertificateStatusEvaluator::evaluate(preview.leaf, verifier);
    preview.leaf.privateKey.clear();
    return preview;
}

} // namespace ds::ui
