#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QList>
#include <QString>
#include <memory>

namespace ds::core {

// Every file the product writes goes through DurableFile: either the complete new file is on disk
// (written, fsync'ed, renamed over the old one, the folder fsync'ed), or the call fails with a
// translated one-line error that names the file and the system's reason, the old file is
// byte-for-byte as it was and no temporary file is left behind.
//
//  - The bytes go to a temporary file ".NAME.XXXXXX.tmp" in the target's folder, created with
//    O_CREAT|O_EXCL and its final mode (0600 for anything holding a key or a secret), so no byte
//    is ever readable with a wider mode. Every write() is checked (short writes, EINTR).
//  - The mode is exactly the one asked for (whatever the umask), set before the first byte.
//  - Refused: a target that is a symbolic link (dangling or not) or not a regular file, and a
//    folder that other users may write to (group or world writable) without the sticky bit.
//  - If the folder cannot be fsync'ed after the rename, the old file is put back (it is kept as a
//    hard link ".NAME.XXXXXX.old" until the new one is durable).
//
// Do not use QSaveFile: Qt 6.4's commit() does not report a failed flush of its buffer and commits
// a truncated file.
class DurableFile : public QIODevice
{
    Q_OBJECT

public:
    static constexpr int kPrivateMode = 0600;    // keys, PFX, passwords, workspaces, manifests
    static constexpr int kPublicMode = 0644;     // certificates, requests, configuration, reports
    static constexpr int kExecutableMode = 0755; // scripts

    // mode: the permission bits of the new file, exactly (the umask does not apply).
    explicit DurableFile(const QString& path, int mode = kPublicMode);
    ~DurableFile() override; // cancels an uncommitted file

    QString path() const { return m_path; }

    // Creates the temporary file; the QIODevice is then open for writing.
    [[nodiscard]] Status begin();
    // Flushes what is buffered and fsyncs the temporary file (commit() does it when not done);
    // lets a caller prepare a file and replace the old one only once something else succeeded.
    [[nodiscard]] Status sync();
    // Replaces the target: sync(), rename over the target, fsync the folder. On failure the old
    // file is intact and the temporary file is gone.
    [[nodiscard]] Status commit();
    // Removes the temporary file; the target stays as it was.
    void cancel();
    // The first error of writing (write() returned -1); empty while there is none.
    QString lastError() const { return m_error ? m_error->message : QString(); }

    bool isSequential() const override { return true; }

    // The Unix mode of Qt's permission flags (the Owner/Group/Other bits).
    static int unixMode(QFileDevice::Permissions permissions);

    // The whole file in one call.
    [[nodiscard]] static Status writeFile(const QString& path, QByteArrayView data, int mode = kPublicMode);
    // Creates the folder path (and missing parents, each with mode) or accepts an existing one;
    // refuses when path itself is a symbolic link or not a folder.
    [[nodiscard]] static Status makeDirectory(const QString& path, int mode = 0755);

protected:
    friend class DurableBatch;
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    Status fail(const QString& message);
    Status writeOut(const char* data, qint64 size);
    Status flushBuffer();
    void removeTemporary();

    QString m_path;
    int m_mode = kPublicMode;
    int m_dirFd = -1;
    int m_fd = -1;
    QByteArray m_directory; // local 8-bit
    QByteArray m_name;
    QByteArray m_tempName;
    QByteArray m_buffer;
    bool m_synced = false;
    bool m_committed = false;
    std::optional<Error> m_error;
};

// Several files that change together (an export bundle, a request file and the workspace): every
// file is written and fsync'ed beside its target first, then they replace their targets one after
// the other; when one fails, the ones already replaced get their previous bytes and mode back (or
// are removed when they are new), so the folder is as it was. If putting one back fails too, the
// error names that file.
class DurableBatch
{
    Q_DECLARE_TR_FUNCTIONS(DurableBatch)

public:
    DurableBatch();
    ~DurableBatch();
    DurableBatch(const DurableBatch&) = delete;
    DurableBatch& operator=(const DurableBatch&) = delete;

    // Writes and fsyncs a temporary file for path (its folder must exist). Nothing is replaced yet.
    [[nodiscard]] Status prepare(const QString& path, QByteArrayView data, int mode);
    // Replaces every prepared target; all or none.
    [[nodiscard]] Status commit();
    // Puts back what commit() replaced, e.g. when a later step (saving the workspace) failed.
    [[nodiscard]] Status rollback();
    // Removes the temporary files of an uncommitted batch.
    void cancel();

private:
    struct Entry
    {
        std::unique_ptr<DurableFile> file;
        bool existed = false;
        QByteArray oldContent;
        int oldMode = 0;
        bool committed = false;
    };
    QList<std::shared_ptr<Entry>> m_entries;
};

} // namespace ds::core
