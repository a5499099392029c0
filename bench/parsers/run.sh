#!/bin/sh
# PEM without line breaks: whole-process `domainsecure-cli cert import` of
#  - the reported worst case: 300,000 blocks "-----BEGIN X-----QUJD-----END X-----" and one certificate,
#    no line break anywhere (10.8 MB; 23 s before the fix), once with one label and once with a
#    different label per block;
#  - bench/crypto's bundle of 10,000 certificates with every line break removed;
# next to the floor: openssl reading the same blocks with line breaks (it reads no PEM without them):
# `openssl crl2pkcs7 -nocrl -certfile`, which skips blocks it does not know as we do.
#
# Usage: bench/parsers/run.sh [BUILD_DIR] [RUNS]
#   RUNS (default 5): runs per measurement; medians of wall clock, CPU (user+sys) and peak RSS.
set -eu
build=${1:-build}
runs=${2:-5}
cmake --build "$build" --target gencertbundle domainsecure-cli >/dev/null
cli="$build/app/domainsecure-cli"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$build/bench/crypto/gencertbundle" "$dir" 10000 0 >/dev/null
awk '/BEGIN CERTIFICATE/ { n++ } n == 1 { print }' "$dir/bundle.pem" >"$dir/one.pem"
flat_one=$(tr -d '\r\n' <"$dir/one.pem")
awk 'BEGIN { for (i = 0; i < 300000; i++) printf "-----BEGIN X-----QUJD-----END X-----" }' >"$dir/same.pem"
awk 'BEGIN { for (i = 0; i < 300000; i++) printf "-----BEGIN X-----\nQUJD\n-----END X-----\n" }' \
    >"$dir/same-lines.pem"
awk 'BEGIN { for (i = 0; i < 300000; i++) printf "-----BEGIN X%d-----QUJD-----END X%d-----", i, i }' \
    >"$dir/distinct.pem"
awk 'BEGIN { for (i = 0; i < 300000; i++) printf "-----BEGIN X%d-----\nQUJD\n-----END X%d-----\n", i, i }' \
    >"$dir/distinct-lines.pem"
for f in same distinct; do
    printf '%s' "$flat_one" >>"$dir/$f.pem"
    cat "$dir/one.pem" >>"$dir/$f-lines.pem"
done
tr -d '\r\n' <"$dir/bundle.pem" >"$dir/bundle-flat.pem"
sync
echo "machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), $(openssl version)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in same distinct bundle-flat; do
    echo "$f.pem: $(wc -c <"$dir/$f.pem") bytes"
done

newws() {
    rm -f "$1"
    "$cli" workspace init -w "$1" --organization Bench --server EDGE01 --fqdn mail.bench.example >/dev/null
}
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%s", v[int((NR + 1) / 2)] }'; }

# time_runs LABEL SETUP COMMAND...: medians over RUNS runs.
time_runs() {
    label=$1 setup=$2
    shift 2
    : >"$dir/t"
    i=0
    while [ "$i" -lt "$runs" ]; do
        eval "$setup"
        /usr/bin/time -f "%e %U %S %M" -a -o "$dir/t" "$@" >/dev/null 2>&1 || true
        i=$((i + 1))
    done
    grep -v '^Command' "$dir/t" >"$dir/t.clean" || true
    wall=$(cut -d' ' -f1 "$dir/t.clean" | median)
    cpu=$(awk '{ print $2 + $3 }' "$dir/t.clean" | median)
    rss=$(cut -d' ' -f4 "$dir/t.clean" | median)
    printf '%-72s wall %6.2f s  CPU %6.2f s  peak RSS %6.1f MiB\n' "$label" "$wall" "$cpu" \
        "$(echo "$rss / 1024" | bc -l)"
}

time_runs "cert import, 300k blocks, one label, no line break" 'newws "$dir/ws.dsw"' \
    "$cli" cert import "$dir/same.pem" -w "$dir/ws.dsw"
time_runs "  floor: openssl crl2pkcs7, same blocks with line breaks" ':' \
    openssl crl2pkcs7 -nocrl -certfile "$dir/same-lines.pem" -out /dev/null
time_runs "cert import, 300k blocks, 300k labels, no line break" 'newws "$dir/ws.dsw"' \
    "$cli" cert import "$dir/distinct.pem" -w "$dir/ws.dsw"
time_runs "  floor: openssl crl2pkcs7, same blocks with line breaks" ':' \
    openssl crl2pkcs7 -nocrl -certfile "$dir/distinct-lines.pem" -out /dev/null
time_runs "cert import, 10,000 certificates, no line break" 'newws "$dir/ws.dsw"' \
    "$cli" cert import "$dir/bundle-flat.pem" -w "$dir/ws.dsw"
time_runs "cert import, 10,000 certificates, with line breaks" 'newws "$dir/ws.dsw"' \
    "$cli" cert import "$dir/bundle.pem" -w "$dir/ws.dsw"
time_runs "  floor: openssl crl2pkcs7, 10,000 certificates with line breaks" ':' \
    openssl crl2pkcs7 -nocrl -certfile "$dir/bundle.pem" -out /dev/null
time_runs "  floor: openssl storeutl -certs, 10,000 certificates with line breaks" ':' \
    openssl storeutl -noout -certs "$dir/bundle.pem"
