#include "exchangecertificatecommands.h"

#include "crypto/certificate.h"
#include "crypto/distinguishedname.h"
#include "powershellquote.h"

#include <QHash>
#include <optional>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
// Windows' CertStrToName quotes values with "..." (doubling inner quotes); it has no backslash escapes.
QString x500Value(const QString& value)
{
    static const QString special = u",+=\"<>#;\n\r"_s;
    bool quote = value.isEmpty() || value.front().isSpace() || value.back().isSpace();
    for (const QChar c : value)
        quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString inner = value;
    inner.replace(u'"', u"\"\""_s);
    return u'"' + inner + u'"';
}

// Windows' names for the attribute types (CertNameToStr, X500 format) by OpenSSL short name.
std::optional<QString> windowsAttributeType(const QString& openSslName)
{
    static const QHash<QString, QString> names = {{u"CN"_s, u"CN"_s},
                                                  {u"O"_s, u"O"_s},
                                                  {u"OU"_s, u"OU"_s},
                                                  {u"L"_s, u"L"_s},
                                                  {u"ST"_s, u"S"_s},
                                                  {u"C"_s, u"C"_s},
                                                  {u"emailAddress"_s, u"E"_s},
                                                  {u"DC"_s, u"DC"_s},
                                                  {u"street"_s, u"STREET"_s},
                                                  {u"serialNumber"_s, u"SERIALNUMBER"_s},
                                                  {u"GN"_s, u"G"_s},
                                                  {u"SN"_s, u"SN"_s},
                                                  {u"title"_s, u"T"_s},
                                                  {u"initials"_s, u"I"_s},
                                                  {u"postalCode"_s, u"PostalCode"_s}};
    const auto it = names.constFind(openSslName);
    if (it == names.constEnd())
        return std::nullopt;
    return it.value();
}

Result<QString> windowsName(const DistinguishedName& name)
{
    QStringList parts;
    for (const DistinguishedName::Attribute& attribute : name.attributes()) {
        const auto type = windowsAttributeType(attribute.type);
        if (!type) {
            return Result<QString>::failure(
                ErrorCode::Validation,
                ExchangeCertificateCommands::tr("the attribute %1 has no name DomainSecure knows in Windows")
                    .arg(attribute.type));
        }
        parts.prepend(*type + u'=' + x500Value(attribute.value)); // most specific first
    }
    return parts.join(u", "_s);
}

// Exchange Online has no certificate of the organization's own, so no certificate cmdlet.
Error noOnlineCertificate()
{
    return Error{ErrorCode::Validation, ExchangeCertificateCommands::tr(
                                            "Exchange Online presents Microsoft's certificate and has no "
                                            "certificate of the organization's own: there is no Exchange "
                                            "Online command for this")};
}

QString passwordArgument()
{
    // The 2007 documentation's idiom: only the password field of the prompt is used.
    return u" -Password (Get-Credential).Password"_s;
}
} // namespace

Result<QString> ExchangeCertificateCommands::tlsCertificateName(const QByteArray& certificateDer)
{
    auto certificate = Certificate::fromDer(certificateDer);
    if (!certificate.ok())
        return certificate.error();
    auto issuer = windowsName(certificate->issuerName());
    if (!issuer.ok())
        return issuer.error();
    auto subject = windowsName(certificate->subjectName());
    if (!subject.ok())
        return subject.error();
    return QString(u"<I>"_s + issuer.value() + u"<S>"_s + subject.value());
}

Result<QString> ExchangeCertificateCommands::x500Subject(const QString& rfc4514)
{
    auto name = DistinguishedName::parse(rfc4514);
    if (!name.ok())
        return name.error();
    QStringList parts;
    for (const DistinguishedName::Attribute& attribute : name->attributes())
        parts << attribute.type.toUpper() + u'=' + x500Value(attribute.value);
    return parts.join(u", "_s);
}

