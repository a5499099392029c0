#!/bin/sh
# Whole-process certificate benchmarks of domainsecure-cli next to the openssl CLI, then the
# in-process timings of cryptobench. Data comes from gencertbundle (not committed).
#
# Usage: bench/crypto/run.sh [BUILD_DIR] [RUNS]
#   RUNS (default 21): alternating runs per key type for "CSR with a new key" vs "openssl genpkey";
#   the import measurements run 5 times each. Reports medians of wall clock, CPU (user+sys: on a
#   shared machine wall time also measures the other processes) and peak RSS, from /usr/bin/time.
set -eu
build=${1:-build}
runs=${2:-21}
cmake --build "$build" --target gencertbundle cryptobench keygenfloor domainsecure-cli >/dev/null
cli="$build/app/domainsecure-cli"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$build/bench/crypto/gencertbundle" "$dir" 10000 100 >/dev/null
# The first 1,000 certificates of the same bundle, for the linearity check.
awk '/BEGIN CERTIFICATE/ { n++ } n <= 1000 { print }' "$dir/bundle.pem" >"$dir/bundle1k.pem"
head -c $((20 * 1024 * 1024)) /dev/urandom >"$dir/random.bin"
# The generated data goes to disk before any timing: the imports save their workspace with
# fdatasync, which must not wait behind the write-back of the freshly generated files.
sync
echo "machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), $(openssl version)"
echo "bundle: 10000 certificates, $(wc -c <"$dir/bundle.pem") bytes; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

newws() {
    rm -f "$1"
    "$cli" workspace init -w "$1" --organization Bench --server EDGE01 --fqdn mail.bench.example >/dev/null
}
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%s", v[int((NR + 1) / 2)] }'; }

# time_runs N LABEL SETUP COMMAND...: median wall seconds and median peak RSS (KiB) over N runs.
time_runs() {
    n=$1 label=$2 setup=$3
    shift 3
    : >"$dir/t"
    i=0
    while [ "$i" -lt "$n" ]; do
        eval "$setup"
        /usr/bin/time -f "%e %U %S %M" -a -o "$dir/t" "$@" >/dev/null 2>&1 || true
        i=$((i + 1))
    done
    # /usr/bin/time adds "Command exited with non-zero status N" for a refused input: drop it.
    grep -v '^Command' "$dir/t" >"$dir/t.clean" || true
    mv "$dir/t.clean" "$dir/t"
    wall=$(cut -d' ' -f1 "$dir/t" | median)
    cpu=$(awk '{ print $2 + $3 }' "$dir/t" | median)
    rss=$(cut -d' ' -f4 "$dir/t" | median)
    printf '%-52s wall %6.2f s  CPU %6.2f s  peak RSS %6.1f MiB  (median of %d)\n' "$label" "$wall" "$cpu" \
        "$(echo "$rss / 1024" | bc -l)" "$n"
}

time_runs 5 "cert import, 10,000-certificate PEM (incl. save)" 'newws "$dir/ws.dsw"' \
    "$cli" cert import "$dir/bundle.pem" -w "$dir/ws.dsw"
time_runs 5 "cert import, 1,000-certificate PEM (incl. save)" 'newws "$dir/ws.dsw"' \
    "$cli" cert import "$dir/bundle1k.pem" -w "$dir/ws.dsw"
time_runs 5 "openssl storeutl -noout -certs (10,000)" ':' openssl storeutl -noout -certs "$dir/bundle.pem"
time_runs 5 "cert import, 20 MiB random file (rejected)" 'newws "$dir/ws.dsw"' \
    "$cli" cert import "$dir/random.bin" -w "$dir/ws.dsw"
time_runs 5 "cert import, 100 PKCS#12 files, one command" 'newws "$dir/ws.dsw"' \
    "$cli" cert import "$dir"/p12/*.p12 --password-file "$dir/p12/password.txt" -w "$dir/ws.dsw"
time_runs 5 "cert list, workspace of 10,000 certificates" 'newws "$dir/big.dsw"; "$cli" cert import "$dir/bundle.pem" -w "$dir/big.dsw" >/dev/null' \
    "$cli" cert list -w "$dir/big.dsw"

# CSR with a new key (whole CLI process, includes the workspace save) vs openssl genpkey,
# alternating so that both see the same machine load.
for spec in rsa:2048 rsa:3072 rsa:4096 ec:p256 ec:p384; do
    case $spec in
    rsa:*) ossl="-algorithm RSA -pkeyopt rsa_keygen_bits:${spec#rsa:}" ;;
    ec:p256) ossl="-algorithm EC -pkeyopt ec_paramgen_curve:P-256" ;;
    ec:p384) ossl="-algorithm EC -pkeyopt ec_paramgen_curve:P-384" ;;
    esac
    n=$runs
    [ "$spec" = rsa:4096 ] && n=$(((runs + 2) / 3))
    # Every run starts from the same one-server workspace (copied outside the timing), so that the
    # pending requests of earlier runs do not make later loads and saves longer.
    newws "$dir/csr0.dsw"
    : >"$dir/ours"
    : >"$dir/theirs"
    : >"$dir/ourswall"
    : >"$dir/theirswall"
    : >"$dir/floorwall"
    i=0
    while [ "$i" -lt "$n" ]; do
        cp -p "$dir/csr0.dsw" "$dir/csr.dsw"
        # Wall clock in nanoseconds around each process (GNU time's %e has 10 ms steps, more than
        # an EC key takes); CPU from GNU time.
        t0=$(date +%s%N)
        /usr/bin/time -f "%U %S" -a -o "$dir/ours" "$cli" cert request -w "$dir/csr.dsw" --subject CN=mail.bench.example \
            --key "$spec" --out "$dir/req.pem" >/dev/null
        t1=$(date +%s%N)
        # shellcheck disable=SC2086
        /usr/bin/time -f "%U %S" -a -o "$dir/theirs" openssl genpkey $ossl -out "$dir/key.pem"
        t2=$(date +%s%N)
        # The floor: genpkey's work (a key, written as PEM) in a Qt Core process like ours.
        "$build/bench/crypto/keygenfloor" "$spec" "$dir/floor.pem"
        t3=$(date +%s%N)
        echo $(((t1 - t0) / 1000)) >>"$dir/ourswall"
        echo $(((t2 - t1) / 1000)) >>"$dir/theirswall"
        echo $(((t3 - t2) / 1000)) >>"$dir/floorwall"
        i=$((i + 1))
    done
    ours=$(median <"$dir/ourswall")
    theirs=$(median <"$dir/theirswall")
    floor=$(median <"$dir/floorwall")
    ourscpu=$(awk '{ print $1 + $2 }' "$dir/ours" | median)
    theirscpu=$(awk '{ print $1 + $2 }' "$dir/theirs" | median)
    printf 'CSR with a new %-8s key: cert request wall %7.1f ms CPU %5.2f s; openssl genpkey wall %7.1f ms CPU %5.2f s; wall ratio %.2f (median of %d)\n' \
        "$spec" "$(echo "$ours / 1000" | bc -l)" "$ourscpu" "$(echo "$theirs / 1000" | bc -l)" "$theirscpu" \
        "$(echo "$ours / $theirs" | bc -l)" "$n"
    printf '    floor, genpkey'"'"'s work in a Qt Core process (keygenfloor): wall %7.1f ms, %.2f x genpkey\n' \
        "$(echo "$floor / 1000" | bc -l)" "$(echo "$floor / $theirs" | bc -l)"
done

"$build/bench/crypto/cryptobench" "$dir" 15
