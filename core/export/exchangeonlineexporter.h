#pragma once

#include "exchangeonlinemapping.h"
#include "exporter.h"

namespace ds::core {

// Writes the Exchange Online PowerShell script of the organization (target "exchange-online",
// export exchange --version online): one script for the whole tenant, run after
// Connect-ExchangeOnline (it connects itself when the session is not connected). Each partner on
// the domain-secure receive list becomes a Partner inbound connector that requires TLS with a
// certificate for the partner's domain, each domain-secure (or DomainValidation) send connector a Partner
// outbound connector with TlsSettings DomainValidation (ExchangeOnlineMapping); both idempotent by Get- then
// Set-, else New-, and verified at the end. Nothing on premises is written: no certificate (Exchange
// Online presents Microsoft's, and the script says what partners must trust instead), no partner
// roots, receive connectors, domain-secure lists or Edge subscription. The servers of the
// workspace are not used (usesServer() is false).
class ExchangeOnlineExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeOnlineExporter)

public:
    static inline const QString kTarget = QStringLiteral("exchange-online");
    // The name Exchange Online's certificate carries for mail to and from the organization
    // (https://learn.microsoft.com/purview/exchange-online-uses-tls-to-secure-email-connections).
    static inline const QString kMicrosoftCertificateName = QStringLiteral("mail.protection.outlook.com");

    QString target() const override { return kTarget; }
    QString displayName() const override;
    bool usesServer() const override { return false; }

    // "ExchangeOnline-domainsecure.ps1".
    static QString scriptFileName();

    // The New- commands of one connector as the script writes them (for the GUI's summaries);
    // ErrorCode::Validation for a value that cannot be quoted.
    static Result<QString> newInboundConnector(const ExchangeOnlineMapping::Inbound& inbound);
    static Result<QString> newOutboundConnector(const ExchangeOnlineMapping::Outbound& outbound);
    // The Exchange Online connectors one send or receive connector of a wizard becomes once it is in
    // the workspace (the New- commands, one per line); empty when it becomes none (not domain secure,
    // or its partner domains not yet on the domain-secure receive list).
    static Result<QStringList> commandsFor(const Workspace& workspace, const SendConnector& connector);
    static Result<QStringList> commandsFor(const Workspace& workspace, const QString& server,
                                           const ReceiveConnector& connector);

protected:
    Result<ExportResult> generate(const Workspace& workspace, const Server& server,
                                  const ExportOptions& options) const override;
};

} // namespace ds::core
