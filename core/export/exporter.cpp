#include "exporter.h"

#include "exchangeonlineexporter.h"
#include "exchangeshellexporter.h"
#include "postfixexporter.h"
#include "util/logging.h"
#include "validate/validator.h"

using namespace Qt::StringLiterals;

namespace ds::core {

QStringList Exporter::targets()
{
    QStringList list;
    for (ValidationTarget target : Validator::targets())
        list << Validator::targetName(target);
    return list;
}

std::unique_ptr<Exporter> Exporter::create(const QString& target)
{
    if (target == ExchangeShellExporter::kTarget)
        return std::make_unique<ExchangeShellExporter>();
    // Exchange Online (export exchange --version online): organization-wide, its own exporter.
    if (target == ExchangeOnlineExporter::kTarget)
        return std::make_unique<ExchangeOnlineExporter>();
    // The later Exchange releases (export exchange --version), each linted as its own target.
    if (const auto version = ExchangeVersions::fromTarget(target))
        return std::make_unique<ExchangeShellExporter>(*version);
    if (target == PostfixExporter::kTarget)
        return std::make_unique<PostfixExporter>();
    return nullptr;
}

ValidationTarget Exporter::validationTarget() const
{
    return Validator::parseTarget(target()).value_or(ValidationTarget::Exchange2007);
}

QList<Finding> Exporter::findings(const Workspace& workspace, const Clock& clock) const
{
    return Validator::run(workspace, validationTarget(), clock);
}

QStringList Exporter::blockingFindings(const Workspace& workspace, const Clock& clock) const
{
    QStringList lines;
    for (const Finding& finding : findings(workspace, clock)) {
        if (finding.severity == Finding::Severity::Error)
            lines << finding.toText();
    }
    return lines;
}

Result<ExportResult> Exporter::run(const Workspace& workspace, const ExportOptions& options,
                                   const Clock& clock) const
{
    static const Server noServer;
    const Server* server = workspace.server(options.serverName);
    if (!server && !usesServer() && options.serverName.isEmpty())
        server = &noServer;
    if (!server) {
        return Result<ExportResult>::failure(
            ErrorCode::BadInput, tr("the workspace has no server \"%1\"").arg(options.serverName));
    }
    const QStringList findings = blockingFindings(workspace, clock);
    if (!findings.isEmpty()) {
        qCInfo(lcExport) << "export to" << target() << "refused:" << findings.size() << "errors";
        return Result<ExportResult>::failure(
            ErrorCode::Validation, tr("export to %1 refused: lint --target %2 reports %n error(s); first: %3",
                                      nullptr, int(findings.size()))
                                       .arg(displayName(), target(), findings.first()));
    }
    return generate(workspace, *server, options);
}

} // namespace ds::core
