#include "exporter.h"

#include "exchangeshellexporter.h"
#include "postfixexporter.h"

using namespace Qt::StringLiterals;

QStringList Exporter::targets()
{
    return {ExchangeShellExporter::kTarget, PostfixExporter::kTarget};
}

std::unique_ptr<Exporter> Exporter::create(const QString& target)
{
    if (target == ExchangeShellExporter::kTarget)
        return std::make_unique<ExchangeShellExporter>();
    if (target == PostfixExporter::kTarget)
        return std::make_unique<PostfixExporter>();
    return nullptr;
}

QStringList Exporter::blockingFindings(const Workspace& workspace) const
{
    Q_UNUSED(workspace)
    // The validator (core/validate) plugs in here once it lands; the exporters still refuse
    // values they cannot write safely on their own.
    return {};
}

Result<ExportResult> Exporter::run(const Workspace& workspace, const ExportOptions& options) const
{
    const Server* server = workspace.server(options.serverName);
    if (!server) {
        return Result<ExportResult>::failure(
            ErrorCode::Usage, tr("the workspace has no server \"%1\"").arg(options.serverName));
    }
    const QStringList findings = blockingFindings(workspace);
    if (!findings.isEmpty()) {
        return Result<ExportResult>::failure(
            ErrorCode::Validation,
            tr("export to %1 refused: %n error(s) reported by lint, first: %2", nullptr, int(findings.size()))
                .arg(displayName(), findings.first()));
    }
    return generate(workspace, *server, options);
}
