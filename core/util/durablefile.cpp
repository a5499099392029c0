#include "durablefile.h"

#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {
// What the temporary file collects before it writes: few write() calls for a large workspace.
constexpr qsizetype kBufferSize = 64 * 1024;

QString reason(int error)
{
    return qt_error_string(error);
}

QString octal(int mode)
{
    return u"%1"_s.arg(mode & 07777, 4, 8, QChar(u'0'));
}

// A folder other users may write to, without the sticky bit that keeps them from replacing or
// removing our files there.
bool unsafeDirectory(const struct stat& st)
{
    return (st.st_mode & (S_IWGRP | S_IWOTH)) != 0 && (st.st_mode & S_ISVTX) == 0;
}

QByteArray randomSuffix()
{
    static constexpr char kDigits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray suffix(6, '0');
    for (char& c : suffix)
        c = kDigits[QRandomGenerator::global()->bounded(int(sizeof(kDigits) - 1))];
    return suffix;
}
} // namespace

DurableFile::DurableFile(const QString& path, int mode)
    : m_path(path)
    , m_mode(mode & 0777)
{}

DurableFile::~DurableFile()
{
    if (!m_committed)
        cancel();
}

Status DurableFile::fail(const QString& message)
{
    Error error{ErrorCode::Io, message};
    if (!m_error)
        m_error = error;
    qCDebug(lcStore) << "durable write failed:" << message;
    return Status(error);
}

Status DurableFile::begin()
{
    if (m_fd >= 0 || m_committed)
        return fail(tr("%1: the file is already being written").arg(m_path));
    m_error.reset();
    const QFileInfo info(m_path);
    const QString directory = info.absolutePath();
    m_directory = QFile::encodeName(directory);
    m_name = QFile::encodeName(info.fileName());
    if (m_name.isEmpty() || m_name == "." || m_name == "..")
        return fail(tr("%1: not a file name").arg(m_path));

    m_dirFd = ::open(m_directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_dirFd < 0) {
        const int error = errno;
        return fail(tr("%1: cannot open the folder %2: %3").arg(m_path, directory, reason(error)));
    }
    struct stat dirStat = {};
    if (::fstat(m_dirFd, &dirStat) != 0) {
        const int error = errno;
        cancel();
        return fail(tr("%1: cannot inspect the folder %2: %3").arg(m_path, directory, reason(error)));
    }
    if (unsafeDirectory(dirStat)) {
        cancel();
        return fail(tr("%1: refusing to write into %2: other users may write to that folder (mode %3) "
                       "and it has no sticky bit")
                        .arg(m_path, directory, octal(int(dirStat.st_mode))));
    }

    struct stat target = {};
    if (::fstatat(m_dirFd, m_name.constData(), &target, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISLNK(target.st_mode)) {
            cancel();
            return fail(tr("%1: refusing to write through a symbolic link").arg(m_path));
        }
        if (!S_ISREG(target.st_mode)) {
            cancel();
            return fail(tr("%1: refusing to replace something that is not a regular file").arg(m_path));
        }
    } else if (errno != ENOENT) {
        const int error = errno;
        cancel();
        return fail(tr("%1: cannot inspect the file: %2").arg(m_path, reason(error)));
    }

    for (int attempt = 0; attempt < 100; ++attempt) {
        m_tempName = "." + m_name + "." + randomSuffix() + ".tmp";
        m_fd = ::openat(m_dirFd, m_tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                        mode_t(m_mode));
        if (m_fd >= 0 || errno != EEXIST)
            break;
    }
    if (m_fd < 0) {
        const int error = errno;
        m_tempName.clear();
        cancel();
        return fail(tr("%1: cannot create a temporary file in %2: %3").arg(m_path, directory, reason(error)));
    }
    // The exact mode whatever the umask (the file was created with at most this mode, so it was
    // never readable more widely), before any byte is written.
    if (::fchmod(m_fd, mode_t(m_mode)) != 0) {
        const int error = errno;
        cancel();
        return fail(tr("%1: cannot set the file mode %2: %3").arg(m_path, octal(m_mode), reason(error)));
    }
    m_synced = false;
    m_buffer.clear();
    m_buffer.reserve(kBufferSize);
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

Status DurableFile::writeOut(const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            return fail(tr("%1: cannot write: %2").arg(m_path, reason(error)));
        }
        if (written == 0)
            return fail(tr("%1: cannot write: %2").arg(m_path, reason(EIO)));
        data += written;
        size -= written;
    }
    return {};
}

