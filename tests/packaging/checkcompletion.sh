#!/usr/bin/env bash
# The bash completion of domainsecure-cli, loaded into bash: "domainsecure-cli ce<TAB>" completes to
# "cert", every command and subcommand of --help completes, options complete per command, and
# -w/--workspace offers *.dsw files (and folders) only.
#   checkcompletion.sh DOMAINSECURE_CLI COMPLETION_SCRIPT
set -euo pipefail
cli=$1 script=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
export LC_ALL=C.UTF-8 DOMAINSECURE_NO_SETTINGS=1 HOME=${TMPDIR:-/tmp}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
touch contoso.dsw notes.txt
mkdir folder

# complete WORD... : what Tab offers after the words (the last one is the word being typed).
complete_words() {
    bash --norc --noprofile -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        spec=$(complete -p domainsecure-cli) || exit 3
        function=${spec#*-F }; function=${function%% *}
        "$function" domainsecure-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}" | sort' bash "$script" domainsecure-cli "$@"
}
expect() { # expect "EXPECTED (sorted, space-separated)" WORD...
    local expected=$1; shift
    local got; got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
    [ "$got" = "$expected" ] || fail "domainsecure-cli $* <TAB>: expected \"$expected\", got \"$got\""
}

expect "cert" ce
expect "contoso.dsw folder" -w ""
expect "contoso.dsw folder" cert list --workspace ""
expect "--replace-default --require-match" cert import --re
expect "--json" lint --js

commands=$("$cli" --help | sed -n '/^Commands:/,/^$/{s/^  \([a-z-]*\) .*/\1/p}')
[ -n "$commands" ] || fail "no commands in domainsecure-cli --help"
for command in $commands; do
    offered=$(complete_words "${command:0:${#command}-1}")
    grep -qx -- "$command" <<<"$offered" || fail "$command does not complete"
    help=$("$cli" "$command" --help)
    if grep -q '^Subcommands:' <<<"$help"; then
        sed -n '/^Subcommands:/,/^$/{s/^  \([a-z-]*\( [a-z-]\+\)\?\)  .*/\1/p}' <<<"$help" |
        while IFS= read -r sub; do
            read -r -a words <<<"$sub"
            prefix=("$command" "${words[@]:0:${#words[@]}-1}")
            offered=$(complete_words "${prefix[@]}" "")
            grep -qx -- "${words[-1]}" <<<"$offered" ||
                fail "\"$command $sub\" does not complete"
            options=$("$cli" "$command" "${words[@]}" --help | sed -n 's/^  \(-[a-z]*, \)\?\(--[a-z0-9-]*\).*/\2/p')
            offered=$(complete_words "$command" "${words[@]}" -)
            for option in $options; do
                grep -qx -- "$option" <<<"$offered" || fail "\"$command $sub\" does not offer $option"
            done
        done
    else
        options=$("$cli" "$command" --help | sed -n 's/^  \(-[a-z]*, \)\?\(--[a-z0-9-]*\).*/\2/p')
        offered=$(complete_words "$command" -)
        for option in $options; do
            grep -qx -- "$option" <<<"$offered" || fail "\"$command\" does not offer $option"
        done
    fi
done
echo "completion: ok"
