#pragma once

#include "crypto/keyspec.h"
#include "model/exchangeversion.h"
#include "model/services.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ds::core {

// The Exchange Management Shell lines that do what a certificate action of DomainSecure does
// (New-, Import- and Enable-ExchangeCertificate), in the form of the organization's Exchange release,
// shown by the GUI's wizards so an administrator can do the same on the server. Every user value is a
// single-quoted literal (PowerShell 1.0 and later). For Exchange Online, which has no certificate of
// the organization's own, the request, import and export commands are ErrorCode::Validation
// errors whose message says so (the wizards show it in place of a command).
class ExchangeCertificateCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCertificateCommands)

public:
    struct Request
    {
        QString subject;     // RFC 4514 text ("CN=mail.contoso.com,O=Contoso,C=JP")
        QStringList domains; // SAN entries
        KeySpec keySpec;
        bool exportable = false;
        QString friendlyName;
        QString path; // where the request file goes
        bool binaryEncoded = false;
        ExchangeVersion version = ExchangeVersion::Exchange2007;
    };

    // New-ExchangeCertificate -GenerateRequest ...; a comment line first when the key has no
    // Exchange equivalent (EC keys, RSA 3072). Where the request goes by release
    // (https://learn.microsoft.com/powershell/module/exchange/new-exchangecertificate): -Path
    // (2007, 2010), -RequestFile (2013), or the returned request written with Set-Content (2016 and
    // later; -BinaryEncoded returns the bytes in .FileData).
    static Result<QString> newRequest(const Request& request);
    // Import-ExchangeCertificate -Path ... (2007) or -FileData with the file's bytes (2010 and later)
    // [-Password ...] [-FriendlyName ...] [| Enable-ExchangeCertificate ...]
    static Result<QString> importCertificate(const QString& path, bool hasPassword,
                                             const QString& friendlyName, Services enable,
                                             ExchangeVersion version = ExchangeVersion::Exchange2007);
    static Result<QString> enable(const QString& thumbprint, Services services, bool force);
    // Export-ExchangeCertificate … -Path (2007, 2010), -FileName (2013), or the returned content
    // written with Set-Content (2016 and later: -FileName is gone).
    static Result<QString> exportCertificate(const QString& thumbprint, const QString& path,
                                             bool binaryEncoded, bool hasPassword,
                                             ExchangeVersion version = ExchangeVersion::Exchange2007);
    static Result<QString> remove(const QString& thumbprint);

    // -TlsCertificateName of Exchange 2013 and later: "<I>issuer<S>subject", each name as
    // Get-ExchangeCertificate shows it (X509Certificate2.Issuer/.Subject: most specific RDN first,
    // ", " between attributes, Windows' short names such as S= and E=, values with separators in
    // double quotes). https://learn.microsoft.com/powershell/module/exchange/new-sendconnector
    // Refused for an attribute Windows names differently than we can tell (an OID).
    static Result<QString> tlsCertificateName(const QByteArray& certificateDer);

    // The subject as Windows' X500DistinguishedName parses it: least specific first, ", " between
    // attributes, values with separators in double quotes ("C=JP, O=Contoso, CN=mail.contoso.com").
    static Result<QString> x500Subject(const QString& rfc4514);
};

} // namespace ds::core
