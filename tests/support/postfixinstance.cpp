#include "postfixinstance.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <algorithm>
#include <signal.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString kPostfix = u"/usr/sbin/postfix"_s;
const QString kPostconf = u"/usr/sbin/postconf"_s;
const QString kPostmap = u"/usr/sbin/postmap"_s;
const QString kPostqueue = u"/usr/sbin/postqueue"_s;
const QString kSendmail = u"/usr/sbin/sendmail"_s;
constexpr uid_t kMailboxUid = 65534; // nobody/nogroup: >= virtual_minimum_uid
constexpr gid_t kMailboxGid = 65534;

bool makeDir(const QString& path, mode_t mode)
{
    if (!QDir().mkpath(path))
        return false;
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

PostfixInstance::PostfixInstance(Identity identity)
    : m_identity(std::move(identity))
{}

PostfixInstance::~PostfixInstance()
{
    if (m_dir && (m_started || isRunning()))
        stop();
}

QString PostfixInstance::root() const
{
    return m_dir ? m_dir->path() : QString();
}
QString PostfixInstance::configDir() const
{
    return root() + u"/etc"_s;
}
QString PostfixInstance::queueDir() const
{
    return root() + u"/queue"_s;
}
QString PostfixInstance::dataDir() const
{
    return root() + u"/data"_s;
}
QString PostfixInstance::mailDir() const
{
    return root() + u"/mail"_s;
}
QString PostfixInstance::logFile() const
{
    return root() + u"/maillog"_s;
}

bool PostfixInstance::runTool(const QString& program, const QStringList& arguments, QByteArray* out,
                              const QByteArray& input, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_dir)
        env.insert(u"MAIL_CONFIG"_s, configDir());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        m_error = u"%1: cannot start (%2)"_s.arg(program, process.errorString());
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = u"%1 %2: timed out"_s.arg(program, arguments.join(u' '));
        return false;
    }
    const QByteArray stdOut = process.readAllStandardOutput();
    const QByteArray stdErr = process.readAllStandardError();
    if (out)
        *out = stdOut;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"%1 %2 failed (exit %3): %4"_s.arg(program, arguments.join(u' '))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(stdErr + stdOut).trimmed());
        return false;
    }
    return true;
}

bool PostfixInstance::touchBack(const QString& fileName)
{
    // Postfix waits until main.cf is ~2 s old before it trusts it; backdating avoids the wait.
    const QByteArray path = QFile::encodeName(configDir() + u'/' + fileName);
    timeval now{};
    ::gettimeofday(&now, nullptr);
    timeval times[2] = {now, now};
    times[0].tv_sec -= 60;
    times[1].tv_sec -= 60;
    return ::utimes(path.constData(), times) == 0;
}

