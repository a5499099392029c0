// Probe speed against posttls-finger: one private Postfix on loopback (ProbeTestbed, listener
// requiring a client certificate from the test CA), the same trust anchor and client certificate
// for both tools, level secure with match b.example:.b.example. Runs alternate (ours in-process,
// posttls-finger, ours through domainsecure-cli) so that load changes hit all three alike; the
// medians and ratios are printed. Each run's verdict is checked, so only like is compared.
//
// Usage: probebench [RUNS]   (default 31; needs root and Debian's postfix package)
#include "model/certificatemanager.h"
#include "model/workspace.h"
#include "probe/smtpprobe.h"
#include "probetestbed.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace ds::core;

using namespace Qt::StringLiterals;
using Listener = ProbeTestbed::Listener;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString firstLine(const QString& path, const QString& prefix)
{
    // /proc files report size 0: read them whole rather than line by line with atEnd().
    const QStringList lines = QString::fromUtf8(TestSupport::readFile(path)).split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(prefix))
            return line.section(u':', 1).trimmed();
    }
    return {};
}

double childrenCpuMs()
{
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3) +
           (double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
}

double threadCpuMs()
{
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Wall time of one process run in ms (CPU time, user + system, in *cpuMs); -1 when it failed or
// its exit code differs.
double timeProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
                   int expectedExit, QByteArray* output, double* cpuMs)
{
    const double cpuBefore = childrenCpuMs();
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *cpuMs = childrenCpuMs() - cpuBefore;
    *output = process.readAll();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != expectedExit)
        return -1;
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 31;

    ProbeTestbed bed(u"bench"_s, 91);
    if (!bed.setUp()) {
        out << "set-up failed: " << bed.errorString() << Qt::endl;
        return 1;
    }
    const QString target = bed.target(Listener::Mutual);

    // Our side: the workspace (for the CLI) and the same in memory (in-process).
    QTemporaryDir dir;
    const QString ws = dir.filePath(u"a.dsw"_s);
    for (const QStringList& command :
         {QStringList{u"workspace"_s, u"init"_s, u"-w"_s, ws, u"--organization"_s, u"A"_s, u"--server"_s,
                      u"EDGE01"_s, u"--fqdn"_s, u"mx.a.example"_s},
          QStringList{u"cert"_s, u"import"_s, u"-w"_s, ws, bed.ourBundle(), u"--enable"_s, u"SMTP"_s},
          QStringList{u"trust"_s, u"add"_s, u"-w"_s, ws, bed.caFile()}}) {
        const auto r = TestSupport::cli(command);
        if (r.exitCode != 0) {
            out << "CLI set-up failed: " << QString::fromUtf8(r.err) << Qt::endl;
            return 1;
        }
    }
    Workspace workspace;
    {
        Server edge;
        edge.name = u"EDGE01"_s;
        edge.fqdn = u"mx.a.example"_s;
        workspace.servers << edge;
        CertificateManager::ImportOptions import;
        import.enable = Service::SMTP;
        if (!CertificateManager::importFile(workspace, bed.ourBundle(), {}, u"EDGE01"_s, import, {}).ok() ||
            !CertificateManager::addTrustedRoots(workspace, TestSupport::readFile(bed.caFile()), bed.caFile())
                 .ok()) {
            out << "workspace set-up failed" << Qt::endl;
            return 1;
        }
    }
    ProbeOptions options;
    (void)options.setTarget(target);
    options.domain = u"b.example"_s;
    options.level = ProbeLevel::Secure;
    options.timeoutMs = 10000;
    if (!options.useWorkspace(workspace, u"EDGE01"_s, {}).ok()) {
        out << "useWorkspace failed" << Qt::endl;
        return 1;
    }

    QProcessEnvironment fingerEnv = QProcessEnvironment::systemEnvironment();
    fingerEnv.insert(u"MAIL_CONFIG"_s, bed.postfix().configDir());
    const QStringList fingerArguments{u"-c"_s,
                                      u"-l"_s,
                                      u"secure"_s,
                                      u"-F"_s,
                                      bed.caFile(),
                                      u"-k"_s,
                                      bed.path(u"ours.pem"_s),
                                      u"-K"_s,
                                      bed.path(u"ours.key"_s),
                                      u"-o"_s,
                                      u"myhostname=mx.a.example"_s,
                                      u"[%1]:%2"_s.arg(bed.address(Listener::Mutual)).arg(bed.port()),
                                      u"b.example"_s,
                                      u".b.example"_s};
    const QProcessEnvironment cliEnv = QProcessEnvironment::systemEnvironment();
    const QStringList cliArguments{u"probe"_s, target, u"--domain"_s, u"b.example"_s,
                                   u"-w"_s,    ws,     u"--json"_s};
    const QString cliProgram = QString::fromUtf8(DS_CLI);

    QList<double> ours, finger, cli, oursCpu, fingerCpu, cliCpu;
    QString protocol, cipher, fingerProtocol, fingerCipher;
    for (int i = -3; i < runs; ++i) { // three warm-up rounds
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        const ProbeReport report = SmtpProbe(options).run();
        const double inProcess = double(timer.nsecsElapsed()) / 1e6;
        const double inProcessCpu = threadCpuMs() - cpuStart;
        if (!report.success() || report.clientAuth.verdict != u"accepted"_s) {
            out << "our probe failed: " << report.error << Qt::endl;
            return 1;
        }
        protocol = report.protocol;
        cipher = report.cipher;

        QByteArray output;
        double fingerCpuMs = 0;
        const double fingerMs =
            timeProcess(u"/usr/sbin/posttls-finger"_s, fingerArguments, fingerEnv, 0, &output, &fingerCpuMs);
        const ProbeTestbed::Finger parsed = ProbeTestbed::parseFinger(QString::fromUtf8(output));
        if (fingerMs < 0 || parsed.verdict != u"Verified"_s) {
            out << "posttls-finger failed: " << QString::fromUtf8(output) << Qt::endl;
            return 1;
        }
        fingerProtocol = parsed.protocol;
        fingerCipher = parsed.cipher;

        double cliCpuMs = 0;
        const double cliMs = timeProcess(cliProgram, cliArguments, cliEnv, 0, &output, &cliCpuMs);
        if (cliMs < 0) {
            out << "domainsecure-cli probe failed: " << QString::fromUtf8(output) << Qt::endl;
            return 1;
        }
        if (i >= 0) {
            ours << inProcess;
            finger << fingerMs;
            cli << cliMs;
            oursCpu << inProcessCpu;
            fingerCpu << fingerCpuMs;
            cliCpu << cliCpuMs;
        }
    }

    const QString load = QString::fromLatin1(TestSupport::readFile(u"/proc/loadavg"_s)).section(u' ', 0, 2);
    out << "machine: " << firstLine(u"/proc/cpuinfo"_s, u"model name"_s) << " ("
        << QSysInfo::currentCpuArchitecture() << "), " << QThread::idealThreadCount() << " cores, "
        << QSysInfo::prettyProductName() << Qt::endl;
    out << "load average after the runs: " << load << Qt::endl;
    out << "server: Postfix "
        << QString::fromUtf8(
               TestSupport::run(u"/usr/sbin/postconf"_s, {u"-d"_s, u"-h"_s, u"mail_version"_s}).out.trimmed())
        << " on " << target << ", client certificate required; " << protocol << " " << cipher
        << " (posttls-finger: " << fingerProtocol << " " << fingerCipher << ")" << Qt::endl;
    out << "runs: " << runs << " alternating rounds after 3 warm-up rounds" << Qt::endl;
    const double f = median(finger);
    out << u"median  posttls-finger (process)      %1 ms"_s.arg(f, 8, 'f', 2) << Qt::endl;
    out << u"median  SmtpProbe (in-process)        %1 ms   ratio %2"_s.arg(median(ours), 8, 'f', 2)
               .arg(median(ours) / f, 0, 'f', 2)
        << Qt::endl;
    out << u"median  domainsecure-cli probe (proc) %1 ms   ratio %2"_s.arg(median(cli), 8, 'f', 2)
               .arg(median(cli) / f, 0, 'f', 2)
        << Qt::endl;
    out << u"CPU (user+sys) medians: posttls-finger %1 ms, in-process %2 ms (ratio %3), CLI %4 ms (ratio %5)"_s
               .arg(median(fingerCpu), 0, 'f', 2)
               .arg(median(oursCpu), 0, 'f', 2)
               .arg(median(oursCpu) / median(fingerCpu), 0, 'f', 2)
               .arg(median(cliCpu), 0, 'f', 2)
               .arg(median(cliCpu) / median(fingerCpu), 0, 'f', 2)
        << Qt::endl;
    out << u"min     posttls-finger %1 ms, in-process %2 ms, CLI %3 ms"_s
               .arg(*std::min_element(finger.cbegin(), finger.cend()), 0, 'f', 2)
               .arg(*std::min_element(ours.cbegin(), ours.cend()), 0, 'f', 2)
               .arg(*std::min_element(cli.cbegin(), cli.cend()), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
