"""Several workers on one database: a mailbox is polled, and its digest sent, by one worker at a
time, and a worker that dies has its mailbox taken over once its lease runs out. Run on SQLite
and (make test) on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.daemon.mailbox import Daemon
from service.ingest.source import Source
from service.notify.transport import FileTransport
from service.poll.mailbox import open_source
from service.store.db import open_store
from service.store.lease import release_lease, take_lease
from service.store.models import Digest, Message
from tests.mail import make_message
from tests.servers import MailUser
from tests.support import Clock

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def test_the_lease_is_one_workers_until_it_runs_out(sessions: sessionmaker[Session]) -> None:
    assert take_lease(sessions, "coach", "a", T0, HOUR)
    assert not take_lease(sessions, "coach", "b", T0 + timedelta(minutes=30), HOUR)
    assert take_lease(sessions, "coach", "a", T0 + timedelta(minutes=50), HOUR)  # renewed
    assert not take_lease(sessions, "coach", "b", T0 + timedelta(minutes=70), HOUR)
    assert take_lease(sessions, "coach", "b", T0 + timedelta(minutes=111), HOUR)  # ran out
    assert not take_lease(sessions, "coach", "a", T0 + timedelta(minutes=112), HOUR)
    assert take_lease(sessions, "other coach", "a", T0 + timedelta(minutes=112), HOUR)
    release_lease(sessions, "coach", "a")  # not a's to give up: nothing changes
    assert not take_lease(sessions, "coach", "a", T0 + timedelta(minutes=113), HOUR)
    release_lease(sessions, "coach", "b")
    assert take_lease(sessions, "coach", "a", T0 + timedelta(minutes=114), HOUR)


def _race(
    start: threading.Barrier,
    won: list[str],
    name: str,
    factory: sessionmaker[Session],
    now: datetime,
) -> None:
    start.wait()
    if take_lease(factory, "coach", name, now, HOUR):
        won.append(name)


def test_racing_workers_never_both_win(config: Config) -> None:
    """Eight workers, each with its own connection, try for the same lease at once, 40 times
    over (each round with a later lease): each round exactly one of them holds it."""
    workers = [open_store(config.storage.url) for _ in range(8)]
    for round_ in range(40):
        now = T0 + round_ * 2 * HOUR  # the last round's lease has run out
        start = threading.Barrier(len(workers))
        won: list[str] = []
        threads = [
            threading.Thread(target=_race, args=(start, won, f"w{i}", factory, now))
            for i, factory in enumerate(workers)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(won) == 1, (round_, won)


def test_two_daemons_one_mailbox_one_poller_and_a_takeover(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    polls: list[str] = []

    def counting(name: str):  # type: ignore[no-untyped-def]
        def source(config: Config, sessions: sessionmaker[Session]) -> Source:
            polls.append(name)
            return open_source(config, sessions)

        return source

    clock = Clock(T0)
    out = FileTransport(tmp_path / "out")
    first = Daemon(config, sessions, out, clock=clock, source_factory=counting("first"))
    second = Daemon(config, sessions, out, clock=clock, source_factory=counting("second"))
    (tmp_path / "Maildir" / "new" / "1").write_bytes(make_message(subject="One"))
    for _ in range(3):
        first.poll_job()
        first.close_source()
        second.poll_job()  # stands by: never opens the mailbox
        clock.now += timedelta(minutes=10)
    assert set(polls) == {"first"}

    # `first` dies (it stops renewing). Within the lease, `second` still waits; after it, polls.
    (tmp_path / "Maildir" / "new" / "2").write_bytes(make_message(subject="Two"))
    clock.now += timedelta(minutes=20)
    second.poll_job()
    assert set(polls) == {"first"}
    clock.now += first.lease_length
    second.poll_job()
    assert polls[-1] == "second"
    first.digest_job()  # the dead one's job, were it to wake: it no longer holds the mailbox
    second.digest_job()
    with sessions() as session:
        assert sorted(session.scalars(select(Message.subject))) == ["One", "Two"]
        assert session.scalar(select(func.count()).select_from(Digest)) == 1


@pytest.mark.dovecot
def test_a_poll_with_nothing_new_writes_nothing(
    mail_user: MailUser, write_config: Callable[..., Path], tmp_path: Path
) -> None:
    """Holding the lease and a healthy mailbox cost no write per poll (the lease is renewed when
    a third of it is gone; a working poll closes an outage only when there is one), and the poll
    reads one thing: the folders' states, in one query, once the roster was found known (the
    daemon then looks for a digest waiting to be sent, in the digest table)."""
    mail_user.deliver(make_message(subject="One"))
    config = load_config(write_config(mail_user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    clock = Clock(T0)
    daemon = Daemon(config, sessions, FileTransport(tmp_path / "out"), clock=clock)
    daemon.poll_job()
    clock.now += timedelta(minutes=1)
    daemon.poll_job()  # the first poll after the roster was stored finds it known
    clock.now += timedelta(minutes=1)
    writes: list[str] = []
    reads: list[str] = []

    def record(_c: object, _cur: object, sql: str, *_rest: object) -> None:
        if sql.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            writes.append(sql)
        elif sql.lstrip().upper().startswith("SELECT"):
            reads.append(" ".join(sql.split()))

    engine = sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", record)
    try:
        daemon.poll_job()
    finally:
        event.remove(engine, "before_cursor_execute", record)
        daemon.close_source()
    assert writes == []
    polled = [r for r in reads if "FROM digest" not in r]
    assert len(polled) == 1 and "FROM folder_state" in polled[0], reads
