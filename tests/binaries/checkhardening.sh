#!/bin/sh
# Fails when a binary lacks the hardening the build gives it (cmake/DomainSecureTargets.cmake):
# full RELRO (a GNU_RELRO segment and BIND_NOW), _FORTIFY_SOURCE that took effect (some __*_chk
# function imported), the stack protector, and -fcf-protection (an endbr64 at the start of main;
# the IBT/SHSTK property note is not checked: Debian 12's C start files lack it, so no program
# linked there carries it).
set -u
status=0
missing() {
    echo "$1: $2" >&2
    status=1
}
for binary in "$@"; do
    if ! readelf -h "$binary" >/dev/null 2>&1; then
        missing "$binary" "not an ELF file"
        continue
    fi
    dynamic=$(readelf -dW "$binary")
    printf '%s\n' "$dynamic" | grep -Eq '\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*[[:space:]]NOW' ||
        missing "$binary" "no BIND_NOW (link with -z now)"
    readelf -lW "$binary" | grep -q 'GNU_RELRO' || missing "$binary" "no GNU_RELRO segment (link with -z relro)"
    imports=$(nm -D --undefined-only "$binary")
    printf '%s\n' "$imports" | grep -Eq '^[[:space:]]*U __[a-z0-9_]+_chk(@|$)' ||
        missing "$binary" "no __*_chk function imported (_FORTIFY_SOURCE had no effect)"
    printf '%s\n' "$imports" | grep -Eq '^[[:space:]]*U __stack_chk_fail(@|$)' ||
        missing "$binary" "no __stack_chk_fail imported (no stack protector)"
    objdump -d --no-show-raw-insn --disassemble=main "$binary" | grep -A1 '<main>:' | grep -q 'endbr64' ||
        missing "$binary" "main does not start with endbr64 (not built with -fcf-protection)"
done
exit $status