bool PostfixInstance::create()
{
    if (m_dir) {
        m_error = u"instance already created"_s;
        return false;
    }
    m_dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/ds-postfix-%1-XXXXXX"_s.arg(m_identity.name));
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory: %1"_s.arg(m_dir->errorString());
        m_dir.reset();
        return false;
    }
    // mkdtemp gives 0700; postfix and nobody must traverse it.
    if (!makeDir(root(), 0755) || !makeDir(configDir(), 0755) || !makeDir(queueDir(), 0755) ||
        !makeDir(mailDir(), 0755)) {
        m_error = u"cannot create the instance directories under %1"_s.arg(root());
        return false;
    }
    if (::chown(QFile::encodeName(mailDir()).constData(), kMailboxUid, kMailboxGid) != 0) {
        m_error = u"cannot chown %1 (the tests must run as root)"_s.arg(mailDir());
        return false;
    }
    if (!QFile::copy(u"/usr/share/postfix/main.cf.debian"_s, configDir() + u"/main.cf"_s) ||
        !QFile::copy(u"/usr/share/postfix/master.cf.dist"_s, configDir() + u"/master.cf"_s)) {
        m_error = u"cannot copy Debian's stock main.cf.debian/master.cf.dist (is postfix installed?)"_s;
        return false;
    }
    for (const QString& file : {u"main.cf"_s, u"master.cf"_s})
        QFile::setPermissions(configDir() + u'/' + file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                             QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (writeConfigFile(u"vmailbox"_s, {}).isEmpty())
        return false;

    const QString r = root();
    QMap<QString, QString> settings{
        {u"queue_directory"_s, queueDir()},
        {u"data_directory"_s, dataDir()},
        {u"maillog_file"_s, logFile()},
        {u"maillog_file_prefixes"_s, r},
        {u"syslog_name"_s, u"postfix-%1"_s.arg(m_identity.name)},
        {u"compatibility_level"_s, u"3.6"_s},
        {u"myhostname"_s, m_identity.hostname},
        {u"mydomain"_s, m_identity.domain},
        {u"myorigin"_s, u"$mydomain"_s},
        {u"mydestination"_s, QString()},
        {u"inet_interfaces"_s, u"127.0.0.1"_s},
        {u"inet_protocols"_s, u"ipv4"_s},
        {u"smtp_bind_address"_s, m_identity.address},
        {u"mynetworks"_s, m_identity.address + u"/32"_s},
        {u"smtpd_peername_lookup"_s, u"no"_s},
        {u"smtp_dns_support_level"_s, u"disabled"_s},
        {u"smtputf8_enable"_s, u"no"_s},
        {u"alias_maps"_s, QString()},
        {u"alias_database"_s, QString()},
        {u"biff"_s, u"no"_s},
        {u"relayhost"_s, QString()},
        {u"virtual_mailbox_domains"_s, m_identity.domain},
        {u"virtual_mailbox_base"_s, mailDir()},
        {u"virtual_uid_maps"_s, u"static:%1"_s.arg(kMailboxUid)},
        {u"virtual_gid_maps"_s, u"static:%1"_s.arg(kMailboxGid)},
        {u"virtual_mailbox_maps"_s, u"hash:%1/vmailbox"_s.arg(configDir())},
        // An exported message_size_limit may exceed the 50 MB default mailbox limit (fatal).
        {u"virtual_mailbox_limit"_s, u"0"_s},
        {u"smtpd_relay_restrictions"_s, u"permit_mynetworks, reject_unauth_destination"_s},
        {u"smtp_tls_loglevel"_s, u"1"_s},
        {u"smtpd_tls_loglevel"_s, u"1"_s},
    };
    if (!setMain(settings))
        return false;
    // Chroot n everywhere: certificates, maps and the log live outside the queue directory.
    if (!postconf({u"-F"_s, u"*/*/chroot=n"_s}) || !postconf({u"-MX"_s, u"smtp/inet"_s}))
        return false;
    if (!m_identity.listen.isEmpty() && !addService(u"%1 inet n - n - - smtpd"_s.arg(m_identity.listen), {}))
        return false;
    return runTool(kPostmap, {u"-c"_s, configDir(), u"hash:%1/vmailbox"_s.arg(configDir())});
}

bool PostfixInstance::postconf(const QStringList& arguments, QByteArray* out)
{
    const bool ok = runTool(kPostconf, QStringList{u"-c"_s, configDir()} + arguments, out);
    touchBack(u"main.cf"_s);
    touchBack(u"master.cf"_s);
    return ok;
}

bool PostfixInstance::setMain(const QMap<QString, QString>& settings)
{
    QStringList arguments{u"-e"_s};
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        arguments << it.key() + u'=' + it.value();
    return postconf(arguments);
}

bool PostfixInstance::setMain(const QString& name, const QString& value)
{
    return setMain(QMap<QString, QString>{{name, value}});
}

QString PostfixInstance::mainValue(const QString& name)
{
    QByteArray out;
    if (!postconf({u"-h"_s, name}, &out))
        return {};
    return QString::fromUtf8(out).trimmed();
}

bool PostfixInstance::addService(const QString& entry, const QStringList& options)
{
    const QStringList fields = entry.simplified().split(u' ');
    if (fields.size() < 8) {
        m_error = u"master.cf entry needs 8 fields: %1"_s.arg(entry);
        return false;
    }
    const QString key = fields.at(0) + u'/' + fields.at(1);
    if (!postconf({u"-M"_s, key + u'=' + fields.join(u' ')}))
        return false;
    for (const QString& option : options) {
        if (!postconf({u"-P"_s, key + u'/' + option}))
            return false;
    }
    return true;
}

bool PostfixInstance::removeService(const QString& nameAndType)
{
    return postconf({u"-MX"_s, nameAndType});
}

