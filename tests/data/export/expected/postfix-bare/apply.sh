#!/bin/sh
# Applies this DomainSecure bundle to a Postfix configuration directory.
# Usage: sh apply.sh [CONFIG_DIR [--allow-global-change]]   (default /etc/postfix); run as root.
# It checks everything before the first change and never lowers a setting the administrator chose.
# It copies every file it may change to CONFIG_DIR/domainsecure.backup-TIME first; if a step fails, it puts them back and verifies them (exit 4).
# "domainsecure-cli export postfix --apply" does the same and also removes what earlier bundles created.
set -eu
umask 077
say() { printf '%s\n' "$*" >&2; }
stop() { say "$@"; exit 3; }
CONFIG_DIR="${1:-/etc/postfix}"
ALLOW_GLOBAL_CHANGE=no
case "${2:-}" in
  --allow-global-change) ALLOW_GLOBAL_CHANGE=yes ;;
  '') ;;
  *) stop 'unknown option '"$2"'; usage: '"sh apply.sh [CONFIG_DIR [--allow-global-change]]" ;;
esac
[ -d "$CONFIG_DIR" ] || stop "$CONFIG_DIR"' is not a Postfix configuration directory (no main.cf or master.cf)'
CONFIG_DIR="$(cd "$CONFIG_DIR" && pwd -P)"
BUNDLE_DIR="$(cd "$(dirname "$0")" && pwd -P)"
SUBNAME=domainsecure
SUB="$CONFIG_DIR/$SUBNAME"
MANIFEST="$SUB/.domainsecure-manifest"
pc() { postconf -c "$CONFIG_DIR" "$@"; }

# 1. Checks; nothing is changed when one fails.
for tool in postconf postmap postfix sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || stop "$tool"' not found; is Postfix installed?'
done
for name in main.cf master.cf; do
  [ -f "$CONFIG_DIR/$name" ] || stop "$CONFIG_DIR"' is not a Postfix configuration directory (no main.cf or master.cf)'
  [ ! -L "$CONFIG_DIR/$name" ] || stop 'refusing to apply: '"$CONFIG_DIR/$name"' is not a regular file (a symbolic link?)'
done
if [ -L "$SUB" ] || { [ -e "$SUB" ] && [ ! -d "$SUB" ]; }; then
  stop 'refusing to apply: '"$SUB"' is not a folder (a symbolic link?); nothing was written'
