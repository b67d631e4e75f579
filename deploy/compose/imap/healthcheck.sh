#!/bin/sh
# Healthy once the CA certificate is out for the nodes, the mailbox user resolves and
# something listens on 993 (0x03E1) without opening a connection there (no log noise).
set -eu
test -s /var/lib/imap-ca/ca.pem
doveadm user "${IMAP_USER:-sertifikat}" >/dev/null
grep -qi ':03E1 00000000:0000 0A' /proc/net/tcp
