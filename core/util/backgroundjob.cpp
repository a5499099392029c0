#include "backgroundjob.h"

#include "crypto/opensslthreadscope.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>
#include <QThreadPool>

namespace ds::core {

void CancelToken::cancel() const
{
    if (m_state->flag.exchange(true))
        return;
    std::vector<std::function<void()>> callbacks;
    {
        const std::lock_guard lock(m_state->mutex);
        callbacks.swap(m_state->callbacks);
    }
    for (const auto& fn : callbacks)
        fn();
}

void CancelToken::onCancel(std::function<void()> fn) const
{
    {
        const std::lock_guard lock(m_state->mutex);
        // cancel() sets the flag before it takes the callbacks under this lock: either it sees fn
        // or fn sees the flag.
        if (!m_state->flag.load()) {
            m_state->callbacks.push_back(std::move(fn));
            return;
        }
    }
    fn();
}

void BackgroundJobRun::post(std::function<void(BackgroundJobBase*)> fn)
{
    const std::lock_guard lock(m_mutex);
    if (!m_owner)
        return;
    // The owner clears m_owner under this lock before it dies, and Qt drops the events queued
    // for a destroyed object, so the call below never reaches a dead owner.
    BackgroundJobBase* owner = m_owner;
    QMetaObject::invokeMethod(
        owner,
        [owner, self = shared_from_this(), fn = std::move(fn)] {
            bool current = false;
            {
                const std::lock_guard ownerLock(owner->m_mutex);
                current = owner->m_run == self;
            }
            if (current)
                fn(owner);
        },
        Qt::QueuedConnection);
}

void BackgroundJobRun::markDone()
{
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_doneChanged.notify_all();
}

void BackgroundJobRun::waitDone()
{
    std::unique_lock lock(m_mutex);
    m_doneChanged.wait(lock, [this] { return m_done; });
}

void JobContext::setProgress(int done, int total, const QString& text)
{
    m_run->post([done, total, text](BackgroundJobBase* owner) { emit owner->progress(done, total, text); });
}

BackgroundJobBase::BackgroundJobBase(QObject* parent)
    : QObject(parent)
{}

BackgroundJobBase::~BackgroundJobBase()
{
    const std::shared_ptr<BackgroundJobRun> run = detach();
    if (run && m_waitOnDestroy)
        run->waitDone();
}

std::shared_ptr<BackgroundJobRun> BackgroundJobBase::detach()
{
    std::shared_ptr<BackgroundJobRun> run;
    {
        const std::lock_guard lock(m_mutex);
        run = std::move(m_run);
        m_run.reset();
    }
    if (!run)
        return run;
    run->m_token.cancel();
    const std::lock_guard lock(run->m_mutex);
    run->m_owner = nullptr;
    return run;
}

void BackgroundJobBase::waitForFinished()
{
    Q_ASSERT(QThread::currentThread() == thread());
    std::shared_ptr<BackgroundJobRun> run;
    {
        const std::lock_guard lock(m_mutex);
        run = m_run;
    }
    if (!run)
        return;
    run->waitDone();
    // The worker has posted all it will post: deliver it now, in order (progress, then the result).
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void BackgroundJobBase::abandon()
{
    if (detach() && m_state == State::Running)
        m_state = State::Cancelled;
}

void BackgroundJobBase::cancel()
{
    std::shared_ptr<BackgroundJobRun> run;
    {
        const std::lock_guard lock(m_mutex);
        run = m_run;
    }
    // Outside the lock: the token runs the onCancel call-backs.
    if (run)
        run->m_token.cancel();
}

void BackgroundJobBase::launch(std::function<void(const std::shared_ptr<BackgroundJobRun>&)> task)
{
    detach();
    auto run = std::make_shared<BackgroundJobRun>();
    run->m_owner = this;
    {
        const std::lock_guard lock(m_mutex);
        m_run = run;
    }
    m_state = State::Running;
    emit started();
    QThreadPool::globalInstance()->start([run, task = std::move(task)] {
        {
            const OpenSslThreadScope openssl;
            task(run);
        }
        run->markDone();
    });
}

void BackgroundJobBase::complete(const std::shared_ptr<BackgroundJobRun>& run)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_run != run)
            return;
        m_run.reset();
    }
    m_state = run->token().isCancelled() ? State::Cancelled : State::Finished;
    emit finished();
}

void parallelFor(qsizetype count, const std::function<void(qsizetype)>& fn)
{
    QThreadPool pool; // threads of its own: they end with the loop
    for (qsizetype i = 0; i < count; ++i) {
        pool.start([&fn, i] {
            const OpenSslThreadScope openssl;
            fn(i);
        });
    }
    pool.waitForDone();
}

} // namespace ds::core
