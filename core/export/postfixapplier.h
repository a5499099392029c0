#pragma once

#include "postfixbundle.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

// What an apply did: one line per change (empty on a second, identical apply) and the
// warnings of `postfix check`.
struct PostfixApplyReport
{
    QStringList changes;
    QStringList checkWarnings;
    bool changed() const { return !changes.isEmpty(); }
};

// Writes a PostfixBundle into a Postfix configuration directory: files into CONFIG_DIR/domainsecure
// (a manifest there remembers what DomainSecure owns), main.cf settings and master.cf services
// through `postconf -c`, `postmap -c` on changed hash maps, then `postfix -c CONFIG_DIR check`.
// Only settings and services in the bundle (or owned by a previous apply) are touched; list
// settings (transport_maps, …) get our entry first and keep the others. Idempotent. A failed or
// cancelled apply restores main.cf, master.cf and CONFIG_DIR/domainsecure as they were. Blocking:
// run it in a worker (PostfixApplyJob) from the GUI.
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

    Result<PostfixApplyReport> apply(const PostfixBundle& bundle);

    static inline const QString kManifest = QStringLiteral(".domainsecure-manifest");

private:
    Result<PostfixApplyReport> applySteps(const PostfixBundle& bundle);
    // Runs a Postfix tool with MAIL_CONFIG set; its stdout (and stderr when withStderr).
    Result<QByteArray> tool(const QString& name, const QStringList& arguments, bool withStderr = false);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QString m_configDir;
    QString m_toolDirectory;
    std::function<void(int, int, const QString&)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};
