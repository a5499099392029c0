#!/usr/bin/env python3
"""Writes the man pages domainsecure(1) and domainsecure-cli(1) and the bash completion of
domainsecure-cli from the programs' own --help output, so that none of them can drift from the
programs (run at build time by packaging/CMakeLists.txt).

    genhelp.py CLI GUI VERSION DATE OUTDIR

CLI and GUI are the built programs; DATE (YYYY-MM-DD) goes into the man pages' header. Writes
OUTDIR/domainsecure-cli.1, OUTDIR/domainsecure.1 and OUTDIR/domainsecure-cli.bash.
"""
import os
import re
import subprocess
import sys
import tempfile

CLI_NAME = "domainsecure-cli"


class Option:
    def __init__(self, names, value, description):
        self.names = names  # ["-w", "--workspace"]
        self.value = value  # "FILE" or ""
        self.description = description


class Help:
    """One --help text of QCommandLineParser: usage tail, description, options, arguments."""

    def __init__(self, text):
        lines = text.rstrip("\n").split("\n")
        if not lines or not lines[0].startswith("Usage: "):
            raise SystemExit(f"genhelp: unexpected help text:\n{text}")
        usage = lines[0][len("Usage: "):].split(" ", 1)
        tail = usage[1] if len(usage) > 1 else ""
        self.usage = tail.replace("[options]", "").strip()
        self.description = []
        self.options = []
        self.arguments = []  # (name, description)
        section = "description"
        for line in lines[1:]:
            if line in ("Options:", "Arguments:"):
                section = line[:-1].lower()
                continue
            if section == "description":
                self.description.append(line)
            elif not line.strip():
                continue
            elif section == "options":
                self._entry(line, self.options, option=True)
            else:
                self._entry(line, self.arguments, option=False)
        while self.description and not self.description[-1].strip():
            self.description.pop()

    @staticmethod
    def _entry(line, entries, option):
        match = re.match(r"^  (\S.*?)(?:\s{2,}(\S.*))?$", line)
        if line.startswith("   ") or not match:  # continuation of the description above
            if not entries:
                raise SystemExit(f"genhelp: continuation without an entry: {line!r}")
            last = entries[-1]
            text = line.strip()
            if option:
                last.description += " " + text
            else:
                entries[-1] = (last[0], last[1] + " " + text)
            return
        spec, description = match.group(1), match.group(2) or ""
        if not option:
            entries.append((spec, description))
            return
        value = ""
        value_match = re.match(r"^(.*?) <([^>]+)>$", spec)
        if value_match:
            spec, value = value_match.group(1), value_match.group(2)
        names = [name.strip() for name in spec.split(",")]
        if not all(name.startswith("-") for name in names):
            raise SystemExit(f"genhelp: cannot read the option line {line!r}")
        entries.append(Option(names, value, description))


def run(program, *arguments, env):
    result = subprocess.run([program, *arguments], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"genhelp: {program} {' '.join(arguments)} exited {result.returncode}:\n"
                         f"{result.stderr}")
    return result.stdout


def table(text, heading):
    """The two-column rows under HEADING ("Commands:", "Subcommands:") of a usage text."""
    rows = []
    inside = False
    for line in text.split("\n"):
        if line == heading:
            inside = True
            continue
        if inside:
            if not line.startswith("  "):
                break
            match = re.match(r"^  (\S+(?: \S+)?)\s{2,}(\S.*)$", line)
            if not match:
                raise SystemExit(f"genhelp: cannot read the row {line!r} under {heading}")
            rows.append((match.group(1), match.group(2)))
    if not rows:
        raise SystemExit(f"genhelp: nothing under {heading}")
    return rows


def global_options(text):
    options = []
    inside = False
    for line in text.split("\n"):
        if line.startswith("Global options"):
            inside = True
            continue
        if inside:
            if not line.startswith("  "):
                break
            match = re.match(r"^  (\S.*?)\s{2,}(\S.*)$", line)
            spec = match.group(1)
            value = ""
            value_match = re.match(r"^(.*?) ([A-Z]+)$", spec)
            if value_match:
                spec, value = value_match.group(1), value_match.group(2)
            options.append(Option([n.strip() for n in spec.split(",")], value, match.group(2)))
    return options


# --- roff -----------------------------------------------------------------------------------------

