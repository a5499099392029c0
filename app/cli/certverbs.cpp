#include "certverbs.h"

#include "clisession.h"
#include "crypto/certificate.h"
#include "crypto/chainverifier.h"
#include "crypto/secrets.h"
#include "model/workspacecrypto.h"
#include "operations/certificateoperations.h"
#include "util/terminaltext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

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

} // namespace

// cert request, cert self-signed

QString CertRequestVerb::name() const
{
    return m_selfSigned ? u"self-signed"_s : u"request"_s;
}

QString CertRequestVerb::description() const
{
    return m_selfSigned ? tr("Create a self-signed certificate (internal use only).")
                        : tr("Create a key and a certificate request for a CA; the request "
                             "stays pending until its certificate is imported.");
}

QList<CliOption> CertRequestVerb::options() const
{
    QList<CliOption> options{
        {{u"server"_s}, tr("The server (default: the only one)."), tr("NAME")},
        {{u"subject"_s}, tr("Subject, RFC 4514: \"CN=mail.contoso.com,O=Contoso,C=JP\"."), tr("DN")},
        {{u"domain"_s}, tr("A DNS name for the certificate (repeatable)."), tr("NAME")},
        {{u"key"_s},
         tr("Key type: rsa:2048 (default), rsa:3072, rsa:4096, ec:p256, ec:p384."),
         tr("SPEC"),
         u"rsa:2048"_s},
        {{u"friendly-name"_s}, tr("Friendly name (< 64 characters)."), tr("NAME")},
        {{u"exportable"_s}, tr("Allow exporting the private key later.")}};
    if (m_selfSigned) {
        options << CliOption{{u"days"_s}, tr("Validity in days (default 365)."), tr("N"), u"365"_s};
    } else {
        options << CliOption{{u"out"_s}, tr("Write the request to FILE."), tr("FILE")}
                << CliOption{{u"der"_s}, tr("Write DER instead of PEM.")};
    }
    return options;
}

Status CertRequestVerb::check(CliSession& session, const QCommandLineParser& parser)
{
    if (Status s = WorkspaceVerb::check(session, parser); !s.ok())
        return s;
    if (parser.value(u"subject"_s).isEmpty())
        return Status::failure(ErrorCode::Usage,
                               tr("give the subject with --subject \"CN=host.example,O=Org,C=JP\""));
    if (!m_selfSigned && parser.value(u"out"_s).isEmpty())
        return Status::failure(ErrorCode::Usage, tr("give the request file with --out FILE"));
    if (m_selfSigned) {
        bool ok = false;
        m_days = parser.value(u"days"_s).toInt(&ok);
        if (!ok)
            return Status::failure(ErrorCode::Usage,
                                   tr("--days: \"%1\" is not a number").arg(parser.value(u"days"_s)));
    }
    auto spec = KeySpec::parse(parser.value(u"key"_s));
    if (!spec.ok())
        return spec.error();
    m_spec = spec.value();
    return {};
}

Result<WorkspaceVerb::Outcome> CertRequestVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    CertificateManager::RequestParams params;
    params.subject = parser.value(u"subject"_s);
    params.domains = parser.values(u"domain"_s);
    params.keySpec = *m_spec;
    params.friendlyName = parser.value(u"friendly-name"_s);
    params.exportable = parser.isSet(u"exportable"_s);
    Workspace& workspace = session.workspace();
    if (m_selfSigned) {
        auto entry = CertificateManager::createSelfSigned(workspace, parser.value(u"server"_s), params,
                                                          m_days, passphrase());
        if (!entry.ok())
            return entry.error();
        m_entry = entry.value();
        return Outcome::Changed;
    }
    auto created =
        CertificateManager::createRequest(workspace, parser.value(u"server"_s), params, passphrase());
    if (!created.ok())
        return created.error();
    m_created = created.value();
    // The request file and the workspace change together: the request replaces --out (all of it
    // on disk, or the old file stays), then the workspace is saved; if that fails, the old --out
    // is put back (save()).
    const bool der = parser.isSet(u"der"_s);
    if (auto prepared = m_requestFile.prepare(
            parser.value(u"out"_s), der ? m_created->csrDer : m_created->csrPem, DurableFile::kPublicMode);
        !prepared.ok())
        return prepared.error();
    return Outcome::Changed;
}

Status CertRequestVerb::save(CliSession& session)
{
    if (m_selfSigned)
        return WorkspaceVerb::save(session);
    if (auto written = m_requestFile.commit(); !written.ok())
        return written;
    if (auto saved = session.saveWorkspace(); !saved.ok()) {
        if (auto restored = m_requestFile.rollback(); !restored.ok())
            return Status::failure(ErrorCode::Io, saved.errorMessage() + u"; "_s + restored.errorMessage());
        return saved;
    }
    return {};
}

void CertRequestVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    const Workspace& workspace = session.workspace();
    if (m_selfSigned) {
        const auto location = CertificateManager::locate(workspace, m_entry->thumbprint);
        const QString serverName = workspace.servers.at(location.serverIndex).name;
        if (session.json()) {
            session.printJson(
                entryJson(serverName, *m_entry, CertificateStatusEvaluator::evaluateTime(*m_entry)));
        } else {
            session.out() << tr("Created self-signed certificate %1 for %2 on %3 (internal use only)")
                                 .arg(m_entry->thumbprint, terminalSafe(m_entry->subject),
                                      terminalSafe(serverName))
                          << Qt::endl;
        }
        return;
    }
    const bool der = parser.isSet(u"der"_s);
    const QString out = parser.value(u"out"_s);
    const PendingRequest& pending = m_created->request;
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
}

// cert import

CertImportVerb::~CertImportVerb()
{
    Secrets::wipe(m_password);
}

Result<Services> CertImportVerb::parseServices(const QString& text)
{
    QString bad;
    const auto services = ServiceNames::parse(text, &bad);
    if (!services) {
        return Result<Services>::failure(ErrorCode::Usage,
                                         tr("unknown service \"%1\": use SMTP, IMAP, POP, IIS, UM").arg(bad));
    }
    return *services;
}

QString CertImportVerb::description() const
{
    return tr("Import a certificate (PEM, DER, PKCS#7, PKCS#12), completing a pending "
              "request when the public key matches.");
}

QList<CliArgument> CertImportVerb::arguments() const
{
    return {{u"FILE"_s, tr("The files to import; all or none are imported."), tr("FILE...")}};
}

QList<CliOption> CertImportVerb::options() const
{
    return {
        {{u"password-file"_s}, tr("PKCS#12 password from the first line of FILE."), tr("FILE")},
        {{u"server"_s}, tr("The server (default: the matching request's, or the only one)."), tr("NAME")},
        {{u"enable"_s}, tr("Enable the certificate for services: SMTP[,IMAP,POP,IIS,UM]."), tr("SERVICES")},
        {{u"replace-default"_s}, tr("Replace the server's default SMTP certificate.")},
        {{u"require-match"_s},
         tr("Fail unless the certificate completes a pending request or brings "
            "its key.")},
        {{u"friendly-name"_s}, tr("Friendly name (< 64 characters)."), tr("NAME")}};
}

Status CertImportVerb::check(CliSession&, const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return Status::failure(ErrorCode::Usage, tr("cert import: give at least one FILE"));
    if (files.size() > 1 && parser.isSet(u"friendly-name"_s))
        return Status::failure(ErrorCode::Usage, tr("cert import: --friendly-name needs exactly one FILE"));
    m_options.requireMatch = parser.isSet(u"require-match"_s);
    m_options.replaceDefault = parser.isSet(u"replace-default"_s);
    m_options.friendlyName = parser.value(u"friendly-name"_s);
    if (parser.isSet(u"enable"_s)) {
        auto services = parseServices(parser.value(u"enable"_s));
        if (!services.ok())
            return services.error();
        m_options.enable = services.value();
    }
    if (parser.isSet(u"password-file"_s)) {
        auto secret = CliSession::readSecretFile(parser.value(u"password-file"_s));
        if (!secret.ok())
            return secret.error();
        m_password = secret.value();
    }
    return {};
}

Result<WorkspaceVerb::Outcome> CertImportVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    // All or nothing: a file that fails stops before the save, so the workspace on disk is unchanged.
    auto imported =
        CertificateManager::importFiles(session.workspace(), parser.positionalArguments(), m_password,
                                        parser.value(u"server"_s), m_options, passphrase());
    if (!imported.ok())
        return imported.error();
    m_reports = imported.value();
    return Outcome::Changed;
}

void CertImportVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (session.json()) {
        QJsonArray imports;
        for (qsizetype i = 0; i < m_reports.size(); ++i)
            imports.append(importJson(files.at(i), m_reports.at(i)));
        session.printJson(files.size() == 1 ? imports.first().toObject()
                                            : QJsonObject{{u"imports"_s, imports}});
        return;
    }
    QTextStream& out = session.out();
    for (const auto& report : std::as_const(m_reports)) {
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
}

// cert list

QString CertListVerb::description() const
{
    return tr("List certificates and pending requests with their status.");
}

QList<CliOption> CertListVerb::options() const
{
    return {{{u"server"_s}, tr("Only this server."), tr("NAME")}};
}

