#!/bin/sh
# Times the export commands as whole processes (wall clock and CPU = user+sys; on a shared
# machine the wall time also measures the other processes):
#   export exchange and export postfix for the demo workspace and for the demo plus N partners
#   (shared binding and one binding per partner), then export postfix --apply onto a copy of
#   Debian's stock configuration: the first apply and a second one that changes nothing.
# Usage: bench/export/run.sh [BUILD_DIR] [RUNS] [PARTNERS]
set -eu
build=${1:-build}
runs=${2:-5}
partners=${3:-500}
cmake --build "$build" --target genexportworkspace domainsecure-cli >/dev/null
cli="$build/app/domainsecure-cli"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$cli" workspace demo "$dir/demo.dsw" >/dev/null
"$build/bench/export/genexportworkspace" "$dir/shared.dsw" "$partners" shared
"$build/bench/export/genexportworkspace" "$dir/own.dsw" "$partners" own
echo "machine: $(nproc) cores, $(. /etc/os-release; echo "$PRETTY_NAME"), $(postconf -d mail_version 2>/dev/null)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# time_cmd LABEL COMMAND...: runs COMMAND $runs times, prints best/mean wall and CPU.
time_cmd() {
    label=$1; shift
    rm -f "$dir/times"
    i=0
    while [ "$i" -lt "$runs" ]; do
        /usr/bin/time -f "%e %U %S" -a -o "$dir/times" "$@" >/dev/null
        i=$((i + 1))
    done
    awk -v label="$label" '{ wall = $1; cpu = $2 + $3; n++; sw += wall; sc += cpu;
           if (n == 1 || wall < bw) bw = wall; if (n == 1 || cpu < bc) bc = cpu }
         END { printf "%-44s wall best %6.0f ms, mean %6.0f ms; CPU best %5.0f ms, mean %5.0f ms (%d runs)\n",
               label, bw * 1000, sw / n * 1000, bc * 1000, sc / n * 1000, n }' "$dir/times"
}

for ws in demo shared own; do
    server=EDGE01
    time_cmd "export exchange ($ws)" "$cli" export exchange -w "$dir/$ws.dsw" --server "$server" --out "$dir/$ws.ps1"
    time_cmd "export postfix ($ws)" "$cli" export postfix -w "$dir/$ws.dsw" --server "$server" --out "$dir/$ws-bundle"
    echo "  sizes: script $(wc -c <"$dir/$ws.ps1") B, bundle $(du -sk "$dir/$ws-bundle" | cut -f1) KB," \
         "$(grep -c -- ' -M ' "$dir/$ws-bundle/master.cf.postconf") listeners," \
         "$(grep -vc '^#' "$dir/$ws-bundle/domainsecure/tls_policy") policy entries"
done

# apply: a fresh stock configuration for each first apply, then no-op re-applies on the last one.
for ws in demo shared own; do
    rm -f "$dir/times"
    i=0
    while [ "$i" -lt "$runs" ]; do
        rm -rf "$dir/etc"; mkdir "$dir/etc"
        cp /usr/share/postfix/main.cf.debian "$dir/etc/main.cf"
        cp /usr/share/postfix/master.cf.dist "$dir/etc/master.cf"
        /usr/bin/time -f "%e %U %S" -a -o "$dir/times" \
            "$cli" export postfix -w "$dir/$ws.dsw" --out "$dir/$ws-bundle" --apply "$dir/etc" >/dev/null
        i=$((i + 1))
    done
    awk -v label="export postfix --apply, first ($ws)" '{ wall = $1; cpu = $2 + $3; n++; sw += wall; sc += cpu;
           if (n == 1 || wall < bw) bw = wall; if (n == 1 || cpu < bc) bc = cpu }
         END { printf "%-44s wall best %6.0f ms, mean %6.0f ms; CPU best %5.0f ms, mean %5.0f ms (%d runs)\n",
               label, bw * 1000, sw / n * 1000, bc * 1000, sc / n * 1000, n }' "$dir/times"
    time_cmd "export postfix --apply, again ($ws)" "$cli" export postfix -w "$dir/$ws.dsw" --out "$dir/$ws-bundle" --apply "$dir/etc"
    "$cli" export postfix -w "$dir/$ws.dsw" --out "$dir/$ws-bundle" --apply "$dir/etc" | grep -q "nothing changed"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
