#!/bin/sh
# Writes the seed corpus of fuzz_certificateimporter with the openssl CLI: one small file per
# import format (PKCS#12 password "fuzz", as in the harness). The files are committed; rerun to
# refresh them.
set -eu
out=$(cd "$(dirname "$0")" && pwd)/corpus/certificateimporter
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 3650 \
    -subj "/CN=Fuzz Root/O=Fuzz" -addext basicConstraints=critical,CA:TRUE \
    -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout leaf.key -out leaf.csr \
    -subj "/CN=mail.fuzz.example/O=Fuzz\\, Ltd./C=JP" -addext "subjectAltName=DNS:mail.fuzz.example,DNS:fuzz.example" \
    -addext extendedKeyUsage=serverAuth,clientAuth 2>/dev/null
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 3650 \
    -copy_extensions copyall 2>/dev/null
mkdir -p "$out"
cp leaf.pem "$out/leaf.pem"
cat leaf.pem ca.pem | sed 's/$/\r/' >"$out/chain-crlf.pem"
cat leaf.pem ca.pem | tr -d '\n' >"$out/chain-flat.pem"
cat leaf.key ca.pem leaf.pem >"$out/key-and-chain.pem"
openssl x509 -in leaf.pem -outform DER -out "$out/leaf.der"
openssl crl2pkcs7 -nocrl -certfile leaf.pem -certfile ca.pem -out "$out/chain.p7b"
openssl crl2pkcs7 -nocrl -certfile leaf.pem -certfile ca.pem -outform DER -out "$out/chain-der.p7b"
openssl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile ca.pem -name Fuzz -passout pass:fuzz \
    -iter 1 -nomaciter -out "$out/modern.p12"
openssl pkcs12 -export -legacy -inkey leaf.key -in leaf.pem -certfile ca.pem -name Fuzz -passout pass:fuzz \
    -iter 1 -nomaciter -out "$out/legacy.p12"
cp leaf.csr "$out/request.csr"
ls -l "$out"
