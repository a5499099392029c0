#pragma once

#include "postfixbundle.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace ds::core {

// What an apply did: one line per change (empty on a second, identical apply), the warnings of
// `postfix check` and of the apply itself, and where the copies of the previous files are.
struct PostfixApplyReport
{
    QStringList changes;
    QStringList checkWarnings;
    QString backupDirectory; // empty when nothing changed
    bool changed() const { return !changes.isEmpty(); }
};

// Writes a PostfixBundle into a Postfix configuration directory without ever leaving it damaged:
//  1. checks first (no symbolic links where it writes, a manifest owned by us and not writable by
//     others, no global setting of the administrator replaced unless allowed);
//  2. builds the new configuration in a staging copy (postconf -c STAGING -e/-M/-MX, postmap,
//     postfix -c STAGING check), so nothing live changes until it is known to be valid;
//  3. copies every file it may replace to CONFIG_DIR/domainsecure.backup-TIMESTAMP/ (with their
//     sha256 in SHA256SUMS), then installs the changed files with durable writes (temporary file,
//     fsync, rename) and runs `postfix -c CONFIG_DIR check`;
//  4. on any failure or cancel puts the previous files back and verifies them (sha256 and mode);
//     if that fails it names the damaged files and the backup, and never deletes the backup.
// It owns only the settings and services in the bundle and the files it created under
// CONFIG_DIR/domainsecure (recorded in a 0600 manifest there). Idempotent. Blocking: run it in a
// worker (PostfixApplyJob) from the GUI.
class PostfixApplier
{
    Q_DECLARE_TR_FUNCTIONS(PostfixApplier)

public:
    explicit PostfixApplier(QString configDir);

    // Where postconf, postmap and postfix are (default: /usr/sbin, else $PATH).
    void setToolDirectory(const QString& directory) { m_toolDirectory = directory; }
    // Called before each step: step index, total steps, what is being done.
    void setProgressHandler(std::function<void(int, int, const QString&)> handler)
    {
        m_progress = std::move(handler);
    }
    // Checked between steps; a cancelled apply stops with ErrorCode::Cancelled and restores the
    // previous configuration.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // Lets the apply replace main.cf settings the administrator set to other values (the server
    // certificate, myhostname, a smaller message_size_limit); refused otherwise.
    void setAllowGlobalChange(bool allow) { m_allowGlobalChange = allow; }

    Result<PostfixApplyReport> apply(const PostfixBundle& bundle);

    static inline const QString kManifest = QStringLiteral(".domainsecure-manifest");
    static inline const QString kBackupPrefix = QStringLiteral("domainsecure.backup-");
    static constexpr int kSteps = 8;

    // A Postfix list value split the way Postfix splits it: at commas and whitespace outside
    // braces, so "inline:{ a=b, { c = d } }" is one item. Items are returned byte-for-byte.
    static QStringList splitList(const QString& value);

private:
    struct Manifest
    {
        QStringList files;
        QStringList services;
    };
    Result<Manifest> readManifest() const;
    Result<PostfixApplyReport> stage(const PostfixBundle& bundle, const QString& staging,
                                     const Manifest& manifest);
    // Runs a Postfix tool with MAIL_CONFIG=configDir; its stdout (and stderr when withStderr).
    Result<QByteArray> tool(const QString& configDir, const QString& name, const QStringList& arguments,
                            bool withStderr = false);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void progress(int step, const QString& what);

    QString m_configDir;
    QString m_toolDirectory;
    std::function<void(int, int, const QString&)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    bool m_allowGlobalChange = false;
};

} // namespace ds::core
