#include "probecommand.h"

#include "clisession.h"
#include "probe/smtpprobe.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString ProbeCommand::summary() const
{
    return tr("Test SMTP STARTTLS / mutual TLS with a partner gateway");
}

int ProbeCommand::run(CliSession& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connects to HOST[:PORT] (port 25 by default), runs EHLO, STARTTLS and the TLS handshake with "
           "our server's SMTP certificate as client certificate, and reports why the link works or fails."));
    parser.addPositionalArgument(u"host"_s, tr("The partner's gateway, HOST[:PORT]."), tr("HOST[:PORT]"));
    parser.addOption({u"domain"_s, tr("The partner domain the certificate must name."), tr("DOMAIN")});
    parser.addOption(
        {u"server"_s, tr("The workspace server whose SMTP certificate and FQDN to use."), tr("SERVER")});
    parser.addOption({u"level"_s, tr("encrypt, verify or secure (default: secure)."), tr("LEVEL")});
    parser.addOption({u"ca-file"_s, tr("Also trust the CA certificates in this PEM file."), tr("FILE")});
    parser.addOption({u"no-client-cert"_s, tr("Do not present a client certificate.")});
    parser.addOption(
        {u"timeout"_s, tr("Seconds to wait for each network step (default: 30)."), tr("SECONDS")});
    if (auto exit = session.parse(parser, QStringList{u"domainsecure-cli probe"_s} + arguments))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return session.usageError(tr("probe: give exactly one HOST[:PORT]"));
    ProbeOptions options;
    if (Status s = options.setTarget(positional.first()); !s.ok())
        return session.fail(s.error());
    options.domain = parser.value(u"domain"_s).trimmed();
    if (parser.isSet(u"level"_s)) {
        const auto level = ProbeOptions::levelFromName(parser.value(u"level"_s));
        if (!level) {
            return session.usageError(
                tr("--level \"%1\": use encrypt, verify or secure").arg(parser.value(u"level"_s)));
        }
        options.level = *level;
    }
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            return session.usageError(
                tr("--timeout \"%1\": give seconds from 0.1 to 3600").arg(parser.value(u"timeout"_s)));
        }
        options.timeoutMs = qMax(100, int(seconds * 1000));
    }
    if (parser.isSet(u"ca-file"_s)) {
        const QString file = parser.value(u"ca-file"_s);
        if (!QFileInfo(file).isReadable() || QFileInfo(file).isDir())
            return session.fail(ErrorCode::BadInput, tr("%1: cannot read the CA file").arg(file));
        options.caFiles << file;
    }

    QString serverName = parser.value(u"server"_s);
    if (!session.workspacePath().isEmpty()) {
        if (Status s = session.loadWorkspace(); !s.ok())
            return session.fail(s.error());
        const Workspace& workspace = session.workspace();
        if (serverName.isEmpty() && workspace.servers.size() == 1)
            serverName = workspace.servers.first().name;
        if (parser.isSet(u"no-client-cert"_s)) {
            if (const Server* server = workspace.server(serverName))
                options.ehloName = server->fqdn;
            serverName.clear();
        }
        auto secret = session.passphrase();
        if (!secret.ok())
            return session.fail(secret.error());
        if (Status s = options.useWorkspace(workspace, serverName, secret.value()); !s.ok())
            return session.fail(s.error());
    } else if (!serverName.isEmpty()) {
        return session.usageError(
            tr("--server needs a workspace: give -w FILE or set DOMAINSECURE_WORKSPACE"));
    }

    SmtpProbe probe(options);
    SmtpProbe::Callbacks callbacks;
    if (!session.json()) {
        callbacks.transcript = [&session](const ProbeReport::TranscriptLine& line) {
            session.out() << line.toText() << '\n';
            session.out().flush();
        };
    }
    const ProbeReport report = probe.run(callbacks);
    if (session.json()) {
        session.printJson(report.toJson());
    } else {
        session.out() << '\n' << report.toText(false);
        session.out().flush();
    }
    return report.success() ? 0 : int(ErrorCode::Validation);
}
