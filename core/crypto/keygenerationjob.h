#pragma once

#include "keyspec.h"
#include "privatekey.h"
#include "util/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

// Generates a key on the thread pool so the GUI stays responsive; progress, cancel, result signal.
class KeyGenerationJob : public QObject
{
    Q_OBJECT

public:
    explicit KeyGenerationJob(const KeySpec& spec, QObject* parent = nullptr);
    ~KeyGenerationJob() override;

    KeySpec spec() const { return m_spec; }
    bool isRunning() const { return m_running; }

public slots:
    // Starts generation (once); the result arrives as finished(), failed() or cancelled().
    void start();
    // Asks OpenSSL's key generation callback to stop; cancelled() follows.
    void cancel();

signals:
    void progress(int percent);
    void finished(const PrivateKey& key);
    void failed(const Error& error);
    void cancelled();

private:
    KeySpec m_spec;
    bool m_running = false;
    QFutureWatcher<void>* m_watcher = nullptr;
    // Shared with the worker, which may outlive this object.
    std::shared_ptr<std::atomic_bool> m_cancel;
};

Q_DECLARE_METATYPE(PrivateKey)
Q_DECLARE_METATYPE(Error)
