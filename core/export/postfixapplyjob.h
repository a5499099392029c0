#pragma once

#include "postfixapplier.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

// Runs PostfixApplier in a worker thread (QtConcurrent) so the GUI stays responsive: progress
// while it runs, cancel() between steps, finished() once with result() set.
class PostfixApplyJob : public QObject
{
    Q_OBJECT

public:
    PostfixApplyJob(QString configDir, PostfixBundle bundle, QObject* parent = nullptr);
    ~PostfixApplyJob() override;

    // Lets the apply replace global settings the administrator set (PostfixApplier).
    void setAllowGlobalChange(bool allow) { m_allowGlobalChange = allow; }
    void start();
    void cancel();
    bool isRunning() const;
    // Valid after finished().
    const std::optional<Result<PostfixApplyReport>>& result() const { return m_result; }

signals:
    void progress(int step, int total, const QString& what);
    void finished();

private:
    QString m_configDir;
    PostfixBundle m_bundle;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_allowGlobalChange = false;
    QFutureWatcher<Result<PostfixApplyReport>> m_watcher;
    std::optional<Result<PostfixApplyReport>> m_result;
};
