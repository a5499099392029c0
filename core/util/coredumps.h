#pragma once

#include "util/result.h"

#include <QCoreApplication>

namespace ds::core {

// Keeps private keys and passphrases out of core files. disable() makes the process non-dumpable
// (no core file; other processes of the user can neither ptrace it nor read /proc/PID/mem) and
// sets RLIMIT_CORE, soft and hard, to 0, which programs it starts inherit. Both main()s call it
// before anything reads a key; it cannot be undone, by design.
class CoreDumps
{
    Q_DECLARE_TR_FUNCTIONS(CoreDumps)

public:
    static Status disable();
    // PR_GET_DUMPABLE is 0 and the core size limit 0, soft and hard.
    static bool disabled();
};

} // namespace ds::core
