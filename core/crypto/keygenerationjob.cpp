#include "keygenerationjob.h"

#include "opensslthreadscope.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

KeyGenerationJob::KeyGenerationJob(const KeySpec& spec, QObject* parent)
    : QObject(parent)
    , m_spec(spec)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

KeyGenerationJob::~KeyGenerationJob()
{
    // The worker holds its own references; it stops soon and reports to nobody.
    m_cancel->store(true);
}

void KeyGenerationJob::start()
{
    if (m_running || m_watcher)
        return;
    m_running = true;
    const KeySpec spec = m_spec;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // Written by the worker before the future finishes, read here after finished().
    auto slot = std::make_shared<std::optional<Result<PrivateKey>>>();
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcher<void>::progressValueChanged, this, [this](int value) {
        if (m_running)
            emit progress(value);
    });
    connect(m_watcher, &QFutureWatcher<void>::finished, this, [this, slot, cancel]() {
        m_running = false;
        if (slot->has_value() && slot->value().ok())
            emit finished(slot->value().value());
        else if (cancel->load() || !slot->has_value() || slot->value().error().code == ErrorCode::Cancelled)
            emit cancelled();
        else
            emit failed(slot->value().error());
    });
    m_watcher->setFuture(QtConcurrent::run([spec, cancel, slot](QPromise<void>& promise) {
        const OpenSslThreadScope openssl;
        promise.setProgressRange(0, 100);
        slot->emplace(PrivateKey::generate(spec, cancel.get(),
                                           [&promise](int percent) { promise.setProgressValue(percent); }));
    }));
}

void KeyGenerationJob::cancel()
{
    m_cancel->store(true);
}
