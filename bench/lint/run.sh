#!/bin/sh
# Times the whole `domainsecure-cli lint` process over the benchmark workspace (1,000 receive
# connectors, 1,000 send connectors, 10,000 list entries): wall clock and CPU (user+sys), since
# wall time on a shared machine also measures the other processes.
# Usage: bench/lint/run.sh [BUILD_DIR] [RUNS] [RECEIVE SEND LIST_ENTRIES]
set -eu
build=${1:-build}
runs=${2:-10}
receive=${3:-1000}
send=${4:-1000}
entries=${5:-10000}
cmake --build "$build" --target genlintworkspace domainsecure-cli >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$build/bench/lint/genlintworkspace" "$dir/big.dsw" "$receive" "$send" "$entries"
echo "workspace: $receive receive, $send send connectors, $entries list entries, $(wc -c <"$dir/big.dsw") bytes"
"$build/app/domainsecure-cli" lint -w "$dir/big.dsw" | tail -1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
while [ "$i" -lt "$runs" ]; do
    /usr/bin/time -f "%e %U %S" -a -o "$dir/times" "$build/app/domainsecure-cli" lint -w "$dir/big.dsw" >/dev/null || true
    i=$((i + 1))
done
awk '{ wall = $1; cpu = $2 + $3; n++; sw += wall; sc += cpu;
       if (n == 1 || wall < bw) bw = wall; if (n == 1 || cpu < bc) bc = cpu }
     END { printf "lint whole process over %d runs: wall best %.0f ms, mean %.0f ms; CPU best %.0f ms, mean %.0f ms\n",
           n, bw * 1000, sw / n * 1000, bc * 1000, sc / n * 1000 }' "$dir/times"
