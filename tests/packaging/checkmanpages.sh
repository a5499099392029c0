#!/usr/bin/env bash
# The man pages render without a single warning (man --warnings and groff -ww), and
# domainsecure-cli(1) has a section for every command and subcommand its --help lists, the exit
# codes, files and examples.
#   checkmanpages.sh DOMAINSECURE_CLI domainsecure.1 domainsecure-cli.1
set -euo pipefail
cli=$1 gui_page=$2 cli_page=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
export LC_ALL=C.UTF-8 DOMAINSECURE_NO_SETTINGS=1 HOME=${TMPDIR:-/tmp}

for page in "$gui_page" "$cli_page"; do
    warnings=$(MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man --warnings $page: $warnings"
    warnings=$(groff -ww -man -Tutf8 "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "groff -ww $page: $warnings"
    text=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
    for section in NAME SYNOPSIS DESCRIPTION 'EXIT STATUS' FILES EXAMPLES 'SEE ALSO'; do
        grep -qx "$section" <<<"$text" || fail "$page has no $section section"
    done
done

# Every command and subcommand of the CLI's help has its own subsection ".SS command subcommand".
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/{s/^  \([a-z-]*\) .*/\1/p}')
[ -n "$commands" ] || fail "no commands in domainsecure-cli --help"
count=0
for command in $commands; do
    help=$("$cli" "$command" --help)
    if grep -q '^Subcommands:' <<<"$help"; then
        subcommands=$(sed -n '/^Subcommands:/,/^$/{s/^  \([a-z-]*\( [a-z-]\+\)\?\)  .*/\1/p}' <<<"$help")
        while IFS= read -r sub; do
            heading=".SS $(sed 's/-/\\-/g' <<<"$command $sub")"
            grep -qxF "$heading" "$cli_page" || fail "$cli_page has no section for \"$command $sub\""
            count=$((count + 1))
        done <<<"$subcommands"
    else
        grep -qxF ".SS $(sed 's/-/\\-/g' <<<"$command")" "$cli_page" || fail "$cli_page has no section for $command"
        count=$((count + 1))
    fi
done
# The exit codes 0 to 4.
for code in 0 1 2 3 4; do
    exit_status=$(sed -n '/^\.SH EXIT STATUS/,/^\.SH /p' "$cli_page")
    grep -qx "$code" <<<"$exit_status" || fail "exit code $code not described"
done
echo "man pages: ok ($count command sections)"
