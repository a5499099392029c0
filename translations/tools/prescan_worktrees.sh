#!/bin/sh
# Lists strings of the helper worktrees (/work/wt-*) that neither the .ts nor the dictionaries translate.
TOOLS_DIR=$(cd "$(dirname "$0")" && pwd)
mkdir -p /tmp/pre && cd /tmp/pre || exit 1
for w in wt-crypto wt-export wt-probe wt-uicert wt-uiconn wt-uiexport; do
  find /work/$w/core /work/$w/ui /work/$w/app \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) > $w.lst
  rm -f $w.ts; /usr/lib/qt6/bin/lupdate -locations none @$w.lst -ts /tmp/pre/$w.ts >/dev/null 2>$w.err
done
cd "$TOOLS_DIR" && python3 - <<'PY'
import fill_ts, tsio, glob
table=fill_ts.load_dict(sorted(glob.glob('dict/[0-9]*.txt')))
mine={(m['context'],m['source']) for m in tsio.messages(open('../domainsecure_ja.ts',encoding='utf-8').read()) if not m['unfinished']}
miss={}
for f in sorted(glob.glob('/tmp/pre/*.ts')):
    for m in tsio.messages(open(f,encoding='utf-8').read()):
        k=(m['context'],m['source'])
        if k in mine or m['context']=='Pkcs12Reader': continue
        if k not in table and (None,k[1]) not in table: miss.setdefault(k,(m['numerus'],set()))[1].add(f.split('/')[-1][3:-3])
for (c,s),(n,w) in sorted(miss.items()): print(f"## {c}{' [N]' if n else ''} <{','.join(sorted(w))}>\n{s!r}")
print(len(miss))
PY
