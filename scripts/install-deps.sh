#!/usr/bin/env bash
# Installs the Debian 12 packages DomainSecure needs, only when something is missing.
#   scripts/install-deps.sh run    build + run the GUI (Japanese fonts and Qt translations included)
#   scripts/install-deps.sh test   build + every test (adds postfix, xvfb for screenshots, and the
#                                  packaging checks' tools: lintian, desktop-file-validate, appstreamcli,
#                                  update-mime-database, man, bash-completion)
# Debian's postfix is installed without configuring or starting a system instance: the tests
# start their own instances on 127.0.0.0/8.
set -euo pipefail
mode=${1:-run}

build=(cmake ninja-build g++ pkg-config libssl-dev openssl ca-certificates
       qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-svg-dev libgl-dev
       qt6-translations-l10n fonts-noto-cjk python3 dpkg-dev file)
extra=()
case "$mode" in
  run) extra=(xvfb xauth) ;;
  test) extra=(postfix xvfb xauth clang-format clang libclang-rt-14-dev faketime
               lintian desktop-file-utils appstream shared-mime-info man-db groff-base bash-completion) ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for pkg in "${build[@]}" "${extra[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Run as root, or install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if printf '%s\n' "${missing[@]}" | grep -qx postfix; then
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  # Keep the package from starting a system-wide Postfix while it installs.
  had_policy=0
  [ -e /usr/sbin/policy-rc.d ] && had_policy=1
  if [ $had_policy -eq 0 ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
fi
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
