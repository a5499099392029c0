#include "postfixapplyscript.h"

#include "postfixapplier.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ds::core {

namespace {

// A translated message as one sh word: the text single-quoted, each %N replaced by the shell
// expression given for it (double-quoted), so a translation may reorder the placeholders and no
// character of it is ever expanded by the shell.
QString shellMessage(const QString& text, const QStringList& expressions = {})
{
    static const QRegularExpression placeholder(u"%(\\d)"_s);
    QString word;
    qsizetype from = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const int index = match.captured(1).toInt() - 1;
        if (index < 0 || index >= expressions.size())
            continue;
        if (match.capturedStart() > from)
            word += PostfixApplyScript::quote(text.mid(from, match.capturedStart() - from));
        word += u'"' + expressions.at(index) + u'"';
        from = match.capturedEnd();
    }
    if (from < text.size() || word.isEmpty())
        word += PostfixApplyScript::quote(text.mid(from));
    return word;
}

} // namespace

QString PostfixApplyScript::quote(const QString& text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString PostfixApplyScript::generate(const PostfixBundle& bundle)
{
    const QString sub = PostfixBundle::kSubdirectory;
    const QString usage = u"sh apply.sh [CONFIG_DIR [--allow-global-change]]"_s;
    QString s = u"#!/bin/sh\n"_s;
    s += u"# %1\n"_s.arg(tr("Applies this DomainSecure bundle to a Postfix configuration directory."));
    s += u"# %1\n"_s.arg(tr("Usage: %1   (default /etc/postfix); run as root.").arg(usage));
    s += u"# %1\n# %2\n# %3\n"_s.arg(
        tr("It checks everything before the first change and never lowers a setting the administrator "
           "chose."),
        tr("It copies every file it may change to CONFIG_DIR/%1TIME first; if a step fails, it puts "
           "them back and verifies them (exit 4).")
            .arg(PostfixApplier::kBackupPrefix),
        tr("\"domainsecure-cli export postfix --apply\" does the same and also removes what earlier bundles "
           "created."));
    s += uR"sh(set -eu
umask 077
say() { printf '%s\n' "$*" >&2; }
stop() { say "$@"; exit 3; }
CONFIG_DIR="${1:-/etc/postfix}"
ALLOW_GLOBAL_CHANGE=no
case "${2:-}" in
  --allow-global-change) ALLOW_GLOBAL_CHANGE=yes ;;
  '') ;;
  *) stop )sh"_s +
         shellMessage(tr("unknown option %1; usage: %2"), {u"$2"_s, usage}) + uR"sh( ;;
esac
[ -d "$CONFIG_DIR" ] || stop )sh"_s +
         shellMessage(tr("%1 is not a Postfix configuration directory (no main.cf or master.cf)"),
                      {u"$CONFIG_DIR"_s}) +
         uR"sh(
CONFIG_DIR="$(cd "$CONFIG_DIR" && pwd -P)"
BUNDLE_DIR="$(cd "$(dirname "$0")" && pwd -P)"
)sh"_s;
    s += u"SUBNAME=%1\nSUB=\"$CONFIG_DIR/$SUBNAME\"\nMANIFEST=\"$SUB/%2\"\n"_s.arg(sub,
                                                                                   PostfixApplier::kManifest);
    s += uR"sh(pc() { postconf -c "$CONFIG_DIR" "$@"; }

# )sh"_s +
         tr("1. Checks; nothing is changed when one fails.") + uR"sh(
for tool in postconf postmap postfix sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || stop )sh"_s +
         shellMessage(tr("%1 not found; is Postfix installed?"), {u"$tool"_s}) + uR"sh(
done
for name in main.cf master.cf; do
  [ -f "$CONFIG_DIR/$name" ] || stop )sh"_s +
         shellMessage(tr("%1 is not a Postfix configuration directory (no main.cf or master.cf)"),
                      {u"$CONFIG_DIR"_s}) +
         uR"sh(
  [ ! -L "$CONFIG_DIR/$name" ] || stop )sh"_s +
         shellMessage(tr("refusing to apply: %1 is not a regular file (a symbolic link?)"),
                      {u"$CONFIG_DIR/$name"_s}) +
         uR"sh(
