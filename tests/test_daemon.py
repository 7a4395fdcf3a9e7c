"""The daemon: the digest at the coach's local hour across DST, a missed digest sent once, clean stops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.daemon.mailbox import Daemon
from service.daemon.schedule import digest_trigger
from service.ingest.source import FolderInfo
from service.notify.transport import FileTransport
from service.poll.mailbox import open_source, poll_once
from service.records import RawMessage
from service.store.db import open_store
from service.store.models import Digest, Message
from tests.mail import make_message
from tests.support import Clock
from tests.test_cli import demo_config
from tests.test_store import ScriptedSource, count, factory

CHICAGO = ZoneInfo("America/Chicago")


def fire_times(config: Config, start: datetime, n: int) -> list[datetime]:
    trigger = digest_trigger(config)
    times, previous = [], None
    now = start
    for _ in range(n):
        nxt = trigger.get_next_fire_time(previous, now)
        times.append(nxt.astimezone(UTC))
        # Step on in UTC: local wall-clock times repeat (fall back) or do not exist (spring forward).
        previous, now = nxt, nxt.astimezone(UTC) + timedelta(seconds=1)
    return times


def test_digest_hour_holds_across_dst(config: Config) -> None:
    # Fall back on Sun 1 Nov 2026, spring forward on Sun 14 Mar 2027 (America/Chicago).
    for start in (datetime(2026, 10, 30, tzinfo=CHICAGO), datetime(2027, 3, 12, tzinfo=CHICAGO)):
        times = fire_times(config, start, 4)
        assert [t.astimezone(CHICAGO).strftime("%d %H:%M") for t in times] == [
            f"{(start + timedelta(days=i)).day:02d} 07:30" for i in range(4)
        ]
        offsets = {t.astimezone(CHICAGO).utcoffset() for t in times}
        assert len(offsets) == 2  # the UTC hour moves, the local hour does not


def test_missed_digest_is_sent_once_on_start(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "Maildir" / "new" / "1.a").write_bytes(make_message(subject="Hello"))
    clock = Clock(datetime(2026, 11, 18, 16, 0, tzinfo=UTC))  # 10:00 in Chicago, after 07:30
    out = tmp_path / "out"
    daemon = Daemon(config, sessions, FileTransport(out), clock=clock)
    daemon.poll_job()
    assert [p.name for p in out.iterdir()] == ["digest-2026-11-18.eml"]
    clock.now += timedelta(minutes=10)
    daemon.poll_job()
    Daemon(config, sessions, FileTransport(out), clock=clock).poll_job()  # a restart
    with sessions() as session:
        assert session.query(Digest).count() == 1


def test_no_digest_before_the_hour(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 11, 18, 12, 0, tzinfo=UTC))  # 06:00 in Chicago
    Daemon(config, sessions, FileTransport(tmp_path / "out"), clock=clock).poll_job()
    assert not (tmp_path / "out").exists()


def test_stop_takes_effect_between_batches(config: Config, sessions: sessionmaker[Session]) -> None:
    stop = threading.Event()

    class StoppingSource(ScriptedSource):
        def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[RawMessage]:
            yield from super().fetch_headers(folder, uids)
            stop.set()  # SIGTERM arrives while the first batch is being handled

    source = StoppingSource({uid: make_message(subject=f"n{uid}") for uid in range(1, 251)})
    poll_once(config, sessions, factory(source), stop=stop)
    with sessions() as session:
        assert session.query(Message).count() == 100


def test_sigterm_stops_the_daemon_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "service", "--config", str(demo_config(tmp_path)), "run"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        lines.append(line)
        if "Poll done" in line:
            break
    process.send_signal(signal.SIGTERM)
    _, rest = process.communicate(timeout=30)
    output = "".join(lines) + rest
    assert process.returncode == 0, output
    assert "Poll done: 12 new message(s)" in output
    assert "Received SIGTERM" in output and "Doorstep stopped" in output


def test_empty_day_skip_decides_the_day(write_config: Callable[..., Path], tmp_path: Path) -> None:
    config = load_config(
        write_config(extra='[digest]\ndeliver = "file"\nfile_dir = "out"\nempty_day = "skip"\n')
    )
    sessions = open_store(config.storage.url)
    clock = Clock(datetime(2026, 11, 18, 14, 0, tzinfo=UTC))  # 08:00 in Chicago
    daemon = Daemon(config, sessions, FileTransport(tmp_path / "out"), clock=clock)
    daemon.poll_job()
    assert not (tmp_path / "out").exists()
    # Mail arriving later that day waits for tomorrow's digest; it does not trigger one at noon.
    (tmp_path / "Maildir" / "new" / "1.a").write_bytes(make_message(subject="Noon news"))
    clock.now += timedelta(hours=4)
    daemon.poll_job()
    assert not (tmp_path / "out").exists()
    clock.now += timedelta(days=1)
    daemon.poll_job()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["digest-2026-11-19.eml"]


def test_empty_day_quiet_note(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 11, 18, 14, 0, tzinfo=UTC))
    Daemon(config, sessions, FileTransport(tmp_path / "out"), clock=clock).poll_job()
    (digest,) = (tmp_path / "out").iterdir()
    assert b"A quiet day: no new messages from clients." in digest.read_bytes()


def _daily_at(write_config: Callable[..., Path], hhmm: str) -> Config:
    return load_config(
        write_config(extra=f'[digest]\ndeliver = "file"\nfile_dir = "out"\nsend_at = "{hhmm}"\n')
    )


def test_fall_back_repeats_the_hour_but_one_digest_goes_out(
    write_config: Callable[..., Path], tmp_path: Path
) -> None:
    config = _daily_at(write_config, "01:30")  # 01:30 happens twice in Chicago on 1 Nov 2026
    times = [
        t for t in fire_times(config, datetime(2026, 10, 31, 12, tzinfo=CHICAGO), 3) if t.day == 1
    ]
    assert len(times) == 2  # the scheduler fires at both 01:30s
    sessions = open_store(config.storage.url)
    clock = Clock(times[0])
    daemon = Daemon(config, sessions, FileTransport(tmp_path / "out"), clock=clock)
    for t in times:
        clock.now = t
        daemon.digest_job()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["digest-2026-11-01.eml"]


def test_spring_forward_skips_the_hour_but_the_digest_still_goes_out(
    write_config: Callable[..., Path], tmp_path: Path
) -> None:
    config = _daily_at(write_config, "02:30")  # 02:30 does not exist in Chicago on 14 Mar 2027
    (day,) = [
        t for t in fire_times(config, datetime(2027, 3, 13, 12, tzinfo=CHICAGO), 2) if t.day == 14
    ]
    assert day.astimezone(CHICAGO).strftime("%H:%M %Z") == "03:30 CDT"
    sessions = open_store(config.storage.url)
    Daemon(config, sessions, FileTransport(tmp_path / "out"), clock=Clock(day)).digest_job()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["digest-2027-03-14.eml"]


class Failing:
    """A mail source that cannot be opened: the server refuses the password or is not there."""

    def __init__(self, error: Exception) -> None:
        self.error = error
        self.attempts = 0

    def __call__(self, config: Config, sessions: sessionmaker[Session]) -> ScriptedSource:
        self.attempts += 1
        raise self.error


def test_a_refused_password_is_not_hammered(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    from service.common.errors import MailboxAuthError

    failing = Failing(MailboxAuthError("The IMAP server refused the login."))
    clock = Clock(datetime(2026, 11, 18, 12, 0, tzinfo=UTC))  # before the digest hour
    daemon = Daemon(
        config, sessions, FileTransport(tmp_path / "out"), clock=clock, source_factory=failing
    )
    for _ in range(20):  # a poll every minute for 20 minutes
        daemon.poll_job()
        clock.now += timedelta(minutes=1)
    assert failing.attempts == 2  # at 0 and after 15 minutes; next after 30 more
    assert daemon.retry_after == datetime(2026, 11, 18, 12, 45, tzinfo=UTC)


def test_a_dropped_connection_is_retried_with_growing_pauses(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    from service.common.errors import MailboxError

    failing = Failing(MailboxError("The connection to the server failed."))
    clock = Clock(datetime(2026, 11, 18, 12, 0, tzinfo=UTC))
    daemon = Daemon(
        config,
        sessions,
        FileTransport(tmp_path / "out"),
        clock=clock,
        source_factory=failing,
        jitter=lambda: 1.0,
    )
    pauses = []
    for _ in range(6):
        daemon.poll_job()
        assert daemon.retry_after is not None
        pauses.append((daemon.retry_after - clock.now).total_seconds())
        clock.now = daemon.retry_after
    assert pauses == [30, 60, 120, 240, 480, 600]  # doubling, capped at the poll interval (10 min)
    (tmp_path / "Maildir" / "new" / "1").write_bytes(make_message(subject="Back"))
    daemon.source_factory = open_source
    daemon.poll_job()
    assert daemon.failures == 0 and daemon.retry_after is None


def test_after_a_long_read_the_next_poll_starts_on_a_new_connection(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import service.daemon.mailbox

    monkeypatch.setattr(service.daemon.connection, "FRESH_CONNECTION_AFTER", 50)
    opened: list[ScriptedSource] = []
    messages = {uid: make_message(subject=f"n{uid}") for uid in range(1, 61)}

    def counting(_config: Config, _sessions: sessionmaker[Session]) -> ScriptedSource:
        opened.append(ScriptedSource(messages))
        return opened[-1]

    clock = Clock(datetime(2026, 11, 18, 12, 0, tzinfo=UTC))  # before the digest hour
    daemon = Daemon(
        config, sessions, FileTransport(tmp_path / "out"), clock=clock, source_factory=counting
    )
    daemon.poll_job()  # reads 60 messages: that connection is not kept
    daemon.poll_job()  # nothing new: a new connection, kept
    daemon.poll_job()
    assert len(opened) == 2


class HeldSource(ScriptedSource):
    """A mailbox whose polls can be held at their start, as a long poll is, while news comes."""

    def __init__(self, messages: dict[int, bytes]) -> None:
        super().__init__(messages)
        self.gate = threading.Event()
        self.gate.set()
        self.polls = 0
        self.seen: dict[int, bytes] = {}

    def open_folder(self, folder: str) -> FolderInfo:
        self.polls += 1
        self.seen = dict(self.messages)  # what this poll finds
        info = FolderInfo(folder, self.uidvalidity, max(self.seen, default=0) + 1)
        self.gate.wait(10)
        return info

    def uids_after(self, folder: str, last_uid: int, since: date | None) -> list[int]:
        return sorted(u for u in self.seen if u > last_uid)


def wait_until(done: Callable[[], bool], seconds: float = 5) -> bool:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        time.sleep(0.02)
    return done()


def test_news_of_mail_during_a_poll_asked_for_by_news_is_read_right_after_it(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    # IDLE tells of new mail while the poll it asked for a moment ago still runs: the news is
    # followed by a poll as soon as that one ends, not an hour later at the next regular poll.
    source = HeldSource({1: make_message(subject="first")})
    daemon = Daemon(
        config, sessions, FileTransport(tmp_path / "out"), source_factory=factory(source)
    )
    scheduler = daemon.build_scheduler()
    scheduler.start()
    try:
        assert wait_until(lambda: source.polls == 1 and count(sessions) == 1)
        source.gate.clear()
        daemon.poll_soon()  # news: a poll begins, and is held
        assert wait_until(lambda: source.polls == 2)
        source.messages[2] = make_message(subject="second")
        daemon.poll_soon()  # more news, while that poll runs
        time.sleep(0.3)
        source.gate.set()
        assert wait_until(lambda: count(sessions) == 2), "the second news was dropped"
        assert source.polls == 3
    finally:
        source.gate.set()
        daemon.stop.set()
        scheduler.shutdown(wait=True)


def test_news_while_the_mailbox_is_busy_is_polled_for_by_the_job_that_held_it() -> None:
    from service.daemon.wakeup import Wakeup

    busy, polls = threading.Lock(), []
    wakeup = Wakeup(busy, threading.Event())
    with busy:  # the digest runs
        wakeup.news()
        wakeup.follow(lambda: polls.append(1))  # the job the news asked for: the mailbox is busy
        assert polls == []
    wakeup.follow(lambda: polls.append(1))  # the digest's job, after letting go
    assert polls == [1]
    wakeup.follow(lambda: polls.append(1))  # nothing new since
    assert polls == [1]
