#include "backgroundjob.h"

#include "crypto/opensslthreadscope.h"

#include <QMetaObject>
#include <QThreadPool>

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

void JobContext::setProgress(int done, int total, const QString& text)
{
    m_run->post([done, total, text](BackgroundJobBase* owner) { emit owner->progress(done, total, text); });
}

BackgroundJobBase::BackgroundJobBase(QObject* parent)
    : QObject(parent)
{}

BackgroundJobBase::~BackgroundJobBase()
{
    detach();
}

void BackgroundJobBase::detach()
{
    std::shared_ptr<BackgroundJobRun> run;
    {
        const std::lock_guard lock(m_mutex);
        run = std::move(m_run);
        m_run.reset();
    }
    if (!run)
        return;
    run->m_token.cancel();
    const std::lock_guard lock(run->m_mutex);
    run->m_owner = nullptr;
}

void BackgroundJobBase::cancel()
{
    const std::lock_guard lock(m_mutex);
    if (m_run)
        m_run->m_token.cancel();
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
        const OpenSslThreadScope openssl;
        task(run);
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
