#!/usr/bin/env bash
# Builds the Debian package with CPack into a temporary folder (as `cmake --build build --target
# package` does into the build folder), checks its control fields and lintian (no error and no
# warning), unpacks it into a temporary root with dpkg -x and runs the programs from there:
# --version (the CMake version), --help, a demo workspace and its lint; the installed man page
# renders, and bash-completion's on-demand loader finds the completion in the installed tree.
#   checkpackage.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd) version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$work/out/domainsecure_${version}_amd64.deb
[ -f "$deb" ] || fail "no $(basename "$deb") in: $(ls "$work/out")"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = domainsecure ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version)"
[ "$(field Architecture)" = amd64 ] || fail "Architecture: $(field Architecture)"
[ "$(field Section)" = admin ] || fail "Section: $(field Section)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Suggests)" = postfix ] || fail "Suggests: $(field Suggests)"
[ "$(field Recommends)" = qt6-translations-l10n ] || fail "Recommends: $(field Recommends)"
# The Qt platform plugin the GUI loads at run time, which dpkg-shlibdeps cannot see.
field Depends | tr ',' '\n' | grep -q "^ *qt6-qpa-plugins\b" || fail "Depends lacks qt6-qpa-plugins: $(field Depends)"
# Depends as dpkg-shlibdeps computes them: the libraries both programs link.
for library in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libssl3; do
    depends=$(field Depends | tr ',' '\n')
    grep -q "^ *$library (>= " <<<"$depends" || fail "Depends lacks $library: $(field Depends)"
done

# lintian: nothing of severity error or warning (its complaint about running as root aside).
lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 || { cat "$work/lintian.log" >&2; fail "lintian"; }
if grep -E '^[EW]: ' "$work/lintian.log"; then fail "lintian reports the above"; fi
echo "lintian: no errors or warnings"

root=$work/root
dpkg -x "$deb" "$root"
for file in usr/bin/domainsecure usr/bin/domainsecure-cli \
            usr/share/applications/io.github.domainsecure.DomainSecure.desktop \
            usr/share/metainfo/io.github.domainsecure.DomainSecure.metainfo.xml \
            usr/share/mime/packages/io.github.domainsecure.DomainSecure.xml \
            usr/share/icons/hicolor/scalable/apps/io.github.domainsecure.DomainSecure.svg \
            usr/share/icons/hicolor/48x48/apps/io.github.domainsecure.DomainSecure.png \
            usr/share/man/man1/domainsecure.1.gz usr/share/man/man1/domainsecure-cli.1.gz \
            usr/share/bash-completion/completions/domainsecure-cli \
            usr/share/doc/domainsecure/copyright usr/share/doc/domainsecure/changelog.gz \
            usr/share/doc/domainsecure/README.md; do
    [ -e "$root/$file" ] || fail "the package has no /$file"
done

export HOME=$work/home XDG_RUNTIME_DIR=$work/home LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= \
       DOMAINSECURE_NO_SETTINGS=1 QT_QPA_PLATFORM=offscreen
mkdir -m 700 -p "$HOME"
cli=$root/usr/bin/domainsecure-cli
[ "$("$cli" --version)" = "domainsecure-cli $version" ] || fail "domainsecure-cli --version: $("$cli" --version)"
# The console prints its version without a display too (a terminal over SSH).
gui_version=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/domainsecure" --version 2>&1)
[ "$gui_version" = "DomainSecure $version" ] || fail "domainsecure --version without a display: $gui_version"
# (Output is captured before grep reads it: grep -q would end the pipe early under pipefail.)
help=$("$cli" --help) && grep -q '^Usage: domainsecure-cli COMMAND' <<<"$help" || fail "domainsecure-cli --help"
"$cli" workspace demo "$work/demo.dsw" || fail "workspace demo"
servers=$("$cli" -w "$work/demo.dsw" server list) && grep -q '^EDGE01' <<<"$servers" || fail "server list of the demo"
"$cli" -w "$work/demo.dsw" lint --target postfix >"$work/lint.txt" || { cat "$work/lint.txt"; fail "lint of the demo"; }
"$cli" -w "$work/demo.dsw" export postfix --server EDGE01 --out "$work/bundle" >/dev/null || fail "export postfix"
[ -s "$work/bundle/apply.sh" ] || fail "the exported bundle has no apply.sh"
echo "programs from the package: ok"

warnings=$(MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
           "$root/usr/share/man/man1/domainsecure-cli.1.gz" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "man: $warnings"

# bash-completion loads completions on demand from <XDG_DATA_DIRS>/bash-completion/completions.
completion=$(XDG_DATA_DIRS=$root/usr/share bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    __load_completion domainsecure-cli || exit 3
    COMP_WORDS=(domainsecure-cli ce); COMP_CWORD=1; COMP_LINE="domainsecure-cli ce"; COMP_POINT=${#COMP_LINE}
    spec=$(complete -p domainsecure-cli); function=${spec#*-F }; function=${function%% *}
    "$function" domainsecure-cli ce domainsecure-cli
    echo "${COMPREPLY[*]}"') || fail "bash-completion did not load the installed completion"
[ "$completion" = cert ] || fail "installed completion: domainsecure-cli ce<TAB> gave \"$completion\""
echo "installed completion: domainsecure-cli ce<TAB> -> $completion"
