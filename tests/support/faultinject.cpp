// ds_faultinject: an LD_PRELOAD shim that makes the N-th call of one file-system operation fail,
// so tests can prove that every writer reports the failure and leaves the old file intact.
//
//   LD_PRELOAD=libds_faultinject.so DS_FAULT_OP=write DS_FAULT_AT=3 DS_FAULT_ERRNO=ENOSPC prog ...
//
// Environment (read once, at the first intercepted call):
//   DS_FAULT_OP           the operation that fails (nothing fails without it):
//                           write   write, pwrite, pwrite64, writev
//                           fsync   fsync
//                           fdatasync  fdatasync
//                           sync    fsync and fdatasync
//                           rename  rename, renameat, renameat2
//                           open    open, open64, openat, openat64, creat (and their _2 fortify
//                                   entry points), only calls that create or open for writing
//                           mkdir   mkdir, mkdirat
//                           link    link, linkat
//   DS_FAULT_AT           which matching call fails, counting from 1 (default 1)
//   DS_FAULT_REPEAT       "1": every matching call from the N-th on fails (a disk that stays
//                         full); otherwise only the N-th
//   DS_FAULT_ERRNO        ENOSPC (default), EIO, EDQUOT, EFBIG, EROFS, EACCES, EPERM or a number
//   DS_FAULT_PATH_PREFIX  count only calls on files below this path (for fd calls, the file the
//                         descriptor is open on; for rename/link, either name). Without it every
//                         call counts, including writes to stdout and stderr.
//   DS_FAULT_LOG          a file to which each counted call is appended as one line
//                         "<op> <n> <path> <ok|FAIL>", so a test can tell how many there were
//                         and whether the fault was injected.
//
// Under AddressSanitizer the ASan runtime must come first:
//   LD_PRELOAD=$(gcc -print-file-name=libasan.so):libds_faultinject.so
// The shim itself is built without sanitizers, so the same library serves both builds.
#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

enum Op : unsigned {
    OpWrite = 1u << 0,
    OpFsync = 1u << 1,
    OpFdatasync = 1u << 2,
    OpRename = 1u << 3,
    OpOpen = 1u << 4,
    OpMkdir = 1u << 5,
    OpLink = 1u << 6,
};

struct Config
{
    unsigned ops = 0;
    long at = 1;
    bool repeat = false;
    int error = ENOSPC;
    char prefix[4096] = {};
    size_t prefixLength = 0;
    char log[4096] = {};
};

Config g_config;
std::atomic<int> g_state{0}; // 0 not read, 1 reading, 2 ready
std::atomic<long> g_count{0};

int parseErrno(const char* text)
{
    struct Name
    {
        const char* name;
        int value;
    };
    static const Name names[] = {{"ENOSPC", ENOSPC}, {"EIO", EIO},       {"EDQUOT", EDQUOT}, {"EFBIG", EFBIG},
                                 {"EROFS", EROFS},   {"EACCES", EACCES}, {"EPERM", EPERM}};
    for (const Name& name : names) {
        if (std::strcmp(text, name.name) == 0)
            return name.value;
    }
    const int value = std::atoi(text);
    return value > 0 ? value : ENOSPC;
}

