#include "exportverbs.h"

#include "clisession.h"
#include "crypto/secrets.h"
#include "export/exchangeshellexporter.h"
#include "export/exporter.h"
#include "export/postfixapplier.h"
#include "export/postfixexporter.h"
#include "fixcommand.h"
#include "model/certificatemanager.h"
#include "model/exchangeversion.h"
#include "util/terminaltext.h"
#include "validate/finding.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& item : list)
        array.append(item);
    return array;
}

QString modeText(const ExportFile& file)
{
    const auto mode = file.secret ? ExportFile::secretMode() : file.mode;
    int bits = 0;
    const std::pair<QFileDevice::Permission, int> map[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01}};
    for (const auto& [permission, bit] : map) {
        if (mode & permission)
            bits |= bit;
    }
    return u"0%1"_s.arg(bits, 3, 8, QChar(u'0'));
}

} // namespace

QString ExportVerb::name() const
{
    return m_postfix ? u"postfix"_s : u"exchange"_s;
}

QStringList ExportVerb::aliases() const
{
    return m_postfix ? QStringList{} : QStringList{u"exchange2007"_s};
}

QString ExportVerb::description() const
{
    return m_postfix ? tr("Write the Postfix bundle of a server (postconf lines, maps, certificate and key, "
                          "apply.sh, README) into DIR and optionally apply it to a Postfix configuration "
                          "directory. Refused while \"lint --target postfix\" reports errors.")
                     : tr("Write the Exchange Management Shell script of a server for Exchange 2007, "
                          "2010, 2013 or 2016/2019/SE, or the organization's Exchange Online PowerShell "
                          "script (no server needed), as --version says (default: the workspace's release, "
                          "see \"workspace set\"). Refused while \"lint --target exchange<VERSION>\" "
                          "(exchange-online for online) reports errors.");
}

QList<CliOption> ExportVerb::options() const
{
    QList<CliOption> options;
    options << CliOption{{u"server"_s}, tr("The server (default: the only one)."), tr("NAME")};
    if (m_postfix) {
        options << CliOption{
            {u"out"_s}, tr("Directory to write the bundle to (created if missing)."), tr("DIR")};
        options << CliOption{{u"apply"_s},
                             tr("Apply the bundle to this Postfix configuration directory (postconf -c, "
                                "postmap, postfix check)."),
                             tr("CONFIG_DIR")};
        options << CliOption{{u"allow-global-change"_s},
                             tr("With --apply: also replace main.cf settings and master.cf services the "
                                "administrator set to other values (server certificate, myhostname, a "
                                "smaller message_size_limit); refused without it.")};
        options << CliOption{{u"include-private-key"_s},
                             tr("Write the SMTP certificate's private key into the bundle although it is "
                                "marked non-exportable: the administrator wants the key on that server. "
                                "Refused without it.")};
    } else {
        options << CliOption{
            {u"out"_s}, tr("The script file to write (FILE.ps1, or a directory)."), tr("FILE")};
        options << CliOption{{u"version"_s},
                             tr("The Exchange release the script is written for: 2007, 2010, 2013, 2016 "
                                "(also 2019 and Subscription Edition) or online (Exchange Online); default: "
                                "the workspace's release."),
                             tr("VERSION")};
        options << CliOption{
            {u"pfx-password-file"_s},
            tr("Also write the SMTP certificate as a PFX beside the script, protected by the "
               "password on the first line of FILE."),
            tr("FILE")};
    }
    return options;
}

