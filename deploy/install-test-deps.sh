#!/bin/sh
# Installs what the integration tests need from Debian's packages, with root or sudo: Dovecot's
# IMAP server, PostgreSQL (the storage tests run on it too), Chromium (headless) to render the
# HTML digest at phone and desktop widths, and systemd's systemd-analyze to check the units in
# deploy/. Cyrus IMAP is the second IMAP server the tests run on. Debian's cyrus-imapd cannot be
# installed beside dovecot-imapd (both provide imap-server, so apt would remove Dovecot): only its
# libraries and tools (cyrus-common) and saslpasswd2 (sasl2-bin) are installed, and cyrus-imapd's
# imapd and idled are unpacked into $CYRUS_DIR, where tests/system_deps.py looks for them.
#
# What it does to the machine, and no more:
# - installs only the packages that are missing (an installed one is left as it is);
# - asks apt first (apt-get -s) and, if apt would remove a package (dovecot-imapd removes
#   Cyrus's or Courier's IMAP server), stops before changing anything and says which, unless
#   DOORSTEP_ALLOW_REMOVALS=1 or CI=true;
# - keeps the new services from starting while they install (a temporary policy-rc.d) and
#   disables at boot those of the packages it installed (never of a package the machine had):
#   the tests start private servers on loopback, and the system-wide ones are not needed.
set -eu
PACKAGES="dovecot-imapd postgresql chromium fonts-dejavu-core systemd cyrus-common sasl2-bin"
CYRUS_DIR=${DOORSTEP_CYRUS_DIR:-/opt/doorstep-test/cyrus}
POLICY=/usr/sbin/policy-rc.d

is_yes() { case "${1:-}" in 1 | true | TRUE | True | yes) return 0 ;; *) return 1 ;; esac; }
installed() { [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" = "ii " ]; }

missing=""
for package in $PACKAGES; do
  installed "$package" || missing="$missing $package"
done
missing=${missing# }
unpack_cyrus=0
case " $missing " in *" cyrus-common "*) unpack_cyrus=1 ;; esac
[ -x "$CYRUS_DIR/usr/lib/cyrus/bin/imapd" ] && [ -x "$CYRUS_DIR/usr/lib/cyrus/bin/idled" ] \
  || unpack_cyrus=1
if [ -z "$missing" ] && [ "$unpack_cyrus" -eq 0 ]; then
  echo "The test dependencies are installed: nothing to do."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || {
    echo "Installing the test dependencies (${missing:-cyrus-imapd's imapd, into $CYRUS_DIR}) needs root or sudo." >&2
    exit 1
  }
  SUDO="sudo"
fi
$SUDO apt-get update -qq

new=""
if [ -n "$missing" ]; then
  # shellcheck disable=SC2086 # one word a package
  plan=$(apt-get -s install --no-install-recommends $missing)
  removed=$(printf '%s\n' "$plan" | sed -n 's/^Remv \([^ ]*\).*/\1/p' | tr '\n' ' ')
  removed=${removed% }
  if [ -n "$removed" ] && ! is_yes "${DOORSTEP_ALLOW_REMOVALS:-}" && ! is_yes "${CI:-}"; then
    cat >&2 <<EOF
Installing the test dependencies ($missing) would remove: $removed.
(Debian lets one IMAP server be installed at a time, and the tests need Dovecot's.)
Nothing was installed or removed. To go on:
  - let apt remove them: DOORSTEP_ALLOW_REMOVALS=1 sh deploy/install-test-deps.sh
  - or install what you can by hand (apt-get install --no-install-recommends PACKAGE) and run
    the tests without the others: .venv/bin/python -m pytest skips each test whose server is
    missing, with the reason.
EOF
    exit 1
  fi
  [ -z "$removed" ] || echo "apt removes $removed, as DOORSTEP_ALLOW_REMOVALS or CI allows." >&2
  # New packages only: "Inst name (version ...)"; an upgrade has the old version in brackets.
  new=$(printf '%s\n' "$plan" | sed -n 's/^Inst \([^ ]*\) (.*/\1/p' | tr '\n' ' ')
fi

had_policy=0
[ -e "$POLICY" ] && had_policy=1
if [ "$had_policy" -eq 0 ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod +x "$POLICY"
fi
cleanup() { [ "$had_policy" -eq 1 ] || $SUDO rm -f "$POLICY"; }
trap cleanup EXIT

if [ -n "$missing" ]; then
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# The services the new packages bring (their systemd units, and SysV scripts without one),
# disabled at boot. systemd's own packages are left alone: they are the machine's init, not a
# server. A unit that cannot be disabled is said, and the rest goes on.
units=""
for package in $new; do
  case "$package" in systemd | systemd-* | libsystemd*) continue ;; esac
  units="$units $(dpkg-query -L "$package" 2>/dev/null | sed -n -E \
    -e 's#^(/usr)?/lib/systemd/system/([^/@]+\.(service|socket|timer))$#\2#p' \
    -e 's#^/etc/init\.d/([^/]+)$#\1.service#p' | tr '\n' ' ')"
done
units=$(printf '%s\n' $units | sort -u | tr '\n' ' ')
units=${units% }
disabled=""
for unit in $units; do
  if $SUDO systemctl disable --quiet "$unit" >/dev/null 2>&1 \
    || $SUDO deb-systemd-helper disable "$unit" >/dev/null 2>&1; then
    disabled="$disabled $unit"
  else
    echo "Could not disable $unit at boot (systemctl disable $unit does it); going on." >&2
  fi
done

if [ "$unpack_cyrus" -eq 1 ]; then
  download=$(mktemp -d)
  chmod 777 "$download" # apt-get download writes as its own unprivileged user where it can
  (cd "$download" && apt-get download -qq cyrus-imapd)
  $SUDO rm -rf "$CYRUS_DIR"
  $SUDO mkdir -p "$CYRUS_DIR"
  $SUDO dpkg-deb -x "$download"/cyrus-imapd_*.deb "$CYRUS_DIR"
  rm -rf "$download"
fi

echo "Installed for the tests: ${missing:-nothing from apt}."
[ -z "$disabled" ] || echo "Disabled at boot (the tests start their own):$disabled."
[ "$unpack_cyrus" -eq 0 ] || echo "Cyrus IMAP's imapd and idled unpacked into $CYRUS_DIR."
