#include "opensslthreadscope.h"

#include <openssl/crypto.h>

OpenSslThreadScope::~OpenSslThreadScope()
{
    OPENSSL_thread_stop();
}
