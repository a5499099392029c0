#include "postfixapplier.h"

#include "util/durablefile.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

const QString kMainCf = u"main.cf"_s;
const QString kMasterCf = u"master.cf"_s;
const QString kSub = PostfixBundle::kSubdirectory;

QByteArray local(const QString& path)
{
    return QFile::encodeName(path);
}

// lstat: -1 when the path does not exist.
struct PathInfo
{
    bool exists = false;
    bool symlink = false;
    bool regular = false;
    bool directory = false;
    int mode = 0;
    uid_t owner = 0;
};

PathInfo pathInfo(const QString& path)
{
    PathInfo info;
    struct stat st
    {
    };
    if (::lstat(local(path).constData(), &st) != 0)
        return info;
    info.exists = true;
    info.symlink = S_ISLNK(st.st_mode);
    info.regular = S_ISREG(st.st_mode);
    info.directory = S_ISDIR(st.st_mode);
    info.mode = int(st.st_mode & 07777);
    info.owner = st.st_uid;
    return info;
}

// Every file the apply writes (staging, backup, live, restore) goes through DurableFile: a
// checked, fsync'ed temporary file renamed over the target, the folder fsync'ed, symbolic links
// refused.
Status writeFile(const QString& path, const QByteArray& data, int mode)
{
    return DurableFile::writeFile(path, data, mode);
}

// One file of the configuration as it was (or is to be).
struct FileState
{
    QByteArray content;
    int mode = 0644;
    QByteArray sha256;
    bool operator==(const FileState& other) const { return sha256 == other.sha256 && mode == other.mode; }
};

// main.cf, master.cf and the regular files under domainsecure/, by path relative to the
// configuration directory ("main.cf", "domainsecure/tls_policy").
struct Tree
{
    QMap<QString, FileState> files;
    bool subdirectory = false;
};

Result<FileState> readState(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<FileState>::failure(
            ErrorCode::Io, PostfixApplier::tr("cannot read %1: %2").arg(path, file.errorString()));
    FileState state;
    state.content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<FileState>::failure(
            ErrorCode::Io, PostfixApplier::tr("cannot read %1: %2").arg(path, file.errorString()));
    state.mode = pathInfo(path).mode;
    state.sha256 = QCryptographicHash::hash(state.content, QCryptographicHash::Sha256).toHex();
    return state;
}

// A temporary file of writeFile (or of DurableFile) left by a crash is not configuration.
bool isTemporary(const QString& name)
{
    return name.endsWith(u".ds-tmp"_s) || (name.startsWith(u'.') && name.endsWith(u".tmp"_s)) ||
           (name.startsWith(u'.') && name.endsWith(u".old"_s));
}

Result<Tree> readTree(const QString& configDir)
{
    Tree tree;
    const QDir config(configDir);
    for (const QString& name : {kMainCf, kMasterCf}) {
        auto state = readState(config.filePath(name));
        if (!state)
            return state.error();
        tree.files.insert(name, state.value());
    }
    const QString subPath = config.filePath(kSub);
    tree.subdirectory = pathInfo(subPath).directory;
    if (tree.subdirectory) {
        const QStringList names =
            QDir(subPath).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        for (const QString& name : names) {
            const QString path = subPath + u'/' + name;
            if (isTemporary(name) || !pathInfo(path).regular)
                continue;
            auto state = readState(path);
            if (!state)
                return state.error();
            tree.files.insert(kSub + u'/' + name, state.value());
        }
    }
    return tree;
}

// Postfix rereads a configuration file changed in the last two seconds until it settles, 300 ms
// at a time. Staging copies are dated back to save that wait on every postconf run; live files
// keep their real times.
void backdate(const QString& path)
{
    const timespec past[2] = {{::time(nullptr) - 10, 0}, {::time(nullptr) - 10, 0}};
    ::utimensat(AT_FDCWD, local(path).constData(), past, AT_SYMLINK_NOFOLLOW);
}

// Writes a tree into an empty staging directory.
Status writeTree(const Tree& tree, const QString& directory)
{
    if (tree.subdirectory && ::mkdir(local(directory + u'/' + kSub).constData(), 0755) != 0)
        return Status::failure(
            ErrorCode::Io, PostfixApplier::tr("cannot create %1: %2")
                               .arg(directory + u'/' + kSub, QString::fromLocal8Bit(std::strerror(errno))));
    for (auto it = tree.files.cbegin(); it != tree.files.cend(); ++it) {
        const QString path = directory + u'/' + it.key();
        if (Status s = writeFile(path, it->content, it->mode); !s.ok())
            return s;
        backdate(path);
    }
    return {};
}

