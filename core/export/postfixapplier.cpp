#include "postfixapplier.h"

#include "util/durablefile.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// The Owner/Group/Other bits (QFile::permissions also reports the current user's "User" bits).
const QFileDevice::Permissions kModeBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
    QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
    QFileDevice::ExeOther;

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

QStringList splitList(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts))
        items << item;
    return items;
}

// The bytes and modes of what an apply may change, to put them back when it fails.
struct ConfigSnapshot
{
    struct File
    {
        QByteArray content;
        QFileDevice::Permissions mode;
    };
    QMap<QString, File> configFiles; // main.cf, master.cf
    bool subdirectoryExisted = false;
    QMap<QString, File> ownedFiles; // regular files directly under CONFIG_DIR/domainsecure

    static ConfigSnapshot take(const QString& configDir)
    {
        ConfigSnapshot snapshot;
        const QDir config(configDir);
        auto read = [](const QString& path) {
            QFile file(path);
            File copy;
            if (file.open(QIODevice::ReadOnly))
                copy.content = file.readAll();
            copy.mode = QFile::permissions(path) & kModeBits;
            return copy;
        };
        for (const QString& name : {u"main.cf"_s, u"master.cf"_s})
            snapshot.configFiles.insert(name, read(config.filePath(name)));
        const QDir sub(config.filePath(PostfixBundle::kSubdirectory));
        snapshot.subdirectoryExisted = sub.exists();
        if (snapshot.subdirectoryExisted) {
            const QStringList names = sub.entryList(QDir::Files | QDir::Hidden);
            for (const QString& name : names)
                snapshot.ownedFiles.insert(name, read(sub.filePath(name)));
        }
        return snapshot;
    }

    Status restore(const QString& configDir) const
    {
        const QDir config(configDir);
        auto write = [](const QString& path, const File& file) -> Status {
            return DurableFile::writeFile(path, file.content, DurableFile::unixMode(file.mode));
        };
        for (auto it = configFiles.cbegin(); it != configFiles.cend(); ++it) {
            if (Status s = write(config.filePath(it.key()), it.value()); !s.ok())
                return s;
        }
        QDir sub(config.filePath(PostfixBundle::kSubdirectory));
        if (sub.exists()) {
            const QStringList names = sub.entryList(QDir::Files | QDir::Hidden);
            for (const QString& name : names) {
                if (!ownedFiles.contains(name) && !sub.remove(name))
                    return Status::failure(ErrorCode::Io,
                                           PostfixApplier::tr("cannot remove %1").arg(sub.filePath(name)));
            }
        }
        if (!subdirectoryExisted) {
            config.rmdir(PostfixBundle::kSubdirectory);
            return {};
        }
        if (Status made = DurableFile::makeDirectory(sub.path(), 0755); !made.ok())
            return made;
        for (auto it = ownedFiles.cbegin(); it != ownedFiles.cend(); ++it) {
            const QString path = sub.filePath(it.key());
            QFile current(path);
            if (current.open(QIODevice::ReadOnly) && current.readAll() == it->content &&
                (QFile::permissions(path) & kModeBits) == it->mode)
                continue;
            if (Status s = write(path, it.value()); !s.ok())
                return s;
        }
        return {};
    }
};

} // namespace

PostfixApplier::PostfixApplier(QString configDir)
    // Postfix's -c wants an absolute path ("postfix -c etc check" fails without a word).
    : m_configDir(configDir.isEmpty() ? configDir : QFileInfo(configDir).absoluteFilePath())
{}

Result<QByteArray> PostfixApplier::tool(const QString& name, const QStringList& arguments, bool withStderr)
{
    QString program = (m_toolDirectory.isEmpty() ? u"/usr/sbin"_s : m_toolDirectory) + u'/' + name;
    if (!QFileInfo(program).isExecutable())
        program = QStandardPaths::findExecutable(name);
    if (program.isEmpty())
        return Result<QByteArray>::failure(ErrorCode::Io,
                                           tr("%1 not found; is Postfix installed?").arg(name));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MAIL_CONFIG"_s, m_configDir);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
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
    // postfix check reports its warnings on stderr; postconf's output is parsed, so only stdout.
    return withStderr ? QByteArray(process.readAllStandardOutput() + err) : process.readAllStandardOutput();
}

