#include "probeverb.h"

#include "clisession.h"
#include "operations/partnerpinoperations.h"
#include "probe/mxresolver.h"
#include "probe/smtpprobe.h"
#include "util/terminaltext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ds::cli {

using namespace ds::core;

QString ProbeVerb::description() const
{
    return tr(
        "Connects to HOST[:PORT] (port 25 by default), runs EHLO, STARTTLS and the TLS handshake with "
        "our server's SMTP certificate as client certificate, and reports why the link works or fails.");
}

QList<CliArgument> ProbeVerb::arguments() const
{
    return {{u"host"_s,
             tr("The partner's gateway, HOST[:PORT]; without it, the MX hosts of --domain in order."),
             tr("[HOST[:PORT]]")}};
}

QList<CliOption> ProbeVerb::options() const
{
    QList<CliOption> options;
    options << CliOption{{u"domain"_s}, tr("The partner domain the certificate must name."), tr("DOMAIN")};
    options << CliOption{
        {u"server"_s}, tr("The workspace server whose SMTP certificate and FQDN to use."), tr("SERVER")};
    options << CliOption{{u"level"_s}, tr("encrypt, verify or secure (default: secure)."), tr("LEVEL")};
    options << CliOption{{u"ca-file"_s}, tr("Also trust the CA certificates in this PEM file."), tr("FILE")};
    options << CliOption{{u"no-client-cert"_s}, tr("Do not present a client certificate.")};
    options << CliOption{
        {u"save-partner-cert"_s},
        tr("With HOST and --domain: when the probe succeeds, pin the certificate the partner's "
           "gateway presented for the domain in the workspace (as partner cert add).")};
    options << CliOption{
        {u"port"_s}, tr("With --domain and no HOST: the port of the MX hosts (default: 25)."), tr("PORT")};
    options << CliOption{{u"nameserver"_s},
                         tr("With --domain and no HOST: ask this DNS server for the MX records."),
                         tr("ADDRESS")};
    options << CliOption{
        {u"timeout"_s}, tr("Seconds to wait for each network step (default: 30)."), tr("SECONDS")};
    return options;
}

int ProbeVerb::run(CliSession& session, const QCommandLineParser& parser)
{

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return session.usageError(
            tr("probe: give one HOST[:PORT], or none with --domain to probe its MX hosts"));
    if (positional.isEmpty() && parser.value(u"domain"_s).trimmed().isEmpty())
        return session.usageError(tr("probe: give HOST[:PORT], or --domain DOMAIN to probe its MX hosts"));
    ProbeOptions options;
    if (!positional.isEmpty()) {
        if (Status s = options.setTarget(positional.first()); !s.ok())
            return session.fail(s.error());
        if (parser.isSet(u"port"_s) || parser.isSet(u"nameserver"_s))
            return session.usageError(
                tr("probe: --port and --nameserver are for MX lookups; give HOST:PORT"));
    }
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        const uint port = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return session.usageError(
                tr("--port \"%1\": give a number from 1 to 65535").arg(parser.value(u"port"_s)));
        options.port = quint16(port);
    }
    IpAddress nameserver;
    if (parser.isSet(u"nameserver"_s)) {
        const std::optional<IpAddress> given = IpAddress::fromString(parser.value(u"nameserver"_s).trimmed());
        if (given)
            nameserver = *given;
    }
    if (parser.isSet(u"nameserver"_s) && nameserver.isNull()) {
        return session.usageError(
            tr("--nameserver \"%1\": give an IP address").arg(parser.value(u"nameserver"_s)));
    }
    if (parser.isSet(u"domain"_s)) {
        const auto domain = MxResolver::normalizedDomain(parser.value(u"domain"_s));
        if (!domain.ok())
            return session.usageError(tr("--domain: %1").arg(domain.errorMessage()));
        options.domain = domain.value();
    }
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

    if (parser.isSet(u"save-partner-cert"_s)) {
        if (positional.isEmpty() || options.domain.isEmpty() || session.workspacePath().isEmpty())
            return session.usageError(
                tr("probe --save-partner-cert: give HOST[:PORT], --domain DOMAIN and a workspace"));
        return probeAndPin(session, options);
    }
    if (!positional.isEmpty())
        return probeOne(session, options);

    // No host: the MX hosts of the domain, most preferred first (all of them, as testssl --mx).
    const auto hosts = MxResolver::lookup(options.domain, qMin(options.timeoutMs, 30000), nameserver);
    if (!hosts.ok())
        return session.fail(hosts.error());
    QJsonArray mx;
    for (const MxResolver::Host& host : hosts.value()) {
        mx.append(QJsonObject{
            {u"host"_s, host.name}, {u"preference"_s, host.preference}, {u"implicit"_s, host.implicit}});
        if (!session.json()) {
            session.out()
                << (host.implicit
                        ? tr("%1 has no MX record; probing the domain itself").arg(terminalSafe(host.name))
                        : tr("MX %1 %2").arg(host.preference).arg(terminalSafe(host.name)))
                << '\n';
        }
    }
    QJsonArray reports;
    bool allOk = true;
    for (const MxResolver::Host& host : hosts.value()) {
        ProbeOptions one = options;
        one.host = host.name;
        if (!session.json())
            session.out() << '\n' << tr("== %1:%2 ==").arg(terminalSafe(host.name)).arg(one.port) << '\n';
        const ProbeReport report = runProbe(session, one);
        allOk = allOk && report.success();
        reports.append(report.toJson());
    }
    if (session.json()) {
        session.printJson(QJsonObject{{u"schema"_s, u"domainsecure-probe-mx/1"_s},
                                      {u"domain"_s, options.domain},
                                      {u"mx"_s, mx},
                                      {u"success"_s, allOk},
                                      {u"reports"_s, reports}});
    }
    return allOk ? 0 : int(ErrorCode::Validation);
}