Status DurableFile::flushBuffer()
{
    if (m_buffer.isEmpty())
        return {};
    Status status = writeOut(m_buffer.constData(), m_buffer.size());
    m_buffer.clear();
    return status;
}

qint64 DurableFile::readData(char*, qint64)
{
    return -1;
}

qint64 DurableFile::writeData(const char* data, qint64 size)
{
    if (m_fd < 0 || m_error) {
        if (!m_error)
            (void)fail(tr("%1: the file is not open for writing").arg(m_path));
        setErrorString(m_error->message);
        return -1;
    }
    m_synced = false;
    Status status;
    if (m_buffer.size() + size > kBufferSize) {
        status = flushBuffer();
        if (status.ok() && size >= kBufferSize)
            status = writeOut(data, size);
        else if (status.ok())
            m_buffer.append(data, size);
    } else {
        m_buffer.append(data, size);
    }
    if (!status.ok()) {
        setErrorString(status.errorMessage());
        return -1;
    }
    return size;
}

Status DurableFile::sync()
{
    if (m_error) {
        const Error error = *m_error;
        cancel();
        return Status(error);
    }
    if (m_fd < 0)
        return fail(tr("%1: the file is not open for writing").arg(m_path));
    if (m_synced)
        return {};
    if (Status flushed = flushBuffer(); !flushed.ok()) {
        cancel();
        return flushed;
    }
    while (::fsync(m_fd) != 0) {
        if (errno == EINTR)
            continue;
        const int error = errno;
        cancel();
        return fail(tr("%1: cannot write to disk: %2").arg(m_path, reason(error)));
    }
    m_synced = true;
    return {};
}