Result<WorkspaceVerb::Outcome> CertListVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    const Workspace& workspace = session.workspace();
    const QString only = parser.value(u"server"_s);
    if (!only.isEmpty() && !workspace.server(only))
        return Result<Outcome>::failure(ErrorCode::Usage,
                                        tr("no server named \"%1\" in the workspace").arg(only));
    const ChainVerifier verifier = WorkspaceCrypto::chainVerifier(workspace);
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
    return Outcome::Unchanged;
}

// cert show

QString CertShowVerb::description() const
{
    return tr("Show every field of a certificate or pending request, its chain and status.");
}

QList<CliArgument> CertShowVerb::arguments() const
{
    return {{u"THUMBPRINT"_s, tr("SHA-1 thumbprint (40 hex digits)."), {}}};
}

Status CertShowVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return Status::failure(ErrorCode::Usage, tr("cert show: give one THUMBPRINT"));
    return {};
}

Result<WorkspaceVerb::Outcome> CertShowVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    const Workspace& workspace = session.workspace();
    const QString thumbprint = parser.positionalArguments().first();
    const auto location = CertificateManager::locate(workspace, thumbprint);
    if (!location.found())
        return Result<Outcome>::failure(
            ErrorCode::BadInput, tr("no certificate or pending request with thumbprint %1").arg(thumbprint));
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
        return Outcome::Unchanged;
    }
    const CertificateEntry& entry = server.certificates.at(location.certificateIndex);
    auto certificate = Certificate::fromDer(entry.certificateDer);
    if (!certificate.ok())
        return certificate.error();
    const ChainVerifier verifier = WorkspaceCrypto::chainVerifier(workspace);
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
        return Outcome::Unchanged;
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
    return Outcome::Unchanged;
}

// cert enable

QString CertEnableVerb::description() const
{
    return tr("Enable a certificate for services (services are only added).");
}

QList<CliOption> CertEnableVerb::options() const
{
    return {{{u"services"_s}, tr("SMTP[,IMAP,POP,IIS,UM]."), tr("SERVICES")},
            {{u"replace-default"_s}, tr("Replace the server's default SMTP certificate.")}};
}

QList<CliArgument> CertEnableVerb::arguments() const
{
    return {{u"THUMBPRINT"_s, tr("SHA-1 thumbprint."), {}}};
}

Status CertEnableVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return Status::failure(ErrorCode::Usage, tr("cert enable: give one THUMBPRINT"));
    if (!parser.isSet(u"services"_s))
        return Status::failure(ErrorCode::Usage, tr("cert enable: give --services SMTP[,IMAP,POP,IIS,UM]"));
    auto services = CertImportVerb::parseServices(parser.value(u"services"_s));
    if (!services.ok())
        return services.error();
    m_services = services.value();
    return {};
}

Result<WorkspaceVerb::Outcome> CertEnableVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    auto change = CertificateOperations::enable(session.workspace(), parser.positionalArguments().first(),
                                                m_services, parser.isSet(u"replace-default"_s));
    if (change.ok())
        m_report = change->report;
    return adopt(session, change);
}

void CertEnableVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    const QString thumbprint = parser.positionalArguments().first();
    if (session.json()) {
        session.printJson(QJsonObject{{u"thumbprint"_s, thumbprint.toUpper()},
                                      {u"services"_s, toArray(ServiceNames::toList(m_report->services))},
                                      {u"replacedDefault"_s, m_report->replacedDefault},
                                      {u"warnings"_s, toArray(m_report->warnings)}});
        return;
    }
    session.out() << tr("Certificate %1 is enabled for %2")
                         .arg(thumbprint.toUpper(), ServiceNames::format(m_report->services))
                  << '\n';
    if (!m_report->replacedDefault.isEmpty())
        session.out() << tr("It replaces %1 as the default SMTP certificate")
                             .arg(terminalSafe(m_report->replacedDefault))
                      << '\n';
    for (const QString& warning : m_report->warnings)
        session.out() << tr("Warning: %1").arg(terminalSafe(warning)) << '\n';
    session.out().flush();
}

// cert export

CertExportVerb::~CertExportVerb()
{
    Secrets::wipe(m_options.password);
}

QString CertExportVerb::description() const
{
    return tr("Export a certificate (PEM with chain, DER, PFX) or a pending request.");
}

QList<CliOption> CertExportVerb::options() const
{
    return {{{u"out"_s}, tr("Output file."), tr("FILE")},
            {{u"format"_s}, tr("pem (default), der or pfx."), tr("FORMAT"), u"pem"_s},
            {{u"password-file"_s}, tr("PFX password from the first line of FILE."), tr("FILE")},
            {{u"legacy-pfx"_s}, tr("PFX with PBE-SHA1-3DES and a SHA-1 MAC (Windows Server 2003/2008).")},
            {{u"no-chain"_s}, tr("Leave the issuer certificates out.")}};
}