fi
if [ -d "$SUB" ]; then
  for f in "$SUB"/* "$SUB"/.[!.]* "$SUB"/..?*; do
    [ -e "$f" ] || [ -L "$f" ] || continue
    [ -f "$f" ] && [ ! -L "$f" ] || stop 'refusing to apply: '"$f"' is a symbolic link or not a regular file; nothing was written'
  done
fi
if [ -e "$MANIFEST" ] && [ -n "$(find "$MANIFEST" -prune \( -perm /022 -o ! \( -user 0 -o -user "$(id -u)" \) \) -print)" ]; then
  stop 'refusing the manifest '"$MANIFEST"': other users may write to it'
fi
REFUSED=''
refuse() { REFUSED="$REFUSED${REFUSED:+; }$*"; }
# The apply pass collects the changes and writes them with one postconf call each for main.cf and master.cf.
EDITS=''
SERVICES=''
edit() { EDITS="$EDITS$1
"; }
write_changes() {
  printf '%s' "$EDITS" | tr '\n' '\0' | xargs -0 -r postconf -c "$CONFIG_DIR" -e
  printf '%s' "$SERVICES" | tr '\n' '\0' | xargs -0 -r postconf -c "$CONFIG_DIR" -M
}
# Settings the partner set-up needs as they are: an administrator's other value is refused.
owned() {
  have="$(pc -nh "$1" 2>/dev/null)"
  if [ "$MODE" = check ]; then
    [ -z "$have" ] || [ "$have" = "$2" ] || [ "$ALLOW_GLOBAL_CHANGE" = yes ] || refuse "$1 = $have"
  elif [ "$have" != "$2" ]; then
    edit "$1=$2"
  fi
}
# Written only where the administrator has not set them (a stronger TLS level stays).
default_only() {
  [ "$MODE" = check ] || [ -n "$(pc -nh "$1" 2>/dev/null)" ] || edit "$1=$2"
}
# Raised, never lowered (0 is unlimited).
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
# Lists: our entry first, every other entry kept as it is.
merge_list() {
  have="$(pc -nh "$1" 2>/dev/null)"
  case " $(printf '%s' "$have" | tr ',\t' '  ') " in *" $2 "*) return 0 ;; esac
  [ "$MODE" = check ] || edit "$1=$2${have:+, $have}"
}
# master.cf services: one the administrator defined is not replaced.
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
  owned 'myhostname' 'mx2.a.example'
  default_only 'smtpd_tls_security_level' 'may'
  default_only 'smtp_tls_security_level' 'may'
  default_only 'smtpd_tls_received_header' 'yes'
  default_only 'smtpd_tls_loglevel' '1'
  default_only 'smtp_tls_loglevel' '1'
  merge_list 'smtp_tls_policy_maps' 'hash:$config_directory/domainsecure/tls_policy'
  merge_list 'transport_maps' 'hash:$config_directory/domainsecure/transport'
  :
}
MODE=check
settings
[ -z "$REFUSED" ] || stop 'refusing to replace what the administrator set: '"$REFUSED"'; run '"sh apply.sh $CONFIG_DIR --allow-global-change"' to replace it'

# 2. Copies of everything that may change, beside the configuration.
BACKUP="$CONFIG_DIR/domainsecure.backup-$(date -u +%Y%m%dT%H%M%SZ)"
n=2; base="$BACKUP"
while [ -e "$BACKUP" ] || [ -L "$BACKUP" ]; do BACKUP="$base-$n"; n=$((n + 1)); done
backup_failed() {
  rm -rf "$BACKUP"
  stop 'cannot copy the current configuration to '"$BACKUP"'; nothing was changed in '"$CONFIG_DIR"
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

# 3. Install. Any failure from here on puts the copies back and verifies them.
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
    say 'the previous configuration was restored and verified (copies in '"$BACKUP"')'
  else
    say 'restoring FAILED: these files are damaged: '"$damaged"'; the intact copies are in '"$BACKUP"' (SHA256SUMS lists them)'
  fi
}
DONE=no
finish() {
  status=$?
  trap - EXIT HUP INT TERM
  if [ "$DONE" = no ]; then
    say 'a step failed (exit code '"$status"'); putting back the files from '"$BACKUP"
    restore
    exit 4
  fi
}
trap finish EXIT
trap 'exit 4' HUP INT TERM
mkdir -p "$SUB"
CONFIG_DIR_SED="$(printf '%s\n' "$CONFIG_DIR" | sed 's/[\\&|]/\\&/g')"
sed "s|\$config_directory|$CONFIG_DIR_SED|g" "$BUNDLE_DIR/domainsecure/tls_policy" > "$SUB/tls_policy"
chmod 0644 "$SUB/tls_policy"
install -m 0644 "$BUNDLE_DIR/domainsecure/transport" "$SUB/transport"
MODE=apply
settings
write_changes
postmap -c "$CONFIG_DIR" "hash:$SUB/tls_policy"
postmap -c "$CONFIG_DIR" "hash:$SUB/transport"
{
  printf '%s\n' '# Written by DomainSecure: the files and master.cf services it owns here.'
  { grep -v '^#' "$MANIFEST" 2>/dev/null || true
    printf '%s\n' 'file tls_policy'
    printf '%s\n' 'file transport'
  } | sort -u
} > "$MANIFEST.new"
chmod 0600 "$MANIFEST.new"
mv -f "$MANIFEST.new" "$MANIFEST"
postfix -c "$CONFIG_DIR" check
find "$SUB" "$CONFIG_DIR" -maxdepth 1 -exec sync -- {} +
DONE=yes
printf '%s\n' 'Applied; the previous files are in '"$BACKUP"'. Run: postfix -c '"$CONFIG_DIR"' reload'
