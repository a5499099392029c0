#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace ds::core {

// A cooperative cancel flag shared by a job and its worker; every member is thread-safe.
class CancelToken
{
public:
    void cancel() const;
    bool isCancelled() const { return m_state->flag.load(); }
    // For APIs that poll a flag themselves (key generation, import, Postfix apply).
    const std::atomic_bool* flag() const { return &m_state->flag; }
    // For APIs with a cancel() of their own (SmtpProbe): fn runs once, on the thread that cancels,
    // or at once on this thread if the token is already cancelled.
    void onCancel(std::function<void()> fn) const;

private:
    struct State
    {
        std::atomic_bool flag{false};
        std::mutex mutex;
        std::vector<std::function<void()>> callbacks;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

class BackgroundJobBase;

// One start() of a job: what its worker shares with the owner, which may be destroyed first.
class BackgroundJobRun : public std::enable_shared_from_this<BackgroundJobRun>
{
public:
    // Runs fn on the owner's thread, if the owner still exists and this is still its run.
    void post(std::function<void(BackgroundJobBase*)> fn);
    const CancelToken& token() const { return m_token; }

private:
    friend class BackgroundJobBase;
    // Called by the pool thread once the work function has returned and its OpenSSL state is freed.
    void markDone();
    // Blocks until markDone().
    void waitDone();

    std::mutex m_mutex;
    std::condition_variable m_doneChanged;
    BackgroundJobBase* m_owner = nullptr;
    bool m_done = false;
    CancelToken m_token;
};

// What the work function sees: the cancel token to poll and where to report progress.
class JobContext
{
public:
    explicit JobContext(std::shared_ptr<BackgroundJobRun> run)
        : m_run(std::move(run))
    {}
    bool isCancelled() const { return m_run->token().isCancelled(); }
    const std::atomic_bool* cancelFlag() const { return m_run->token().flag(); }
    // See CancelToken::onCancel.
    void onCancel(std::function<void()> fn) const { m_run->token().onCancel(std::move(fn)); }
    // Emitted as progress() on the owner's thread, in the order reported.
    void setProgress(int done, int total, const QString& text = {});
    // Runs fn on the owner's thread while the job is alive and current (e.g. a live transcript).
    void post(std::function<void(BackgroundJobBase*)> fn) { m_run->post(std::move(fn)); }

private:
    std::shared_ptr<BackgroundJobRun> m_run;
};

// The signals and life cycle of every background job; BackgroundJob<T> adds the typed result.
// The work runs on the global thread pool inside an OpenSslThreadScope. Destroying the job while
// it runs cancels the work and drops its result; the worker owns everything it uses (and blocks
// the destructor until it has returned if setWaitOnDestroy(true)).
class BackgroundJobBase : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Finished, Cancelled };
    Q_ENUM(State)

    ~BackgroundJobBase() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }

    // Blocks until the worker has returned, then emits the progress() and finished() it still has
    // queued, so that state() is no longer Running and result() is set when this returns (unless a
    // slot started the job again). Call it on the job's thread; a no-op when nothing runs.
    void waitForFinished();
    // Cancels the run and forgets it at once: state() is Cancelled, no finished() follows and
    // whatever the worker still returns is dropped (a wizard page left with Back, say).
    void abandon();
    // For work that must not outlive its job (files being written, a connection): destroying the
    // job while it runs then cancels the work and blocks until the worker has returned.
    void setWaitOnDestroy(bool wait) { m_waitOnDestroy = wait; }

public slots:
    // Asks the work function to stop; finished() follows with state() Cancelled. Thread-safe.
    void cancel();

signals:
    void started();
    void progress(int done, int total, const QString& text);
    void finished();

protected:
    explicit BackgroundJobBase(QObject* parent);
    // Abandons a run still in flight (its result is dropped) and starts task on the pool.
    void launch(std::function<void(const std::shared_ptr<BackgroundJobRun>&)> task);
    void complete(const std::shared_ptr<BackgroundJobRun>& run);

private:
    friend class BackgroundJobRun;
    // Cancels the current run and cuts it off from this job; returns it (null when none).
    std::shared_ptr<BackgroundJobRun> detach();

    mutable std::mutex m_mutex; // guards m_run against cancel() from other threads
    std::shared_ptr<BackgroundJobRun> m_run;
    State m_state = State::Idle;
    bool m_waitOnDestroy = false;
};

// A background job whose work function returns T; result() is set on the owner's thread
// before finished().
template <typename T> class BackgroundJob : public BackgroundJobBase
{
public:
    using Work = std::function<T(JobContext&)>;

    explicit BackgroundJob(QObject* parent = nullptr)
        : BackgroundJobBase(parent)
    {}

    void start(Work work)
    {
        m_result.reset();
        launch([work = std::move(work)](const std::shared_ptr<BackgroundJobRun>& run) {
            JobContext context(run);
            T value = work(context);
            run->post([run, value = std::move(value)](BackgroundJobBase* owner) {
                auto* job = static_cast<BackgroundJob*>(owner);
                job->m_result = value;
                job->complete(run);
            });
        });
    }

    // What the work function returned; empty before the first finished().
    const std::optional<T>& result() const { return m_result; }

private:
    std::optional<T> m_result;
};

// Runs fn(i) for every i in [0, count) on threads of its own, each call inside an
// OpenSslThreadScope, and returns once all calls have returned: a blocking parallel loop, not a
// job (CertificateManager::importFiles parses its files side by side). fn must be thread-safe.
void parallelFor(qsizetype count, const std::function<void(qsizetype)>& fn);

} // namespace ds::core
