#!/bin/sh
# GUI benchmarks under Xvfb (xcb platform, as a user would run it):
#  1. start-up to the first painted main window, whole process (wall clock from exec to exit) and
#     in-process (main() to first paint), with no workspace and with 10,000 certificates;
#  2. the longest GUI-thread stall (5 ms heartbeat timer) during RSA-4096 key generation, during
#     probes of a loopback Postfix through the Test Connection dialog, and during the import of a
#     10,000-certificate PEM bundle through the Import Certificate wizard.
# Usage: bench/gui/run.sh [BUILD_DIR] [STARTUP_RUNS] [CERTIFICATES]
set -eu
build=${1:-build}
runs=${2:-10}
certificates=${3:-10000}
cmake --build "$build" --target genguiworkspace guistartup guiresponsiveness gencertbundle >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$build/bench/gui/genguiworkspace" "$dir/big.dsw" "$certificates"
"$build/bench/crypto/gencertbundle" "$dir/bundle" "$certificates" 0 >/dev/null
echo "workspace: demo + $certificates certificates, $(wc -c <"$dir/big.dsw") bytes"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

cat >"$dir/inner.sh" <<'INNER'
set -eu
build=$1; runs=$2; dir=$3
startup() { # label, workspace (may be empty)
    : >"$dir/times"
    i=0
    while [ "$i" -lt "$runs" ]; do
        start=$(date +%s%N)
        inproc=$("$build/bench/gui/guistartup" $2 | sed -n 's/.*: \([0-9.]*\) ms.*/\1/p')
        end=$(date +%s%N)
        echo "$(( (end - start) / 1000000 )) $inproc" >>"$dir/times"
        i=$((i + 1))
    done
    inproc=$(cut -d' ' -f2 "$dir/times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    cut -d' ' -f1 "$dir/times" | sort -n | awk -v label="$1" -v inproc="$inproc" '{ w[NR] = $1; sw += $1 }
        END { printf "start-up, %s, %d runs: whole process median %d ms (best %d, mean %.0f); main() to first paint median %s ms\n",
              label, NR, w[int((NR + 1) / 2)], w[1], sw / NR, inproc }'
}
startup "no workspace" ""
startup "10,000 certificates" "$dir/big.dsw"
"$build/bench/gui/guiresponsiveness" keygen 3
"$build/bench/gui/guiresponsiveness" probe 20
"$build/bench/gui/guiresponsiveness" import 1 "$dir/bundle/bundle.pem"
INNER
HOME="$dir" XDG_CONFIG_HOME="$dir/.config" DOMAINSECURE_NO_SETTINGS=1 \
    xvfb-run -a -s "-screen 0 1280x900x24" sh "$dir/inner.sh" "$build" "$runs" "$dir"
