#!/bin/sh
# Starts the compose profile's IMAP server. On the first start (or when a volume was
# removed) it makes a throwaway private CA, signs the server's certificate with it and
# forgets the CA's key; the CA certificate goes to /var/lib/imap-ca (the mail-ca volume),
# which the certdesk nodes mount read-only as [[mail.imap]] tls_ca_file.
set -eu

user="${IMAP_USER:-sertifikat}"
pass="${IMAP_PASSWORD:?IMAP_PASSWORD must be set}"
names="${IMAP_TLS_NAMES:-imap}"
tls=/var/lib/imap-tls
ca=/var/lib/imap-ca

# The password also travels inside certdesk's CERTDESK_MAIL__IMAP value, a quoted string.
case "$user$pass" in
  *:* | *\"* | *\\* | *" "*)
    echo "imap: IMAP_USER and IMAP_PASSWORD may not hold ':', '\"', '\\' or spaces" >&2
    exit 1
    ;;
esac

if [ ! -s "$tls/server.pem" ] || [ ! -s "$tls/server.key" ] || [ ! -s "$ca/ca.pem" ]; then
  echo "imap: making a private CA and a server certificate for: $names" >&2
  work="$(mktemp -d)"
  first="${names%%,*}"
  san="$(printf '%s\n' "$names" | tr ',' '\n' | sed 's/^ *//; s/ *$//; s/^/DNS:/' | paste -sd, -)"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$work/ca.pem" \
    -days 3650 -subj "/CN=certdesk compose IMAP CA" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout "$work/server.key" -out "$work/server.csr" \
    -subj "/CN=$first" 2>/dev/null
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
    "$san" >"$work/ext.cnf"
  openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
    -CAcreateserial -out "$work/server.pem" -days 825 -extfile "$work/ext.cnf" 2>/dev/null
  install -m 0600 "$work/server.key" "$tls/server.key"
  install -m 0644 "$work/server.pem" "$tls/server.pem"
  install -m 0644 "$work/ca.pem" "$ca/ca.pem"
  rm -rf "$work"
fi

printf '%s:{PLAIN}%s\n' "$user" "$pass" >/etc/dovecot/users
chown root:dovecot /etc/dovecot/users
chmod 0640 /etc/dovecot/users
chown vmail:vmail /var/mail

exec /usr/sbin/dovecot -F
