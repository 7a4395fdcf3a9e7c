"""The check of what the tests need from the machine (tests/system_deps.py) looks for what the
tests really run: Dovecot's IMAP server from dovecot-imapd, not only the master from dovecot-core.
The fixtures and `make test` ask the same check, so a machine with dovecot-core alone gets the
install script from `make test`, and a skip with the reason (not a 15 s time-out) from a test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import trustme

from tests import support
from tests.servers import free_port, running_dovecot, wait_for_port
from tests.system_deps import dovecot_missing

REPO = Path(__file__).resolve().parent.parent


def fake_dovecot(root: Path, imap: bool) -> Path:
    """A Dovecot laid out as Debian's: the master in usr/sbin (one that starts nothing), its
    programs in usr/lib/dovecot, and those of dovecot-imapd only if `imap`. Returns usr/sbin."""
    sbin = root / "usr/sbin"
    libexec = root / "usr/lib/dovecot"
    sbin.mkdir(parents=True)
    libexec.mkdir(parents=True)
    programs = ["anvil", "auth", "config", *(["imap", "imap-login"] if imap else [])]
    for path in [sbin / "dovecot", *(libexec / name for name in programs)]:
        path.write_text("#!/bin/sh\nexit 1\n")
        path.chmod(0o755)
    return sbin


@pytest.fixture
def core_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """dovecot-core without dovecot-imapd, first on PATH."""
    sbin = fake_dovecot(tmp_path, imap=False)
    monkeypatch.setenv("PATH", f"{sbin}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


def test_dovecot_with_its_imap_server_is_all_the_tests_need(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sbin = fake_dovecot(tmp_path, imap=True)
    monkeypatch.setenv("PATH", f"{sbin}{os.pathsep}{os.environ['PATH']}")
    assert dovecot_missing() is None


def test_dovecot_without_its_imap_server_is_skipped_with_the_reason_at_once(
    core_only: Path, ca: trustme.CA, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(support, "IN_CI", False)
    started = time.monotonic()
    with pytest.raises(pytest.skip.Exception) as skipped:
        running_dovecot(ca, ca_file)
    assert time.monotonic() - started < 2
    reason = str(skipped.value)
    assert "apt-get install dovecot-imapd" in reason
    assert str(core_only / "usr/lib/dovecot/imap") in reason


def test_dovecot_without_its_imap_server_fails_in_ci(
    core_only: Path, ca: trustme.CA, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(support, "IN_CI", True)
    started = time.monotonic()
    with pytest.raises(pytest.fail.Exception) as failed:
        running_dovecot(ca, ca_file)
    assert time.monotonic() - started < 2
    assert "dovecot-imapd" in str(failed.value)
    assert "CI=true" in str(failed.value)


def test_make_test_installs_dovecot_imapd_where_only_dovecot_core_is(
    core_only: Path, tmp_path: Path
) -> None:
    """`make system-deps` runs the install script: with a `sh` first on PATH that only notes
    what it was asked to run, nothing is installed for real."""
    fakes = tmp_path / "fakes"
    fakes.mkdir()
    log = tmp_path / "sh.log"
    (fakes / "sh").write_text(f'#!/bin/sh\necho "$*" >> {log}\n')
    (fakes / "sh").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "MAKEFLAGS", "MAKELEVEL")}
    env["PATH"] = f"{fakes}{os.pathsep}{os.environ['PATH']}"
    done = subprocess.run(
        ["make", "-s", "-C", str(REPO), "system-deps", f"PYTHON={sys.executable}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "dovecot-imapd" in done.stdout  # what is missing, said before it is installed
    assert log.read_text().splitlines() == ["deploy/install-test-deps.sh"]


def test_a_server_that_exits_at_once_is_not_waited_for() -> None:
    """A Dovecot that cannot start (a broken install, a bad line of configuration) is reported
    when it exits, not after the 15 s a slow start is given."""
    process = subprocess.Popen(["sh", "-c", "exit 3"])
    started = time.monotonic()
    with pytest.raises(TimeoutError, match=r"exited \(3\)"):
        wait_for_port(free_port(), process=process)
    assert time.monotonic() - started < 2
