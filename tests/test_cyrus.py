"""The promises that matter, on two real IMAP servers: Dovecot and Cyrus (what Fastmail runs).

Each test runs once per server: a poll changes nothing in the mailbox (no flag, no UID, no
audit-log line), every message is stored exactly once even when mail arrives during the poll, a
renumbered folder (new UIDVALIDITY) is re-read without duplicates, the coach's replies in the Sent
folder (found by its \\Sent flag) close what they answer, and IDLE reads new mail in seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.daemon.mailbox import Daemon
from service.ingest.source import Source
from service.notify.transport import FileTransport
from service.poll.mailbox import open_source, poll_once
from service.store.db import open_store
from service.store.models import Message
from tests.cyrus import CyrusUser
from tests.mail import make_message
from tests.servers import MailUser, mail_log_events
from tests.test_idle import count, wire

COACH = "Robin Avery <robin@avery-coaching.example>"


@dataclass
class OnServer:
    """A test user on one of the two servers, and what differs between them."""

    kind: str
    user: MailUser | CyrusUser

    @property
    def sent_folder(self) -> str:
        """Dovecot's is "Sent Items" at the top; Debian's Cyrus keeps it as INBOX.Sent."""
        return "Sent Items" if isinstance(self.user, MailUser) else self.user.sent_folder

    def log_mark(self) -> int:
        if isinstance(self.user, MailUser):
            return len(mail_log_events(self.user.server, self.user))
        return self.user.server.syslog.count()

    def changes_since(self, mark: int) -> list[str]:
        """What the server logged as a change to the user's mailbox since `mark`."""
        if isinstance(self.user, MailUser):
            return mail_log_events(self.user.server, self.user)[mark:]
        self.user.server.syslog.flush()
        return self.user.changes(mark)

    def renumber(self) -> None:
        """INBOX gets a new UIDVALIDITY and keeps its messages."""
        if isinstance(self.user, CyrusUser):
            self.user.renumber()
            return
        time.sleep(1.1)  # Dovecot's UIDVALIDITY is a timestamp: make sure the new one differs
        for name in self.user.maildir.iterdir():
            if name.name.startswith("dovecot") and name.is_file():
                name.unlink()


@pytest.fixture(params=["dovecot", "cyrus"])
def on(request: pytest.FixtureRequest) -> OnServer:
    user = request.getfixturevalue("mail_user" if request.param == "dovecot" else "cyrus_user")
    return OnServer(request.param, user)


@dataclass(frozen=True)
class Snapshot:
    """Everything a client could change in INBOX."""

    uidvalidity: int
    uidnext: int
    highestmodseq: int | None  # any flag change or expunge raises it (CONDSTORE)
    flags: dict[int, list[bytes]]  # each message's UID and flags


def snapshot(on: OnServer) -> Snapshot:
    client = on.user.client()
    try:
        info = client.select_folder("INBOX", readonly=True)
        flags = client.get_flags(client.search(["ALL"]))
        return Snapshot(
            uidvalidity=info[b"UIDVALIDITY"],
            uidnext=info[b"UIDNEXT"],
            highestmodseq=info.get(b"HIGHESTMODSEQ"),
            # \\Recent is a per-session flag that no client can set or keep; leave it out.
            flags={uid: sorted(f for f in fl if f != b"\\Recent") for uid, fl in flags.items()},
        )
    finally:
        client.logout()


