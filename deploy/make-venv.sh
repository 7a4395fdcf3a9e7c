#!/bin/sh
# Creates Doorstep's virtual environment with PYTHON (3.11+) and installs Doorstep into it.
# On Debian/Ubuntu the venv module is a separate package (python3-venv); install it if missing.
set -eu
PYTHON="${1:-python3}"
VENV="${2:-.venv}"

"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "Doorstep needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1). Run: make PYTHON=python3.12" >&2
  exit 1
}
if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing Python's venv module (python3-venv) with apt-get…"
    $SUDO apt-get update -qq
    ver=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "python$ver-venv" >/dev/null \
      || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
  else
    echo "Python's venv module is missing; install it (on Debian/Ubuntu: python3-venv)." >&2
    exit 1
  fi
fi
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e '.[test]'