const Config& config()
{
    int state = g_state.load(std::memory_order_acquire);
    if (state == 2)
        return g_config;
    int expected = 0;
    if (g_state.compare_exchange_strong(expected, 1)) {
        if (const char* op = std::getenv("DS_FAULT_OP")) {
            if (!std::strcmp(op, "write"))
                g_config.ops = OpWrite;
            else if (!std::strcmp(op, "fsync"))
                g_config.ops = OpFsync;
            else if (!std::strcmp(op, "fdatasync"))
                g_config.ops = OpFdatasync;
            else if (!std::strcmp(op, "sync"))
                g_config.ops = OpFsync | OpFdatasync;
            else if (!std::strcmp(op, "rename"))
                g_config.ops = OpRename;
            else if (!std::strcmp(op, "open"))
                g_config.ops = OpOpen;
            else if (!std::strcmp(op, "mkdir"))
                g_config.ops = OpMkdir;
            else if (!std::strcmp(op, "link"))
                g_config.ops = OpLink;
        }
        if (const char* at = std::getenv("DS_FAULT_AT"))
            g_config.at = std::atol(at);
        if (const char* repeat = std::getenv("DS_FAULT_REPEAT"))
            g_config.repeat = std::strcmp(repeat, "1") == 0;
        if (const char* error = std::getenv("DS_FAULT_ERRNO"))
            g_config.error = parseErrno(error);
        if (const char* prefix = std::getenv("DS_FAULT_PATH_PREFIX")) {
            std::snprintf(g_config.prefix, sizeof g_config.prefix, "%s", prefix);
            g_config.prefixLength = std::strlen(g_config.prefix);
        }
        if (const char* log = std::getenv("DS_FAULT_LOG"))
            std::snprintf(g_config.log, sizeof g_config.log, "%s", log);
        g_state.store(2, std::memory_order_release);
    } else {
        while (g_state.load(std::memory_order_acquire) != 2) {
        }
    }
    return g_config;
}

template <typename F> F next(const char* name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

// The file fd is open on ("" when unknown).
void fdPath(int fd, char* out, size_t size)
{
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, out, size - 1);
    out[n > 0 ? n : 0] = '\0';
}

// path as an absolute name when it is relative to dirfd.
void resolvePath(int dirfd, const char* path, char* out, size_t size)
{
    if (path == nullptr) {
        out[0] = '\0';
        return;
    }
    if (path[0] == '/') {
        std::snprintf(out, size, "%s", path);
        return;
    }
    char base[4096];
    if (dirfd == AT_FDCWD) {
        if (getcwd(base, sizeof base) == nullptr)
            base[0] = '\0';
    } else {
        fdPath(dirfd, base, sizeof base);
    }
    std::snprintf(out, size, "%s/%s", base, path);
}

bool underPrefix(const Config& c, const char* path)
{
    return c.prefixLength == 0 || std::strncmp(path, c.prefix, c.prefixLength) == 0;
}

void logCall(const Config& c, const char* op, long n, const char* path, bool failed)
{
    if (c.log[0] == '\0')
        return;
    static auto realOpen = next<int (*)(const char*, int, ...)>("open");
    static auto realWrite = next<ssize_t (*)(int, const void*, size_t)>("write");
    const int fd = realOpen(c.log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    char line[4400];
    const int length =
        std::snprintf(line, sizeof line, "%s %ld %s %s\n", op, n, path, failed ? "FAIL" : "ok");
    if (length > 0)
        (void)!realWrite(fd, line, size_t(length) < sizeof line ? size_t(length) : sizeof line - 1);
    close(fd);
}

// True when this call must fail (errno is then set). path1/path2: the files the call is about.
bool shouldFail(unsigned op, const char* name, const char* path1, const char* path2 = nullptr)
{
    const Config& c = config();
    if ((c.ops & op) == 0)
        return false;
    const bool matches = underPrefix(c, path1) || (path2 != nullptr && underPrefix(c, path2));
    if (!matches)
        return false;
    const long n = g_count.fetch_add(1) + 1;
    const bool fail = c.repeat ? n >= c.at : n == c.at;
    logCall(c, name, n, path1, fail);
    if (fail)
        errno = c.error;
    return fail;
}

bool shouldFailFd(unsigned op, const char* name, int fd)
{
    if ((config().ops & op) == 0)
        return false;
    char path[4096];
    fdPath(fd, path, sizeof path);
    return shouldFail(op, name, path);
}

bool writesOrCreates(int flags)
{
    return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)) != 0 || (flags & O_TMPFILE) == O_TMPFILE;
}

bool needsMode(int flags)
{
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE;
}

bool shouldFailOpen(const char* name, int dirfd, const char* path, int flags)
{
    if ((config().ops & OpOpen) == 0 || !writesOrCreates(flags))
        return false;
    char full[8192];
    resolvePath(dirfd, path, full, sizeof full);
    return shouldFail(OpOpen, name, full);
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) ssize_t write(int fd, const void* buffer, size_t count)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
    if (shouldFailFd(OpWrite, "write", fd))
        return -1;
    return real(fd, buffer, count);
}