// "name = value" lines (postconf -n) into a map; "name =" is an empty value.
QMap<QString, QString> parseSettings(const QByteArray& output)
{
    QMap<QString, QString> settings;
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype eq = line.indexOf(u" ="_s);
        if (eq <= 0)
            continue;
        settings.insert(line.left(eq).trimmed(), line.mid(eq + 2).trimmed());
    }
    return settings;
}

// Why DomainSecure needs its own value of a global setting (shown when the apply refuses).
QString whyGlobal(const QString& name)
{
    if (name == u"myhostname"_s)
        return PostfixApplier::tr(
            "the name in the EHLO and banner that partners check against the certificate");
    if (name == u"message_size_limit"_s)
        return PostfixApplier::tr(
            "smaller than the largest message a connector accepts; larger mail would be "
            "refused");
    if (name.endsWith(u"_file"_s))
        return PostfixApplier::tr("the certificate and key partners verify (server and client certificate)");
    return PostfixApplier::tr("the partner set-up needs this value");
}

// Service names DomainSecure creates: a binding "address:port", "[v6]:port" or a port.
bool isOurServiceName(const QString& key)
{
    static const QRegularExpression pattern(
        u"^(\\d{1,5}|\\d{1,3}(\\.\\d{1,3}){3}:\\d{1,5}|\\[[0-9A-Fa-f:.]+\\]:\\d{1,5})/inet$"_s);
    return pattern.match(key).hasMatch();
}

int posixMode(QFileDevice::Permissions permissions)
{
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01}};
    for (const auto& [flag, bit] : bits) {
        if (permissions.testFlag(flag))
            mode |= bit;
    }
    return mode;
}

bool isSafeFileName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(u'.') || name.contains(u'/') || name.contains(u"\\"_s) ||
        name.contains(u".."_s))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    }
    return true;
}

} // namespace

QStringList PostfixApplier::splitList(const QString& value)
{
    // As Postfix's mystrtokq(…, CHARS_COMMA_SP, CHARS_BRACE): separators count only outside braces.
    QStringList items;
    QString item;
    int depth = 0;
    for (const QChar c : value) {
        if (depth == 0 && (c == u',' || c.isSpace())) {
            if (!item.isEmpty())
                items << item;
            item.clear();
            continue;
        }
        if (c == u'{')
            ++depth;
        else if (c == u'}' && depth > 0)
            --depth;
        item += c;
    }
    if (!item.isEmpty())
        items << item;
    return items;
}

PostfixApplier::PostfixApplier(QString configDir)
    // Postfix's -c wants an absolute path ("postfix -c etc check" fails without a word).
    : m_configDir(configDir.isEmpty() ? configDir : QFileInfo(configDir).absoluteFilePath())
{}

void PostfixApplier::progress(int step, const QString& what)
{
    qCDebug(lcExport) << "apply step" << step << what;
    if (m_progress)
        m_progress(step, kSteps, what);
}

Result<QByteArray> PostfixApplier::tool(const QString& configDir, const QString& name,
                                        const QStringList& arguments, bool withStderr)
{
    QString program = (m_toolDirectory.isEmpty() ? u"/usr/sbin"_s : m_toolDirectory) + u'/' + name;
    if (!QFileInfo(program).isExecutable())
        program = QStandardPaths::findExecutable(name);
    if (program.isEmpty())
        return Result<QByteArray>::failure(ErrorCode::Io,
                                           tr("%1 not found; is Postfix installed?").arg(name));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The Postfix tools run with our privileges (often root): nothing preloaded into this
    // process is passed on to them.
    for (const QString& name : env.keys()) {
        if (name.startsWith(u"LD_"_s))
            env.remove(name);
    }
    env.insert(u"MAIL_CONFIG"_s, configDir);
    process.setProcessEnvironment(env);
    process.start(program, QStringList{u"-c"_s, configDir} + arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return Result<QByteArray>::failure(ErrorCode::Io,
                                           tr("%1 did not run: %2").arg(name, process.errorString()));
    }
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString detail = QString::fromLocal8Bit(err).trimmed().split(u'\n').last();
        if (detail.isEmpty())
            detail = tr("exit code %1, no message").arg(process.exitCode());
        return Result<QByteArray>::failure(ErrorCode::Io,
                                           tr("%1 %2 failed: %3").arg(name, arguments.join(u' '), detail));
    }
    if (configDir != m_configDir) {
        backdate(configDir + u"/main.cf"_s);
        backdate(configDir + u"/master.cf"_s);
    }
    // postfix check reports its warnings on stderr; postconf's output is parsed, so only stdout.
    return withStderr ? QByteArray(process.readAllStandardOutput() + err) : process.readAllStandardOutput();
}

