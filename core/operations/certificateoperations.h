#pragma once

#include "change.h"
#include "crypto/certificate.h"
#include "model/certificatemanager.h"
#include "model/services.h"
#include "model/workspace.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ds::core {

// The edits of certificates, pending requests and trusted partner roots as changes: the new
// workspace and what changed, or why not (nothing is changed then). The certificate work itself
// (keys, requests, import, chains) is CertificateManager's.
class CertificateOperations
{
    Q_DECLARE_TR_FUNCTIONS(CertificateOperations)

public:
    struct EnableChange : Change
    {
        CertificateManager::EnableReport report;
    };
    struct TrustChange : Change
    {
        QList<Certificate> added; // the roots not trusted before (empty: all were)
    };

    // Certificates (and their keys) of server by thumbprint; every thumbprint must be there.
    static Result<Change> removeCertificates(const Workspace& workspace, const QString& server,
                                             const QStringList& thumbprints);
    // Pending requests (and their keys) of server by thumbprint.
    static Result<Change> removeRequests(const Workspace& workspace, const QString& server,
                                         const QStringList& thumbprints);
    // A certificate or a pending request, wherever it is (cert remove THUMBPRINT).
    static Result<Change> remove(const Workspace& workspace, const QString& thumbprint);

    static Result<EnableChange> enable(const Workspace& workspace, const QString& thumbprint,
                                       Services services, bool replaceDefault);

    // The CA certificates in data (PEM, DER or PKCS#7 read from fileName).
    static Result<TrustChange> addTrustedRoots(const Workspace& workspace, const QByteArray& data,
                                               const QString& fileName);
    static Result<Change> removeTrustedRoots(const Workspace& workspace, const QStringList& thumbprints);
};

} // namespace ds::core
