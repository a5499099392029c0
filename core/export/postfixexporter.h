#pragma once

#include "exporter.h"
#include "postfixbundle.h"

namespace ds::core {

// Maps a server's certificate, receive connectors and the send connectors it sources onto
// Postfix 3.7 (TLS_README, postconf(5)) and renders the result as a bundle: postconf
// lines for main.cf and master.cf, map files, the certificate chain and key, apply.sh, README.
class PostfixExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PostfixExporter)

public:
    static inline const QString kTarget = QStringLiteral("postfix");

    QString target() const override { return kTarget; }
    QString displayName() const override;

    // The configuration as data (what PostfixApplier applies); warnings are appended to *warnings.
    static Result<PostfixBundle> bundle(const Workspace& workspace, const Server& server,
                                        const ExportOptions& options, QStringList* warnings = nullptr);

protected:
    Result<ExportResult> generate(const Workspace& workspace, const Server& server,
                                  const ExportOptions& options) const override;
};

} // namespace ds::core
