#include "certcommand.h"

#include "clisession.h"
#include "crypto/certificate.h"
#include "crypto/chainverifier.h"
#include "crypto/secrets.h"
#include "model/certificatemanager.h"
#include "util/durablefile.h"
#include "util/terminaltext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QString isoDate(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject importJson(const QString& file, const CertificateManager::ImportReport& report)
{
    QJsonArray items;
    for (const auto& item : report.items) {
        items.append(QJsonObject{{u"server"_s, item.server},
                                 {u"thumbprint"_s, item.thumbprint},
                                 {u"subject"_s, item.subject},
                                 {u"hasPrivateKey"_s, item.hasPrivateKey},
                                 {u"matchedRequest"_s, item.matchedRequest},
                                 {u"duplicate"_s, item.duplicate},
                                 {u"chainLength"_s, item.chainLength},
                                 {u"services"_s, toArray(ServiceNames::toList(item.services))}});
    }
    return QJsonObject{{u"file"_s, file},
                       {u"format"_s, report.format},
                       {u"imported"_s, items},
                       {u"warnings"_s, toArray(report.warnings)}};
}

QJsonObject entryJson(const QString& server, const CertificateEntry& entry,
                      const CertificateStatusReport& status)
{
    return QJsonObject{{u"kind"_s, u"certificate"_s},
                       {u"server"_s, server},
                       {u"thumbprint"_s, entry.thumbprint},
                       {u"sha256"_s, entry.sha256},
                       {u"subject"_s, entry.subject},
                       {u"issuer"_s, entry.issuer},
                       {u"domains"_s, toArray(entry.domains)},
                       {u"serialNumber"_s, entry.serialNumber},
                       {u"notBefore"_s, isoDate(entry.notBefore)},
                       {u"notAfter"_s, isoDate(entry.notAfter)},
                       {u"services"_s, toArray(ServiceNames::toList(entry.services))},
                       {u"status"_s, CertificateStatusEvaluator::name(status.status)},
                       {u"statusReason"_s, status.reason},
                       {u"trusted"_s, status.trusted},
                       {u"trustReason"_s, status.trustReason},
                       {u"hasPrivateKey"_s, entry.hasPrivateKey()},
                       {u"keyEncrypted"_s, entry.keyEncrypted},
                       {u"exportable"_s, entry.exportable},
                       {u"friendlyName"_s, entry.friendlyName},
                       {u"selfSigned"_s, entry.selfSigned},
                       {u"internalOnly"_s, entry.internalOnly},
                       {u"key"_s, entry.keyDescription},
                       {u"extendedKeyUsage"_s, toArray(entry.extendedKeyUsages)},
                       {u"chainLength"_s, static_cast<int>(entry.chainDer.size())}};
}

QJsonObject requestJson(const QString& server, const PendingRequest& request)
{
    return QJsonObject{{u"kind"_s, u"pendingRequest"_s},
                       {u"server"_s, server},
                       {u"thumbprint"_s, request.thumbprint},
                       {u"subject"_s, request.subject},
                       {u"domains"_s, toArray(request.domains)},
                       {u"key"_s, request.keySpec},
                       {u"friendlyName"_s, request.friendlyName},
                       {u"exportable"_s, request.exportable},
                       {u"created"_s, isoDate(request.created)},
                       {u"services"_s, QJsonArray()},
                       {u"status"_s, CertificateStatusEvaluator::name(CertificateStatus::PendingRequest)}};
}

// The services of --services / --enable; Usage error naming the bad word.
Result<Services> parseServices(const QString& text)
{
    QString bad;
    const auto services = ServiceNames::parse(text, &bad);
    if (!services) {
        return Result<Services>::failure(
            ErrorCode::Usage,
            CertCommand::tr("unknown service \"%1\": use SMTP, IMAP, POP, IIS, UM").arg(bad));
    }
    return *services;
}

} // namespace

QString CertCommand::summary() const
{
    return tr("Certificate requests, import, enable, export");
}

int CertCommand::run(CliSession& session, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"request"_s)
        return request(session, rest, false);
    if (sub == u"self-signed"_s)
        return request(session, rest, true);
    if (sub == u"import"_s)
        return importFile(session, rest);
    if (sub == u"list"_s)
        return list(session, rest);
    if (sub == u"show"_s)
        return show(session, rest);
    if (sub == u"enable"_s)
        return enable(session, rest);
    if (sub == u"export"_s)
        return exportFile(session, rest);
    if (sub == u"remove"_s)
        return remove(session, rest);
    return session.usageError(
        tr("cert: expected request, self-signed, import, list, show, enable, export or remove"));
}

