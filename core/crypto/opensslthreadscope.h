#pragma once

namespace ds::core {

// Frees the calling thread's OpenSSL state (error queue, per-thread random generators) when the
// scope ends. Every task that runs OpenSSL code on a pool thread opens one: OpenSSL would
// otherwise free that state only when the thread exits, and a pool thread exits at the pool's
// leisure, which at process exit races with OpenSSL's own clean-up (LeakSanitizer sees the
// leftovers). The state is made again, cheaply, by the next task on that thread.
class OpenSslThreadScope
{
public:
    OpenSslThreadScope();
    ~OpenSslThreadScope();
    // Whether the calling thread is inside a scope (lets tests see that a job opened one).
    static bool isActive();
    OpenSslThreadScope(const OpenSslThreadScope&) = delete;
    OpenSslThreadScope& operator=(const OpenSslThreadScope&) = delete;
};

} // namespace ds::core
