#include "certificateoperations.h"

#include "model/freetext.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
QString upper(const QStringList& thumbprints)
{
    QStringList result;
    for (const QString& thumbprint : thumbprints)
        result << thumbprint.trimmed().toUpper();
    return result.join(u", "_s);
}

// Removes the entries (certificates or pending requests) with these thumbprints; the first
// thumbprint that is not there is returned, and the caller refuses the whole change.
template <typename Entry>
std::optional<QString> removeByThumbprint(QList<Entry>& entries, const QStringList& thumbprints)
{
    for (const QString& raw : thumbprints) {
        const QString thumbprint = raw.trimmed();
        const auto removed = entries.removeIf([&](const Entry& entry) {
            return entry.thumbprint.compare(thumbprint, Qt::CaseInsensitive) == 0;
        });
        if (removed == 0)
            return thumbprint;
    }
    return std::nullopt;
}
} // namespace

Result<Change> CertificateOperations::removeCertificates(const Workspace& workspace,
                                                         const QString& serverName,
                                                         const QStringList& thumbprints)
{
    Change change{workspace, {}, upper(thumbprints), {}};
    Server* server = change.workspace.server(serverName);
    if (!server)
        return Change::noServer(serverName);
    if (const auto missing = removeByThumbprint(server->certificates, thumbprints))
        return Error{ErrorCode::BadInput,
                     tr("no certificate with thumbprint %1 on %2").arg(*missing, server->name)};
    change.description = tr("Remove certificate %1").arg(change.object);
    return change;
}

Result<Change> CertificateOperations::removeRequests(const Workspace& workspace, const QString& serverName,
                                                     const QStringList& thumbprints)
{
    Change change{workspace, {}, upper(thumbprints), {}};
    Server* server = change.workspace.server(serverName);
    if (!server)
        return Change::noServer(serverName);
    if (const auto missing = removeByThumbprint(server->pendingRequests, thumbprints))
        return Error{ErrorCode::BadInput,
                     tr("no pending request with thumbprint %1 on %2").arg(*missing, server->name)};
    change.description = tr("Remove pending request %1").arg(change.object);
    return change;
}

Result<Change> CertificateOperations::remove(const Workspace& workspace, const QString& thumbprint)
{
    const auto location = CertificateManager::locate(workspace, thumbprint.trimmed());
    if (!location.found())
        return Error{ErrorCode::BadInput,
                     tr("no certificate or pending request with thumbprint %1").arg(thumbprint.trimmed())};
    const QString server = workspace.servers.at(location.serverIndex).name;
    return location.certificateIndex >= 0 ? removeCertificates(workspace, server, {thumbprint})
                                          : removeRequests(workspace, server, {thumbprint});
}

Result<CertificateOperations::EnableChange> CertificateOperations::enable(const Workspace& workspace,
                                                                          const QString& thumbprint,
                                                                          Services services,
                                                                          bool replaceDefault)
{
    EnableChange change;
    change.workspace = workspace;
    auto report = CertificateManager::enable(change.workspace, thumbprint, services, replaceDefault);
    if (!report.ok())
        return report.error();
    change.report = report.value();
    change.object = thumbprint.trimmed().toUpper();
    change.description =
        tr("Enable certificate %1 for %2").arg(change.object, ServiceNames::format(services));
    return change;
}

Result<CertificateOperations::TrustChange> CertificateOperations::addTrustedRoots(const Workspace& workspace,
                                                                                  const QByteArray& data,
                                                                                  const QString& fileName)
{
    TrustChange change;
    change.workspace = workspace;
    auto added = CertificateManager::addTrustedRoots(change.workspace, data, fileName);
    if (!added.ok())
        return added.error();
    change.added = added.value();
    QStringList thumbprints;
    for (const Certificate& root : change.added)
        thumbprints << root.thumbprint();
    change.object = thumbprints.join(u", "_s);
    change.description = tr("Add trusted root from %1").arg(fileName);
    return change;
}

Result<Change> CertificateOperations::removeTrustedRoots(const Workspace& workspace,
                                                         const QStringList& thumbprints)
{
    Change change{workspace, {}, upper(thumbprints), {}};
    for (const QString& thumbprint : thumbprints) {
        if (Status removed = CertificateManager::removeTrustedRoot(change.workspace, thumbprint);
            !removed.ok())
            return removed.error();
    }
    change.description = tr("Remove trusted root %1").arg(change.object);
    return change;
}

} // namespace ds::core
