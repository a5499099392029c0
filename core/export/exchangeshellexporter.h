#pragma once

#include "exporter.h"

namespace ds::core {

// Writes an Exchange Management Shell script (Exchange 2007 Edge, PowerShell 1.0 syntax) that
// imports and enables the SMTP certificate, creates or updates the server's receive connectors and
// the send connectors it sources, and merges the partner domains into the domain-secure lists.
class ExchangeShellExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeShellExporter)

public:
    static inline const QString kTarget = QStringLiteral("exchange2007");

    QString target() const override { return kTarget; }
    QString displayName() const override;

    // The script's file name for a server ("EDGE01-domainsecure.ps1").
    static QString scriptFileName(const Server& server);
    // The PFX file the script imports, expected beside it ("THUMBPRINT.pfx").
    static QString pfxFileName(const CertificateEntry& certificate);

protected:
    Result<ExportResult> generate(const Workspace& workspace, const Server& server,
                                  const ExportOptions& options) const override;
};

} // namespace ds::core