Status DurableFile::commit()
{
    if (Status synced = sync(); !synced.ok())
        return synced;
    const QString directory = QFile::decodeName(m_directory);
    const int fd = m_fd;
    m_fd = -1;
    // close() is never retried on Linux: the descriptor is gone even on EINTR.
    if (::close(fd) != 0 && errno != EINTR) {
        const int error = errno;
        cancel();
        return fail(tr("%1: cannot write: %2").arg(m_path, reason(error)));
    }
    // Checked again just before the rename: a symbolic link planted since begin() is refused.
    // (rename() replaces a link itself and never writes through it.)
    struct stat target = {};
    const bool existed = ::fstatat(m_dirFd, m_name.constData(), &target, AT_SYMLINK_NOFOLLOW) == 0;
    if (existed && !S_ISREG(target.st_mode)) {
        cancel();
        return fail(S_ISLNK(target.st_mode)
                        ? tr("%1: refusing to write through a symbolic link").arg(m_path)
                        : tr("%1: refusing to replace something that is not a regular file").arg(m_path));
    }
    // A second name for the old file, so it can be put back if the folder cannot be synced after
    // the rename. Best effort: some file systems have no hard links.
    QByteArray backup;
    if (existed) {
        for (int attempt = 0; attempt < 100 && backup.isEmpty(); ++attempt) {
            const QByteArray name = "." + m_name + "." + randomSuffix() + ".old";
            if (::linkat(m_dirFd, m_name.constData(), m_dirFd, name.constData(), 0) == 0)
                backup = name;
            else if (errno != EEXIST)
                break;
        }
    }
    if (::renameat(m_dirFd, m_tempName.constData(), m_dirFd, m_name.constData()) != 0) {
        const int error = errno;
        if (!backup.isEmpty())
            ::unlinkat(m_dirFd, backup.constData(), 0);
        cancel();
        return fail(tr("%1: cannot replace the file: %2").arg(m_path, reason(error)));
    }
    m_tempName.clear();
    while (::fsync(m_dirFd) != 0) {
        if (errno == EINTR)
            continue;
        const int error = errno;
        QString message =
            tr("%1: cannot write the folder %2 to disk: %3").arg(m_path, directory, reason(error));
        if (!backup.isEmpty()) {
            if (::renameat(m_dirFd, backup.constData(), m_dirFd, m_name.constData()) == 0) {
                ::fsync(m_dirFd);
            } else {
                const int restoreError = errno;
                message += u' ' + tr("The previous file could not be put back (%1); it is kept as %2.")
                                      .arg(reason(restoreError),
                                           QDir(directory).filePath(QFile::decodeName(backup)));
                backup.clear();
            }
        }
        if (!existed) {
            // There was no file: none is left that might not survive a crash.
            ::unlinkat(m_dirFd, m_name.constData(), 0);
            ::fsync(m_dirFd);
        }
        cancel();
        return fail(message);
    }
    if (!backup.isEmpty() && ::unlinkat(m_dirFd, backup.constData(), 0) == 0)
        ::fsync(m_dirFd); // only to forget the backup name; the new file is already durable
    m_committed = true;
    ::close(m_dirFd);
    m_dirFd = -1;
    QIODevice::close();
    qCDebug(lcStore) << "wrote" << m_path;
    return {};
}

void DurableFile::removeTemporary()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempName.isEmpty() && m_dirFd >= 0)
        ::unlinkat(m_dirFd, m_tempName.constData(), 0);
    m_tempName.clear();
}

void DurableFile::cancel()
{
    removeTemporary();
    if (m_dirFd >= 0) {
        ::close(m_dirFd);
        m_dirFd = -1;
    }
    m_buffer.clear();
    if (isOpen())
        QIODevice::close();
}

int DurableFile::unixMode(QFileDevice::Permissions permissions)
{
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 0040}, {QFileDevice::WriteGroup, 0020}, {QFileDevice::ExeGroup, 0010},
        {QFileDevice::ReadOther, 0004}, {QFileDevice::WriteOther, 0002}, {QFileDevice::ExeOther, 0001}};
    for (const auto& [permission, bit] : bits) {
        if (permissions.testFlag(permission))
            mode |= bit;
    }
    return mode;
}

Status DurableFile::writeFile(const QString& path, QByteArrayView data, int mode)
{
    DurableFile file(path, mode);
    if (Status begun = file.begin(); !begun.ok())
        return begun;
    if (Status written = file.writeOut(data.data(), data.size()); !written.ok()) {
        file.cancel();
        return written;
    }
    return file.commit();
}

