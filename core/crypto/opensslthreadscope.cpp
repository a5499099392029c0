#include "opensslthreadscope.h"

#include <openssl/crypto.h>

namespace ds::core {

namespace {
thread_local int t_depth = 0;
} // namespace

OpenSslThreadScope::OpenSslThreadScope()
{
    ++t_depth;
}

OpenSslThreadScope::~OpenSslThreadScope()
{
    if (--t_depth == 0)
        OPENSSL_thread_stop();
}

bool OpenSslThreadScope::isActive()
{
    return t_depth > 0;
}

} // namespace ds::core
