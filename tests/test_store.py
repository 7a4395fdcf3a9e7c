"""Storage: each client message once, whatever the crashes and restarts; nothing of other mail."""

from __future__ import annotations

import mailbox
import os
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from service.config import Config, load_config
from service.common.errors import MailboxError
from service.ingest.source import FolderInfo, Source
from service.poll.mailbox import poll_once
from service.records import RawMessage
from service.store.db import open_store
from service.store.identity import Identity, KnownIdentities
from service.store.models import FolderState, Message, NewPerson, UnknownSender
from tests.conftest import ON_POSTGRES
from tests.mail import make_message


class ScriptedSource:
    """An in-memory mailbox whose UIDVALIDITY can change and whose connection can drop."""

    def __init__(self, messages: dict[int, bytes], uidvalidity: int = 7) -> None:
        self.messages = messages
        self.uidvalidity = uidvalidity
        self.fail_after_fetches: int | None = None
        self.fetches = 0

    def open_folder(self, folder: str) -> FolderInfo:
        return FolderInfo(folder, self.uidvalidity, max(self.messages, default=0) + 1)

    def status(self, folder: str) -> FolderInfo | None:
        return None

    def uids_after(self, folder: str, last_uid: int, since: date | None) -> list[int]:
        return sorted(u for u in self.messages if u > last_uid)

    def fetch(
        self,
        folder: str,
        uids: Sequence[int],
        max_bytes: int | None = None,
        sizes: Mapping[int, int] | None = None,
    ) -> Iterator[RawMessage]:
        if self.fail_after_fetches is not None and self.fetches >= self.fail_after_fetches:
            raise MailboxError("connection dropped")
        self.fetches += 1
        for uid in uids:
            yield RawMessage(folder, self.uidvalidity, uid, self.messages[uid])

    def fetch_headers(self, folder: str, uids: Sequence[int]) -> Iterator[RawMessage]:
        for uid in uids:
            data = self.messages[uid]
            head = data.split(b"\n\n", 1)[0] + b"\n\n"
            yield RawMessage(folder, self.uidvalidity, uid, head, headers_only=True)

    def sent_folder(self) -> str | None:
        return None

    def uids_with(
        self, folder: str, field: str, address: str, up_to_uid: int, since: date | None
    ) -> list[int]:
        return []

    def close(self) -> None:
        pass


def factory(source: ScriptedSource) -> Callable[[Config, sessionmaker[Session]], Source]:
    return lambda _config, _sessions: source


def count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.query(Message).count()


def test_a_drop_mid_poll_loses_nothing_and_doubles_nothing(
    config: Config, sessions: sessionmaker[Session]
) -> None:
    source = ScriptedSource({uid: make_message(subject=f"n{uid}") for uid in range(1, 251)})
    source.fail_after_fetches = 1  # the first batch of 100 is committed, then the connection drops
    with pytest.raises(MailboxError):
        poll_once(config, sessions, factory(source))
    assert count(sessions) == 100
    with sessions() as session:
        state = session.query(FolderState).one()
        assert state.last_uid == 100 and state.last_error == "connection dropped"

    source.fail_after_fetches = None
    report = poll_once(config, sessions, factory(source))
    assert report.fetched == 150 and report.stored == 150
    assert count(sessions) == 250
    with sessions() as session:
        assert session.query(FolderState).one().last_error is None


def test_uidvalidity_change_does_not_duplicate(
    config: Config, sessions: sessionmaker[Session]
) -> None:
    messages = {
        uid: make_message(subject=f"n{uid}", message_id=f"<m{uid}@example.org>")
        for uid in (1, 2, 3)
    }
    source = ScriptedSource(messages, uidvalidity=7)
    assert poll_once(config, sessions, factory(source)).stored == 3
    # The server renumbers the folder: same messages, new UIDs, new UIDVALIDITY; plus one new one.
    renumbered = {uid + 100: data for uid, data in messages.items()}
    renumbered[200] = make_message(subject="new", message_id="<new@example.org>")
    source2 = ScriptedSource(renumbered, uidvalidity=8)
    report = poll_once(config, sessions, factory(source2))
    assert report.fetched == 4 and report.stored == 1
    assert count(sessions) == 4


