#pragma once

#include "crypto/certificate.h"
#include "crypto/certificateimporter.h"
#include "crypto/keyspec.h"
#include "crypto/privatekey.h"
#include "model/certificatestatus.h"
#include "model/workspace.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ds::core {

// The certificate operations on a workspace that the CLI and the GUI share. Each operation works
// on a copy and assigns it back only when everything succeeded: a failed operation changes nothing.
// passphrase is the workspace passphrase (empty when keys are not protected).
class CertificateManager
{
    Q_DECLARE_TR_FUNCTIONS(CertificateManager)

public:
    struct RequestParams
    {
        QString subject;     // RFC 4514, e.g. "CN=mail.contoso.com,O=Contoso,C=JP"
        QStringList domains; // DNS names (IDN allowed); the CN is added when missing
        KeySpec keySpec;
        QString friendlyName; // < 64 characters; default "Microsoft Exchange"
        bool exportable = false;
        PrivateKey key; // a key generated beforehand (GUI job); else one is generated
    };

    struct CreatedRequest
    {
        PendingRequest request;
        QByteArray csrDer;
        QByteArray csrPem;
    };

    struct ImportOptions
    {
        bool requireMatch = false; // every certificate must complete a pending request or bring its key
        Services enable;           // services to enable on the imported certificate
        bool replaceDefault = false;
        QString friendlyName;   // default: the request's, the PKCS#12 bag's, or "Microsoft Exchange"
        bool exportable = true; // for keys that come in a PKCS#12 file
    };

    struct ImportedItem
    {
        QString server;
        QString thumbprint;
        QString subject;
        bool hasPrivateKey = false;
        bool matchedRequest = false; // completed a pending request (removed from the server)
        bool duplicate = false;      // was in the workspace already (updated with a key if new)
        int chainLength = 0;         // issuers stored with it
        Services services;
    };

    struct ImportReport
    {
        QString format; // "PEM", "DER", "PKCS#7", "PKCS#12"
        QList<ImportedItem> items;
        QStringList warnings;
    };

    struct EnableReport
    {
        Services services;       // all services of the certificate now
        QString replacedDefault; // thumbprint of the certificate that lost SMTP, if any
        QStringList warnings;
    };

    enum class ExportFormat { Pem, Der, Pfx };
    struct ExportOptions
    {
        ExportFormat format = ExportFormat::Pem;
        QString password; // PFX only
        bool legacyPfx = false;
        bool includeChain = true;
    };

    // Where a thumbprint lives.
    struct Location
    {
        int serverIndex = -1;
        int certificateIndex = -1; // >= 0 for a certificate
        int requestIndex = -1;     // >= 0 for a pending request
        bool found() const { return serverIndex >= 0; }
    };

    static Result<CreatedRequest> createRequest(Workspace& workspace, const QString& server,
                                                const RequestParams& params, const QString& passphrase);
    // Self-signed, marked internal-only, serverAuth+clientAuth; days default 365 (Exchange 2007).
    static Result<CertificateEntry> createSelfSigned(Workspace& workspace, const QString& server,
                                                     const RequestParams& params, int days,
                                                     const QString& passphrase);

    // server may be empty: the server of the matching pending request, else the only server.
    static Result<ImportReport> importFile(Workspace& workspace, const QString& path, const QString& password,
                                           const QString& server, const ImportOptions& options,
                                           const QString& passphrase);
    // Several files, all or nothing: the files are parsed in parallel, then added in order; the
    // first failure (in file order) is returned and the workspace is left unchanged.
    static Result<QList<ImportReport>> importFiles(Workspace& workspace, const QStringList& paths,
                                                   const QString& password, const QString& server,
                                                   const ImportOptions& options, const QString& passphrase);
    static Result<ImportReport> importData(Workspace& workspace, const QByteArray& data,
                                           const QString& fileName, const QString& password,
                                           const QString& server, const ImportOptions& options,
                                           const QString& passphrase);

    // Adds services (never removes). SMTP: one default per server; refused unless replaceDefault
    // when another certificate has it. Refused without a private key or when not currently valid.
    static Result<EnableReport> enable(Workspace& workspace, const QString& thumbprint, Services services,
                                       bool replaceDefault);

    // The one rule for a private key leaving the workspace (cert export as PFX, the Postfix bundle):
    // refused (BadInput) while the key is marked non-exportable. overrideNonExportable is the
    // administrator's explicit choice to write it anyway (export postfix --include-private-key).
    static Status checkKeyExportable(const CertificateEntry& entry, bool overrideNonExportable = false);

    // A certificate (PEM with chain, DER, PFX) or a pending request (its PKCS#10, PEM or DER).
    static Result<QByteArray> exportCertificate(const Workspace& workspace, const QString& thumbprint,
                                                const ExportOptions& options, const QString& passphrase);

    // Removing certificates and pending requests: CertificateOperations.

    // Trusted partner roots (DER in Workspace::trustedRoots). add accepts PEM/DER/PKCS#7 files
    // with one or more CA certificates and returns those added.
    static Result<QList<Certificate>> addTrustedRoots(Workspace& workspace, const QByteArray& data,
                                                      const QString& fileName);
    static QList<Certificate> trustedRoots(const Workspace& workspace);
    static Status removeTrustedRoot(Workspace& workspace, const QString& thumbprint);

    // Status of a certificate (chain against system store + trusted roots + imported chains).
    static CertificateStatusReport status(const Workspace& workspace, const CertificateEntry& entry);
    static CertificateStatusReport status(const CertificateEntry& entry, const ChainVerifier& verifier);

    // The second half of an import: bundle is what CertificateImporter read from fileName.
    static Result<ImportReport> importBundle(Workspace& workspace, const ImportedBundle& bundle,
                                             const QString& fileName, const QString& server,
                                             const ImportOptions& options, const QString& passphrase);

    static Location locate(const Workspace& workspace, const QString& thumbprint);
    // The server named, or the only one when name is empty; Usage error otherwise.
    static Result<int> serverIndex(const Workspace& workspace, const QString& name);
    static QString defaultFriendlyName() { return QStringLiteral("Microsoft Exchange"); }
};

} // namespace ds::core
