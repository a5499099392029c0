#include "importpreviewjob.h"

#include "crypto/opensslthreadscope.h"
#include "model/workspacecrypto.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

ImportPreviewJob::ImportPreviewJob(QObject* parent)
    : QObject(parent)
{}

ImportPreviewJob::~ImportPreviewJob()
{
    cancel();
}

bool ImportPreviewJob::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void ImportPreviewJob::start(const QString& path, const QString& password, const Workspace& workspace)
{
    cancel();
    m_watcher = new QFutureWatcher<Result<ImportPreview>>(this);
    auto* watcher = m_watcher;
    connect(watcher, &QFutureWatcher<Result<ImportPreview>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        const Result<ImportPreview> result = watcher->result();
        if (result.ok())
            emit finished(result.value());
        else
            emit failed(result.errorMessage());
    });
    m_cancel = std::make_shared<std::atomic_bool>(false);
    watcher->setFuture(QtConcurrent::run([path, password, workspace, cancel = m_cancel] {
        const OpenSslThreadScope openssl;
        return ImportPreviewJob::run(path, password, workspace, cancel.get());
    }));
}

void ImportPreviewJob::cancel()
{
    if (!m_watcher)
        return;
    m_cancel->store(true);
    // The worker stops at its next check; whatever it returns is dropped.
    m_watcher->disconnect(this);
    connect(m_watcher, &QFutureWatcher<Result<ImportPreview>>::finished, m_watcher, &QObject::deleteLater);
    m_watcher->setParent(nullptr);
    m_watcher = nullptr;
    emit cancelled();
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
