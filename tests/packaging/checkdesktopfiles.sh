#!/usr/bin/env bash
# The desktop entry, the AppStream metadata and the MIME type of the installed application:
# desktop-file-validate and appstreamcli validate report nothing but hints; the MIME XML loads into
# a shared-mime-info database and maps *.dsw to the type the desktop entry opens.
#   checkdesktopfiles.sh DESKTOP_FILE METAINFO_FILE MIME_XML
set -euo pipefail
desktop=$1 metainfo=$2 mime=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
if [ -n "$(grep -Ev ': hint: ' <<<"$out")" ]; then
    fail "desktop-file-validate reports: $out"
fi
echo "desktop-file-validate: ok${out:+ ($out)}"

appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"

# The id, the desktop entry's name, the icon name and the MIME type agree.
id=$(basename "$desktop" .desktop)
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "metainfo launchable"
grep -qx "Icon=$id" "$desktop" || fail "desktop Icon is not $id"
type=$(sed -n 's/^MimeType=\([^;]*\);$/\1/p' "$desktop")
[ -n "$type" ] || fail "no MimeType in $desktop"
grep -q "<mediatype>$type</mediatype>" "$metainfo" || fail "metainfo does not provide $type"
grep -q 'Exec=domainsecure %f' "$desktop" || fail "Exec does not pass the file (%f)"
grep -q '^Comment\[ja\]=' "$desktop" || fail "no Japanese comment"
grep -q 'xml:lang="ja"' "$metainfo" || fail "no Japanese in the metainfo"

db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
mkdir -p "$db/mime/packages"
cp "$mime" "$db/mime/packages/"
XDG_DATA_HOME=$db XDG_DATA_DIRS=$db update-mime-database "$db/mime" 2>&1 | { ! grep .; } || fail "update-mime-database complains"
grep -qx "50:$type:\*.dsw" "$db/mime/globs2" || fail "*.dsw is not $type in globs2: $(cat "$db/mime/globs2")"
echo "MIME: *.dsw -> $type"