Result<PostfixApplyReport> PostfixApplier::apply(const PostfixBundle& bundle)
{
    const QDir config(m_configDir);
    if (!QFileInfo::exists(config.filePath(u"main.cf"_s)) ||
        !QFileInfo::exists(config.filePath(u"master.cf"_s)))
        return Result<PostfixApplyReport>::failure(
            ErrorCode::BadInput,
            tr("%1 is not a Postfix configuration directory (no main.cf or master.cf)").arg(m_configDir));

    // A failed or cancelled apply changes nothing: main.cf, master.cf and the files under
    // CONFIG_DIR/domainsecure are put back as they were.
    const ConfigSnapshot before = ConfigSnapshot::take(m_configDir);
    auto result = applySteps(bundle);
    if (!result.ok()) {
        const Status restored = before.restore(m_configDir);
        if (!restored.ok()) {
            return Result<PostfixApplyReport>::failure(
                result.error().code, tr("%1; restoring the previous configuration failed too: %2")
                                         .arg(result.errorMessage(), restored.errorMessage()));
        }
        qCInfo(lcExport) << "apply to" << m_configDir << "failed, previous configuration restored";
        return Result<PostfixApplyReport>::failure(
            result.error().code,
            tr("%1 (the previous configuration was restored)").arg(result.errorMessage()));
    }
    return result;
}

