#!/bin/sh
# Lists the strings of other checkouts of DomainSecure (e.g. git worktrees of branches not merged
# yet) that neither domainsecure_ja.ts nor the dictionaries in dict/ translate, so that their
# translations can be written before the merge.
#   translations/tools/prescan_worktrees.sh CHECKOUT...
# Each CHECKOUT is the root folder of a checkout (with core/, ui/ and app/). Needs lupdate (Debian:
# qt6-l10n-tools) and python3.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 CHECKOUT..." >&2; exit 2; }
TOOLS_DIR=$(cd "$(dirname "$0")" && pwd)
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for checkout in "$@"; do
  [ -d "$checkout/core" ] || { echo "$0: $checkout is not a DomainSecure checkout" >&2; exit 2; }
  name=$(basename "$(cd "$checkout" && pwd)")
  find "$checkout/core" "$checkout/ui" "$checkout/app" \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) > "$work/$name.lst"
  "$LUPDATE" -locations none "@$work/$name.lst" -ts "$work/$name.ts" >/dev/null 2>"$work/$name.err"
done
cd "$TOOLS_DIR" && PRESCAN_DIR=$work python3 - <<'PY'
import fill_ts, tsio, glob, os
table=fill_ts.load_dict(sorted(glob.glob('dict/[0-9]*.txt')))
mine={(m['context'],m['source']) for m in tsio.messages(open('../domainsecure_ja.ts',encoding='utf-8').read()) if not m['unfinished']}
miss={}
for f in sorted(glob.glob(os.path.join(os.environ['PRESCAN_DIR'], '*.ts'))):
    for m in tsio.messages(open(f,encoding='utf-8').read()):
        k=(m['context'],m['source'])
        if k in mine or m['context']=='Pkcs12Reader': continue
        if k not in table and (None,k[1]) not in table: miss.setdefault(k,(m['numerus'],set()))[1].add(os.path.basename(f)[:-3])
for (c,s),(n,w) in sorted(miss.items()): print(f"## {c}{' [N]' if n else ''} <{','.join(sorted(w))}>\n{s!r}")
print(len(miss))
PY