QList<CliArgument> CertExportVerb::arguments() const
{
    return {{u"THUMBPRINT"_s, tr("SHA-1 thumbprint."), {}}};
}

Status CertExportVerb::check(CliSession&, const QCommandLineParser& parser)
{
    const auto usage = [](const QString& message) { return Status::failure(ErrorCode::Usage, message); };
    if (parser.positionalArguments().size() != 1)
        return usage(tr("cert export: give one THUMBPRINT"));
    if (parser.value(u"out"_s).isEmpty())
        return usage(tr("cert export: give --out FILE"));
    m_format = parser.value(u"format"_s).toLower();
    if (m_format == u"pem"_s)
        m_options.format = CertificateManager::ExportFormat::Pem;
    else if (m_format == u"der"_s)
        m_options.format = CertificateManager::ExportFormat::Der;
    else if (m_format == u"pfx"_s || m_format == u"p12"_s || m_format == u"pkcs12"_s)
        m_options.format = CertificateManager::ExportFormat::Pfx;
    else
        return usage(tr("--format: \"%1\" is not pem, der or pfx").arg(m_format));
    m_options.legacyPfx = parser.isSet(u"legacy-pfx"_s);
    m_options.includeChain = !parser.isSet(u"no-chain"_s);
    if (m_options.legacyPfx && m_options.format != CertificateManager::ExportFormat::Pfx)
        return usage(tr("--legacy-pfx needs --format pfx"));
    if (m_options.format == CertificateManager::ExportFormat::Pfx) {
        if (!parser.isSet(u"password-file"_s))
            return usage(tr("a PFX export needs --password-file FILE"));
        auto secret = CliSession::readSecretFile(parser.value(u"password-file"_s));
        if (!secret.ok())
            return secret.error();
        m_options.password = secret.value();
    }
    return {};
}

Result<WorkspaceVerb::Outcome> CertExportVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    auto data = CertificateManager::exportCertificate(
        session.workspace(), parser.positionalArguments().first(), m_options, passphrase());
    if (!data.ok())
        return data.error();
    // A PFX holds the private key: 0600 from the first byte.
    if (auto written = DurableFile::writeFile(parser.value(u"out"_s), data.value(),
                                              m_options.format == CertificateManager::ExportFormat::Pfx
                                                  ? DurableFile::kPrivateMode
                                                  : DurableFile::kPublicMode);
        !written.ok())
        return written.error();
    m_bytes = data->size();
    return Outcome::Unchanged;
}

void CertExportVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    const QString thumbprint = parser.positionalArguments().first();
    const QString out = parser.value(u"out"_s);
    if (session.json()) {
        session.printJson(QJsonObject{{u"thumbprint"_s, thumbprint.toUpper()},
                                      {u"out"_s, out},
                                      {u"format"_s, m_format},
                                      {u"legacyPfx"_s, m_options.legacyPfx},
                                      {u"bytes"_s, m_bytes}});
    } else {
        session.out() << tr("Exported %1 to %2 (%3)").arg(thumbprint.toUpper(), out, m_format.toUpper())
                      << Qt::endl;
    }
}

// cert remove

QString CertRemoveVerb::description() const
{
    return tr("Remove a certificate or a pending request.");
}

QList<CliArgument> CertRemoveVerb::arguments() const
{
    return {{u"THUMBPRINT"_s, tr("SHA-1 thumbprint."), {}}};
}

Status CertRemoveVerb::check(CliSession&, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return Status::failure(ErrorCode::Usage, tr("cert remove: give one THUMBPRINT"));
    return {};
}

Result<WorkspaceVerb::Outcome> CertRemoveVerb::act(CliSession& session, const QCommandLineParser& parser)
{
    const QString thumbprint = parser.positionalArguments().first();
    m_pending = CertificateManager::locate(session.workspace(), thumbprint).requestIndex >= 0;
    return adopt(session, CertificateOperations::remove(session.workspace(), thumbprint));
}

void CertRemoveVerb::report(CliSession& session, const QCommandLineParser& parser)
{
    const QString thumbprint = parser.positionalArguments().first();
    if (session.json()) {
        session.printJson(QJsonObject{{u"removed"_s, thumbprint.toUpper()},
                                      {u"kind"_s, m_pending ? u"pendingRequest"_s : u"certificate"_s}});
    } else {
        session.out() << (m_pending ? tr("Removed pending request %1") : tr("Removed certificate %1"))
                             .arg(thumbprint.toUpper())
                      << Qt::endl;
    }
}

} // namespace ds::cli
