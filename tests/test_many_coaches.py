"""Many coaches, one database (a practice on PostgreSQL): each coach's mail, digest, corrections,
status, retention and `forget` are their own. The two coaches here share a client, who sends one
message to both (the same Message-ID and bytes in both mailboxes), and have a client of the same
name: nothing of one may show, count, or be changed through the other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from service.cli.status import gather_status
from service.common.errors import DoorstepError
from service.config import Config, LocalMailbox, load_config
from service.notify.outbox import prepare, run_digest
from service.notify.transport import FileTransport
from service.poll.mailbox import poll_once
from service.store.corrections import load_lessons, mark
from service.store.db import open_store
from service.store.models import Digest, Message
from service.store.privacy import forget_client, forget_old
from tests.mail import make_message

T0 = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)  # a Monday, 09:00 in Chicago

SHARED = """
[[clients]]
name = "Sam Rivera"
emails = ["sam@rivera.example"]
"""
ROSTER_A = SHARED + '\n[[clients]]\nname = "Jane Doe"\nemails = ["jane.doe@example.org"]\n'
ROSTER_B = SHARED + '\n[[clients]]\nname = "Jane Doe"\nemails = ["jane@other-jane.example"]\n'


def _maildir(root: Path) -> Path:
    for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    return root


@pytest.fixture
def coaches(
    tmp_path: Path, write_config: Callable[..., Path]
) -> tuple[Config, Config, sessionmaker[Session]]:
    configs = []
    for name, roster in (("a", ROSTER_A), ("b", ROSTER_B)):
        box = _maildir(tmp_path / f"Maildir-{name}")
        mailbox = f'[mailbox]\nkind = "maildir"\npath = "{box}"\nsent_folder = "Sent"\n'
        extra = f'[digest]\ndeliver = "file"\nfile_dir = "digests-{name}"\n'
        configs.append(load_config(write_config(mailbox, extra, roster, name=f"{name}.toml")))
    a, b = configs
    assert a.storage.url == b.storage.url and a.mailbox.account != b.mailbox.account
    return a, b, open_store(a.storage.url)


def _deliver(config: Config, name: str, data: bytes, folder: str = "") -> None:
    assert isinstance(config.mailbox, LocalMailbox)
    path = Path(str(config.mailbox.path)) / folder / "new" / name
    path.write_bytes(data)


def _both_coaches_get_mail(a: Config, b: Config, sessions: sessionmaker[Session]) -> None:
    shared = make_message(
        sender="Sam Rivera <sam@rivera.example>",
        subject="To both of you",
        body="Could we find a time for a joint session?",
        to="robin@avery-coaching.example, kim@other-coach.example",
        message_id="<shared@rivera.example>",
        date=T0 - timedelta(hours=2),
    )
    _deliver(a, "shared", shared)
    _deliver(b, "shared", shared)
    _deliver(a, "jane", make_message(subject="Only for coach A", date=T0 - timedelta(hours=1)))
    _deliver(
        b,
        "jane",
        make_message(
            sender="Jane Doe <jane@other-jane.example>",
            subject="Only for coach B",
            date=T0 - timedelta(hours=1),
        ),
    )
    for config in (a, b):
        poll_once(config, sessions, clock=lambda: T0)


def _stored(sessions: sessionmaker[Session], config: Config) -> list[tuple[str, str]]:
    with sessions() as session:
        rows = session.execute(
            select(Message.client_name, Message.subject)
            .where(Message.account == config.mailbox.account)
            .order_by(Message.subject, Message.client_name)  # ties (after retention): by name
        ).all()
    return [(str(c), str(s)) for c, s in rows]


def test_each_coach_stores_their_own_copy_and_gets_their_own_digest_on_the_same_day(
    coaches: tuple[Config, Config, sessionmaker[Session]], tmp_path: Path
) -> None:
    a, b, sessions = coaches
    _both_coaches_get_mail(a, b, sessions)
    assert _stored(sessions, a) == [
        ("Jane Doe", "Only for coach A"),
        ("Sam Rivera", "To both of you"),
    ]
    assert _stored(sessions, b) == [
        ("Jane Doe", "Only for coach B"),
        ("Sam Rivera", "To both of you"),
    ]

    evening = T0 + timedelta(hours=9)
    for config, out in ((a, "out-a"), (b, "out-b")):
        result = run_digest(sessions, config, FileTransport(tmp_path / out), evening)
        assert result.sent == 1, result.notes
    text_a = "".join(p.read_text() for p in (tmp_path / "out-a").iterdir())
    text_b = "".join(p.read_text() for p in (tmp_path / "out-b").iterdir())
    assert "Only for coach A" in text_a and "Only for coach B" not in text_a
    assert "Only for coach B" in text_b and "Only for coach A" not in text_b
    assert "To both of you" in text_a and "To both of you" in text_b

    # One digest a day for each coach: a second run that day sends neither again.
    for config, out in ((a, "out-a"), (b, "out-b")):
        again = run_digest(sessions, config, FileTransport(tmp_path / out), evening)
        assert again.sent == 0 and "already sent" in again.notes[0]
    with sessions() as session:
        days = session.execute(select(Digest.account, Digest.day, Digest.status)).all()
    assert sorted((str(acc), str(s)) for acc, _, s in days) == [
        (a.mailbox.account, "sent"),
        (b.mailbox.account, "sent"),
    ]


def test_a_reply_answers_only_the_coach_who_sent_it(
    coaches: tuple[Config, Config, sessionmaker[Session]],
) -> None:
    a, b, sessions = coaches
    _both_coaches_get_mail(a, b, sessions)
    reply = make_message(
        sender="Robin Avery <robin@avery-coaching.example>",
        to="sam@rivera.example",
        subject="Re: To both of you",
        body="Thursday works.",
        date=T0 + timedelta(hours=1),
        headers={"In-Reply-To": "<shared@rivera.example>"},
    )
    _deliver(a, "reply", reply, ".Sent")
    poll_once(a, sessions, clock=lambda: T0 + timedelta(hours=2))
    poll_once(b, sessions, clock=lambda: T0 + timedelta(hours=2))
    for config, answered in ((a, True), (b, False)):
        status = gather_status(sessions, config, T0 + timedelta(hours=2))
        waiting = {w.subject for w in status.waiting_for_reply}
        assert ("To both of you" not in waiting) is answered, (config.mailbox.account, waiting)
        assert status.messages == 2  # their own two, not the other coach's


def test_corrections_retention_and_forget_stay_within_one_coach(
    coaches: tuple[Config, Config, sessionmaker[Session]],
) -> None:
    a, b, sessions = coaches
    _both_coaches_get_mail(a, b, sessions)
    with sessions() as session:
        ids = {
            (str(acc), str(subject)): int(i)
            for i, acc, subject in session.execute(
                select(Message.id, Message.account, Message.subject)
            )
        }
    b_shared = ids[(b.mailbox.account, "To both of you")]
    a_shared = ids[(a.mailbox.account, "To both of you")]

    # Coach A cannot mark coach B's message, even by its number.
    with pytest.raises(DoorstepError, match=f"no message #{b_shared}"):
        mark(sessions, a.mailbox.account, b_shared, "fyi", T0)
    mark(sessions, a.mailbox.account, a_shared, "fyi", T0)
    with sessions() as session:
        assert load_lessons(session, a.mailbox.account).sender_to_fyi
        assert not load_lessons(session, b.mailbox.account).sender_to_fyi

    # Retention runs per coach (each coach's config says how long).
    forget_old(sessions, a.mailbox.account, T0 + timedelta(days=100), days=90)
    assert [s for _, s in _stored(sessions, a)] == ["", ""]
    assert [s for _, s in _stored(sessions, b)] == ["Only for coach B", "To both of you"]

    # Forgetting coach B's Jane Doe leaves coach A's Jane Doe (and the shared client) alone;
    # coach A's digest waiting to be sent does not hold it up, and is not changed.
    assert prepare(sessions, a, T0 + timedelta(hours=9)).digest_id is not None
    gone = forget_client(sessions, b.mailbox.account, "Jane Doe", set(), set())
    assert gone.messages == 1 and gone.addresses == ("jane@other-jane.example",)
    assert [c for c, _ in _stored(sessions, b)] == ["Sam Rivera"]
    assert [c for c, _ in _stored(sessions, a)] == ["Jane Doe", "Sam Rivera"]