Status DurableFile::makeDirectory(const QString& path, int mode)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QByteArray local = QFile::encodeName(absolute);
    struct stat st = {};
    if (::lstat(local.constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return Status::failure(ErrorCode::Io,
                                   tr("%1: refusing to use a symbolic link as a folder").arg(absolute));
        if (!S_ISDIR(st.st_mode))
            return Status::failure(ErrorCode::Io, tr("%1: exists and is not a folder").arg(absolute));
        return {};
    }
    if (errno != ENOENT) {
        const int error = errno;
        return Status::failure(ErrorCode::Io,
                               tr("%1: cannot inspect the folder: %2").arg(absolute, reason(error)));
    }
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute) {
        if (Status made = makeDirectory(parent, mode); !made.ok())
            return made;
    }
    if (::mkdir(local.constData(), mode_t(mode & 07777)) != 0 && errno != EEXIST) {
        const int error = errno;
        return Status::failure(ErrorCode::Io,
                               tr("%1: cannot create the folder: %2").arg(absolute, reason(error)));
    }
    // Created by someone else in between, or a link planted in its place: look again.
    if (::lstat(local.constData(), &st) != 0 || S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode))
        return Status::failure(ErrorCode::Io,
                               tr("%1: refusing to use a symbolic link as a folder").arg(absolute));
    const QByteArray parentLocal = QFile::encodeName(parent);
    const int parentFd = ::open(parentLocal.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parentFd < 0) {
        const int error = errno;
        return Status::failure(ErrorCode::Io,
                               tr("%1: cannot open the folder %2: %3").arg(absolute, parent, reason(error)));
    }
    int synced = 0;
    while ((synced = ::fsync(parentFd)) != 0 && errno == EINTR) {
    }
    const int error = errno;
    ::close(parentFd);
    if (synced != 0)
        return Status::failure(
            ErrorCode::Io,
            tr("%1: cannot write the folder %2 to disk: %3").arg(absolute, parent, reason(error)));
    return {};
}

DurableBatch::DurableBatch() = default;

DurableBatch::~DurableBatch()
{
    cancel();
}

Status DurableBatch::prepare(const QString& path, QByteArrayView data, int mode)
{
    auto entry = std::make_shared<Entry>();
    entry->file = std::make_unique<DurableFile>(path, mode);
    // What is there now, to put it back if a later file of the batch fails.
    const QByteArray local = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(local.constData(), &st) == 0 && S_ISREG(st.st_mode)) {
        QFile old(path);
        if (!old.open(QIODevice::ReadOnly)) {
            return Status::failure(
                ErrorCode::Io, DurableFile::tr("%1: cannot read the file: %2").arg(path, old.errorString()));
        }
        entry->oldContent = old.readAll();
        if (old.error() != QFileDevice::NoError) {
            return Status::failure(
                ErrorCode::Io, DurableFile::tr("%1: cannot read the file: %2").arg(path, old.errorString()));
        }
        entry->existed = true;
        entry->oldMode = int(st.st_mode & 07777);
    }
    if (Status begun = entry->file->begin(); !begun.ok())
        return begun;
    if (Status written = entry->file->writeOut(data.data(), data.size()); !written.ok()) {
        entry->file->cancel();
        return written;
    }
    if (Status synced = entry->file->sync(); !synced.ok())
        return synced;
    m_entries << entry;
    return {};
}

Status DurableBatch::commit()
{
    for (const auto& entry : std::as_const(m_entries)) {
        if (entry->committed)
            continue;
        if (Status committed = entry->file->commit(); !committed.ok()) {
            cancel();
            if (Status restored = rollback(); !restored.ok())
                return Status::failure(ErrorCode::Io,
                                       committed.errorMessage() + u"; "_s + restored.errorMessage());
            return committed;
        }
        entry->committed = true;
    }
    return {};
}

Status DurableBatch::rollback()
{
    QStringList errors;
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        Entry& entry = *m_entries.at(i);
        if (!entry.committed)
            continue;
        const QString path = entry.file->path();
        if (entry.existed) {
            if (Status restored = DurableFile::writeFile(path, entry.oldContent, entry.oldMode);
                !restored.ok()) {
                errors << tr("%1 could not be put back (%2)").arg(path, restored.errorMessage());
                continue;
            }
        } else if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT) {
            const int error = errno;
            errors << tr("%1 could not be removed again (%2)").arg(path, reason(error));
            continue;
        }
        entry.committed = false;
    }
    if (!errors.isEmpty())
        return Status::failure(ErrorCode::Io,
                               tr("the previous files were not all restored: %1").arg(errors.join(u"; "_s)));
    return {};
}

void DurableBatch::cancel()
{
    for (const auto& entry : std::as_const(m_entries)) {
        if (!entry->committed)
            entry->file->cancel();
    }
}

} // namespace ds::core