Result<PostfixApplier::Manifest> PostfixApplier::readManifest() const
{
    using R = Result<Manifest>;
    const QString path = QDir(m_configDir).filePath(kSub + u'/' + kManifest);
    const PathInfo info = pathInfo(path);
    Manifest manifest;
    if (!info.exists)
        return manifest;
    // It decides what the apply may remove: trust it only when nobody else could have written it.
    if (!info.regular)
        return R::failure(
            ErrorCode::BadInput,
            tr("refusing the manifest %1: it is not a regular file (a symbolic link?)").arg(path));
    if (info.owner != ::geteuid() && info.owner != 0)
        return R::failure(ErrorCode::BadInput,
                          tr("refusing the manifest %1: it is owned by user id %2, not by you or root")
                              .arg(path)
                              .arg(info.owner));
    if (info.mode & 022)
        return R::failure(ErrorCode::BadInput, tr("refusing the manifest %1: other users may write to it "
                                                  "(mode %2)")
                                                   .arg(path, u"0%1"_s.arg(info.mode, 3, 8, QChar(u'0'))));
    auto state = readState(path);
    if (!state)
        return state.error();
    for (const QByteArray& raw : state->content.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        bool ok = false;
        if (line.startsWith(u"file "_s)) {
            ok = isSafeFileName(line.mid(5)) && line.mid(5) != kManifest;
            if (ok)
                manifest.files << line.mid(5);
        } else if (line.startsWith(u"service "_s)) {
            ok = isOurServiceName(line.mid(8));
            if (ok)
                manifest.services << line.mid(8);
        }
        if (!ok)
            return R::failure(ErrorCode::BadInput,
                              tr("refusing the manifest %1: \"%2\" is nothing DomainSecure creates (files "
                                 "directly under %3/, partner listeners); remove the line")
                                  .arg(path, line, kSub));
    }
    return manifest;
}

