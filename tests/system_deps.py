"""What the integration tests need from the machine, and why it is missing: one check, read by the
fixtures (a test skips with the reason, or fails in CI) and by `make test` (which runs
deploy/install-test-deps.sh when something is missing), so the two cannot disagree.

`python3 -m tests.system_deps` prints what is missing and exits 1, or exits 0. It uses the
standard library only: the Makefile runs it before the virtual environment exists.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

INSTALL = "sh deploy/install-test-deps.sh installs it; `make test` runs that"

# Debian's cyrus-imapd cannot be installed beside dovecot-imapd, so the install script unpacks
# its imapd and idled here; cyrus-common's master, lmtpd and tools are installed as usual.
CYRUS_DIR = Path(os.environ.get("DOORSTEP_CYRUS_DIR", "/opt/doorstep-test/cyrus"))
CYRUS_IMAPD = CYRUS_DIR / "usr/lib/cyrus/bin/imapd"
CYRUS_IDLED = CYRUS_DIR / "usr/lib/cyrus/bin/idled"
CYRUS_TOOLS = Path("/usr/lib/cyrus/bin")


def dovecot_binary() -> str | None:
    """Dovecot's master, on PATH or where Debian puts it (/usr/sbin is not on every user's PATH)."""
    path = os.pathsep.join([os.environ.get("PATH", os.defpath), "/usr/sbin"])
    return shutil.which("dovecot", path=path)


def dovecot_imap_programs(binary: str) -> list[Path]:
    """The programs Dovecot's master starts to serve IMAP. They come from Debian's dovecot-imapd,
    not dovecot-core (which has the master): without them Dovecot does not listen at all."""
    prefix = Path(binary).resolve().parent.parent  # /usr/sbin/dovecot: /usr
    libexec = next(
        (d for d in (prefix / "lib/dovecot", prefix / "libexec/dovecot") if d.is_dir()),
        prefix / "lib/dovecot",
    )
    return [libexec / "imap", libexec / "imap-login"]


def dovecot_missing() -> str | None:
    """Why Dovecot cannot serve IMAP here, or None."""
    binary = dovecot_binary()
    if binary is None:
        return f"Dovecot is not installed (apt-get install dovecot-imapd; {INSTALL})"
    absent = [str(p) for p in dovecot_imap_programs(binary) if not os.access(p, os.X_OK)]
    if absent:
        return (
            f"Dovecot's IMAP server is not installed ({', '.join(absent)} missing beside "
            f"{binary}: apt-get install dovecot-imapd; {INSTALL})"
        )
    return None


def cyrus_missing() -> str | None:
    """Which of Cyrus's programs are not installed, or None."""
    needed = [CYRUS_IMAPD, CYRUS_IDLED, CYRUS_TOOLS / "master", CYRUS_TOOLS / "lmtpd"]
    needed.append(CYRUS_TOOLS / "ctl_cyrusdb")
    absent = [str(p) for p in needed if not p.exists()]
    if absent or shutil.which("saslpasswd2") is None:
        return (
            f"Cyrus IMAP is not installed ({', '.join(absent) or 'saslpasswd2'} missing; {INSTALL})"
        )
    return None


def postgres_binaries() -> Path | None:
    """The newest installed PostgreSQL's bin directory."""
    versions = sorted(
        (p for p in Path("/usr/lib/postgresql").glob("*/bin") if (p / "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    return versions[-1] if versions else None


def postgres_missing() -> str | None:
    if postgres_binaries() is None:
        return f"PostgreSQL is not installed (apt-get install postgresql; {INSTALL})"
    return None


def chromium_binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_missing() -> str | None:
    if chromium_binary() is None:
        return f"Chromium is not installed (apt-get install chromium; {INSTALL})"
    return None


def systemd_analyze_missing() -> str | None:
    if shutil.which("systemd-analyze") is None:
        return f"systemd-analyze is not installed (apt-get install systemd; {INSTALL})"
    return None


CHECKS = (
    dovecot_missing,
    cyrus_missing,
    postgres_missing,
    chromium_missing,
    systemd_analyze_missing,
)


def everything_missing() -> list[str]:
    """Each reason a test would skip (or fail in CI) for want of a program, in one list."""
    return [reason for check in CHECKS if (reason := check()) is not None]


def main() -> int:
    reasons = everything_missing()
    for reason in reasons:
        print(f"Missing for the tests: {reason}")
    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main())
