#pragma once

#include "crypto/keyspec.h"
#include "model/services.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ds::core {

// The Exchange 2007 Management Shell lines that do what a certificate action of DomainSecure does
// (New-, Import- and Enable-ExchangeCertificate, Exchange 2007 cmdlet reference), shown by the GUI's wizards
// so an administrator can do the same on the Edge server. Every user value is a PowerShell 1.0 single-quoted
// literal.
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
    };

    // New-ExchangeCertificate -GenerateRequest ...; a comment line first when the key has no
    // Exchange 2007 equivalent (EC keys, RSA 3072).
    static Result<QString> newRequest(const Request& request);
    // Import-ExchangeCertificate -Path ... [-Password ...] [-FriendlyName ...] [| Enable-ExchangeCertificate
    // ...]
    static Result<QString> importCertificate(const QString& path, bool hasPassword,
                                             const QString& friendlyName, Services enable);
    static Result<QString> enable(const QString& thumbprint, Services services, bool force);
    static Result<QString> exportCertificate(const QString& thumbprint, const QString& path,
                                             bool binaryEncoded, bool hasPassword);
    static Result<QString> remove(const QString& thumbprint);

    // The subject as Windows' X500DistinguishedName parses it: least specific first, ", " between
    // attributes, values with separators in double quotes ("C=JP, O=Contoso, CN=mail.contoso.com").
    static Result<QString> x500Subject(const QString& rfc4514);
};

} // namespace ds::core