QString PostfixInstance::writeConfigFile(const QString& fileName, const QByteArray& content,
                                         QFileDevice::Permissions mode)
{
    const QString path = configDir() + u'/' + fileName;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        m_error = u"cannot write %1"_s.arg(path);
        return {};
    }
    file.close();
    if (!QFile::setPermissions(path, mode)) {
        m_error = u"cannot chmod %1"_s.arg(path);
        return {};
    }
    return path;
}

QString PostfixInstance::writeMap(const QString& fileName, const QByteArray& content, const QString& type)
{
    const QString path = writeConfigFile(fileName, content);
    if (path.isEmpty())
        return {};
    const QString spec = type + u':' + path;
    if (type == u"hash"_s || type == u"btree"_s || type == u"lmdb"_s) {
        if (!runTool(kPostmap, {u"-c"_s, configDir(), spec}))
            return {};
    }
    return spec;
}

bool PostfixInstance::addMailbox(const QString& address)
{
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0) {
        m_error = u"not an address: %1"_s.arg(address);
        return false;
    }
    QFile file(configDir() + u"/vmailbox"_s);
    if (!file.open(QIODevice::Append)) {
        m_error = u"cannot open %1"_s.arg(file.fileName());
        return false;
    }
    const QString line = u"%1 %2/%3/\n"_s.arg(address, address.mid(at + 1), address.left(at));
    file.write(line.toUtf8());
    file.close();
    return runTool(kPostmap, {u"-c"_s, configDir(), u"hash:%1/vmailbox"_s.arg(configDir())});
}

qint64 PostfixInstance::masterPid() const
{
    QFile file(queueDir() + u"/pid/master.pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    return ok ? pid : 0;
}

bool PostfixInstance::isRunning() const
{
    const qint64 pid = masterPid();
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

bool PostfixInstance::check(QByteArray* output)
{
    return runTool(kPostfix, {u"-c"_s, configDir(), u"check"_s}, output);
}

bool PostfixInstance::start(int timeoutMs)
{
    if (!m_dir) {
        m_error = u"create() the instance first"_s;
        return false;
    }
    QStringList endpoints;
    if (!inetEndpoints(&endpoints))
        return false;
    // A port another process holds would make the master die on bind() while the wait below
    // happily connects to that other process: refuse clearly instead.
    for (const QString& endpoint : std::as_const(endpoints)) {
        const qsizetype colon = endpoint.lastIndexOf(u':');
        QTcpServer probe;
        if (!probe.listen(QHostAddress(endpoint.left(colon)), endpoint.mid(colon + 1).toUShort())) {
            m_error = u"cannot start postfix %1: %2 is already in use (%3)"_s.arg(m_identity.name, endpoint,
                                                                                  probe.errorString());
            return false;
        }
    }
    touchBack(u"main.cf"_s);
    touchBack(u"master.cf"_s);
    m_started = true; // from here on the destructor stops, even when start fails half-way
    if (!runTool(kPostfix, {u"-c"_s, configDir(), u"start"_s}, nullptr, {}, timeoutMs))
        return false;

    // Wait until every inet listener bound to an address accepts connections.
    QDeadlineTimer deadline(timeoutMs);
    for (const QString& endpoint : std::as_const(endpoints)) {
        const qsizetype colon = endpoint.lastIndexOf(u':');
        const QString host = endpoint.left(colon);
        const quint16 port = endpoint.mid(colon + 1).toUShort();
        for (;;) {
            QTcpSocket socket;
            socket.connectToHost(host, port);
            if (socket.waitForConnected(1000)) {
                socket.abort();
                break;
            }
            if (deadline.hasExpired()) {
                m_error =
                    u"postfix %1 did not listen on %2 within %3 ms; log:\n%4"_s.arg(m_identity.name, endpoint)
                        .arg(timeoutMs)
                        .arg(log().right(2000));
                return false;
            }
            QThread::msleep(100);
        }
    }
    if (!isRunning()) {
        m_error = u"postfix %1 exited after start; log:\n%2"_s.arg(m_identity.name, log().right(2000));
        return false;
    }
    return true;
}

bool PostfixInstance::inetEndpoints(QStringList* endpoints)
{
    QByteArray services;
    if (!postconf({u"-M"_s}, &services))
        return false;
    for (const QByteArray& line : services.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 8 && fields.at(1) == "inet" && fields.at(0).contains(':'))
            *endpoints << QString::fromLatin1(fields.at(0));
    }
    return true;
}

bool PostfixInstance::stop(int timeoutMs)
{
    if (!m_dir)
        return true;
    const qint64 pid = masterPid();
    if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) != 0) {
        m_started = false;
        return true;
    }
    runTool(kPostfix, {u"-c"_s, configDir(), u"stop"_s}, nullptr, {}, timeoutMs);
    QDeadlineTimer deadline(timeoutMs);
    while (::kill(static_cast<pid_t>(pid), 0) == 0 && !deadline.hasExpired())
        QThread::msleep(100);
    if (::kill(static_cast<pid_t>(pid), 0) == 0) {
        runTool(kPostfix, {u"-c"_s, configDir(), u"abort"_s}, nullptr, {}, 10000);
        QThread::msleep(500);
        if (::kill(static_cast<pid_t>(pid), 0) == 0)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    m_started = false;
    return ::kill(static_cast<pid_t>(pid), 0) != 0;
}