done
if [ -L "$SUB" ] || { [ -e "$SUB" ] && [ ! -d "$SUB" ]; }; then
  stop )sh"_s +
         shellMessage(tr("refusing to apply: %1 is not a folder (a symbolic link?); nothing was written"),
                      {u"$SUB"_s}) +
         uR"sh(
fi
if [ -d "$SUB" ]; then
  for f in "$SUB"/* "$SUB"/.[!.]* "$SUB"/..?*; do
    [ -e "$f" ] || [ -L "$f" ] || continue
    [ -f "$f" ] && [ ! -L "$f" ] || stop )sh"_s +
         shellMessage(
             tr("refusing to apply: %1 is a symbolic link or not a regular file; nothing was written"),
             {u"$f"_s}) +
         uR"sh(
  done
fi
if [ -e "$MANIFEST" ] && [ -n "$(find "$MANIFEST" -prune \( -perm /022 -o ! \( -user 0 -o -user "$(id -u)" \) \) -print)" ]; then
  stop )sh"_s +
         shellMessage(tr("refusing the manifest %1: other users may write to it"), {u"$MANIFEST"_s}) + uR"sh(
fi
REFUSED=''
refuse() { REFUSED="$REFUSED${REFUSED:+; }$*"; }
# )sh"_s +
         tr("The apply pass collects the changes and writes them with one postconf call each for main.cf and "
            "master.cf.") +
         uR"sh(
EDITS=''
SERVICES=''
edit() { EDITS="$EDITS$1
"; }
write_changes() {
  printf '%s' "$EDITS" | tr '\n' '\0' | xargs -0 -r postconf -c "$CONFIG_DIR" -e
  printf '%s' "$SERVICES" | tr '\n' '\0' | xargs -0 -r postconf -c "$CONFIG_DIR" -M
}
# )sh"_s +
         tr("Settings the partner set-up needs as they are: an administrator's other value is refused.") +
         uR"sh(
owned() {
  have="$(pc -nh "$1" 2>/dev/null)"
  if [ "$MODE" = check ]; then
    [ -z "$have" ] || [ "$have" = "$2" ] || [ "$ALLOW_GLOBAL_CHANGE" = yes ] || refuse "$1 = $have"
  elif [ "$have" != "$2" ]; then
    edit "$1=$2"
  fi
}
# )sh"_s +
         tr("Written only where the administrator has not set them (a stronger TLS level stays).") + uR"sh(
default_only() {
  [ "$MODE" = check ] || [ -n "$(pc -nh "$1" 2>/dev/null)" ] || edit "$1=$2"
}
# )sh"_s +
         tr("Raised, never lowered (0 is unlimited).") + uR"sh(
at_least() {
  have="$(pc -h "$1" 2>/dev/null)"
  case "$have" in ''|*[!0-9]*) have=-1 ;; esac
  if [ "$have" = 0 ] || { [ "$2" != 0 ] && [ "$have" -ge "$2" ]; }; then return 0; fi
  if [ "$MODE" = check ]; then
    [ -z "$(pc -nh "$1" 2>/dev/null)" ] || [ "$ALLOW_GLOBAL_CHANGE" = yes ] || refuse "$1 = $have"
  else
    edit "$1=$2"
  fi
}
# )sh"_s +
         tr("Lists: our entry first, every other entry kept as it is.") + uR"sh(
merge_list() {
  have="$(pc -nh "$1" 2>/dev/null)"
  case " $(printf '%s' "$have" | tr ',\t' '  ') " in *" $2 "*) return 0 ;; esac
  [ "$MODE" = check ] || edit "$1=$2${have:+, $have}"
}
# )sh"_s +
         tr("master.cf services: one the administrator defined is not replaced.") + uR"sh(
service() {
  if [ "$MODE" = check ]; then
    [ -z "$(pc -M "$1" 2>/dev/null)" ] || [ "$ALLOW_GLOBAL_CHANGE" = yes ] ||
      grep -qxF "service $1" "$MANIFEST" 2>/dev/null || refuse "master.cf $1"
  else
    SERVICES="$SERVICES$2
"
  fi
}
settings() {
)sh"_s;
    for (const auto& [name, value] : bundle.mainSettings) {
        QString function = u"owned"_s;
        if (bundle.mergedListSettings.contains(name))
            function = u"merge_list"_s;
        else if (bundle.defaultOnlySettings.contains(name))
            function = u"default_only"_s;
        else if (bundle.atLeastSettings.contains(name))
            function = u"at_least"_s;
        s += u"  %1 %2 %3\n"_s.arg(function, quote(name), quote(value));
    }
    for (const PostfixBundle::Service& service : bundle.services)
        s += u"  service %1 %2\n"_s.arg(quote(service.key()), quote(service.postconfEntry()));
    s += uR"sh(  :
}
MODE=check
settings
[ -z "$REFUSED" ] || stop )sh"_s +
         shellMessage(tr("refusing to replace what the administrator set: %1; run %2 to replace it"),
                      {u"$REFUSED"_s, u"sh apply.sh $CONFIG_DIR --allow-global-change"_s}) +
         uR"sh(

# )sh"_s +
         tr("2. Copies of everything that may change, beside the configuration.") + uR"sh(
)sh"_s;
    s += u"BACKUP=\"$CONFIG_DIR/%1$(date -u +%Y%m%dT%H%M%SZ)\"\n"_s.arg(PostfixApplier::kBackupPrefix);
    s += uR"sh(n=2; base="$BACKUP"
while [ -e "$BACKUP" ] || [ -L "$BACKUP" ]; do BACKUP="$base-$n"; n=$((n + 1)); done
backup_failed() {
  rm -rf "$BACKUP"
  stop )sh"_s +
         shellMessage(tr("cannot copy the current configuration to %1; nothing was changed in %2"),
                      {u"$BACKUP"_s, u"$CONFIG_DIR"_s}) +
         uR"sh(
}
HAD_SUB=no
mkdir -m 0700 "$BACKUP" || backup_failed
cp -p "$CONFIG_DIR/main.cf" "$CONFIG_DIR/master.cf" "$BACKUP/" || backup_failed
if [ -d "$SUB" ]; then
  HAD_SUB=yes
  mkdir -m 0700 "$BACKUP/$SUBNAME" || backup_failed
  for f in "$SUB"/* "$SUB"/.[!.]* "$SUB"/..?*; do
    [ -e "$f" ] || [ -L "$f" ] || continue
    cp -p "$f" "$BACKUP/$SUBNAME/" || backup_failed
  done
fi
(cd "$BACKUP" && find . -type f ! -name SHA256SUMS -exec sha256sum {} + > SHA256SUMS) || backup_failed
find "$BACKUP" -exec sync -- {} + || backup_failed

# )sh"_s +
         tr("3. Install. Any failure from here on puts the copies back and verifies them.") + uR"sh(
restore() {
  for name in main.cf master.cf; do
    cp -p "$BACKUP/$name" "$CONFIG_DIR/.$name.domainsecure-restore" &&
      mv -f "$CONFIG_DIR/.$name.domainsecure-restore" "$CONFIG_DIR/$name" || true
  done
  if [ "$HAD_SUB" = yes ]; then
    for f in "$SUB"/* "$SUB"/.[!.]* "$SUB"/..?*; do
      [ -e "$f" ] || [ -L "$f" ] || continue
      [ -e "$BACKUP/$SUBNAME/${f##*/}" ] || rm -f "$f" || true
    done
    for f in "$BACKUP/$SUBNAME"/* "$BACKUP/$SUBNAME"/.[!.]* "$BACKUP/$SUBNAME"/..?*; do
      [ -e "$f" ] || continue
      cp -p "$f" "$SUB/" || true
    done
  else
    rm -rf "$SUB" || true
  fi
  extra=''
  if [ "$HAD_SUB" = yes ]; then
    for f in "$SUB"/* "$SUB"/.[!.]* "$SUB"/..?*; do
      [ -e "$f" ] || [ -L "$f" ] || continue
      [ -e "$BACKUP/$SUBNAME/${f##*/}" ] || extra="$extra $f"
    done
  elif [ -e "$SUB" ] || [ -L "$SUB" ]; then
    extra=" $SUB"
  fi
  damaged="$(cd "$CONFIG_DIR" && sha256sum -c "$BACKUP/SHA256SUMS" 2>/dev/null | sed -n 's/: FAILED.*$//p' | tr '\n' ' ')$extra"
  if [ -z "$damaged" ] && (cd "$CONFIG_DIR" && sha256sum -c --status "$BACKUP/SHA256SUMS"); then
    say )sh"_s +
         shellMessage(tr("the previous configuration was restored and verified (copies in %1)"),
                      {u"$BACKUP"_s}) +
         uR"sh(
  else
    say )sh"_s +
         shellMessage(tr("restoring FAILED: these files are damaged: %1; the intact copies are in %2 "
                         "(SHA256SUMS lists them)"),
                      {u"$damaged"_s, u"$BACKUP"_s}) +
         uR"sh(
  fi
}
DONE=no
finish() {
  status=$?
  trap - EXIT HUP INT TERM
  if [ "$DONE" = no ]; then
    say )sh"_s +
         shellMessage(tr("a step failed (exit code %1); putting back the files from %2"),
                      {u"$status"_s, u"$BACKUP"_s}) +
         uR"sh(
    restore
    exit 4
  fi
}
trap finish EXIT
trap 'exit 4' HUP INT TERM
mkdir -p "$SUB"
CONFIG_DIR_SED="$(printf '%s\n' "$CONFIG_DIR" | sed 's/[\\&|]/\\&/g')"
)sh"_s;
    for (const ExportFile& file : bundle.files) {
        const bool secret = file.secret || file.mode == ExportFile::secretMode();
        const QString mode = secret ? u"0600"_s : u"0644"_s;
        if (bundle.configDirectoryFiles.contains(file.name)) {
            // Map values are not expanded by Postfix: write the real directory for tafile=.
            s += u"sed \"s|\\$config_directory|$CONFIG_DIR_SED|g\" \"$BUNDLE_DIR/%1/%2\" > \"$SUB/%2\"\n"
                 "chmod %3 \"$SUB/%2\"\n"_s.arg(sub, file.name, mode);
            continue;
        }
        s += u"install -m %1 \"$BUNDLE_DIR/%2/%3\" \"$SUB/%3\"\n"_s.arg(mode, sub, file.name);
    }
    s += u"MODE=apply\nsettings\nwrite_changes\n"_s;
    for (const QString& map : bundle.hashMaps)
        s += u"postmap -c \"$CONFIG_DIR\" \"hash:$SUB/%1\"\n"_s.arg(map);
    s += u"{\n  printf '%s\\n' %1\n"_s.arg(
        quote(u"# Written by DomainSecure: the files and master.cf services it owns here."_s));
    s += u"  { grep -v '^#' \"$MANIFEST\" 2>/dev/null || true\n"_s;
    for (const ExportFile& file : bundle.files)
        s += u"    printf '%s\\n' %1\n"_s.arg(quote(u"file "_s + file.name));
    for (const PostfixBundle::Service& service : bundle.services)
        s += u"    printf '%s\\n' %1\n"_s.arg(quote(u"service "_s + service.key()));
    s += uR"sh(  } | sort -u
} > "$MANIFEST.new"
chmod 0600 "$MANIFEST.new"
mv -f "$MANIFEST.new" "$MANIFEST"
postfix -c "$CONFIG_DIR" check
find "$SUB" "$CONFIG_DIR" -maxdepth 1 -exec sync -- {} +
DONE=yes
printf '%s\n' )sh"_s +
         shellMessage(tr("Applied; the previous files are in %1. Run: postfix -c %2 reload"),
                      {u"$BACKUP"_s, u"$CONFIG_DIR"_s}) +
         u"\n"_s;
    return s;
}

} // namespace ds::core
