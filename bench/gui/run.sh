#!/bin/sh
# GUI benchmarks under Xvfb (xcb platform, as a user would run it):
#  1. start-up to the first painted main window: from the moment the process is started, from
#     main(), and the whole process to its exit; with no workspace and with 10,000 certificates;
#     for scale, alternating with the empty start-up: an empty Qt Widgets window (guihello) and the
#     console's window shape in plain Qt without our code (guiskeleton);
#  2. the longest GUI-thread stall (5 ms heartbeat timer) during RSA-4096 key generation, during
#     probes of a loopback Postfix through the Test Connection dialog, and during the import of a
#     10,000-certificate PEM bundle through the Import Certificate wizard.
# Usage: bench/gui/run.sh [BUILD_DIR] [STARTUP_RUNS] [CERTIFICATES]
set -eu
build=${1:-build}
runs=${2:-10}
certificates=${3:-10000}
cmake --build "$build" --target genguiworkspace guihello guiskeleton guistartup guiresponsiveness gencertbundle >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$build/bench/gui/genguiworkspace" "$dir/big.dsw" "$certificates"
"$build/bench/crypto/gencertbundle" "$dir/bundle" "$certificates" 0 >/dev/null
echo "workspace: demo + $certificates certificates, $(wc -c <"$dir/big.dsw") bytes"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

cat >"$dir/inner.sh" <<'INNER'
set -eu
build=$1; runs=$2; dir=$3
# once TAG PROGRAM [WORKSPACE]: one start-up, appended to $dir/times.TAG as "start main whole":
# process start -> first paint (the launcher's clock handed over in DS_STARTUP_T0_NS), main() ->
# first paint, and the whole process up to its exit.
once() {
    tag=$1
    shift
    start=$(date +%s%N)
    DS_STARTUP_T0_NS=$start "$@" >"$dir/out"
    end=$(date +%s%N)
    fromstart=$(sed -n 's/.*paint.*: \([0-9.]*\) ms after the process was started/\1/p' "$dir/out")
    frommain=$(sed -n 's/.*paint.*: \([0-9.]*\) ms after main().*/\1/p' "$dir/out")
    echo "$fromstart $frommain $(((end - start) / 1000000))" >>"$dir/times.$tag"
}
report() {
    tag=$1 label=$2
    med() { cut -d' ' -f"$1" "$dir/times.$tag" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
    best=$(cut -d' ' -f1 "$dir/times.$tag" | sort -n | head -1)
    echo "start-up, $label, $runs runs: process start to first paint median $(med 1) ms (best $best); main() to first paint median $(med 2) ms; whole process incl. teardown median $(med 3) ms"
}
# The three empty start-ups alternate, so that each sees the same machine, and the order rotates
# every round: a start right after another one is measurably faster or slower on this VM.
i=0
while [ "$i" -lt "$runs" ]; do
    case $((i % 3)) in
    0) order="hello skeleton empty" ;;
    1) order="skeleton empty hello" ;;
    *) order="empty hello skeleton" ;;
    esac
    for tag in $order; do
        case $tag in
        hello) once hello "$build/bench/gui/guihello" ;;
        skeleton) once skeleton "$build/bench/gui/guiskeleton" ;;
        empty) once empty "$build/bench/gui/guistartup" ;;
        esac
    done
    i=$((i + 1))
done
i=0
while [ "$i" -lt "$runs" ]; do
    once big "$build/bench/gui/guistartup" "$dir/big.dsw"
    i=$((i + 1))
done
report hello "empty Qt Widgets window (guihello, the floor)"
report skeleton "the console's window shape in plain Qt (guiskeleton)"
report empty "no workspace"
report big "10,000 certificates"
"$build/bench/gui/guiresponsiveness" keygen 3
"$build/bench/gui/guiresponsiveness" probe 20
"$build/bench/gui/guiresponsiveness" import 1 "$dir/bundle/bundle.pem"
INNER
HOME="$dir" XDG_CONFIG_HOME="$dir/.config" XDG_RUNTIME_DIR="$dir" DOMAINSECURE_NO_SETTINGS=1 \
    xvfb-run -a -s "-screen 0 1280x900x24" sh "$dir/inner.sh" "$build" "$runs" "$dir"