def subjects(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return sorted(m.subject for m in session.query(Message))


def test_a_poll_changes_nothing_in_the_mailbox(
    on: OnServer, write_config: Callable[..., Path]
) -> None:
    on.user.deliver(make_message(subject="Values list", body="I finished my values list."))
    on.user.deliver(
        make_message(
            sender="Marcus Lee <marcus@lee-family.example>",
            subject="Thursday",
            body="Could we move Thursday's session to Friday?",
        )
    )
    on.user.deliver(make_message(sender="News <news@letters.example>", subject="Weekly news"))
    # One message the coach has already read, flagged: its flags must stay exactly as they are.
    flagged = on.log_mark()
    client = on.user.client()
    client.select_folder("INBOX")
    client.add_flags(client.search(["ALL"])[:1], [b"\\Seen", b"\\Flagged"])
    client.logout()
    assert on.changes_since(flagged), "the server's log must show a client's change"
    before = snapshot(on)
    mark = on.log_mark()

    config = load_config(write_config(on.user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    report = poll_once(config, sessions)
    assert (report.fetched, report.stored, report.skipped_non_client) == (3, 2, 1)
    assert snapshot(on) == before
    on.user.deliver(make_message(subject="Later", body="One more thing."))
    delivered = snapshot(on)
    assert poll_once(config, sessions).stored == 1
    assert snapshot(on) == delivered
    assert delivered.flags[before.uidnext] == []  # "Later" is still unread
    changes = on.changes_since(mark)
    if on.kind == "cyrus":  # the audit log is live: it saw "Later" delivered over LMTP
        assert any("/lmtpunix[" in c and "auditlog: append" in c for c in changes), changes
    assert [c for c in changes if "/lmtpunix[" not in c] == []


def test_mail_arriving_during_a_poll_is_stored_exactly_once(
    on: OnServer, write_config: Callable[..., Path]
) -> None:
    for i in range(100):
        on.user.deliver(make_message(subject=f"early {i:03d}"))
    config = load_config(write_config(on.user.mailbox_toml(batch_size=10)))
    sessions = open_store(config.storage.url)

    def deliver_late() -> None:
        for i in range(20):
            on.user.deliver(make_message(subject=f"late {i:03d}"))
            time.sleep(0.01)

    thread = threading.Thread(target=deliver_late)
    thread.start()
    poll_once(config, sessions)
    thread.join()
    poll_once(config, sessions)
    assert poll_once(config, sessions).fetched == 0
    expected = sorted([f"early {i:03d}" for i in range(100)] + [f"late {i:03d}" for i in range(20)])
    assert subjects(sessions) == expected


def test_a_renumbered_folder_is_read_again_without_duplicates(
    on: OnServer, write_config: Callable[..., Path], caplog: pytest.LogCaptureFixture
) -> None:
    for i in range(5):
        on.user.deliver(make_message(subject=f"n{i}", message_id=f"<renum-{i}@test>"))
    config = load_config(write_config(on.user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).stored == 5
    before = snapshot(on).uidvalidity
    on.renumber()
    on.user.deliver(make_message(subject="n5", message_id="<renum-5@test>"))
    assert snapshot(on).uidvalidity != before

    with caplog.at_level(logging.WARNING):
        report = poll_once(config, sessions)
    assert (report.fetched, report.stored) == (6, 1)
    assert "renumbered this folder" in caplog.text
    assert subjects(sessions) == [f"n{i}" for i in range(6)]
    assert poll_once(config, sessions).fetched == 0


def test_a_reply_in_the_sent_folder_answers_the_message(
    on: OnServer, write_config: Callable[..., Path]
) -> None:
    on.user.deliver(
        make_message(subject="Question", body="Could you call me?", message_id="<c1@example.org>")
    )
    on.user.deliver(
        make_message(
            sender="Marcus Lee <marcus@lee-family.example>",
            subject="Other",
            body="Can we talk about money?",
            message_id="<c2@example.org>",
        )
    )
    on.user.deliver(
        make_message(
            sender=COACH,
            to="jane.doe@example.org",
            subject="Re: Question",
            body="Calling at 5.",
            headers={"In-Reply-To": "<c1@example.org>", "References": "<c1@example.org>"},
        ),
        folder=on.sent_folder,
    )
    config = load_config(write_config(on.user.mailbox_toml()))
    sessions = open_store(config.storage.url)
    report = poll_once(config, sessions)
    assert (report.sent_folder, report.sent_read, report.answered) == (on.sent_folder, 1, 1)
    with sessions() as session:
        answered = {m.subject: m.answered_how for m in session.query(Message)}
    assert answered == {"Question": "replied", "Other": None}


def test_idle_reads_new_mail_within_seconds(
    on: OnServer, write_config: Callable[..., Path], tmp_path: Path
) -> None:
    config = load_config(
        write_config(
            on.user.mailbox_toml() + "idle = true\n", extra="[daemon]\npoll_minutes = 60\n"
        )
    )
    sessions = open_store(config.storage.url)
    commands: list[list[bytes]] = []

    def factory(config: Config, sessions: sessionmaker[Session]) -> Source:
        source = open_source(config, sessions)
        commands.append(wire(source))
        return source

    daemon = Daemon(config, sessions, FileTransport(tmp_path / "out"), source_factory=factory)
    # IDLE is not begun again during the test: the server itself must tell of the new mail (on
    # Cyrus, idled does; without it Cyrus looks only every imapidlepoll, 60 s).
    daemon.idle_restart = timedelta(minutes=5)
    scheduler = daemon.build_scheduler()
    scheduler.start()
    daemon.start_idle_watch()
    try:
        deadline = time.monotonic() + 10
        while not any(b"IDLE" in c for c in commands) and time.monotonic() < deadline:
            time.sleep(0.05)  # the first poll ran, and IDLE has begun
        time.sleep(0.5)
        for i in range(2):
            on.user.deliver(make_message(subject=f"news {i}"))
            started = time.monotonic()
            while count(sessions) < i + 1 and time.monotonic() < started + 15:
                time.sleep(0.05)
            # Long before the next poll (in an hour), and before Cyrus's imapidlepoll (60 s).
            assert count(sessions) == i + 1
            assert time.monotonic() - started < 10
        watch = next(c for c in commands if b"IDLE" in c)
        assert watch.count(b"IDLE") >= 2 and watch.count(b"DONE") >= 2
        assert not any(c.startswith((b"STORE", b"UID STORE", b"EXPUNGE", b"SELECT")) for c in watch)
    finally:
        daemon.stop.set()
        scheduler.shutdown(wait=True)
        assert daemon.idle.thread is not None
        daemon.idle.thread.join(timeout=10)
        assert not daemon.idle.thread.is_alive()
        daemon.close_source()
