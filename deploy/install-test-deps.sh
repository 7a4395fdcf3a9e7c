#!/bin/sh
# Installs what the integration tests need from Debian's packages: Dovecot's IMAP server,
# PostgreSQL (the storage tests run on it too), Chromium (headless) to render the HTML digest
# at phone and desktop widths, and systemd's systemd-analyze to check the units in deploy/. The packages would start the system-wide Dovecot and PostgreSQL;
# a temporary policy-rc.d stops that, since the tests start private instances on loopback.
# Cyrus IMAP is the second IMAP server the tests run on. Debian's cyrus-imapd cannot be installed beside
# dovecot-imapd (both provide imap-server, so apt would remove Dovecot): only its libraries and tools
# (cyrus-common) and saslpasswd2 (sasl2-bin) are installed, and cyrus-imapd's imapd and idled are
# unpacked into $CYRUS_DIR, where tests/cyrus.py looks for them.
set -eu
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Installing dovecot-imapd needs root (or sudo)." >&2; exit 1; }
  SUDO="sudo"
fi
had_policy=0
[ -e /usr/sbin/policy-rc.d ] && had_policy=1
if [ "$had_policy" -eq 0 ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
fi
cleanup() { [ "$had_policy" -eq 1 ] || $SUDO rm -f /usr/sbin/policy-rc.d; }
trap cleanup EXIT
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  dovecot-imapd postgresql chromium fonts-dejavu-core systemd >/dev/null
CYRUS_DIR=/opt/doorstep-test/cyrus
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  cyrus-common sasl2-bin >/dev/null
download=$(mktemp -d)
chmod 777 "$download"  # apt-get download writes as its own unprivileged user where it can
(cd "$download" && $SUDO apt-get download -qq cyrus-imapd)
$SUDO rm -rf "$CYRUS_DIR"
$SUDO mkdir -p "$CYRUS_DIR"
$SUDO dpkg-deb -x "$download"/cyrus-imapd_*.deb "$CYRUS_DIR"
rm -rf "$download"
echo "Installed Dovecot $(/usr/sbin/dovecot --version | head -n1), $(ls -d /usr/lib/postgresql/*/bin | head -n1) $(chromium --version 2>/dev/null) and Cyrus IMAP's imapd in $CYRUS_DIR"