Result<QString> ExchangeCertificateCommands::newRequest(const Request& request)
{
    if (ExchangeVersions::isOnline(request.version))
        return noOnlineCertificate();
    auto subject = x500Subject(request.subject);
    if (!subject.ok())
        return subject.error();
    auto subjectLiteral = PowerShellQuote::literal(tr("subject"), subject.value());
    if (!subjectLiteral.ok())
        return subjectLiteral.error();
    auto path = PowerShellQuote::literal(tr("request file"), request.path);
    if (!path.ok())
        return path.error();
    QString command;
    const bool rsa = request.keySpec.type() == KeySpec::Type::Rsa;
    const int bits = request.keySpec.bits();
    if (!rsa || (bits != 1024 && bits != 2048 && bits != 4096)) {
        command += tr("# %1 makes RSA keys of 1024, 2048 or 4096 bits only; %2 has no equivalent, "
                      "the command below asks for RSA 2048.")
                       .arg(ExchangeVersions::displayName(request.version), request.keySpec.description()) +
                   u'\n';
    }
    // 2016 and later return the request; the line after the command writes it.
    const bool returnsRequest = request.version >= ExchangeVersion::Exchange2016;
    if (returnsRequest)
        command += u"$request = New-ExchangeCertificate -GenerateRequest"_s;
    else if (request.version >= ExchangeVersion::Exchange2013)
        command += u"New-ExchangeCertificate -GenerateRequest -RequestFile "_s + path.value();
    else
        command += u"New-ExchangeCertificate -GenerateRequest -Path "_s + path.value();
    if (request.binaryEncoded)
        command += u" -BinaryEncoded"_s;
    command += u" -SubjectName "_s + subjectLiteral.value();
    if (!request.domains.isEmpty()) {
        auto domains = PowerShellQuote::list(tr("domain name"), request.domains);
        if (!domains.ok())
            return domains.error();
        command += u" -DomainName "_s + domains.value();
    }
    command += u" -KeySize "_s + QString::number(rsa && (bits == 1024 || bits == 4096) ? bits : 2048);
    command += u" -PrivateKeyExportable "_s + PowerShellQuote::boolean(request.exportable);
    if (!request.friendlyName.isEmpty()) {
        auto friendly = PowerShellQuote::literal(tr("friendly name"), request.friendlyName);
        if (!friendly.ok())
            return friendly.error();
        command += u" -FriendlyName "_s + friendly.value();
    }
    if (returnsRequest) {
        command +=
            u"\nSet-Content -Path "_s + path.value() +
            (request.binaryEncoded ? u" -Value $request.FileData -Encoding Byte"_s : u" -Value $request"_s);
    }
    return command;
}

Result<QString> ExchangeCertificateCommands::importCertificate(const QString& path, bool hasPassword,
                                                               const QString& friendlyName, Services enable,
                                                               ExchangeVersion version)
{
    if (ExchangeVersions::isOnline(version))
        return noOnlineCertificate();
    auto pathLiteral = PowerShellQuote::literal(tr("certificate file"), path);
    if (!pathLiteral.ok())
        return pathLiteral.error();
    // -Path is gone from 2013; -FileData takes the bytes from 2010, read as Microsoft's examples do
    // (Get-Content resolves a relative path against the shell's location, .NET would not).
    QString command;
    if (ExchangeVersions::importsFileData(version))
        command = u"Import-ExchangeCertificate -FileData ([Byte[]](Get-Content -Path "_s +
                  pathLiteral.value() + u" -Encoding Byte -ReadCount 0))"_s;
    else
        command = u"Import-ExchangeCertificate -Path "_s + pathLiteral.value();
    if (hasPassword)
        command += passwordArgument();
    if (!friendlyName.isEmpty()) {
        auto friendly = PowerShellQuote::literal(tr("friendly name"), friendlyName);
        if (!friendly.ok())
            return friendly.error();
        command += u" -FriendlyName "_s + friendly.value();
    }
    if (enable != Services())
        command += u" | Enable-ExchangeCertificate -Services '"_s + ServiceNames::format(enable) + u'\'';
    return command;
}

Result<QString> ExchangeCertificateCommands::enable(const QString& thumbprint, Services services, bool force)
{
    auto literal = PowerShellQuote::literal(tr("thumbprint"), thumbprint);
    if (!literal.ok())
        return literal.error();
    QString command = u"Enable-ExchangeCertificate -Thumbprint "_s + literal.value() + u" -Services '"_s +
                      ServiceNames::format(services) + u'\'';
    if (force)
        command += u" -Force"_s;
    return command;
}

Result<QString> ExchangeCertificateCommands::exportCertificate(const QString& thumbprint, const QString& path,
                                                               bool binaryEncoded, bool hasPassword,
                                                               ExchangeVersion version)
{
    if (ExchangeVersions::isOnline(version))
        return noOnlineCertificate();
    auto literal = PowerShellQuote::literal(tr("thumbprint"), thumbprint);
    if (!literal.ok())
        return literal.error();
    auto pathLiteral = PowerShellQuote::literal(tr("export file"), path);
    if (!pathLiteral.ok())
        return pathLiteral.error();
    const bool returnsContent = version >= ExchangeVersion::Exchange2016;
    QString command = returnsContent
                          ? u"$certificateFile = Export-ExchangeCertificate -Thumbprint "_s + literal.value()
                          : u"Export-ExchangeCertificate -Thumbprint "_s + literal.value();
    if (!returnsContent) {
        command += (version >= ExchangeVersion::Exchange2013 ? u" -FileName "_s : u" -Path "_s) +
                   pathLiteral.value();
    }
    if (binaryEncoded)
        command += u" -BinaryEncoded"_s;
    if (hasPassword)
        command += passwordArgument();
    if (returnsContent) {
        command += u"\nSet-Content -Path "_s + pathLiteral.value() +
                   (binaryEncoded ? u" -Value $certificateFile.FileData -Encoding Byte"_s
                                  : u" -Value $certificateFile"_s);
    }
    return command;
}

Result<QString> ExchangeCertificateCommands::remove(const QString& thumbprint)
{
    auto literal = PowerShellQuote::literal(tr("thumbprint"), thumbprint);
    if (!literal.ok())
        return literal.error();
    return QString(u"Remove-ExchangeCertificate -Thumbprint "_s + literal.value());
}

} // namespace ds::core
