#!/usr/bin/env bash
# The layering of the sources where the build alone does not enforce it (every header under
# /usr/include is found from every target, and OpenSSL's from ui through the core library):
#   core/crypto includes only crypto/ and util/: it knows nothing of the workspace model;
#   core/model includes only model/, crypto/ and util/: it may use crypto, not the layers above it;
#   core/ includes no Qt Widgets, Gui or Network header; ui/ includes no OpenSSL header;
#   core/crypto and core/probe free OpenSSL objects only through the owners in
#   core/crypto/opensslptr.h (no X509_free(x), OPENSSL_free(p) or sk_*_pop_free(...) calls).
#   checklayering.sh SOURCE_DIR
set -uo pipefail
src=${1:?usage: checklayering.sh SOURCE_DIR}
cd "$src" || exit 2
failed=0

# Prints the lines of the files under dir that match pattern and not allowed; each is a failure.
forbid() {
  local rule=$1 dir=$2 pattern=$3 allowed=${4:-}
  local hits
  hits=$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" "$dir")
  if [ -n "$allowed" ]; then
    hits=$(printf '%s\n' "$hits" | grep -vE "$allowed")
  fi
  if [ -n "$hits" ]; then
    echo "FAIL: $rule"
    printf '%s\n' "$hits" | sed 's/^/  /'
    failed=1
  else
    echo "ok:   $rule"
  fi
}

include='^[[:space:]]*#[[:space:]]*include[[:space:]]*'
forbid "core/crypto includes only crypto/ and util/" core/crypto "$include\"[^\"]*/" "\"(crypto|util)/"
forbid "core/model includes only model/, crypto/ and util/" core/model "$include\"[^\"]*/" \
  "\"(model|crypto|util)/"
forbid "core includes no Qt Widgets, Gui or Network header" core \
  "$include<(QtWidgets|QtGui|QtNetwork)/|$include<(QWidget|QApplication|QGuiApplication|QHostAddress|QTcpSocket|QSslSocket|QNetwork[A-Za-z]*)>"
forbid "ui includes no OpenSSL header" ui "$include<openssl/"
forbid "core/crypto frees OpenSSL objects only through opensslptr.h" core/crypto \
  "\b[A-Za-z0-9_]*_free[[:space:]]*\(" "^core/crypto/opensslptr\.h:"
forbid "core/probe frees OpenSSL objects only through opensslptr.h" core/probe \
  "\b[A-Za-z0-9_]*_free[[:space:]]*\("

exit $failed
