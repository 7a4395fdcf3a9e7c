"""A practice's worker (`doorstep run --coaches DIR`): one process serves every coach whose config
is in a folder, from one database; a broken file leaves out only that coach; coaches come and go
with their files; two workers split the mailboxes and one takes over a dead one's."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from service.cli.main import main
from service.common.logcontext import CoachInLog
from service.config import LocalMailbox
from service.daemon.mailbox import Daemon
from service.daemon.practice import Practice
from service.notify.transport import FileTransport
from service.store.db import open_store
from service.store.models import MailboxLease, Message
from tests.mail import make_message
from tests.support import Clock

T0 = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)


def _coach(tmp_path: Path, write_config: Callable[..., Path], name: str) -> Path:
    """A coach's config in tmp_path/coaches, with a Maildir of their own holding one note."""
    box = tmp_path / f"Maildir-{name}"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True, exist_ok=True)
    (box / "new" / "1").write_bytes(make_message(subject=f"Note for {name}"))
    (tmp_path / "coaches").mkdir(exist_ok=True)
    mailbox = f'[mailbox]\nkind = "maildir"\npath = "{box}"\n'
    extra = f'[digest]\ndeliver = "file"\nfile_dir = "{tmp_path}/digests-{name}"\n'
    return write_config(mailbox, extra, name=f"coaches/{name}.toml")


def _stored(url: str) -> dict[str, list[str]]:
    with open_store(url)() as session:
        rows = session.execute(select(Message.account, Message.subject)).all()
    found: dict[str, list[str]] = {}
    for account, subject in rows:
        found.setdefault(str(account).rsplit("-", 1)[-1], []).append(str(subject))
    return found


def _leases(url: str) -> dict[str, str]:
    with open_store(url)() as session:
        rows = session.execute(select(MailboxLease.account, MailboxLease.worker)).all()
    return {str(a).rsplit("-", 1)[-1]: str(w) for a, w in rows}


