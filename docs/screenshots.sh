#!/bin/sh
# Renders the console into docs/screenshots/<name>-<en|ja>.png under Xvfb: the main window, every
# page of every wizard and every dialog (each tab of the property dialogs), in English and
# Japanese, on the demo workspace (bench/gui/guiscreenshots.cpp; index in docs/gui.md).
# Usage: docs/screenshots.sh [BUILD_DIR]   (run from the repository root; needs xvfb-run)
set -eu
build=${1:-build}
out=$(dirname "$0")/screenshots
cmake --build "$build" --target guiscreenshots >/dev/null
mkdir -p "$out"
for language in en ja; do
    # A fresh settings/data folder per run, so the user's settings never show up in the pictures.
    home=$(mktemp -d)
    HOME="$home" XDG_CONFIG_HOME="$home/.config" DOMAINSECURE_NO_SETTINGS=1 LANG=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1280x900x24" "$build/bench/gui/guiscreenshots" "$out" "$language"
    rm -rf "$home"
done
