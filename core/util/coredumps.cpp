#include "coredumps.h"

#include <cerrno>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace ds::core {

Status CoreDumps::disable()
{
    // The limit first: a dump that starts while the prctl is not yet in force is then empty.
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        return Status::failure(ErrorCode::Io,
                               tr("cannot disable core dumps: %1").arg(qt_error_string(errno)));
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return Status::failure(ErrorCode::Io,
                               tr("cannot disable core dumps: %1").arg(qt_error_string(errno)));
    return {};
}

bool CoreDumps::disabled()
{
    rlimit limit{};
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && getrlimit(RLIMIT_CORE, &limit) == 0 &&
           limit.rlim_cur == 0 && limit.rlim_max == 0;
}

} // namespace ds::core
