#pragma once

#include "exportresult.h"
#include "model/workspace.h"
#include "util/clock.h"
#include "util/result.h"
#include "validate/finding.h"
#include "validate/validationcontext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace ds::core {

// Input of an export besides the workspace: which server, the workspace passphrase when the keys
// are encrypted (workspace.keysProtected()), and whether a key marked non-exportable may be
// written anyway because the administrator said so (CertificateManager::checkKeyExportable).
struct ExportOptions
{
    QString serverName;
    QString passphrase;
    bool includePrivateKey = false;
};

// One export target (Exchange 2007 script, Postfix bundle, …): workspace + server in, named
// files + warnings out. A new target is one new subclass registered in Exporter::create().
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    virtual ~Exporter() = default;

    // The target id, also the validator's target name ("exchange2007", "postfix").
    virtual QString target() const = 0;
    virtual QString displayName() const = 0;
    // False for an organization-wide target (Exchange Online): run() then takes an empty
    // ExportOptions::serverName, and a server that is named must still be in the workspace (a typo
    // is an error) but does not change what is written.
    virtual bool usesServer() const { return true; }

    // Refuses (ErrorCode::Validation) while the validator reports errors for this target, then
    // calls generate(). The one entry point for the CLI and the GUI.
    Result<ExportResult> run(const Workspace& workspace, const ExportOptions& options,
                             const Clock& clock = Clock::current()) const;

    // The validator's target for this exporter (what `lint --target <target()>` checks).
    ValidationTarget validationTarget() const;
    // Every finding of `lint --target <target()>` (errors first), for showing before an export.
    QList<Finding> findings(const Workspace& workspace, const Clock& clock = Clock::current()) const;
    // The error-severity findings that block an export to this target, one line each
    // (Finding::toText()); empty when the export may run.
    QStringList blockingFindings(const Workspace& workspace, const Clock& clock = Clock::current()) const;

    static QStringList targets();
    // nullptr for an unknown target.
    static std::unique_ptr<Exporter> create(const QString& target);

protected:
    virtual Result<ExportResult> generate(const Workspace& workspace, const Server& server,
                                          const ExportOptions& options) const = 0;
};

} // namespace ds::core
