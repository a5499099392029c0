#pragma once

#include "postfixapplier.h"
#include "util/backgroundjob.h"

namespace ds::core {

// Runs PostfixApplier in a worker thread so the GUI stays responsive: progress(step, total, what)
// while it runs, cancel() between steps, finished() once with result() set. Destroying the job
// while it runs cancels the apply and waits for the worker (which restores what it changed).
class PostfixApplyJob : public BackgroundJob<Result<PostfixApplyReport>>
{
    Q_OBJECT

public:
    PostfixApplyJob(QString configDir, PostfixBundle bundle, QObject* parent = nullptr);

    // Lets the apply replace global settings the administrator set (PostfixApplier).
    void setAllowGlobalChange(bool allow) { m_allowGlobalChange = allow; }
    void start();

private:
    QString m_configDir;
    PostfixBundle m_bundle;
    bool m_allowGlobalChange = false;
};

} // namespace ds::core
