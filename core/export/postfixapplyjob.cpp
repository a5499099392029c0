#include "postfixapplyjob.h"

#include "crypto/opensslthreadscope.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

PostfixApplyJob::PostfixApplyJob(QString configDir, PostfixBundle bundle, QObject* parent)
    : QObject(parent)
    , m_configDir(std::move(configDir))
    , m_bundle(std::move(bundle))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_result = m_watcher.result();
        emit finished();
    });
}

PostfixApplyJob::~PostfixApplyJob()
{
    // The worker touches only its own copies, but wait so no progress signal outlives us.
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void PostfixApplyJob::start()
{
    QPointer<PostfixApplyJob> self(this);
    const auto cancel = m_cancel;
    m_watcher.setFuture(
        QtConcurrent::run([self, cancel, dir = m_configDir, bundle = m_bundle, allow = m_allowGlobalChange] {
            const OpenSslThreadScope openssl;
            PostfixApplier applier(dir);
            applier.setCancelFlag(cancel.get());
            applier.setAllowGlobalChange(allow);
            applier.setProgressHandler([self](int step, int total, const QString& what) {
                if (self)
                    QMetaObject::invokeMethod(
                        self,
                        [self, step, total, what] {
                            if (self)
                                emit self->progress(step, total, what);
                        },
                        Qt::QueuedConnection);
            });
            return applier.apply(bundle);
        }));
}

void PostfixApplyJob::cancel()
{
    m_cancel->store(true);
}

bool PostfixApplyJob::isRunning() const
{
    return m_watcher.isRunning();
}