Result<PostfixApplyReport> PostfixApplier::apply(const PostfixBundle& bundle)
{
    using R = Result<PostfixApplyReport>;
    const QDir config(m_configDir);
    const QString subPath = config.filePath(kSub);

    // 1. Checks; nothing is changed when one fails.
    progress(0, tr("checking %1").arg(m_configDir));
    for (const QString& name : {kMainCf, kMasterCf}) {
        const PathInfo info = pathInfo(config.filePath(name));
        if (!info.exists)
            return R::failure(
                ErrorCode::BadInput,
                tr("%1 is not a Postfix configuration directory (no main.cf or master.cf)").arg(m_configDir));
        if (!info.regular)
            return R::failure(ErrorCode::BadInput,
                              tr("refusing to apply: %1 is not a regular file (a symbolic link?)")
                                  .arg(config.filePath(name)));
    }
    const PathInfo sub = pathInfo(subPath);
    if (sub.exists && !sub.directory)
        return R::failure(
            ErrorCode::BadInput,
            tr("refusing to apply: %1 is not a folder (a symbolic link?); nothing was written").arg(subPath));
    if (sub.exists) {
        const QStringList names =
            QDir(subPath).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString& name : names) {
            if (pathInfo(subPath + u'/' + name).symlink)
                return R::failure(ErrorCode::BadInput,
                                  tr("refusing to apply: %1 is a symbolic link; nothing was written")
                                      .arg(subPath + u'/' + name));
        }
    }
    auto manifest = readManifest();
    if (!manifest)
        return manifest.error();
    auto live = readTree(m_configDir);
    if (!live)
        return live.error();

    // 2. The new configuration, built and checked in a staging copy.
    QTemporaryDir staging(QDir::tempPath() + u"/domainsecure-apply-XXXXXX"_s);
    if (!staging.isValid())
        return R::failure(ErrorCode::Io, tr("cannot create a staging folder in %1").arg(QDir::tempPath()));
    if (Status s = writeTree(live.value(), staging.path()); !s.ok())
        return s.error();
    auto staged = stage(bundle, staging.path(), manifest.value());
    if (!staged)
        return R::failure(staged.error().code,
                          tr("%1; nothing was changed in %2").arg(staged.errorMessage(), m_configDir));
    PostfixApplyReport report = staged.value();
    auto next = readTree(staging.path());
    if (!next)
        return next.error();
    QStringList changedPaths;
    QStringList removedPaths;
    for (auto it = next->files.cbegin(); it != next->files.cend(); ++it) {
        if (!live->files.contains(it.key()) || !(live->files.value(it.key()) == it.value()))
            changedPaths << it.key();
    }
    for (auto it = live->files.cbegin(); it != live->files.cend(); ++it) {
        if (!next->files.contains(it.key()))
            removedPaths << it.key();
    }
    if (changedPaths.isEmpty() && removedPaths.isEmpty()) {
        report.changes.clear();
        return report;
    }
    if (cancelled())
        return R::failure(ErrorCode::Cancelled,
                          tr("applying to %1 was cancelled; nothing was changed").arg(m_configDir));

    // 3. Copies of everything that may change, beside the configuration.
    progress(5, tr("copying the current files to a backup folder"));
    QString backup =
        config.filePath(kBackupPrefix + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    for (int n = 2; pathInfo(backup).exists; ++n)
        backup = config.filePath(kBackupPrefix +
                                 QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s) +
                                 u"-%1"_s.arg(n));
    {
        auto backupFailed = [&](const QString& reason) {
            QDir(backup).removeRecursively(); // an incomplete copy of an untouched configuration
            return R::failure(ErrorCode::Io, tr("cannot copy the current configuration to %1: %2; nothing "
                                                "was changed in %3")
                                                 .arg(backup, reason, m_configDir));
        };
        if (::mkdir(local(backup).constData(), 0700) != 0)
            return backupFailed(QString::fromLocal8Bit(std::strerror(errno)));
        if (live->subdirectory && ::mkdir(local(backup + u'/' + kSub).constData(), 0700) != 0)
            return backupFailed(QString::fromLocal8Bit(std::strerror(errno)));
        QByteArray sums;
        for (auto it = live->files.cbegin(); it != live->files.cend(); ++it) {
            if (Status s = writeFile(backup + u'/' + it.key(), it->content, it->mode); !s.ok())
                return backupFailed(s.errorMessage());
            sums += it->sha256 + "  " + local(it.key()) + '\n';
        }
        if (Status s = writeFile(backup + u"/SHA256SUMS"_s, sums, 0600); !s.ok())
            return backupFailed(s.errorMessage());
    }
    report.backupDirectory = backup;

    // 4. Install: the folder's files first, master.cf, main.cf and the manifest last, each by an
    // atomic rename. Any failure puts everything back and verifies it.
    progress(6, tr("installing the new files into %1").arg(m_configDir));
    auto order = [](const QString& path) {
        if (path.endsWith(kManifest))
            return 3;
        if (path == kMainCf)
            return 2;
        if (path == kMasterCf)
            return 1;
        return 0;
    };
    std::stable_sort(changedPaths.begin(), changedPaths.end(),
                     [&](const QString& a, const QString& b) { return order(a) < order(b); });
    Status installed;
    if (next->subdirectory && !live->subdirectory && ::mkdir(local(subPath).constData(), 0755) != 0)
        installed = Status::failure(
            ErrorCode::Io,
            tr("cannot create %1: %2").arg(subPath, QString::fromLocal8Bit(std::strerror(errno))));
    for (const QString& path : std::as_const(removedPaths)) {
        if (!installed.ok())
            break;
        if (!QFile::remove(config.filePath(path)))
            installed = Status::failure(ErrorCode::Io, tr("cannot remove %1").arg(config.filePath(path)));
    }
    for (const QString& path : std::as_const(changedPaths)) {
        if (!installed.ok() || cancelled())
            break;
        const FileState& state = next->files.value(path);
        installed = writeFile(config.filePath(path), state.content, state.mode);
    }
    if (installed.ok() && cancelled())
        installed =
            Status::failure(ErrorCode::Cancelled, tr("applying to %1 was cancelled").arg(m_configDir));
    if (installed.ok()) {
        progress(7, tr("running postfix check"));
        auto check = tool(m_configDir, u"postfix"_s, {u"check"_s}, true);
        if (!check) {
            installed = Status::failure(
                ErrorCode::Io, tr("postfix check failed after applying: %1").arg(check.errorMessage()));
        } else {
            for (const QByteArray& line : check.value().split('\n')) {
                if (!line.trimmed().isEmpty())
                    report.checkWarnings << QString::fromUtf8(line.trimmed());
            }
        }
    }
    if (installed.ok())
        return report;

    // 5. Put the previous files back, then prove it: every file with its old sha256 and mode,
    // nothing of ours left over.
    QStringList unrestored;
    for (auto it = live->files.cbegin(); it != live->files.cend(); ++it) {
        const QString path = config.filePath(it.key());
        auto now = readState(path);
        if (now && now.value() == it.value())
            continue;
        if (!pathInfo(path).symlink && writeFile(path, it->content, it->mode).ok())
            continue;
        unrestored << path;
    }
    if (pathInfo(subPath).directory) {
        const QStringList names = QDir(subPath).entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString& name : names) {
            if (!live->files.contains(kSub + u'/' + name) && !QFile::remove(subPath + u'/' + name))
                unrestored << subPath + u'/' + name;
        }
        if (!live->subdirectory && !config.rmdir(kSub))
            unrestored << subPath;
    }
    QStringList damaged;
    auto verified = readTree(m_configDir);
    for (auto it = live->files.cbegin(); it != live->files.cend(); ++it) {
        const bool same =
            verified && verified->files.contains(it.key()) && verified->files.value(it.key()) == it.value();
        if (!same)
            damaged << config.filePath(it.key());
    }
    if (verified) {
        for (auto it = verified->files.cbegin(); it != verified->files.cend(); ++it) {
            if (!live->files.contains(it.key()))
                damaged << config.filePath(it.key());
        }
    }
    for (const QString& path : std::as_const(unrestored)) {
        if (!damaged.contains(path))
            damaged << path;
    }
    if (!damaged.isEmpty()) {
        qCWarning(lcExport) << "apply to" << m_configDir << "failed and the restore failed for" << damaged;
        return R::failure(ErrorCode::Io,
                          tr("%1; restoring the previous configuration FAILED: %2 differ from before; the "
                             "intact copies are in %3 (see SHA256SUMS there)")
                              .arg(installed.errorMessage(), damaged.join(u", "_s), backup));
    }
    qCInfo(lcExport) << "apply to" << m_configDir << "failed, previous configuration restored and verified";
    return R::failure(installed.error().code,
                      tr("%1 (the previous configuration was restored and verified by sha256; copies are in "
                         "%2)")
                          .arg(installed.errorMessage(), backup));
}

