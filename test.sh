#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root; Postfix without a system instance), builds, and
# runs every test: unit, gui (offscreen widgets) and e2e (real Postfix on 127.0.0.0/8).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh test
cmake --preset default >/dev/null
cmake --build --preset default
ctest --test-dir build --output-on-failure -j2 "$@"
