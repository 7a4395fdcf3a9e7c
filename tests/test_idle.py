"""Cheap polls and fast news: one STATUS per folder when nothing changed (also on a server without
CONDSTORE, like Microsoft 365), a NOOP keepalive on a connection left unused, and IMAP IDLE that
has new mail read within seconds. Every command is read off the wire."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.daemon.mailbox import Daemon
from service.ingest.imap import ImapSource
from service.ingest.source import Source
from service.notify.transport import FileTransport
from service.poll.mailbox import open_source, poll_once
from service.store.db import open_store
from service.store.models import FolderState, Message
from tests.mail import make_message
from tests.servers import DovecotServer, MailUser, running_dovecot, stop_dovecot
from tests.support import Clock

# What Microsoft 365 offers (its CAPABILITY has no CONDSTORE and no QRESYNC).
NO_CONDSTORE = """
protocol imap {
  imap_capability = IMAP4rev1 IDLE NAMESPACE UIDPLUS CHILDREN UNSELECT MOVE ID SASL-IR LITERAL+
}
"""


def wire(source: object) -> list[bytes]:
    """Every command line the source sends from now on, tag left off."""
    assert isinstance(source, ImapSource)
    imap = source._client._imap
    sent: list[bytes] = []
    send = imap.send

    def recording(data: bytes) -> None:
        sent.extend(line.split(b" ", 1)[-1] for line in data.splitlines() if line)
        send(data)

    imap.send = recording
    return sent


def count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.query(Message).count())


@pytest.fixture(scope="module")
def m365_like(ca: trustme.CA, ca_file: Path) -> Iterator[DovecotServer]:
    server = running_dovecot(ca, ca_file, NO_CONDSTORE)
    yield server
    stop_dovecot(server)


@pytest.mark.dovecot
def test_a_poll_with_nothing_new_is_one_status_per_folder(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    for i in range(3):
        mail_user.deliver(make_message(subject=f"n{i}"))
    config = load_config(write_config(mail_user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    source = open_source(config, sessions)
    try:
        assert poll_once(config, sessions, source=source).stored == 3
        poll_once(config, sessions, source=source)  # leaves the folder it had open (UNSELECT)
        sent = wire(source)
        report = poll_once(config, sessions, source=source)
        assert report.fetched == 0
        assert len(sent) == 1, sent
        assert re.fullmatch(rb'STATUS "?INBOX"? \(UIDNEXT UIDVALIDITY\)', sent[0])
        mail_user.deliver(make_message(subject="new"))
        assert poll_once(config, sessions, source=source).stored == 1
    finally:
        source.close()


@pytest.mark.dovecot
def test_a_server_without_condstore_is_polled_just_as_cheaply(
    m365_like: DovecotServer, write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    user = m365_like.add_user()
    monkeypatch.setenv("DOORSTEP_TEST_IMAP_PASSWORD", user.password)
    user.deliver(make_message(subject="hello"))
    config = load_config(write_config(user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    source = open_source(config, sessions)
    try:
        assert isinstance(source, ImapSource)
        assert not source._client.has_capability("CONDSTORE")
        poll_once(config, sessions, source=source)
        poll_once(config, sessions, source=source)
        sent = wire(source)
        assert poll_once(config, sessions, source=source).fetched == 0
        assert [re.sub(rb'"?INBOX"?', b"INBOX", c) for c in sent] == [
            b"STATUS INBOX (UIDNEXT UIDVALIDITY)"
        ]
        user.deliver(make_message(subject="second"))
        assert poll_once(config, sessions, source=source).stored == 1
    finally:
        source.close()


@pytest.mark.dovecot
def test_an_unused_kept_connection_gets_a_noop(
    mail_user: MailUser, write_config: Callable[..., Path], tmp_path: Path
) -> None:
    config = load_config(write_config(mail_user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    clock = Clock(datetime.now(UTC))
    daemon = Daemon(config, sessions, FileTransport(tmp_path / "out"), clock=clock)
    daemon.poll_job()
    sent = wire(daemon._source)
    clock.now += timedelta(minutes=3)
    daemon.keepalive_job()
    assert sent == []  # recently used: left alone
    clock.now += timedelta(minutes=6)
    daemon.keepalive_job()
    assert sent == [b"NOOP"]
    kept = daemon._source
    assert kept is not None
    kept.close()  # the server's side of it goes away
    clock.now += timedelta(minutes=9)
    daemon.keepalive_job()  # finds it dead: dropped, for the next poll to replace
    assert daemon._source is None
    mail_user.deliver(make_message(subject="after"))
    daemon.poll_job()
    assert count(sessions) == 1
    daemon.close_source()


@pytest.mark.dovecot
@pytest.mark.one_database  # IDLE's wake-up: no database in it
def test_idle_reads_new_mail_within_seconds(
    mail_user: MailUser, write_config: Callable[..., Path], tmp_path: Path
) -> None:
    config = load_config(
        write_config(
            mail_user.mailbox_toml() + "idle = true\n", extra="[daemon]\npoll_minutes = 60\n"
        )
    )
    sessions = open_store(config.storage.url)
    commands: list[list[bytes]] = []

    def factory(config: Config, sessions: sessionmaker[Session]) -> Source:
        source = open_source(config, sessions)
        commands.append(wire(source))
        return source

    daemon = Daemon(config, sessions, FileTransport(tmp_path / "out"), source_factory=factory)
    daemon.idle_restart = timedelta(seconds=1)  # so that the test sees IDLE begun again and again
    scheduler = daemon.build_scheduler()
    scheduler.start()
    daemon.start_idle_watch()
    try:
        time.sleep(3)  # the first poll ran; IDLE has been restarted a few times by now
        for i in range(2):
            mail_user.deliver(make_message(subject=f"news {i}"))
            deadline = time.monotonic() + 15
            while count(sessions) < i + 1 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert count(sessions) == i + 1  # long before the next poll, due in an hour
        watch = next(c for c in commands if b"IDLE" in c)
        assert watch.count(b"IDLE") >= 3 and watch.count(b"DONE") >= 2
        assert not any(c.startswith((b"STORE", b"UID STORE", b"EXPUNGE", b"SELECT")) for c in watch)
    finally:
        daemon.stop.set()
        scheduler.shutdown(wait=True)
        assert daemon.idle.thread is not None
        daemon.idle.thread.join(timeout=10)
        assert not daemon.idle.thread.is_alive()
        daemon.close_source()


@pytest.mark.dovecot
def test_a_quiet_poll_is_noted_at_most_every_ten_minutes(
    mail_user: MailUser, write_config: Callable[..., Path]
) -> None:
    mail_user.deliver(make_message(subject="hello"))
    config = load_config(write_config(mail_user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    clock = Clock(datetime.now(UTC))

    def last_poll() -> datetime:
        with sessions() as session:
            at = session.query(FolderState).one().last_poll_at
        assert at is not None
        return at if at.tzinfo else at.replace(tzinfo=UTC)

    source = open_source(config, sessions)
    try:
        poll_once(config, sessions, clock=clock, source=source)
        first = last_poll()
        clock.now += timedelta(minutes=3)
        poll_once(config, sessions, clock=clock, source=source)
        assert last_poll() == first  # nothing new, nothing written
        clock.now += timedelta(minutes=8)
        poll_once(config, sessions, clock=clock, source=source)
        assert abs((last_poll() - clock.now).total_seconds()) < 1  # `status` stays current
    finally:
        source.close()