int CertCommand::request(CliSession& session, const QStringList& arguments, bool selfSigned)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(selfSigned
                                         ? tr("Create a self-signed certificate (internal use only).")
                                         : tr("Create a key and a certificate request for a CA; the request "
                                              "stays pending until its certificate is imported."));
    parser.addOption({u"server"_s, tr("The server (default: the only one)."), tr("NAME")});
    parser.addOption(
        {u"subject"_s, tr("Subject, RFC 4514: \"CN=mail.contoso.com,O=Contoso,C=JP\"."), tr("DN")});
    parser.addOption({u"domain"_s, tr("A DNS name for the certificate (repeatable)."), tr("NAME")});
    parser.addOption({u"key"_s, tr("Key type: rsa:2048 (default), rsa:3072, rsa:4096, ec:p256, ec:p384."),
                      tr("SPEC"), u"rsa:2048"_s});
    parser.addOption({u"friendly-name"_s, tr("Friendly name (< 64 characters)."), tr("NAME")});
    parser.addOption({u"exportable"_s, tr("Allow exporting the private key later.")});
    if (selfSigned) {
        parser.addOption({u"days"_s, tr("Validity in days (default 365)."), tr("N"), u"365"_s});
    } else {
        parser.addOption({u"out"_s, tr("Write the request to FILE."), tr("FILE")});
        parser.addOption({u"der"_s, tr("Write DER instead of PEM.")});
    }
    const QString command =
        selfSigned ? u"domainsecure-cli cert self-signed"_s : u"domainsecure-cli cert request"_s;
    if (auto code = session.parse(parser, QStringList{command} + arguments))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return session.usageError(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.value(u"subject"_s).isEmpty())
        return session.usageError(tr("give the subject with --subject \"CN=host.example,O=Org,C=JP\""));
    if (!selfSigned && parser.value(u"out"_s).isEmpty())
        return session.usageError(tr("give the request file with --out FILE"));
    int days = 365;
    if (selfSigned) {
        bool ok = false;
        days = parser.value(u"days"_s).toInt(&ok);
        if (!ok)
            return session.usageError(tr("--days: \"%1\" is not a number").arg(parser.value(u"days"_s)));
    }
    auto spec = KeySpec::parse(parser.value(u"key"_s));
    if (!spec.ok())
        return session.fail(spec.error());
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    auto passphrase = session.requirePassphraseIfProtected();
    if (!passphrase.ok())
        return session.fail(passphrase.error());

    CertificateManager::RequestParams params;
    params.subject = parser.value(u"subject"_s);
    params.domains = parser.values(u"domain"_s);
    params.keySpec = spec.value();
    params.friendlyName = parser.value(u"friendly-name"_s);
    params.exportable = parser.isSet(u"exportable"_s);
    Workspace& workspace = session.workspace();

    if (selfSigned) {
        auto entry = CertificateManager::createSelfSigned(workspace, parser.value(u"server"_s), params, days,
                                                          passphrase.value());
        if (!entry.ok())
            return session.fail(entry.error());
        if (auto saved = session.saveWorkspace(); !saved.ok())
            return session.fail(saved.error());
        const auto location = CertificateManager::locate(workspace, entry->thumbprint);
        const QString serverName = workspace.servers.at(location.serverIndex).name;
        if (session.json()) {
            session.printJson(entryJson(serverName, entry.value(),
                                        CertificateStatusEvaluator::evaluateTime(entry.value())));
        } else {
            session.out() << tr("Created self-signed certificate %1 for %2 on %3 (internal use only)")
                                 .arg(entry->thumbprint, terminalSafe(entry->subject),
                                      terminalSafe(serverName))
                          << Qt::endl;
        }
        return 0;
    }

    auto created =
        CertificateManager::createRequest(workspace, parser.value(u"server"_s), params, passphrase.value());
    if (!created.ok())
        return session.fail(created.error());
    const bool der = parser.isSet(u"der"_s);
    const QString out = parser.value(u"out"_s);
    // The request file and the workspace change together: the request replaces --out (all of it
    // on disk, or the old file stays), then the workspace is saved; if that fails, the old --out
    // is put back.
    DurableBatch request;
    if (auto prepared =
            request.prepare(out, der ? created->csrDer : created->csrPem, DurableFile::kPublicMode);
        !prepared.ok())
        return session.fail(prepared.error());
    if (auto written = request.commit(); !written.ok())
        return session.fail(written.error());
    if (auto saved = session.saveWorkspace(); !saved.ok()) {
        if (auto restored = request.rollback(); !restored.ok())
            return session.fail(ErrorCode::Io, saved.errorMessage() + u"; "_s + restored.errorMessage());
        return session.fail(saved.error());
    }
    const PendingRequest& pending = created->request;
    const auto location = CertificateManager::locate(workspace, pending.thumbprint);
    const QString serverName = workspace.servers.at(location.serverIndex).name;
    if (session.json()) {
        QJsonObject json = requestJson(serverName, pending);
        json[u"out"_s] = out;
        json[u"format"_s] = der ? u"der"_s : u"pem"_s;
        session.printJson(json);
    } else {
        session.out()
            << tr("Created pending request %1 for %2 on %3")
                   .arg(pending.thumbprint, terminalSafe(pending.subject), terminalSafe(serverName))
            << Qt::endl
            << tr("Names: %1").arg(terminalSafe(pending.domains.join(u", "_s))) << Qt::endl
            << tr("Request written to %1 (%2); send it to your CA, then run \"cert import\" with the answer.")
                   .arg(out, der ? u"DER"_s : u"PEM"_s)
            << Qt::endl;
    }
    return 0;
}

