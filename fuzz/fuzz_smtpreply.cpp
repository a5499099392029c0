// libFuzzer harness for the probe's SMTP reply parser (ProbeConnection::parseReply): the bytes are
// what a server sent, parsed reply after reply as readReply does, until the parser needs more data
// or refuses a line.
//
// Built as fuzz_smtpreply (cmake --preset fuzz) and as the fuzz_smoke_smtpreply test (fuzzsmokemain.cpp).

#include "probe/probeconnection.h"

#include <cstddef>
#include <cstdint>

using namespace ds::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray buffer(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (;;) {
        const qsizetype before = buffer.size();
        ProbeConnection::Reply reply;
        QString error;
        const ProbeConnection::Parse parse = ProbeConnection::parseReply(buffer, &reply, &error);
        if (parse == ProbeConnection::Parse::Malformed) {
            if (error.isEmpty() || error.contains(u'\n'))
                __builtin_trap(); // every refusal says why, in one line
            return 0;
        }
        if (parse == ProbeConnection::Parse::NeedMore)
            return 0;
        // A complete reply: a three-digit code, at least one line, and input consumed.
        if (reply.code < 0 || reply.code > 999 || reply.lines.isEmpty() || buffer.size() >= before ||
            reply.raw.size() != before - buffer.size())
            __builtin_trap();
    }
}
