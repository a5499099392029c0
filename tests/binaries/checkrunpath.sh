#!/bin/sh
# Fails when a binary has an RPATH/RUNPATH entry that is empty or relative: the loader would search
# the current directory (or a path relative to it) for shared libraries before the system's.
set -eu
status=0
for binary in "$@"; do
    paths=$(readelf -d "$binary" | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]$/\2/p')
    [ -z "$paths" ] && continue
    # An entry is safe only when absolute or $ORIGIN-based; ":" splits entries, "::" is an empty one.
    if printf '%s\n' "$paths" | tr ':' '\n' | grep -qv -e '^/' -e '^\$ORIGIN'; then
        echo "$binary: unsafe RUNPATH [$paths]" >&2
        status=1
    fi
done
exit $status
