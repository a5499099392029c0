#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), builds, and starts DomainSecure on the bundled
# demo workspace. Extra arguments go to the GUI (e.g. a workspace file, --language ja).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh run
cmake --preset default >/dev/null
cmake --build --preset default
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found. Start DomainSecure under a virtual X server:" >&2
  echo "    xvfb-run -a ./run.sh" >&2
  echo "or render without a screen: QT_QPA_PLATFORM=offscreen ./run.sh" >&2
  exit 1
fi
exec build/app/domainsecure "$@"