__attribute__((visibility("default"))) ssize_t pwrite(int fd, const void* buffer, size_t count, off_t offset)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    if (shouldFailFd(OpWrite, "pwrite", fd))
        return -1;
    return real(fd, buffer, count, offset);
}

__attribute__((visibility("default"))) ssize_t pwrite64(int fd, const void* buffer, size_t count,
                                                        off64_t offset)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    if (shouldFailFd(OpWrite, "pwrite64", fd))
        return -1;
    return real(fd, buffer, count, offset);
}

__attribute__((visibility("default"))) ssize_t writev(int fd, const struct iovec* iov, int count)
{
    static auto real = next<ssize_t (*)(int, const struct iovec*, int)>("writev");
    if (shouldFailFd(OpWrite, "writev", fd))
        return -1;
    return real(fd, iov, count);
}

__attribute__((visibility("default"))) int fsync(int fd)
{
    static auto real = next<int (*)(int)>("fsync");
    if (shouldFailFd(OpFsync, "fsync", fd))
        return -1;
    return real(fd);
}

__attribute__((visibility("default"))) int fdatasync(int fd)
{
    static auto real = next<int (*)(int)>("fdatasync");
    if (shouldFailFd(OpFdatasync, "fdatasync", fd))
        return -1;
    return real(fd);
}

__attribute__((visibility("default"))) int rename(const char* from, const char* to)
{
    static auto real = next<int (*)(const char*, const char*)>("rename");
    if ((config().ops & OpRename) != 0) {
        char a[8192];
        char b[8192];
        resolvePath(AT_FDCWD, from, a, sizeof a);
        resolvePath(AT_FDCWD, to, b, sizeof b);
        if (shouldFail(OpRename, "rename", b, a))
            return -1;
    }
    return real(from, to);
}

__attribute__((visibility("default"))) int renameat(int fromDir, const char* from, int toDir, const char* to)
{
    static auto real = next<int (*)(int, const char*, int, const char*)>("renameat");
    if ((config().ops & OpRename) != 0) {
        char a[8192];
        char b[8192];
        resolvePath(fromDir, from, a, sizeof a);
        resolvePath(toDir, to, b, sizeof b);
        if (shouldFail(OpRename, "renameat", b, a))
            return -1;
    }
    return real(fromDir, from, toDir, to);
}

__attribute__((visibility("default"))) int renameat2(int fromDir, const char* from, int toDir, const char* to,
                                                     unsigned int flags)
{
    static auto real = next<int (*)(int, const char*, int, const char*, unsigned int)>("renameat2");
    if ((config().ops & OpRename) != 0) {
        char a[8192];
        char b[8192];
        resolvePath(fromDir, from, a, sizeof a);
        resolvePath(toDir, to, b, sizeof b);
        if (shouldFail(OpRename, "renameat2", b, a))
            return -1;
    }
    return real(fromDir, from, toDir, to, flags);
}

__attribute__((visibility("default"))) int link(const char* from, const char* to)
{
    static auto real = next<int (*)(const char*, const char*)>("link");
    if ((config().ops & OpLink) != 0) {
        char a[8192];
        char b[8192];
        resolvePath(AT_FDCWD, from, a, sizeof a);
        resolvePath(AT_FDCWD, to, b, sizeof b);
        if (shouldFail(OpLink, "link", b, a))
            return -1;
    }
    return real(from, to);
}

__attribute__((visibility("default"))) int linkat(int fromDir, const char* from, int toDir, const char* to,
                                                  int flags)
{
    static auto real = next<int (*)(int, const char*, int, const char*, int)>("linkat");
    if ((config().ops & OpLink) != 0) {
        char a[8192];
        char b[8192];
        resolvePath(fromDir, from, a, sizeof a);
        resolvePath(toDir, to, b, sizeof b);
        if (shouldFail(OpLink, "linkat", b, a))
            return -1;
    }
    return real(fromDir, from, toDir, to, flags);
}

__attribute__((visibility("default"))) int mkdir(const char* path, mode_t mode)
{
    static auto real = next<int (*)(const char*, mode_t)>("mkdir");
    if ((config().ops & OpMkdir) != 0) {
        char full[8192];
        resolvePath(AT_FDCWD, path, full, sizeof full);
        if (shouldFail(OpMkdir, "mkdir", full))
            return -1;
    }
    return real(path, mode);
}

