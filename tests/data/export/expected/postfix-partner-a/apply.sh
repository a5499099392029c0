#!/bin/sh
# Applies this DomainSecure bundle to a Postfix configuration directory.
# Usage: sh apply.sh [CONFIG_DIR]   (default /etc/postfix); run as root.
# "domainsecure-cli export postfix --apply" does the same and also merges list settings.
set -eu
CONFIG_DIR="$(cd "${1:-/etc/postfix}" && pwd -P)"
BUNDLE_DIR="$(dirname "$0")"
CONFIG_DIR_SED="$(printf '%s\n' "$CONFIG_DIR" | sed 's/[\\&|]/\\&/g')"
umask 077
mkdir -p "$CONFIG_DIR/domainsecure"
install -m 0600 "$BUNDLE_DIR/domainsecure/smtp-cert.pem" "$CONFIG_DIR/domainsecure/smtp-cert.pem"
install -m 0600 "$BUNDLE_DIR/domainsecure/smtp-key.pem" "$CONFIG_DIR/domainsecure/smtp-key.pem"
install -m 0644 "$BUNDLE_DIR/domainsecure/trusted-roots.pem" "$CONFIG_DIR/domainsecure/trusted-roots.pem"
install -m 0644 "$BUNDLE_DIR/domainsecure/clients-1.cidr" "$CONFIG_DIR/domainsecure/clients-1.cidr"
sed "s|\$config_directory|$CONFIG_DIR_SED|g" "$BUNDLE_DIR/domainsecure/tls_policy" > "$CONFIG_DIR/domainsecure/tls_policy"
chmod 0644 "$CONFIG_DIR/domainsecure/tls_policy"
install -m 0644 "$BUNDLE_DIR/domainsecure/transport" "$CONFIG_DIR/domainsecure/transport"
. "$BUNDLE_DIR/main.cf.postconf"
. "$BUNDLE_DIR/master.cf.postconf"
postmap -c "$CONFIG_DIR" "hash:$CONFIG_DIR/domainsecure/tls_policy"
postmap -c "$CONFIG_DIR" "hash:$CONFIG_DIR/domainsecure/transport"
postfix -c "$CONFIG_DIR" check
echo "Applied. Run: postfix -c $CONFIG_DIR reload"