def test_only_client_mail_is_stored(config: Config, sessions: sessionmaker[Session]) -> None:
    secret = "The merger closes on Friday, keep it quiet"
    source = ScriptedSource(
        {
            1: make_message(sender="banker@bank.example", subject="Confidential", body=secret),
            2: make_message(sender="banker@bank.example", subject="Again", body=secret),
            3: make_message(subject="From Jane"),
        }
    )
    poll_once(config, sessions, factory(source))
    with sessions() as session:
        assert [m.subject for m in session.query(Message)] == ["From Jane"]
        unknown = session.query(UnknownSender).one()
        assert (unknown.address, unknown.count) == ("banker@bank.example", 2)
    database = Path(config.storage.url.removeprefix("sqlite:///"))
    on_disk = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
    assert secret.encode() not in on_disk and b"Confidential" not in on_disk


def test_local_maildir_is_incremental_and_untouched(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    maildir = tmp_path / "Maildir"
    (maildir / "new" / "1.a").write_bytes(make_message(subject="one"))
    before = sorted(p.relative_to(maildir) for p in maildir.rglob("*"))
    assert poll_once(config, sessions).stored == 1
    assert poll_once(config, sessions).fetched == 0
    (maildir / "new" / "2.b").write_bytes(make_message(subject="two"))
    assert poll_once(config, sessions).stored == 1
    after = sorted(p.relative_to(maildir) for p in maildir.rglob("*"))
    assert after == sorted(
        [*before, Path("new/2.b")]
    )  # nothing moved from new/ to cur/, nothing added


def test_local_mbox(write_config: Callable[..., Path], tmp_path: Path) -> None:
    box = mailbox.mbox(str(tmp_path / "inbox.mbox"))
    box.add(make_message(subject="one"))
    box.add(make_message(subject="two"))
    box.flush()
    box.close()
    before = (tmp_path / "inbox.mbox").read_bytes()
    config = load_config(write_config('[mailbox]\nkind = "mbox"\npath = "inbox.mbox"\n'))
    sessions = open_store(config.storage.url)
    assert poll_once(config, sessions).stored == 2
    assert poll_once(config, sessions).fetched == 0
    assert (tmp_path / "inbox.mbox").read_bytes() == before


@pytest.mark.skipif(ON_POSTGRES, reason="the mode of the database file: SQLite only")
def test_database_file_is_private(config: Config, sessions: sessionmaker[Session]) -> None:
    database = Path(config.storage.url.removeprefix("sqlite:///"))
    assert database.stat().st_mode & 0o777 == 0o600


def test_history_before_the_first_poll_is_left_alone(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    new = tmp_path / "Maildir" / "new"
    (new / "old.a").write_bytes(make_message(subject="Two months ago"))
    old = time.time() - 60 * 86400
    os.utime(new / "old.a", (old, old))
    (new / "recent.b").write_bytes(make_message(subject="This week"))
    report = poll_once(config, sessions)
    assert (report.fetched, report.stored) == (1, 1)
    with sessions() as session:
        assert [m.subject for m in session.query(Message)] == ["This week"]


def test_uidvalidity_change_without_message_ids_reconciles_by_content(
    config: Config, sessions: sessionmaker[Session]
) -> None:
    def bare(n: int) -> bytes:
        return f"From: jane.doe@example.org\r\nSubject: no id {n}\r\n\r\nHello {n}\r\n".encode()

    assert (
        poll_once(
            config, sessions, factory(ScriptedSource({1: bare(1), 2: bare(2)}, uidvalidity=3))
        ).stored
        == 2
    )
    renumbered = ScriptedSource({10: bare(1), 11: bare(2), 12: bare(3)}, uidvalidity=4)
    report = poll_once(config, sessions, factory(renumbered))
    assert (report.fetched, report.stored) == (3, 1)
    assert count(sessions) == 3


def test_identity_look_ups_use_an_index_not_a_scan_of_the_account(tmp_path: Path) -> None:
    """Each batch looks up its messages' identities; reading every stored message of the account
    for that (as SQLite chose to with single-column indexes) makes a big first poll quadratic."""
    sessions = open_store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    seen: list[tuple[str, object]] = []

    def record(_conn: object, _cursor: object, sql: str, params: object, *_rest: object) -> None:
        seen.append((sql, params))

    with sessions.begin() as session:
        connection = session.connection()
        event.listen(connection, "before_cursor_execute", record)
        keys = [
            Identity(message_id="<a@x>", body="1" * 64, content="2" * 64),
            Identity(message_id="<b@x>", body="1" * 64, content="3" * 64),
            Identity(server_id="gm:123"),
            Identity(content="0" * 64),
        ]
        KnownIdentities(session, "coach@example.org", keys)
        event.remove(connection, "before_cursor_execute", record)
        queries = [(sql, params) for sql, params in seen if "FROM message" in sql]
        assert len(queries) == 3
        for sql, params in queries:
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)  # type: ignore[arg-type]
            plan = " ".join(str(row[-1]) for row in rows)
            assert re.search(
                r"USING (COVERING )?INDEX ix_message_account_\w+ \(account=\? AND", plan
            ), plan


def test_a_local_maildir_is_listed_once_a_poll_not_once_a_message(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading N messages once listed the folder N times (stdlib Maildir lists it again at the
    first look-up of each new Maildir object): 26 s for 1,000 messages, now under 1 s."""
    for i in range(300):
        sender = "Jane Doe <jane.doe@example.org>" if i % 10 == 0 else f"n{i}@letters.example"
        (tmp_path / "Maildir" / "new" / f"{i}.m").write_bytes(make_message(sender=sender))
    listings: list[str] = []
    real = os.listdir

    def counted(path: str) -> list[str]:
        listings.append(str(path))
        return real(path)

    monkeypatch.setattr(os, "listdir", counted)
    assert poll_once(config, sessions).stored == 30
    maildir = [p for p in listings if p.endswith(("/new", "/cur"))]
    assert 0 < len(maildir) <= 8, len(maildir)


def test_a_renumbered_folder_counts_no_sender_and_no_new_person_twice(
    config: Config, sessions: sessionmaker[Session]
) -> None:
    """A new UIDVALIDITY (seen on Cyrus) doubled the unknown-sender totals and repeated every new
    person in the next digest: the folder is re-read, and its old mail was counted already."""
    from tests.test_prospects import ENQUIRY

    sent = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
    messages = {
        1: make_message(sender="news@letters.example", date=sent),
        2: make_message(sender="news@letters.example", date=sent),
        3: make_message(
            sender="Dana Whitfield <dana.w@example.com>",
            subject="Coaching enquiry",
            body=ENQUIRY,
            date=sent,
        ),
        4: make_message(date=sent),
    }
    first = ScriptedSource(messages, uidvalidity=7)
    day_one = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    poll_once(config, sessions, factory(first), clock=lambda: day_one)

    def totals() -> tuple[int, int, int]:
        with sessions() as session:
            return (
                sum(u.count for u in session.query(UnknownSender)),
                session.query(NewPerson).count(),
                session.query(Message).count(),
            )

    assert totals() == (3, 1, 1)
    renumbered = {uid + 100: data for uid, data in messages.items()}
    later = datetime(2026, 11, 19, 8, 0, tzinfo=UTC)
    renumbered[300] = make_message(sender="news@letters.example", date=later)
    second = ScriptedSource(renumbered, uidvalidity=8)
    day_two = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
    report = poll_once(config, sessions, factory(second), clock=lambda: day_two)
    assert report.fetched == 5 and report.already_stored == 1
    assert totals() == (4, 1, 1)  # only the one new newsletter is counted