Result<PostfixApplyReport> PostfixApplier::applySteps(const PostfixBundle& bundle)
{
    using R = Result<PostfixApplyReport>;
    PostfixApplyReport report;
    const QDir config(m_configDir);
    const QString subPath = config.filePath(PostfixBundle::kSubdirectory);
    const QDir sub(subPath);
    const int total = 6;
    int step = 0;
    auto progress = [&](const QString& what) {
        qCDebug(lcExport) << "apply step" << step << what;
        if (m_progress)
            m_progress(step, total, what);
        ++step;
    };
    auto cancelledResult = [&] {
        return R::failure(ErrorCode::Cancelled, tr("applying to %1 was cancelled").arg(m_configDir));
    };

    // The previous apply's manifest: files and services DomainSecure owns here.
    QSet<QString> ownedFiles;
    QSet<QString> ownedServices;
    {
        QFile manifest(sub.filePath(kManifest));
        if (manifest.open(QIODevice::ReadOnly)) {
            for (const QByteArray& raw : manifest.readAll().split('\n')) {
                const QString line = QString::fromUtf8(raw).trimmed();
                if (line.startsWith(u"file "_s))
                    ownedFiles << line.mid(5);
                else if (line.startsWith(u"service "_s))
                    ownedServices << line.mid(8);
            }
        }
    }

    // 1. Files.
    progress(tr("writing files under %1").arg(subPath));
    if (Status made = DurableFile::makeDirectory(subPath, 0755); !made.ok())
        return made.error();
    QSet<QString> changedFiles;
    QSet<QString> bundleFiles;
    for (const ExportFile& file : bundle.files) {
        bundleFiles << file.name;
        const QString path = sub.filePath(file.name);
        const auto mode = file.secret ? ExportFile::secretMode() : file.mode;
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == file.content &&
            (QFile::permissions(path) & kModeBits) == (mode & kModeBits)) {
            continue;
        }
        existing.close();
        if (Status written = DurableFile::writeFile(path, file.content, DurableFile::unixMode(mode));
            !written.ok())
            return written.error();
        changedFiles << file.name;
        report.changes << tr("wrote %1").arg(path);
    }
    for (const QString& stale : std::as_const(ownedFiles)) {
        if (bundleFiles.contains(stale) || stale.contains(u'/'))
            continue;
        for (const QString& suffix : {QString(), u".db"_s}) {
            if (QFile::exists(sub.filePath(stale + suffix)) && QFile::remove(sub.filePath(stale + suffix)))
                report.changes << tr("removed %1").arg(sub.filePath(stale + suffix));
        }
    }
    if (cancelled())
        return cancelledResult();

    // 2. main.cf.
    progress(tr("updating main.cf settings"));
    auto current = tool(u"postconf"_s, {u"-c"_s, m_configDir, u"-n"_s});
    if (!current)
        return current.error();
    const QMap<QString, QString> explicitSettings = parseSettings(current.value());
    QStringList assignments;
    for (const auto& [name, wanted] : bundle.mainSettings) {
        const QString old = explicitSettings.value(name);
        const bool isSet = explicitSettings.contains(name);
        QString value = wanted;
        if (bundle.mergedListSettings.contains(name)) {
            QStringList items = splitList(old);
            items.removeAll(wanted);
            items.prepend(wanted);
            value = items.join(u", "_s);
            if (isSet && splitList(old) == items)
                continue;
        } else if (isSet && old == wanted) {
            continue;
        }
        assignments << name + u'=' + value;
        report.changes << (isSet ? tr("main.cf: %1 = %2 (was: %3)").arg(name, value, old)
                                 : tr("main.cf: %1 = %2 (was not set)").arg(name, value));
    }
    if (!assignments.isEmpty()) {
        if (auto set = tool(u"postconf"_s, QStringList{u"-c"_s, m_configDir, u"-e"_s} + assignments); !set)
            return set.error();
    }
    if (cancelled())
        return cancelledResult();

    // 3. master.cf: all services and their -o parameters are read with one postconf call each
    // and the changes are written in batches, so a bundle with hundreds of listeners costs a
    // handful of postconf runs, not three per listener.
    progress(tr("updating master.cf services"));
    auto allServices = tool(u"postconf"_s, {u"-c"_s, m_configDir, u"-M"_s});
    if (!allServices)
        return allServices.error();
    auto allParameters = tool(u"postconf"_s, {u"-c"_s, m_configDir, u"-P"_s});
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
        serviceEdits << service.postconfEntry();
        report.changes << (fields != haveFields.cend()
                               ? tr("master.cf: replaced service %1").arg(service.key())
                               : tr("master.cf: added service %1").arg(service.key()));
    }
    constexpr qsizetype kBatch = 100; // keeps each command line far below ARG_MAX
    for (qsizetype i = 0; i < serviceEdits.size(); i += kBatch) {
        if (auto set =
                tool(u"postconf"_s, QStringList{u"-c"_s, m_configDir, u"-M"_s} + serviceEdits.mid(i, kBatch));
            !set)
            return set.error();
    }
    QStringList staleServices;
    for (const QString& stale : std::as_const(ownedServices)) {
        if (bundleServices.contains(stale) || !haveFields.contains(stale))
            continue;
        staleServices << stale;
        report.changes << tr("master.cf: removed service %1 (no longer in the workspace)").arg(stale);
    }
    staleServices.sort();
    for (qsizetype i = 0; i < staleServices.size(); i += kBatch) {
        if (auto removed = tool(u"postconf"_s,
                                QStringList{u"-c"_s, m_configDir, u"-MX"_s} + staleServices.mid(i, kBatch));
            !removed)
            return removed.error();
    }
    if (cancelled())
        return cancelledResult();

    // 4. Maps.
    progress(tr("building the lookup tables"));
    for (const QString& map : bundle.hashMaps) {
        const QString path = sub.filePath(map);
        const QFileInfo db(path + u".db"_s);
        if (!changedFiles.contains(map) && db.exists() && db.lastModified() >= QFileInfo(path).lastModified())
            continue;
        if (auto built = tool(u"postmap"_s, {u"-c"_s, m_configDir, u"hash:"_s + path}); !built)
            return built.error();
        report.changes << tr("postmap %1").arg(path);
    }

    // 5. Manifest.
    progress(tr("recording what DomainSecure owns"));
    QByteArray manifest = "# Written by DomainSecure: the files and master.cf services it owns here.\n";
    QStringList files(bundleFiles.cbegin(), bundleFiles.cend());
    files.sort();
    for (const QString& file : std::as_const(files))
        manifest += "file " + file.toUtf8() + '\n';
    QStringList services(bundleServices.cbegin(), bundleServices.cend());
    services.sort();
    for (const QString& service : std::as_const(services))
        manifest += "service " + service.toUtf8() + '\n';
    QFile existingManifest(sub.filePath(kManifest));
    if (!existingManifest.open(QIODevice::ReadOnly) || existingManifest.readAll() != manifest) {
        // What apply may remove next time: readable and writable by the owner only.
        if (Status written =
                DurableFile::writeFile(sub.filePath(kManifest), manifest, DurableFile::kPrivateMode);
            !written.ok())
            return written.error();
    }

    // 6. postfix check.
    progress(tr("running postfix check"));
    auto check = tool(u"postfix"_s, {u"-c"_s, m_configDir, u"check"_s}, true);
    if (!check)
        return R::failure(ErrorCode::Io,
                          tr("postfix check failed after applying: %1").arg(check.errorMessage()));
    for (const QByteArray& line : check.value().split('\n')) {
        if (!line.trimmed().isEmpty())
            report.checkWarnings << QString::fromUtf8(line.trimmed());
    }
    return report;
}