int CertCommand::importFile(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a certificate (PEM, DER, PKCS#7, PKCS#12), completing a pending "
           "request when the public key matches."));
    parser.addPositionalArgument(u"FILE"_s, tr("The files to import; all or none are imported."),
                                 tr("FILE..."));
    parser.addOption({u"password-file"_s, tr("PKCS#12 password from the first line of FILE."), tr("FILE")});
    parser.addOption(
        {u"server"_s, tr("The server (default: the matching request's, or the only one)."), tr("NAME")});
    parser.addOption(
        {u"enable"_s, tr("Enable the certificate for services: SMTP[,IMAP,POP,IIS,UM]."), tr("SERVICES")});
    parser.addOption({u"replace-default"_s, tr("Replace the server's default SMTP certificate.")});
    parser.addOption(
        {u"require-match"_s, tr("Fail unless the certificate completes a pending request or brings "
                                "its key.")});
    parser.addOption({u"friendly-name"_s, tr("Friendly name (< 64 characters)."), tr("NAME")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli cert import"_s} + arguments))
        return *code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return session.usageError(tr("cert import: give at least one FILE"));
    if (files.size() > 1 && parser.isSet(u"friendly-name"_s))
        return session.usageError(tr("cert import: --friendly-name needs exactly one FILE"));
    CertificateManager::ImportOptions options;
    options.requireMatch = parser.isSet(u"require-match"_s);
    options.replaceDefault = parser.isSet(u"replace-default"_s);
    options.friendlyName = parser.value(u"friendly-name"_s);
    if (parser.isSet(u"enable"_s)) {
        auto services = parseServices(parser.value(u"enable"_s));
        if (!services.ok())
            return session.fail(services.error());
        options.enable = services.value();
    }
    QString password;
    const auto wipePassword = qScopeGuard([&password] { Secrets::wipe(password); });
    if (parser.isSet(u"password-file"_s)) {
        auto secret = CliSession::readSecretFile(parser.value(u"password-file"_s));
        if (!secret.ok())
            return session.fail(secret.error());
        password = secret.value();
    }
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    auto passphrase = session.passphrase();
    if (!passphrase.ok())
        return session.fail(passphrase.error());
    // All or nothing: a file that fails stops before the save, so the workspace on disk is unchanged.
    auto imported = CertificateManager::importFiles(session.workspace(), files, password,
                                                    parser.value(u"server"_s), options, passphrase.value());
    if (!imported.ok())
        return session.fail(imported.error());
    const QList<CertificateManager::ImportReport>& reports = imported.value();
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    if (session.json()) {
        QJsonArray imports;
        for (qsizetype i = 0; i < reports.size(); ++i)
            imports.append(importJson(files.at(i), reports.at(i)));
        session.printJson(files.size() == 1 ? imports.first().toObject()
                                            : QJsonObject{{u"imports"_s, imports}});
        return 0;
    }
    QTextStream& out = session.out();
    for (const auto& report : std::as_const(reports)) {
        for (const auto& item : report.items) {
            const QString how = item.matchedRequest  ? tr("completed pending request")
                                : item.hasPrivateKey ? tr("with private key")
                                                     : tr("no private key");
            out << tr("Imported %1 %2 on %3 (%4; services: %5)")
                       .arg(item.thumbprint, terminalSafe(item.subject), terminalSafe(item.server), how,
                            ServiceNames::format(item.services))
                << '\n';
        }
        for (const QString& warning : report.warnings)
            out << tr("Warning: %1").arg(terminalSafe(warning)) << '\n';
    }
    out.flush();
    return 0;
}

int CertCommand::list(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List certificates and pending requests with their status."));
    parser.addOption({u"server"_s, tr("Only this server."), tr("NAME")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli cert list"_s} + arguments))
        return *code;
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    const Workspace& workspace = session.workspace();
    const QString only = parser.value(u"server"_s);
    if (!only.isEmpty() && !workspace.server(only))
        return session.usageError(tr("no server named \"%1\" in the workspace").arg(only));
    const ChainVerifier verifier = ChainVerifier::forWorkspace(workspace);
    QJsonArray array;
    QTextStream& out = session.out();
    if (!session.json())
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(tr("Thumbprint"), -40)
                   .arg(tr("Server"), -10)
                   .arg(tr("Services"), -12)
                   .arg(tr("Status"), -14)
                   .arg(tr("Subject"));
    for (const Server& server : workspace.servers) {
        if (!only.isEmpty() && server.name.compare(only, Qt::CaseInsensitive) != 0)
            continue;
        for (const CertificateEntry& entry : server.certificates) {
            const CertificateStatusReport status = CertificateManager::status(entry, verifier);
            if (session.json()) {
                array.append(entryJson(server.name, entry, status));
            } else {
                out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(entry.thumbprint, -40)
                           .arg(terminalSafe(server.name), -10)
                           .arg(ServiceNames::format(entry.services), -12)
                           .arg(CertificateStatusEvaluator::name(status.status), -14)
                           .arg(terminalSafe(entry.subject));
            }
        }
        for (const PendingRequest& request : server.pendingRequests) {
            if (session.json()) {
                array.append(requestJson(server.name, request));
            } else {
                out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(request.thumbprint, -40)
                           .arg(terminalSafe(server.name), -10)
                           .arg(u"None"_s, -12)
                           .arg(CertificateStatusEvaluator::name(CertificateStatus::PendingRequest), -14)
                           .arg(terminalSafe(request.subject));
            }
        }
    }
    if (session.json())
        session.printJson(array);
    else
        out.flush();
    return 0;
}

int CertCommand::show(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show every field of a certificate or pending request, its chain and status."));
    parser.addPositionalArgument(u"THUMBPRINT"_s, tr("SHA-1 thumbprint (40 hex digits)."));
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli cert show"_s} + arguments))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return session.usageError(tr("cert show: give one THUMBPRINT"));
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    const Workspace& workspace = session.workspace();
    const QString thumbprint = parser.positionalArguments().first();
    const auto location = CertificateManager::locate(workspace, thumbprint);
    if (!location.found())
        return session.fail(ErrorCode::BadInput,
                            tr("no certificate or pending request with thumbprint %1").arg(thumbprint));
    const Server& server = workspace.servers.at(location.serverIndex);
    QTextStream& out = session.out();
    if (location.requestIndex >= 0) {
        const PendingRequest& request = server.pendingRequests.at(location.requestIndex);
        if (session.json()) {
            session.printJson(requestJson(server.name, request));
        } else {
            out << tr("Pending request %1 on %2").arg(request.thumbprint, terminalSafe(server.name)) << '\n'
                << tr("Subject: %1").arg(terminalSafe(request.subject)) << '\n'
                << tr("Names: %1").arg(terminalSafe(request.domains.join(u", "_s))) << '\n'
                << tr("Key: %1").arg(terminalSafe(request.keySpec)) << '\n'
                << tr("Friendly name: %1").arg(terminalSafe(request.friendlyName)) << '\n'
                << tr("Created: %1").arg(isoDate(request.created)) << Qt::endl;
        }
        return 0;
    }
    const CertificateEntry& entry = server.certificates.at(location.certificateIndex);
    auto certificate = Certificate::fromDer(entry.certificateDer);
    if (!certificate.ok())
        return session.fail(certificate.error());
    const ChainVerifier verifier = ChainVerifier::forWorkspace(workspace);
    const CertificateStatusReport status = CertificateManager::status(entry, verifier);
    const ChainResult chain = verifier.verify(certificate.value(), ChainVerifier::Purpose::TlsServer);
    if (session.json()) {
        QJsonObject json = entryJson(server.name, entry, status);
        QJsonArray links;
        for (const ChainLink& link : chain.chain) {
            links.append(QJsonObject{{u"subject"_s, link.certificate.subject()},
                                     {u"issuer"_s, link.certificate.issuer()},
                                     {u"thumbprint"_s, link.certificate.thumbprint()},
                                     {u"ok"_s, link.ok},
                                     {u"status"_s, link.status}});
        }
        json[u"chain"_s] = links;
        json[u"keyUsage"_s] = toArray(certificate->keyUsage());
        json[u"text"_s] = certificate->textDump();
        session.printJson(json);
        return 0;
    }
    out << tr("Certificate %1 on %2").arg(entry.thumbprint, terminalSafe(server.name)) << '\n'
        << tr("Friendly name: %1").arg(terminalSafe(entry.friendlyName)) << '\n'
        << tr("Status: %1%2")
               .arg(CertificateStatusEvaluator::name(status.status),
                    status.reason.isEmpty() ? QString() : u" ("_s + terminalSafe(status.reason) + u")"_s)
        << '\n'
        << tr("Services: %1").arg(ServiceNames::format(entry.services)) << '\n'
        << tr("Private key: %1")
               .arg(entry.hasPrivateKey()
                        ? (entry.exportable ? tr("yes, exportable") : tr("yes, not exportable"))
                        : tr("no"))
        << '\n'
        << tr("Names: %1").arg(terminalSafe(entry.domains.join(u", "_s))) << '\n'
        << tr("Chain:") << '\n';
    for (const ChainLink& link : chain.chain)
        out << u"  "_s << terminalSafe(link.certificate.subject()) << u" ["_s << terminalSafe(link.status)
            << u"]\n"_s;
    // One "Label: value" a line; the JSON "text" keeps the dump exact.
    const QStringList dump = certificate->textDump().split(u'\n');
    for (qsizetype i = 0; i < dump.size(); ++i)
        out << terminalSafe(dump.at(i)) << (i + 1 < dump.size() ? u"\n"_s : QString());
    out.flush();
    return 0;
}

int CertCommand::enable(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Enable a certificate for services (services are only added)."));
    parser.addPositionalArgument(u"THUMBPRINT"_s, tr("SHA-1 thumbprint."));
    parser.addOption({u"services"_s, tr("SMTP[,IMAP,POP,IIS,UM]."), tr("SERVICES")});
    parser.addOption({u"replace-default"_s, tr("Replace the server's default SMTP certificate.")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli cert enable"_s} + arguments))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return session.usageError(tr("cert enable: give one THUMBPRINT"));
    if (!parser.isSet(u"services"_s))
        return session.usageError(tr("cert enable: give --services SMTP[,IMAP,POP,IIS,UM]"));
    auto services = parseServices(parser.value(u"services"_s));
    if (!services.ok())
        return session.fail(services.error());
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    const QString thumbprint = parser.positionalArguments().first();
    auto report = CertificateManager::enable(session.workspace(), thumbprint, services.value(),
                                             parser.isSet(u"replace-default"_s));
    if (!report.ok())
        return session.fail(report.error());
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    if (session.json()) {
        session.printJson(QJsonObject{{u"thumbprint"_s, thumbprint.toUpper()},
                                      {u"services"_s, toArray(ServiceNames::toList(report->services))},
                                      {u"replacedDefault"_s, report->replacedDefault},
                                      {u"warnings"_s, toArray(report->warnings)}});
        return 0;
    }
    session.out() << tr("Certificate %1 is enabled for %2")
                         .arg(thumbprint.toUpper(), ServiceNames::format(report->services))
                  << '\n';
    if (!report->replacedDefault.isEmpty())
        session.out()
            << tr("It replaces %1 as the default SMTP certificate").arg(terminalSafe(report->replacedDefault))
            << '\n';
    for (const QString& warning : report->warnings)
        session.out() << tr("Warning: %1").arg(terminalSafe(warning)) << '\n';
    session.out().flush();
    return 0;
}

int CertCommand::exportFile(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a certificate (PEM with chain, DER, PFX) or a pending request."));
    parser.addPositionalArgument(u"THUMBPRINT"_s, tr("SHA-1 thumbprint."));
    parser.addOption({u"out"_s, tr("Output file."), tr("FILE")});
    parser.addOption({u"format"_s, tr("pem (default), der or pfx."), tr("FORMAT"), u"pem"_s});
    parser.addOption({u"password-file"_s, tr("PFX password from the first line of FILE."), tr("FILE")});
    parser.addOption(
        {u"legacy-pfx"_s, tr("PFX with PBE-SHA1-3DES and a SHA-1 MAC (Windows Server 2003/2008).")});
    parser.addOption({u"no-chain"_s, tr("Leave the issuer certificates out.")});
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli cert export"_s} + arguments))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return session.usageError(tr("cert export: give one THUMBPRINT"));
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return session.usageError(tr("cert export: give --out FILE"));
    CertificateManager::ExportOptions options;
    const auto wipePassword = qScopeGuard([&options] { Secrets::wipe(options.password); });
    const QString format = parser.value(u"format"_s).toLower();
    if (format == u"pem"_s)
        options.format = CertificateManager::ExportFormat::Pem;
    else if (format == u"der"_s)
        options.format = CertificateManager::ExportFormat::Der;
    else if (format == u"pfx"_s || format == u"p12"_s || format == u"pkcs12"_s)
        options.format = CertificateManager::ExportFormat::Pfx;
    else
        return session.usageError(tr("--format: \"%1\" is not pem, der or pfx").arg(format));
    options.legacyPfx = parser.isSet(u"legacy-pfx"_s);
    options.includeChain = !parser.isSet(u"no-chain"_s);
    if (options.legacyPfx && options.format != CertificateManager::ExportFormat::Pfx)
        return session.usageError(tr("--legacy-pfx needs --format pfx"));
    if (options.format == CertificateManager::ExportFormat::Pfx) {
        if (!parser.isSet(u"password-file"_s))
            return session.usageError(tr("a PFX export needs --password-file FILE"));
        auto secret = CliSession::readSecretFile(parser.value(u"password-file"_s));
        if (!secret.ok())
            return session.fail(secret.error());
        options.password = secret.value();
    }
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    auto passphrase = session.passphrase();
    if (!passphrase.ok())
        return session.fail(passphrase.error());
    const QString thumbprint = parser.positionalArguments().first();
    auto data =
        CertificateManager::exportCertificate(session.workspace(), thumbprint, options, passphrase.value());
    if (!data.ok())
        return session.fail(data.error());
    // A PFX holds the private key: 0600 from the first byte.
    if (auto written = DurableFile::writeFile(out, data.value(),
                                              options.format == CertificateManager::ExportFormat::Pfx
                                                  ? DurableFile::kPrivateMode
                                                  : DurableFile::kPublicMode);
        !written.ok())
        return session.fail(written.error());
    if (session.json()) {
        session.printJson(QJsonObject{{u"thumbprint"_s, thumbprint.toUpper()},
                                      {u"out"_s, out},
                                      {u"format"_s, format},
                                      {u"legacyPfx"_s, options.legacyPfx},
                                      {u"bytes"_s, static_cast<qint64>(data->size())}});
    } else {
        session.out() << tr("Exported %1 to %2 (%3)").arg(thumbprint.toUpper(), out, format.toUpper())
                      << Qt::endl;
    }
    return 0;
}

int CertCommand::remove(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove a certificate or a pending request."));
    parser.addPositionalArgument(u"THUMBPRINT"_s, tr("SHA-1 thumbprint."));
    if (auto code = session.parse(parser, QStringList{u"domainsecure-cli cert remove"_s} + arguments))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return session.usageError(tr("cert remove: give one THUMBPRINT"));
    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    const QString thumbprint = parser.positionalArguments().first();
    const bool pending = CertificateManager::locate(session.workspace(), thumbprint).requestIndex >= 0;
    if (auto removed = CertificateManager::remove(session.workspace(), thumbprint); !removed.ok())
        return session.fail(removed.error());
    if (auto saved = session.saveWorkspace(); !saved.ok())
        return session.fail(saved.error());
    if (session.json()) {
        session.printJson(QJsonObject{{u"removed"_s, thumbprint.toUpper()},
                                      {u"kind"_s, pending ? u"pendingRequest"_s : u"certificate"_s}});
    } else {
        session.out() << (pending ? tr("Removed pending request %1") : tr("Removed certificate %1"))
                             .arg(thumbprint.toUpper())
                      << Qt::endl;
    }
    return 0;
}