int ExportVerb::run(CliSession& session, const QCommandLineParser& parser)
{
    const bool postfix = m_postfix;
    // --version, else the workspace's Exchange release (known once the workspace is read).
    std::optional<ExchangeVersion> version;
    if (!postfix && parser.isSet(u"version"_s)) {
        version = ExchangeVersions::parse(parser.value(u"version"_s));
        if (!version)
            return session.usageError(
                tr("export exchange: --version must be 2007, 2010, 2013, 2016 or online, not \"%1\"")
                    .arg(parser.value(u"version"_s)));
    }
    if (!parser.positionalArguments().isEmpty())
        return session.usageError(
            tr("export: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return session.usageError(tr("export %1: --out is required").arg(name()));

    if (auto loaded = session.loadWorkspace(); !loaded.ok())
        return session.fail(loaded.error());
    const Workspace& workspace = session.workspace();
    const QString target = postfix ? PostfixExporter::kTarget
                                   : ExchangeVersions::target(version.value_or(workspace.exchangeVersion));
    // The rules `lint --target` checks for this export: each Exchange release is its own target.
    const QString lintTarget = target;
    const std::unique_ptr<Exporter> exporter = Exporter::create(target);
    QString serverName = parser.value(u"server"_s).trimmed();
    // Exchange Online is organization-wide: no server unless one is named (then it must exist).
    const bool serverless = !exporter->usesServer() && serverName.isEmpty();
    if (serverName.isEmpty() && !serverless) {
        if (workspace.servers.size() != 1)
            return session.usageError(tr("export %1: give --server (the workspace has %2 servers)")
                                          .arg(target)
                                          .arg(workspace.servers.size()));
        serverName = workspace.servers.first().name;
    }
    const Server* server = serverless ? nullptr : workspace.server(serverName);
    if (!server && !serverless)
        return session.fail(ErrorCode::BadInput,
                            tr("export %1: the workspace has no server \"%2\"").arg(target, serverName));
    if (server)
        serverName = server->name;
    const QList<Finding> findings = exporter->findings(workspace);
    QJsonArray findingsJson;
    int errors = 0;
    for (const Finding& finding : findings) {
        findingsJson.append(FixCommand::toJson(finding));
        if (finding.severity == Finding::Severity::Error)
            ++errors;
    }

    // 1. The lint gate: nothing is written while the validator reports errors for this target.
    if (errors > 0) {
        if (session.json()) {
            session.printJson(QJsonObject{{u"target"_s, target},
                                          {u"server"_s, serverName},
                                          {u"exported"_s, false},
                                          {u"errors"_s, errors},
                                          {u"findings"_s, findingsJson}});
        } else {
            for (const Finding& finding : findings) {
                if (finding.severity != Finding::Severity::Info)
                    session.out() << FixCommand::report(finding) << u'\n';
            }
            session.out().flush();
        }
        return session.fail(ErrorCode::Validation,
                            tr("export %1 refused: \"lint --target %1\" reports %n error(s); nothing was "
                               "written",
                               nullptr, errors)
                                .arg(lintTarget));
    }

    auto passphrase = session.requirePassphraseIfProtected();
    if (!passphrase.ok())
        return session.fail(passphrase.error());
    // --include-private-key is a Postfix option (the Exchange script imports a PFX the administrator makes).
    const ExportOptions options{serverName, passphrase.value(),
                                postfix && parser.isSet(u"include-private-key"_s)};
    auto result = exporter->run(workspace, options);
    if (!result.ok())
        return session.fail(result.error());
    ExportResult files = result.value();

    // 2. Where the files go.
    QString directory = out;
    if (!postfix) {
        // One script; --out names the file (or a directory that receives the default name).
        QString scriptPath = out;
        if (QFileInfo(out).isDir())
            scriptPath = QDir(out).filePath(files.files.first().name);
        directory = QFileInfo(scriptPath).absolutePath();
        files.files.first().name = QFileInfo(scriptPath).fileName();
        if (parser.isSet(u"pfx-password-file"_s)) {
            if (!exporter->usesServer())
                return session.fail(ErrorCode::BadInput,
                                    tr("export exchange: Exchange Online imports no certificate; "
                                       "--pfx-password-file does not apply"));
            const CertificateEntry* certificate = server->smtpCertificate();
            if (!certificate)
                return session.fail(ErrorCode::BadInput,
                                    tr("export exchange: server %1 has no SMTP certificate to write as "
                                       "PFX")
                                        .arg(serverName));
            auto password = CliSession::readSecretFile(parser.value(u"pfx-password-file"_s));
            if (!password.ok())
                return session.fail(password.error());
            CertificateManager::ExportOptions pfxOptions;
            const auto wipePassword = qScopeGuard([&pfxOptions] { Secrets::wipe(pfxOptions.password); });
            pfxOptions.format = CertificateManager::ExportFormat::Pfx;
            pfxOptions.password = std::move(password.value());
            pfxOptions.legacyPfx = true; // Windows Server 2003/2008 read only 3DES/RC2 PKCS#12
            auto pfx = CertificateManager::exportCertificate(workspace, certificate->thumbprint, pfxOptions,
                                                             passphrase.value());
            if (!pfx.ok())
                return session.fail(pfx.error());
            ExportFile pfxFile;
            pfxFile.name = ExchangeShellExporter::pfxFileName(*certificate);
            pfxFile.content = pfx.value();
            pfxFile.secret = true;
            pfxFile.mode = ExportFile::secretMode();
            pfxFile.description = tr("SMTP certificate and key the script imports (PKCS#12)");
            files.files << pfxFile;
            files.warnings.removeIf([](const QString& w) { return w.contains(u".pfx"_s); });
        }
    }
    if (Status written = files.writeTo(directory); !written.ok())
        return session.fail(written.error());

    // 3. --apply.
    std::optional<PostfixApplyReport> report;
    const QString applyDir = postfix ? parser.value(u"apply"_s) : QString();
    if (!applyDir.isEmpty()) {
        QStringList ignored;
        auto bundle = PostfixExporter::bundle(workspace, *server, options, &ignored);
        if (!bundle.ok())
            return session.fail(bundle.error());
        PostfixApplier applier(applyDir);
        applier.setAllowGlobalChange(parser.isSet(u"allow-global-change"_s));
        auto applied = applier.apply(bundle.value());
        if (!applied.ok())
            return session.fail(applied.error().code,
                                tr("export postfix: the bundle was written to %1, but applying it to %2 "
                                   "failed: %3")
                                    .arg(directory, applyDir, applied.errorMessage()));
        report = applied.value();
    }

    if (session.json()) {
        QJsonArray fileArray;
        for (const ExportFile& file : std::as_const(files.files)) {
            fileArray.append(QJsonObject{{u"name"_s, file.name},
                                         {u"path"_s, QDir(directory).filePath(file.name)},
                                         {u"mode"_s, modeText(file)},
                                         {u"secret"_s, file.secret},
                                         {u"description"_s, file.description}});
        }
        QJsonObject json{{u"target"_s, target},        {u"server"_s, serverName},
                         {u"exported"_s, true},        {u"directory"_s, directory},
                         {u"files"_s, fileArray},      {u"warnings"_s, toArray(files.warnings)},
                         {u"findings"_s, findingsJson}};
        if (report) {
            json.insert(u"apply"_s, QJsonObject{{u"configDirectory"_s, applyDir},
                                                {u"changed"_s, report->changed()},
                                                {u"changes"_s, toArray(report->changes)},
                                                {u"backupDirectory"_s, report->backupDirectory},
                                                {u"checkWarnings"_s, toArray(report->checkWarnings)}});
        }
        session.printJson(json);
        return 0;
    }
    QTextStream& text = session.out();
    for (const Finding& finding : findings) {
        if (finding.severity == Finding::Severity::Warning)
            text << FixCommand::report(finding) << u'\n';
    }
    for (const ExportFile& file : std::as_const(files.files))
        text << tr("Wrote %1 (%2): %3")
                    .arg(terminalSafe(QDir(directory).filePath(file.name)), modeText(file), file.description)
             << u'\n';
    for (const QString& warning : std::as_const(files.warnings))
        text << tr("Warning: %1").arg(terminalSafe(warning)) << u'\n';
    if (report) {
        if (report->changed()) {
            text << tr("Applied to %1:").arg(applyDir) << u'\n';
            for (const QString& change : std::as_const(report->changes))
                text << u"  "_s << terminalSafe(change) << u'\n';
            text << tr("The previous files are in %1").arg(report->backupDirectory) << u'\n';
            text << tr("Reload Postfix to use it: postfix -c %1 reload").arg(applyDir) << u'\n';
        } else {
            text << tr("Applied to %1: nothing changed").arg(applyDir) << u'\n';
        }
        for (const QString& warning : std::as_const(report->checkWarnings))
            text << tr("postfix check: %1").arg(terminalSafe(warning)) << u'\n';
    }
    text.flush();
    return 0;
}

} // namespace ds::cli