__attribute__((visibility("default"))) int mkdirat(int dirfd, const char* path, mode_t mode)
{
    static auto real = next<int (*)(int, const char*, mode_t)>("mkdirat");
    if ((config().ops & OpMkdir) != 0) {
        char full[8192];
        resolvePath(dirfd, path, full, sizeof full);
        if (shouldFail(OpMkdir, "mkdirat", full))
            return -1;
    }
    return real(dirfd, path, mode);
}

#define DS_OPEN_WRAPPER(NAME)                                                                                \
    __attribute__((visibility("default"))) int NAME(const char* path, int flags, ...)                        \
    {                                                                                                        \
        static auto real = next<int (*)(const char*, int, ...)>(#NAME);                                      \
        mode_t mode = 0;                                                                                     \
        if (needsMode(flags)) {                                                                              \
            va_list args;                                                                                    \
            va_start(args, flags);                                                                           \
            mode = mode_t(va_arg(args, int));                                                                \
            va_end(args);                                                                                    \
        }                                                                                                    \
        if (shouldFailOpen(#NAME, AT_FDCWD, path, flags))                                                    \
            return -1;                                                                                       \
        return real(path, flags, mode);                                                                      \
    }

#define DS_OPENAT_WRAPPER(NAME)                                                                              \
    __attribute__((visibility("default"))) int NAME(int dirfd, const char* path, int flags, ...)             \
    {                                                                                                        \
        static auto real = next<int (*)(int, const char*, int, ...)>(#NAME);                                 \
        mode_t mode = 0;                                                                                     \
        if (needsMode(flags)) {                                                                              \
            va_list args;                                                                                    \
            va_start(args, flags);                                                                           \
            mode = mode_t(va_arg(args, int));                                                                \
            va_end(args);                                                                                    \
        }                                                                                                    \
        if (shouldFailOpen(#NAME, dirfd, path, flags))                                                       \
            return -1;                                                                                       \
        return real(dirfd, path, flags, mode);                                                               \
    }

DS_OPEN_WRAPPER(open)
DS_OPEN_WRAPPER(open64)
DS_OPENAT_WRAPPER(openat)
DS_OPENAT_WRAPPER(openat64)

// The _FORTIFY_SOURCE entry points of open() without a mode.
__attribute__((visibility("default"))) int __open_2(const char* path, int flags)
{
    static auto real = next<int (*)(const char*, int)>("__open_2");
    if (shouldFailOpen("__open_2", AT_FDCWD, path, flags))
        return -1;
    return real(path, flags);
}

__attribute__((visibility("default"))) int __open64_2(const char* path, int flags)
{
    static auto real = next<int (*)(const char*, int)>("__open64_2");
    if (shouldFailOpen("__open64_2", AT_FDCWD, path, flags))
        return -1;
    return real(path, flags);
}

__attribute__((visibility("default"))) int __openat_2(int dirfd, const char* path, int flags)
{
    static auto real = next<int (*)(int, const char*, int)>("__openat_2");
    if (shouldFailOpen("__openat_2", dirfd, path, flags))
        return -1;
    return real(dirfd, path, flags);
}

__attribute__((visibility("default"))) int __openat64_2(int dirfd, const char* path, int flags)
{
    static auto real = next<int (*)(int, const char*, int)>("__openat64_2");
    if (shouldFailOpen("__openat64_2", dirfd, path, flags))
        return -1;
    return real(dirfd, path, flags);
}

__attribute__((visibility("default"))) int creat(const char* path, mode_t mode)
{
    static auto real = next<int (*)(const char*, mode_t)>("creat");
    if (shouldFailOpen("creat", AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC))
        return -1;
    return real(path, mode);
}

__attribute__((visibility("default"))) int creat64(const char* path, mode_t mode)
{
    static auto real = next<int (*)(const char*, mode_t)>("creat64");
    if (shouldFailOpen("creat64", AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC))
        return -1;
    return real(path, mode);
}

} // extern "C"