bool PostfixInstance::reload()
{
    touchBack(u"main.cf"_s);
    return runTool(kPostfix, {u"-c"_s, configDir(), u"reload"_s});
}

bool PostfixInstance::sendmail(const QString& from, const QString& to, const QByteArray& message)
{
    return runTool(kSendmail, {u"-C"_s, configDir(), u"-i"_s, u"-f"_s, from, u"--"_s, to}, nullptr, message);
}

QString PostfixInstance::log() const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList PostfixInstance::logLines(const QRegularExpression& pattern) const
{
    QStringList result;
    const QStringList lines = log().split(u'\n');
    for (const QString& line : lines) {
        if (pattern.match(line).hasMatch())
            result << line;
    }
    return result;
}

bool PostfixInstance::waitForLog(const QRegularExpression& pattern, int timeoutMs, QString* line)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QStringList lines = logLines(pattern);
        if (!lines.isEmpty()) {
            if (line)
                *line = lines.first();
            return true;
        }
        if (deadline.hasExpired()) {
            m_error = u"no log line of %1 matched /%2/ within %3 ms"_s.arg(m_identity.name, pattern.pattern())
                          .arg(timeoutMs);
            return false;
        }
        QThread::msleep(100);
    }
}

QList<PostfixInstance::QueueEntry> PostfixInstance::queue()
{
    QList<QueueEntry> entries;
    QByteArray out;
    if (!runTool(kPostqueue, {u"-c"_s, configDir(), u"-j"_s}, &out))
        return entries;
    for (const QByteArray& line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QueueEntry entry;
        entry.queueId = object.value(u"queue_id"_s).toString();
        entry.queueName = object.value(u"queue_name"_s).toString();
        entry.sender = object.value(u"sender"_s).toString();
        const QJsonArray recipients = object.value(u"recipients"_s).toArray();
        for (const QJsonValue& recipient : recipients) {
            entry.recipients << recipient.toObject().value(u"address"_s).toString();
            const QString reason = recipient.toObject().value(u"delay_reason"_s).toString();
            if (!reason.isEmpty())
                entry.delayReasons << reason;
        }
        entries << entry;
    }
    return entries;
}

QByteArray PostfixInstance::queueText()
{
    QByteArray out;
    runTool(kPostqueue, {u"-c"_s, configDir(), u"-p"_s}, &out);
    return out;
}

bool PostfixInstance::flush()
{
    return runTool(kPostqueue, {u"-c"_s, configDir(), u"-f"_s});
}

QString PostfixInstance::mailboxPath(const QString& address) const
{
    const qsizetype at = address.indexOf(u'@');
    return mailDir() + u'/' + address.mid(at + 1) + u'/' + address.left(at);
}

QList<QByteArray> PostfixInstance::mailbox(const QString& address) const
{
    QFileInfoList files;
    for (const QString& sub : {u"/new"_s, u"/cur"_s})
        files << QDir(mailboxPath(address) + sub).entryInfoList(QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() == b.lastModified() ? a.fileName() < b.fileName()
                                                    : a.lastModified() < b.lastModified();
    });
    QList<QByteArray> messages;
    for (const QFileInfo& info : std::as_const(files)) {
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly))
            messages << file.readAll();
    }
    return messages;
}

bool PostfixInstance::waitForMailbox(const QString& address, int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (mailbox(address).size() < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
    return true;
}