def _wait_for(check: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _url(practice: Practice) -> str:
    daemon = next(iter(practice.daemons.values()))
    return daemon.config.storage.url


def test_one_worker_serves_every_coach_and_coaches_come_and_go_with_their_files(
    tmp_path: Path, write_config: Callable[..., Path], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(CoachInLog())
    for name in ("robin", "kim", "ana"):
        _coach(tmp_path, write_config, name)
    broken = tmp_path / "coaches" / "lee.toml"
    broken.write_text('[coach]\nname = "Lee"\nemale = ["lee@x.example"]\n')
    practice = Practice(tmp_path / "coaches", lambda c: FileTransport(tmp_path / "out"))
    practice.start()
    try:
        url = _url(practice)
        _wait_for(lambda: len(_stored(url)) == 3)
        assert _stored(url) == {n: [f"Note for {n}"] for n in ("robin", "kim", "ana")}
        assert set(_leases(url)) == {"robin", "kim", "ana"}
        assert [p.name for p in practice.problems] == ["lee.toml"]
        assert "lee.toml, line 3" in practice.problems[broken]
        # The summary line is logged after the commit the wait above saw: wait for it too.
        _wait_for(lambda: any(r.getMessage().startswith("[kim] Poll done") for r in caplog.records))

        # A new file is a new coach; a removed one is let go, its lease given up.
        _coach(tmp_path, write_config, "sol")
        (tmp_path / "coaches" / "kim.toml").unlink()
        practice.scan()
        _wait_for(lambda: "sol" in _stored(url))
        assert set(_leases(url)) == {"robin", "ana", "sol"}
    finally:
        practice.shutdown()
    assert _leases(url) == {}  # a clean stop gives every mailbox back at once


def test_two_workers_split_the_mailboxes_and_one_takes_over_when_the_other_dies(
    tmp_path: Path, write_config: Callable[..., Path]
) -> None:
    for name in ("robin", "kim", "ana"):
        _coach(tmp_path, write_config, name)
    clock = Clock(T0)

    def worker(cap: int | None) -> Practice:
        transport = FileTransport(tmp_path / "out")
        practice = Practice(tmp_path / "coaches", lambda c: transport, cap, clock=clock)
        practice.scan()  # its mailboxes and their jobs; the jobs are run by hand below
        return practice

    def poll_all(practice: Practice) -> list[Daemon]:
        for daemon in practice.daemons.values():
            daemon.poll_job()
        return [d for d in practice.daemons.values() if d.holds_lease]

    first, second = worker(2), worker(None)
    url = _url(first)
    assert len(poll_all(first)) == 2  # its cap
    taken = poll_all(second)
    assert len(taken) == 1  # the one left: never a mailbox the first holds
    leases = _leases(url)
    assert sorted(leases.values()) == sorted([first.worker] * 2 + [second.worker])
    assert all(len(notes) == 1 for notes in _stored(url).values())
    assert len(_stored(url)) == 3

    # The first worker dies (no clean stop); its mailboxes get new mail meanwhile.
    for path, daemon in first.daemons.items():
        if daemon.holds_lease:
            assert isinstance(daemon.config.mailbox, LocalMailbox)
            box = Path(str(daemon.config.mailbox.path))
            (box / "new" / "2").write_bytes(make_message(subject=f"Later for {path.stem}"))
    clock.now += timedelta(minutes=10)
    assert len(poll_all(second)) == 1  # their leases have not run out yet
    clock.now += first_lease(first)
    assert len(poll_all(second)) == 3
    assert set(_leases(url).values()) == {second.worker}
    stored = _stored(url)
    assert sorted(len(v) for v in stored.values()) == [1, 2, 2]  # each message once
    for practice in (first, second):
        practice.scheduler.remove_all_jobs()


def first_lease(practice: Practice) -> timedelta:
    return next(iter(practice.daemons.values())).lease_length


def test_a_folder_that_is_not_there_is_explained(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="is not a folder"):
        Practice(tmp_path / "nowhere", lambda c: FileTransport(tmp_path))


def test_one_mailbox_in_two_files_is_refused_for_the_second(
    tmp_path: Path, write_config: Callable[..., Path]
) -> None:
    original = _coach(tmp_path, write_config, "robin")
    (tmp_path / "coaches" / "robin2.toml").write_text(original.read_text())
    practice = Practice(tmp_path / "coaches", lambda c: FileTransport(tmp_path))
    practice.scan()
    assert [p.name for p in practice.daemons] == ["robin.toml"]
    assert "is another file's already" in practice.problems[tmp_path / "coaches" / "robin2.toml"]


def test_the_command_serves_the_folder_and_stops_cleanly_on_sigterm(
    tmp_path: Path, write_config: Callable[..., Path]
) -> None:
    for name in ("robin", "kim"):
        _coach(tmp_path, write_config, name)
    command = [sys.executable, "-m", "service", "run", "--coaches", str(tmp_path / "coaches")]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    assert process.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and sum("Poll done" in line for line in lines) < 2:
        lines.append(process.stderr.readline())
    process.send_signal(signal.SIGTERM)
    _, rest = process.communicate(timeout=30)
    output = "".join(lines) + rest
    assert process.returncode == 0, output
    assert "serving 2 coach(es)" in output
    assert "[robin] Poll done: 1 new message(s)" in output
    assert "[kim] Poll done: 1 new message(s)" in output
    assert "Received SIGTERM" in output and "Doorstep stopped" in output
    assert "Just an update" not in output  # a message body never reaches the log


def test_max_mailboxes_is_for_a_practice_worker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--max-mailboxes", "2"]) != 0
    assert "--coaches" in capsys.readouterr().err


def test_a_coach_whose_roster_is_odd_is_taken_in_with_a_warning(
    tmp_path: Path, write_config: Callable[..., Path], caplog: pytest.LogCaptureFixture
) -> None:
    path = _coach(tmp_path, write_config, "robin")
    path.write_text(
        path.read_text() + '\n[[clients]]\nname = "Marcus Lee"\nemails = ["m2@x.example"]\n'
    )
    practice = Practice(tmp_path / "coaches", lambda c: FileTransport(tmp_path))
    with caplog.at_level(logging.WARNING):
        practice.scan()
    assert [p.name for p in practice.daemons] == ["robin.toml"]
    assert any("are named 'Marcus Lee'" in r.getMessage() for r in caplog.records)