ProbeReport ProbeVerb::runProbe(CliSession& session, const ProbeOptions& options)
{
    SmtpProbe probe(options);
    SmtpProbe::Callbacks callbacks;
    if (!session.json()) {
        callbacks.transcript = [&session](const ProbeReport::TranscriptLine& line) {
            session.out() << line.toText() << '\n';
            session.out().flush();
        };
    }
    const ProbeReport report = probe.run(callbacks);
    if (!session.json()) {
        session.out() << '\n' << report.toText(false);
        session.out().flush();
    }
    return report;
}

int ProbeVerb::probeOne(CliSession& session, const ProbeOptions& options)
{
    const ProbeReport report = runProbe(session, options);
    if (session.json())
        session.printJson(report.toJson());
    return report.success() ? 0 : int(ErrorCode::Validation);
}

int ProbeVerb::probeAndPin(CliSession& session, const ProbeOptions& options)
{
    const ProbeReport report = runProbe(session, options);
    QJsonObject json = report.toJson();
    auto change = PartnerPinOperations::addFromProbe(session.workspace(), options.domain, report);
    if (!change.ok()) {
        if (session.json())
            session.printJson(json);
        return session.fail(change.error());
    }
    if (!change->alreadyPresent) {
        session.workspace() = change->workspace;
        if (Status saved = session.saveWorkspace(); !saved.ok())
            return session.fail(saved.error());
    }
    const PartnerCertificate& pinned = change->added;
    if (session.json()) {
        json[u"partnerCertificate"_s] = QJsonObject{{u"domain"_s, pinned.domain.toString()},
                                                    {u"pin"_s, pinned.pin},
                                                    {u"subject"_s, pinned.subject},
                                                    {u"notAfter"_s, pinned.notAfter.toString(Qt::ISODate)},
                                                    {u"added"_s, !change->alreadyPresent}};
        session.printJson(json);
    } else {
        session.out() << '\n'
                      << (change->alreadyPresent
                              ? tr("Partner %1: this certificate is pinned already (public key %2)")
                                    .arg(pinned.domain.toString(), pinned.pin)
                              : tr("Partner %1: pinned public key %2 of %3, valid until %4")
                                    .arg(pinned.domain.toString(), pinned.pin, terminalSafe(pinned.subject),
                                         pinned.notAfter.toString(Qt::ISODate)))
                      << '\n';
        session.out().flush();
    }
    return 0;
}

} // namespace ds::cli