Result<PostfixApplyReport> PostfixApplier::stage(const PostfixBundle& bundle, const QString& staging,
                                                 const PostfixApplier::Manifest& manifest)
{
    using R = Result<PostfixApplyReport>;
    PostfixApplyReport report;
    const QDir sub(staging + u'/' + kSub);
    const QString liveSub = QDir(m_configDir).filePath(kSub);
    auto cancelledResult = [&] {
        return R::failure(ErrorCode::Cancelled, tr("applying to %1 was cancelled").arg(m_configDir));
    };

    // Files under domainsecure/.
    progress(1, tr("writing files under %1").arg(liveSub));
    if (!sub.exists() && ::mkdir(local(sub.path()).constData(), 0755) != 0)
        return R::failure(ErrorCode::Io, tr("cannot create %1").arg(sub.path()));
    QSet<QString> changedFiles;
    QSet<QString> bundleFiles;
    for (const ExportFile& file : bundle.files) {
        bundleFiles << file.name;
        const QString path = sub.filePath(file.name);
        const int mode = posixMode(file.secret ? ExportFile::secretMode() : file.mode);
        QByteArray content = file.content;
        if (bundle.configDirectoryFiles.contains(file.name))
            content.replace("$config_directory", local(m_configDir));
        auto existing = readState(path);
        if (existing && existing->content == content && existing->mode == mode)
            continue;
        if (Status s = writeFile(path, content, mode); !s.ok())
            return s.error();
        changedFiles << file.name;
        report.changes << tr("wrote %1").arg(liveSub + u'/' + file.name);
    }
    for (const QString& stale : manifest.files) {
        if (bundleFiles.contains(stale))
            continue;
        for (const QString& suffix : {QString(), u".db"_s}) {
            if (QFile::exists(sub.filePath(stale + suffix)) && QFile::remove(sub.filePath(stale + suffix)))
                report.changes << tr("removed %1").arg(liveSub + u'/' + stale + suffix);
        }
    }
    if (cancelled())
        return cancelledResult();

    // main.cf: only what the bundle sets, never weakening what the administrator set.
    progress(2, tr("updating main.cf settings"));
    auto current = tool(staging, u"postconf"_s, {u"-n"_s});
    if (!current)
        return current.error();
    const QMap<QString, QString> explicitSettings = parseSettings(current.value());
    QStringList assignments;
    QStringList refused;
    for (const auto& [name, wanted] : bundle.mainSettings) {
        const QString old = explicitSettings.value(name);
        const bool isSet = explicitSettings.contains(name);
        QString value = wanted;
        if (bundle.mergedListSettings.contains(name)) {
            QStringList items = splitList(old);
            const QStringList before = items;
            items.removeAll(wanted);
            items.prepend(wanted);
            if (isSet && before == items)
                continue;
            value = items.join(u", "_s);
        } else if (bundle.defaultOnlySettings.contains(name)) {
            if (isSet)
                continue; // the administrator's level (dane, encrypt, …) stays
        } else if (bundle.atLeastSettings.contains(name)) {
            auto effective = tool(staging, u"postconf"_s, {u"-h"_s, name});
            if (!effective)
                return effective.error();
            const qulonglong have = QString::fromUtf8(effective.value()).trimmed().toULongLong();
            const qulonglong want = wanted.toULongLong();
            if (have == 0 || (want != 0 && want <= have))
                continue; // already as large (0 is unlimited)
            if (isSet && !m_allowGlobalChange) {
                refused << tr("%1 = %2 (DomainSecure needs %3: %4)").arg(name, old, wanted, whyGlobal(name));
                continue;
            }
        } else if (isSet && old == wanted) {
            continue;
        } else if (isSet && !m_allowGlobalChange) {
            refused << tr("%1 = %2 (DomainSecure needs %3: %4)").arg(name, old, wanted, whyGlobal(name));
            continue;
        }
        assignments << name + u'=' + value;
        report.changes << (isSet ? tr("main.cf: %1 = %2 (was: %3)").arg(name, value, old)
                                 : tr("main.cf: %1 = %2 (was not set)").arg(name, value));
    }
    if (!refused.isEmpty())
        return R::failure(ErrorCode::BadInput,
                          tr("refusing to replace global settings the administrator set: %1; allow it "
                             "explicitly (--allow-global-change) to replace them")
                              .arg(refused.join(u"; "_s)));
    if (!assignments.isEmpty()) {
        if (auto set = tool(staging, u"postconf"_s, QStringList{u"-e"_s} + assignments); !set)
            return set.error();
    }
    if (cancelled())
        return cancelledResult();

    // master.cf: all services and their -o parameters are read with one postconf call each and
    // the changes are written in batches, so a bundle with hundreds of listeners costs a handful
    // of postconf runs, not three per listener.
    progress(3, tr("updating master.cf services"));
    auto allServices = tool(staging, u"postconf"_s, {u"-M"_s});
    if (!allServices)
        return allServices.error();
    auto allParameters = tool(staging, u"postconf"_s, {u"-P"_s});
    if (!allParameters)
        return allParameters.error();
    QHash<QString, QStringList> haveFields;
    for (const QByteArray& raw : allServices.value().split('\n')) {
        const QStringList fields = QString::fromUtf8(raw).simplified().split(u' ');
        if (fields.size() >= 8)
            haveFields.insert(fields.at(0) + u'/' + fields.at(1), fields.mid(0, 8));
    }
    QHash<QString, QMap<QString, QString>> haveOptions;
    for (const QByteArray& raw : allParameters.value().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype eq = line.indexOf(u" ="_s);
        if (eq <= 0)
            continue;
        const QString name = line.left(eq).trimmed();
        const qsizetype slash = name.lastIndexOf(u'/');
        if (slash <= 0)
            continue;
        haveOptions[name.left(slash)].insert(name.mid(slash + 1), line.mid(eq + 2).trimmed());
    }
    QSet<QString> bundleServices;
    QStringList serviceEdits;
    for (const PostfixBundle::Service& service : bundle.services) {
        bundleServices << service.key();
        QMap<QString, QString> want;
        for (const auto& option : service.options)
            want.insert(option.first, option.second);
        const auto fields = haveFields.constFind(service.key());
        if (fields != haveFields.cend() && *fields == service.fields &&
            haveOptions.value(service.key()) == want)
            continue;
        if (fields != haveFields.cend() && !manifest.services.contains(service.key()) && !m_allowGlobalChange)
            return R::failure(
                ErrorCode::BadInput,
                tr("refusing to replace the master.cf service %1: the administrator defined it, "
                   "not DomainSecure; allow it explicitly (--allow-global-change) to replace it")
                    .arg(service.key()));
        serviceEdits << service.postconfEntry();
        report.changes << (fields != haveFields.cend()
                               ? tr("master.cf: replaced service %1").arg(service.key())
                               : tr("master.cf: added service %1").arg(service.key()));
    }
    constexpr qsizetype kBatch = 100; // keeps each command line far below ARG_MAX
    for (qsizetype i = 0; i < serviceEdits.size(); i += kBatch) {
        if (auto set = tool(staging, u"postconf"_s, QStringList{u"-M"_s} + serviceEdits.mid(i, kBatch)); !set)
            return set.error();
    }
    QStringList staleServices;
    for (const QString& stale : manifest.services) {
        if (bundleServices.contains(stale) || !haveFields.contains(stale))
            continue;
        // Only a listener that still looks like ours (an smtpd that demands TLS) is removed.
        const QStringList fields = haveFields.value(stale);
        if (fields.value(7) != u"smtpd"_s ||
            haveOptions.value(stale).value(u"smtpd_tls_security_level"_s) != u"encrypt"_s) {
            report.checkWarnings << tr("master.cf: service %1 is no longer in the workspace but was changed "
                                       "by someone else; it was left in place")
                                        .arg(stale);
            continue;
        }
        staleServices << stale;
        report.changes << tr("master.cf: removed service %1 (no longer in the workspace)").arg(stale);
    }
    staleServices.sort();
    for (qsizetype i = 0; i < staleServices.size(); i += kBatch) {
        if (auto removed = tool(staging, u"postconf"_s, QStringList{u"-MX"_s} + staleServices.mid(i, kBatch));
            !removed)
            return removed.error();
    }
    // tafile= is opened by the smtp client when it delivers, inside its chroot jail if it has one.
    const QStringList smtpFields = haveFields.value(u"smtp/unix"_s);
    bool usesTafile = false;
    for (const ExportFile& file : bundle.files)
        usesTafile = usesTafile ||
                     (bundle.configDirectoryFiles.contains(file.name) && file.content.contains("tafile="));
    if (usesTafile && smtpFields.size() >= 5 && smtpFields.at(4) != u"n"_s)
        report.checkWarnings << tr("the smtp service runs chrooted (master.cf chroot column \"%1\"): the "
                                   "partner trust anchors (tafile=) must also be readable inside the queue "
                                   "directory, or set its chroot column to n")
                                    .arg(smtpFields.at(4));
    if (cancelled())
        return cancelledResult();

    // Maps.
    progress(4, tr("building the lookup tables"));
    for (const QString& map : bundle.hashMaps) {
        const QString path = sub.filePath(map);
        if (!changedFiles.contains(map) && QFileInfo::exists(path + u".db"_s))
            continue;
        if (auto built = tool(staging, u"postmap"_s, {u"hash:"_s + path}); !built)
            return built.error();
        report.changes << tr("postmap %1").arg(liveSub + u'/' + map);
    }

    // Manifest (0600): what DomainSecure owns here.
    QByteArray text = "# Written by DomainSecure: the files and master.cf services it owns here.\n";
    QStringList files(bundleFiles.cbegin(), bundleFiles.cend());
    files.sort();
    for (const QString& file : std::as_const(files))
        text += "file " + file.toUtf8() + '\n';
    QStringList services(bundleServices.cbegin(), bundleServices.cend());
    services.sort();
    for (const QString& service : std::as_const(services))
        text += "service " + service.toUtf8() + '\n';
    auto existingManifest = readState(sub.filePath(kManifest));
    if (!existingManifest || existingManifest->content != text || existingManifest->mode != 0600) {
        if (Status s = writeFile(sub.filePath(kManifest), text, 0600); !s.ok())
            return s.error();
    }

    if (auto check = tool(staging, u"postfix"_s, {u"check"_s}, true); !check)
        return R::failure(ErrorCode::Io,
                          tr("postfix check refused the new configuration: %1").arg(check.errorMessage()));
    return report;
}

} // namespace ds::core
