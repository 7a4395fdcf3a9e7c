"""Forgetting: after retention_days what clients wrote is gone but counts and verdicts stay, and
`doorstep forget` removes everything stored about a client who asks."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from service.cli.main import main
from service.config import Config, load_config
from service.daemon.mailbox import Daemon
from service.common.errors import DoorstepError
from service.notify.outbox import run_digest
from service.notify.transport import FileTransport
from service.poll.mailbox import poll_once
from service.store.db import open_store
from service.store.models import Digest, Message, NewPerson, RosterAddress, UnknownSender
from service.store.privacy import forget_client, forget_old
from tests.conftest import ROSTER
from tests.mail import make_message

T0 = datetime(2026, 8, 3, 15, 0, tzinfo=UTC)
SECRET = "my sister's wedding is a secret"


def _deliver(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / "Maildir" / "new" / name).write_bytes(data)


def _poll(config: Config, sessions: sessionmaker[Session], at: datetime) -> None:
    poll_once(config, sessions, clock=lambda: at)


def _texts(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        rows = session.execute(
            select(Message.subject, Message.body_text, Message.excerpt, Message.reasons)
        ).all()
        digests = session.execute(select(Digest.text, Digest.html)).all()
        people = session.execute(select(NewPerson.excerpt)).all()
    return [str(v) for row in [*rows, *digests, *people] for v in row]


def _tags(sessions: sessionmaker[Session]) -> list[tuple[str, str, str]]:
    with sessions() as session:
        rows = session.execute(select(Message.client_name, Message.tag, Message.rule)).all()
    return sorted((str(a), str(b), str(c)) for a, b, c in rows)


def test_old_text_goes_and_counts_and_verdicts_stay(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _deliver(tmp_path, "1", make_message(subject="Wedding", body=f"Can you keep {SECRET}?"))
    _deliver(
        tmp_path,
        "2",
        make_message(
            sender="Sam Stranger <sam@people.example>",
            subject="Coaching?",
            body=f"Hello Robin, {SECRET}.",
            date=T0,
        ),
    )
    _poll(config, sessions, T0)
    run_digest(sessions, config, FileTransport(tmp_path / "out"), T0 + timedelta(hours=20))
    _deliver(tmp_path, "3", make_message(subject="Later", body="Could we talk on Friday?"))
    _poll(config, sessions, T0 + timedelta(days=80))
    verdicts = _tags(sessions)
    assert any(SECRET in t for t in _texts(sessions))

    removed = forget_old(sessions, config.mailbox.account, T0 + timedelta(days=91), days=90)

    assert (removed.messages, removed.digests, removed.new_people) == (1, 1, 1)
    assert not any(SECRET in t.lower() for t in _texts(sessions))
    assert _tags(sessions) == verdicts  # every message still counted, with its verdict
    with sessions() as session:
        later = session.scalars(select(Message.body_text).where(Message.subject == "Later")).one()
    assert later == "Could we talk on Friday?"  # younger than 90 days: kept whole
    again = forget_old(sessions, config.mailbox.account, T0 + timedelta(days=92), days=90)
    assert (again.messages, again.digests, again.new_people) == (0, 0, 0)
    assert (
        forget_old(sessions, config.mailbox.account, T0 + timedelta(days=9999), days=0).messages
        == 0
    )  # 0 keeps all


def _write(tmp_path: Path, roster: str) -> Path:
    path = tmp_path / "config.toml"
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("[[clients]]")]
    path.write_text(head + textwrap.dedent(roster), encoding="utf-8")
    return path


def test_forget_removes_everything_about_a_client_who_asks(
    write_config: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config()
    config = load_config(path)
    sessions = open_store(config.storage.url)
    _deliver(tmp_path, "1", make_message(subject="Wedding", body=f"Can you keep {SECRET}?"))
    _deliver(tmp_path, "2", make_message(sender="Jane D <jdoe@work.example>", subject="Work"))
    _deliver(
        tmp_path,
        "3",
        make_message(
            sender="Marcus Lee <marcus@lee-family.example>",
            subject="Thursday",
            body="Could we move Thursday?",
        ),
    )
    _poll(config, sessions, T0)
    run_digest(sessions, config, FileTransport(tmp_path / "out"), T0 + timedelta(hours=20))

    with pytest.raises(DoorstepError, match="still a client in your config"):
        forget_client(
            sessions, config.mailbox.account, "jane doe", {c.name for c in config.roster}, set()
        )

    # The coach removes Jane from the roster, then asks what would go, then does it.
    _write(tmp_path, ROSTER[ROSTER.index('[[clients]]\nname = "Marcus Lee"') :])
    assert main(["forget", "Jane Doe", "--config", str(path)]) == 0
    assert "Nothing was changed" in capsys.readouterr().out
    assert len(_tags(sessions)) == 3
    assert main(["forget", "jane doe", "--yes", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Forgot Jane Doe: 2 message(s)" in out and "jdoe@work.example" in out

    assert _tags(sessions) == [("Marcus Lee", "reply_needed", "question")]
    assert not any(SECRET in t.lower() or "Jane" in t for t in _texts(sessions))
    with sessions() as session:
        addresses = set(session.scalars(select(RosterAddress.address)))
        unknown = session.scalar(select(func.count()).select_from(UnknownSender))
    assert "jane.doe@example.org" not in addresses and "jdoe@work.example" not in addresses
    assert "marcus@lee-family.example" in addresses
    assert unknown == 0

    with pytest.raises(DoorstepError, match="No messages from a client named 'Jane Doe'"):
        forget_client(sessions, config.mailbox.account, "Jane Doe", set(), set())
    assert main(["forget", "Nobody", "--yes", "--config", str(path)]) == 1
    assert "stored clients: Marcus Lee" in capsys.readouterr().err


def test_the_daemons_daily_digest_job_applies_the_retention_period(
    write_config: Callable[..., Path], tmp_path: Path
) -> None:
    path = write_config()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("[storage]\n", "[storage]\nretention_days = 30\n"))
    config = load_config(path)
    assert config.storage.retention_days == 30
    sessions = open_store(config.storage.url)
    _deliver(tmp_path, "1", make_message(subject="Wedding", body=f"Can you keep {SECRET}?"))
    _poll(config, sessions, T0)
    now = T0 + timedelta(days=31)
    Daemon(config, sessions, FileTransport(tmp_path / "out"), clock=lambda: now).digest_job()
    assert not any(SECRET in t.lower() for t in _texts(sessions))
    assert len(_tags(sessions)) == 1