def roff(text):
    """Escapes TEXT for a roff text line: backslashes, hyphens, and characters outside ASCII."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in text)
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def option_names(option):
    names = ", ".join(f"\\fB{roff(name)}\\fR" for name in option.names)
    if option.value:
        names += f" \\fI{roff(option.value)}\\fR"
    return names


def options_roff(options):
    out = []
    for option in options:
        out += [".TP", option_names(option), roff(option.description)]
    return out


def header(name, version, date, summary):
    return [f'.\\" Generated by packaging/genhelp.py from "{name} --help"; do not edit.',
            f'.TH {roff(name.upper())} 1 "{date}" "DomainSecure {version}" "User Commands"',
            ".SH NAME", f"{roff(name)} \\- {roff(summary)}"]


# --- the command line ------------------------------------------------------------------------------

def collect_cli(cli, env):
    top = run(cli, "--help", env=env)
    commands = table(top, "Commands:")
    globals_ = global_options(top)
    verbs = []  # (command, subcommand or "", summary, Help)
    groups = []  # (command, summary, [subcommands])
    for command, summary in commands:
        text = run(cli, command, "--help", env=env)
        if text.startswith(f"Usage: {CLI_NAME} {command} SUBCOMMAND"):
            subcommands = table(text, "Subcommands:")
            groups.append((command, summary, [name for name, _ in subcommands]))
            for name, line in subcommands:
                verbs.append((command, name, line, Help(run(cli, command, *name.split(), "--help", env=env))))
        else:
            groups.append((command, summary, []))
            verbs.append((command, "", summary, Help(text)))
    return globals_, groups, verbs


EXIT_CODES = [
    ("0", "Success."),
    ("1", "Validation found a finding of severity error (lint, and an export it refuses), or a probe failed."),
    ("2", "Usage error: an unknown command, subcommand or option, or a missing argument."),
    ("3", "Bad input: a damaged or invalid file, a device or FIFO given as a file, a wrong password "
          "or passphrase, no matching request, a private key marked non-exportable."),
    ("4", "I/O error: a file that cannot be opened, read or written, or a tool that failed."),
]


def cli_man(version, date, globals_, groups, verbs):
    out = header(CLI_NAME, version, date, "mail-gateway certificates and mutual-TLS connectors from the command line")
    out += [".SH SYNOPSIS", f"\\fB{roff(CLI_NAME)}\\fR \\fICOMMAND\\fR [\\fISUBCOMMAND\\fR] [\\fIOPTIONS\\fR]",
            ".br", f"\\fB{roff(CLI_NAME)}\\fR \\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR",
            ".SH DESCRIPTION",
            roff(f"{CLI_NAME} edits a DomainSecure workspace (a *.dsw file): the servers of an Exchange "
                 "organization or Postfix hosts, their certificates, receive and send connectors, the "
                 "domain-secure lists and the partners' pinned certificates. It validates the workspace "
                 "and exports an Exchange Management Shell script or a Postfix configuration, and tests "
                 "SMTP STARTTLS and mutual TLS with a partner's gateway. It does everything the console, "
                 "domainsecure(1), does to a workspace."),
            ".PP",
            roff("A failed command leaves the workspace unchanged. Errors are one line on standard error "
                 "naming what is wrong and where."),
            ".SH COMMANDS"]
    for command, summary, subcommands in groups:
        out += [".TP", f"\\fB{roff(command)}\\fR", roff(summary)]
    out += [".SH GLOBAL OPTIONS",
            roff("These options may come before or after the command, and apply to every command."),
            *options_roff(globals_),
            ".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR",
            roff(f"Show the commands; after a command, its subcommands or options "
                 f"(\"{CLI_NAME} cert --help\", \"{CLI_NAME} cert import --help\")."),
            ".TP", "\\fB\\-\\-version\\fR", roff("Show the version and exit.")]
    global_names = {name for option in globals_ for name in option.names} | {"-h", "--help"}
    current = None
    for command, subcommand, summary, help_ in verbs:
        if command != current:
            current = command
            out += [f".SH {roff(command.upper())} COMMAND" if not subcommand
                    else f".SH {roff(command.upper())} COMMANDS"]
        words = " ".join(w for w in (CLI_NAME, command, subcommand) if w)
        synopsis = f"\\fB{roff(words)}\\fR [\\fIOPTIONS\\fR]"
        if help_.usage:
            synopsis += f" \\fI{roff(help_.usage)}\\fR"
        out += [f".SS {roff(' '.join(w for w in (command, subcommand) if w))}", synopsis, ".PP"]
        paragraph = [line for line in help_.description if line.strip()]
        out += [roff(" ".join(paragraph))] if paragraph else [roff(summary)]
        for name, description in help_.arguments:
            out += [".TP", f"\\fI{roff(name)}\\fR", roff(description)]
        out += options_roff([o for o in help_.options if not set(o.names) & global_names])
    out += [".SH EXIT STATUS", *[line for code, text in EXIT_CODES for line in (".TP", code, roff(text))],
            ".SH ENVIRONMENT",
            ".TP", "\\fBDOMAINSECURE_WORKSPACE\\fR",
            roff("The workspace file when no -w/--workspace option is given."),
            ".TP", "\\fBLANG\\fR, \\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANGUAGE\\fR",
            roff("Messages are in Japanese for a Japanese locale (ja), otherwise in English."),
            ".SH FILES",
            ".TP", "\\fI*.dsw\\fR",
            roff("A workspace: one JSON document holding the organization, its servers, certificates "
                 "and private keys (encrypted with the workspace passphrase when one is set), connectors, "
                 "the domain-secure lists and trusted partner roots. Written with mode 0600."),
            ".TP", "\\fI~/.local/share/DomainSecure/DomainSecure/demo.dsw\\fR",
            roff("The demo workspace the console opens when started without a file "
                 f"(\"{CLI_NAME} workspace demo FILE\" writes the same demo anywhere)."),
            ".SH EXAMPLES",
            roff("Create the demo workspace, validate it for Postfix and write a Postfix bundle for its "
                 "Edge server:"),
            ".PP", ".nf", ".RS 4",
            roff(f"{CLI_NAME} workspace demo demo.dsw"),
            roff("export DOMAINSECURE_WORKSPACE=demo.dsw"),
            roff(f"{CLI_NAME} lint --target postfix"),
            roff(f"{CLI_NAME} export postfix --server EDGE01 --out postfix-bundle"),
            ".RE", ".fi", ".PP",
            roff("Start a new workspace, request a certificate from a CA, import the issued certificate "
                 "and set up a partner:"),
            ".PP", ".nf", ".RS 4",
            roff(f"{CLI_NAME} workspace init -w contoso.dsw --organization Contoso \\"),
            roff("    --server EDGE01 --fqdn mail.contoso.example"),
            roff(f"{CLI_NAME} -w contoso.dsw cert request --server EDGE01 \\"),
            roff("    --subject \"CN=mail.contoso.example,O=Contoso,C=JP\" \\"),
            roff("    --domain mail.contoso.example --key rsa:2048 --out edge01.req"),
            roff(f"{CLI_NAME} -w contoso.dsw cert import certnew.p7b --require-match --enable SMTP"),
            roff(f"{CLI_NAME} -w contoso.dsw partner add --name Fabrikam \\"),
            roff("    --domain fabrikam.example --gateway 192.0.2.0/24 --server EDGE01"),
            roff(f"{CLI_NAME} -w contoso.dsw probe --domain fabrikam.example --server EDGE01"),
            ".RE", ".fi",
            ".SH SEE ALSO",
            "\\fBdomainsecure\\fR(1), \\fBpostconf\\fR(5), \\fBpostfix\\fR(1)",
            ".PP",
            roff("The documentation in /usr/share/doc/domainsecure/; Exchange's Domain Security: "
                 "https://learn.microsoft.com/en-us/exchange/mail-flow/connectors/domain-secure; "
                 "Postfix TLS: https://www.postfix.org/TLS_README.html")]
    return "\n".join(out) + "\n"


def gui_man(version, date, help_):
    summary = help_.description[0].rstrip(".") if help_.description else "the DomainSecure console"
    out = header("domainsecure", version, date, summary[:1].lower() + summary[1:])
    out += [".SH SYNOPSIS", f"\\fBdomainsecure\\fR [\\fIOPTIONS\\fR] [\\fI{roff(help_.usage)}\\fR]",
            ".SH DESCRIPTION",
            roff("DomainSecure is a desktop admin console for the certificates and connectors of mail "
                 "gateways that talk to partner organizations over mutual TLS, what Exchange Server "
                 "calls Domain Security. It guides an administrator through the steps in the order of "
                 "the Exchange management tools: certificate request, import and enable, receive "
                 "connector, send connector and domain-secure lists, validation, test connection, and "
                 "export to the server (an Exchange Management Shell script or a Postfix configuration)."),
            ".PP",
            roff("Without a workspace file the console opens the bundled demo workspace. A *.dsw file "
                 "opened from the file manager starts the console on it. Everything the console does to "
                 "a workspace, domainsecure-cli(1) does too."),
            ".SH OPTIONS"]
    for name, description in help_.arguments:
        out += [".TP", f"\\fI{roff(name)}\\fR", roff(description)]
    out += options_roff(help_.options)
    out += [".SH EXIT STATUS",
            roff("0 when the console is closed normally or after --help or --version; 1 for an unknown "
                 "option; 4 when core dumps cannot be disabled. Without a display (no DISPLAY or "
                 "WAYLAND_DISPLAY, and no QT_QPA_PLATFORM), Qt cannot start the console and the program "
                 "aborts; --help and --version then print on the offscreen platform."),
            ".SH ENVIRONMENT",
            ".TP", "\\fBLANG\\fR, \\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANGUAGE\\fR",
            roff("The user interface language when Settings does not name one and --language is not "
                 "given: Japanese for a Japanese locale, otherwise English."),
            ".TP", "\\fBQT_QPA_PLATFORM\\fR",
            roff("The Qt platform plugin; offscreen renders without a display."),
            ".SH FILES",
            ".TP", "\\fI~/.config/DomainSecure/DomainSecure.conf\\fR",
            roff("Settings: language, recent files, window layout."),
            ".TP", "\\fI~/.local/share/DomainSecure/DomainSecure/demo.dsw\\fR",
            roff("The demo workspace, written on first start; delete it to get the current demo."),
            ".SH EXAMPLES",
            ".nf", ".RS 4",
            roff("domainsecure contoso.dsw"),
            roff("domainsecure --language ja"),
            ".RE", ".fi",
            ".SH SEE ALSO",
            "\\fBdomainsecure\\-cli\\fR(1)",
            ".PP",
            roff("The documentation in /usr/share/doc/domainsecure/.")]
    return "\n".join(out) + "\n"


# --- bash completion --------------------------------------------------------------------------------

def bash_words(words):
    return " ".join(words)


def completion(globals_, groups, verbs):
    global_words = [name for option in globals_ for name in option.names] + ["--help", "--version"]
    # Options whose next word is their value, so not a command word. An option that takes a value
    # in one command and is a switch in another ("receive new --domain-secure", "receive set
    # --domain-secure BOOL") is left out: it comes after the command words it could be mistaken for.
    takes = {}
    for option in globals_ + [o for _, _, _, h in verbs for o in h.options]:
        for name in option.names:
            takes.setdefault(name, set()).add(bool(option.value))
    valued = sorted(name for name, kinds in takes.items() if kinds == {True})
    file_options = sorted({name for _, _, _, h in verbs for option in h.options + globals_
                           for name in option.names if option.value in ("FILE", "DIR", "PATH")})
    out = ["# bash completion for domainsecure-cli: commands, subcommands, options, *.dsw workspaces.",
           "# Generated by packaging/genhelp.py from \"domainsecure-cli --help\"; do not edit.",
           "",
           "_domainsecure_cli()",
           "{",
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=",
           "    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}",
           f"    local commands='{bash_words(c for c, _, _ in groups)}'",
           f"    local globals='{bash_words(global_words)}'",
           f"    local valued=' {bash_words(valued)} '",
           f"    local files=' {bash_words(file_options)} '",
           "    local -A subcommands=("]
    for command, _, subcommands in groups:
        if subcommands:
            first = sorted({s.split()[0] for s in subcommands})
            out.append(f"        [{command}]='{bash_words(first)}'")
            for prefix in sorted({s.split()[0] for s in subcommands if " " in s}):
                rest = [s.split()[1] for s in subcommands if s.startswith(prefix + " ")]
                out.append(f"        ['{command} {prefix}']='{bash_words(rest)}'")
    out += ["    )", "    local -A options=( "]
    for command, subcommand, _, help_ in verbs:
        key = f"{command} {subcommand}".strip()
        names = [name for option in help_.options for name in option.names if name not in global_words + ["-h"]]
        out.append(f"        ['{key}']='{bash_words(names)}'")
    out += ["    )", "    local -A positional_files=("]
    for command, subcommand, _, help_ in verbs:
        if re.search(r"\b(FILE|DIR|PATH)\b", help_.usage):
            out.append(f"        ['{(command + ' ' + subcommand).strip()}']=1")
    out += [
        "    )",
        "",
        "    # The command words typed so far, without options and their values.",
        "    local -a words=()",
        "    local i word",
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        "        word=${COMP_WORDS[i]}",
        "        if [[ $word == -* ]]; then",
        "            [[ $valued == *\" $word \"* ]] && ((i++))",
        "        else",
        "            words+=(\"$word\")",
        "        fi",
        "    done",
        "",
        "    COMPREPLY=()",
        "    case $prev in",
        "        -w | --workspace)",
        "            compopt -o filenames 2>/dev/null",
        "            COMPREPLY=($(compgen -f -X '!*.dsw' -- \"$cur\") $(compgen -d -- \"$cur\"))",
        "            return",
        "            ;;",
        "    esac",
        "    if [[ $files == *\" $prev \"* ]]; then",
        "        compopt -o filenames 2>/dev/null",
        "        COMPREPLY=($(compgen -f -- \"$cur\"))",
        "        return",
        "    fi",
        "    [[ $valued == *\" $prev \"* ]] && return",
        "",
        "    if ((${#words[@]} == 0)); then",
        "        if [[ $cur == -* ]]; then",
        "            COMPREPLY=($(compgen -W \"$globals\" -- \"$cur\"))",
        "        else",
        "            COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))",
        "        fi",
        "        return",
        "    fi",
        "    # The verb: the command, then as many subcommand words as the tables know.",
        "    local verb=${words[0]} n=1",
        "    while [[ -n ${subcommands[$verb]+set} ]]; do",
        "        if ((n >= ${#words[@]})); then",
        "            [[ $cur == -* ]] || COMPREPLY=($(compgen -W \"${subcommands[$verb]}\" -- \"$cur\"))",
        "            [[ $cur == -* ]] && COMPREPLY=($(compgen -W \"--help\" -- \"$cur\"))",
        "            return",
        "        fi",
        "        verb=\"$verb ${words[n]}\"",
        "        ((n++))",
        "    done",
        "    [[ -n ${options[$verb]+set} ]] || return",
        "    if [[ $cur == -* ]]; then",
        "        COMPREPLY=($(compgen -W \"${options[$verb]} $globals\" -- \"$cur\"))",
        "    elif [[ -n ${positional_files[$verb]+set} ]]; then",
        "        compopt -o filenames 2>/dev/null",
        "        COMPREPLY=($(compgen -f -- \"$cur\"))",
        "    fi",
        "}",
        "complete -F _domainsecure_cli domainsecure-cli",
    ]
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 6:
        raise SystemExit(__doc__)
    cli, gui, version, date, outdir = sys.argv[1:]
    with tempfile.TemporaryDirectory() as home:
        # English help, no user settings, no display; sanitizer builds must not fail on Qt's
        # allocations at exit.
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LC_ALL": "C.UTF-8",
               "LANG": "C.UTF-8", "DOMAINSECURE_NO_SETTINGS": "1", "QT_QPA_PLATFORM": "offscreen",
               "XDG_RUNTIME_DIR": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
               "ASAN_OPTIONS": "detect_leaks=0"}
        globals_, groups, verbs = collect_cli(cli, env)
        gui_help = Help(run(gui, "--help", env=env))
        for version_output, program in ((run(cli, "--version", env=env), CLI_NAME),
                                        (run(gui, "--version", env=env), "DomainSecure")):
            if version_output.strip() != f"{program} {version}":
                raise SystemExit(f"genhelp: {program} --version says {version_output.strip()!r}, "
                                 f"CMake's version is {version}")
    os.makedirs(outdir, exist_ok=True)
    files = {"domainsecure-cli.1": cli_man(version, date, globals_, groups, verbs),
             "domainsecure.1": gui_man(version, date, gui_help),
             "domainsecure-cli.bash": completion(globals_, groups, verbs)}
    for name, text in files.items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
