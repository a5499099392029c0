#pragma once

#include "cmdletcontract.h"
#include "exporter.h"
#include "model/exchangeversion.h"

namespace ds::core {

// Writes the Exchange Management Shell script of one server for one Exchange release (2007 with
// PowerShell 1.0 syntax by default; 2010, 2013 and 2016/2019/SE with their differences: the PFX
// imported with -FileData, the lists extended with @{Add=…}, send connectors with -TlsAuthLevel,
// receive connectors of Mailbox servers with -TransportRole, connectors naming their certificate
// with -TlsCertificateName from 2013),
// following the topology: a standalone Edge gets everything in one script (SMTP certificate,
// partner roots, receive connectors, the send connectors it sources, the domain-secure lists); a
// subscribed Edge only what belongs on the Edge (certificate, partner roots, receive connectors);
// a Hub the organization part (send connectors, lists) that EdgeSync replicates. Each script ends
// with a verification step.
class ExchangeShellExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeShellExporter)

public:
    static inline const QString kTarget = QStringLiteral("exchange2007");

    explicit ExchangeShellExporter(ExchangeVersion version = ExchangeVersion::Exchange2007)
        : m_version(version)
    {}

    ExchangeVersion version() const { return m_version; }
    QString target() const override { return ExchangeVersions::target(m_version); }
    QString displayName() const override;

    // The script's file name for a server ("EDGE01-domainsecure.ps1").
    static QString scriptFileName(const Server& server);
    // The PFX file the script imports, expected beside it ("THUMBPRINT.pfx").
    static QString pfxFileName(const CertificateEntry& certificate);
    // A partner root the script adds to the Trusted Root store, written beside it
    // ("partner-roots/THUMBPRINT.cer", DER).
    static QString rootFileName(const QString& thumbprint);
    // Where the script of server runs.
    static ScriptHost hostOf(const Server& server);

protected:
    Result<ExportResult> generate(const Workspace& workspace, const Server& server,
                                  const ExportOptions& options) const override;

private:
    // -TlsCertificateName (2013 and later) of server's SMTP certificate; empty before 2013, without
    // a certificate, or when its name cannot be written (said in warnings).
    QString tlsCertificateNameOf(const Server& server, QStringList& warnings) const;
    // That of the certificate a send connector presents: its source servers' (the server itself
    // when it names none); empty unless they all present certificates with one name.
    QString sendCertificateNameOf(const Workspace& workspace, const Server& server,
                                  const SendConnector& connector, QStringList& warnings) const;

    ExchangeVersion m_version;
};

} // namespace ds::core
