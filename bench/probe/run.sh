#!/bin/sh
# Probe speed: SmtpProbe in-process and `domainsecure-cli probe` against posttls-finger on the same
# loopback Postfix (client certificate required), same trust anchor and client certificate.
# Median of alternating runs. Needs root and Debian's postfix package.
# Usage: bench/probe/run.sh [BUILD_DIR] [RUNS]
set -eu
build=${1:-build}
runs=${2:-31}
cmake --build "$build" --target probebench domainsecure-cli >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/probe/probebench" "$runs"
