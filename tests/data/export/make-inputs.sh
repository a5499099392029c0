#!/bin/sh
# Regenerates the input workspaces of the export golden tests (certificates from a throw-away
# test CA made with the openssl CLI). After running it, regenerate the expected outputs with
#   DS_REGENERATE_GOLDEN=1 ctest --test-dir build -R tst_exchangeshellexporter\|tst_postfixexporter
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/ca.key" -out "$tmp/ca.crt" -days 3650 \
  -subj "/CN=DomainSecure Golden Test CA" -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
for org in a b; do
  openssl req -newkey rsa:2048 -nodes -keyout "$tmp/$org.key" -out "$tmp/$org.csr" -subj "/CN=mx.$org.example" 2>/dev/null
  printf 'subjectAltName=DNS:mx.%s.example,DNS:%s.example\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n' "$org" "$org" > "$tmp/$org.ext"
  openssl x509 -req -in "$tmp/$org.csr" -CA "$tmp/ca.crt" -CAkey "$tmp/ca.key" -CAcreateserial -days 3650 \
    -extfile "$tmp/$org.ext" -out "$tmp/$org.crt" 2>/dev/null
  openssl x509 -in "$tmp/$org.crt" -outform DER -out "$tmp/$org.der"
  openssl pkcs8 -topk8 -nocrypt -in "$tmp/$org.key" -outform DER -out "$tmp/$org.p8"
done
openssl x509 -in "$tmp/ca.crt" -outform DER -out "$tmp/ca.der"
python3 make-inputs.py "$tmp"
