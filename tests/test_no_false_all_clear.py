"""Never a false all-clear: a digest built while the mailbox cannot be read says so first and in
its subject, never "A quiet day"."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from service.cli.main import main
from service.config import Config
from service.daemon.mailbox import Daemon
from service.common.errors import MailboxError
from service.ingest.source import Source
from service.notify.transport import FileTransport
from service.poll.mailbox import open_source
from service.store.models import Digest
from tests.mail import make_message
from tests.support import Clock
from tests.test_status_errors import UNREADABLE_MAILBOX

T0 = datetime(2026, 12, 1, 14, 10, tzinfo=UTC)  # 08:10 in Chicago: past the digest's hour


def _digest(folder: Path) -> email.message.EmailMessage:
    (path,) = folder.glob("*.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_a_digest_while_the_mailbox_cannot_be_read_says_so(
    write_config: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(UNREADABLE_MAILBOX)  # its password variable is not set
    assert main(["--config", str(path), "poll"]) != 0
    main(["--config", str(path), "digest", "--send"])
    digest = _digest(tmp_path / "digests")
    text = digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    first = text.splitlines()[0]
    assert first.startswith("!! I could not read INBOX since ")
    assert "could not read INBOX" in digest["Subject"]
    assert "quiet day" not in text.lower() and "quiet day" not in digest["Subject"].lower()
    assert "password_env" in text and "'doorstep check'" in text


def test_a_digest_before_any_poll_says_nothing_was_read(
    write_config: Callable[..., Path], tmp_path: Path
) -> None:
    path = write_config()
    assert main(["--config", str(path), "digest", "--send"]) == 0
    digest = _digest(tmp_path / "digests")
    text = digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.startswith("!! I have not read INBOX yet")
    assert "not read INBOX yet" in digest["Subject"] and "quiet day" not in text.lower()


def test_a_digest_stored_blind_is_built_again_once_the_mailbox_is_read(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """Stored while the mailbox could not be read, not sent (the way out is blocked too): once
    a poll works, what goes out is built again from what was read, not the stored warning."""
    down = {"yes": True}

    def source(config: Config, sessions: sessionmaker[Session]) -> Source:
        if down["yes"]:
            raise MailboxError("The IMAP server refused the login.")
        return open_source(config, sessions)

    out = tmp_path / "out"
    out.write_text("not a folder")  # the digest cannot be written: it waits
    clock = Clock(T0)
    daemon = Daemon(config, sessions, FileTransport(out), clock=clock, source_factory=source)
    daemon.poll_job()  # fails, past the digest's hour: stores the day's digest, cannot send it
    with sessions() as session:
        (stored,) = session.scalars(select(Digest)).all()
    assert stored.status == "pending" and stored.text.startswith("!! I could not read")

    out.unlink()
    down["yes"] = False
    (tmp_path / "Maildir" / "new" / "1").write_bytes(make_message(subject="Thursday session"))
    clock.now = T0 + timedelta(hours=1)
    daemon.poll_job()  # works, then sends what waits
    with sessions() as session:
        (sent,) = session.scalars(select(Digest)).all()
    assert sent.status == "sent" and sent.message_id != stored.message_id
    (path,) = out.glob("*.eml")
    text = path.read_text()
    assert "could not read" not in text and "Thursday session" in text


def test_a_mailbox_not_read_for_long_is_in_the_subject(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """No poll failed, none ran (a stopped 'doorstep poll' timer): the subject says so too."""
    from service.notify.outbox import preview
    from service.poll.mailbox import poll_once

    poll_once(config, sessions, clock=lambda: T0)
    _, rendered = preview(sessions, config, T0 + timedelta(hours=30))
    assert rendered.subject.endswith(
        "I have not read your mailbox since Tuesday 1 December, 08:10: this digest may be missing mail"
    )
    assert rendered.text.startswith("!! I have not read your mailbox since")
    assert "quiet day" not in rendered.text.lower()


def test_one_folder_failing_or_stale_while_others_are_read_is_told_first(
    config: Config, sessions: sessionmaker[Session]
) -> None:
    """Only the mailbox as a whole was watched: one configured folder whose last poll failed, or
    that was last read long before the others, gave no notice."""
    from service.store.health import health_notices
    from service.store.models import FolderState

    now = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    with sessions.begin() as session:
        for folder, last, error in (
            ("INBOX", now, None),
            ("Clients", now - timedelta(minutes=5), "The folder 'Clients' does not exist."),
            ("Texts", now - timedelta(hours=5), None),
        ):
            session.add(
                FolderState(
                    account=config.mailbox.account,
                    folder=folder,
                    uidvalidity=1,
                    last_uid=0,
                    last_success_at=last,
                    last_error=error,
                )
            )
    with sessions() as session:
        notices = health_notices(
            session,
            config.mailbox.account,
            now,
            config.coach.zone,
            timedelta(hours=3),
            set(),
            ("INBOX", "Clients", "Texts"),
        )
    assert notices.alarm.startswith("I could not read Clients on the last poll")
    assert any("does not exist" in line for line in notices.lines)
    assert any("I have not read your mailbox since" in line for line in notices.lines)


def test_a_mailbox_not_read_since_the_last_digest_is_told_however_long_the_alert_wait(
    config: Config, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """With alert_after_hours longer than a day, a mailbox last read before yesterday's digest
    went out gave "a quiet day": that digest spoke for mail it never read."""
    from service.notify.outbox import preview, run_digest
    from service.poll.mailbox import poll_once

    patient = config.model_copy(
        update={"digest": config.digest.model_copy(update={"alert_after_hours": 48})}
    )
    poll_once(patient, sessions, clock=lambda: T0)
    run_digest(sessions, patient, FileTransport(tmp_path / "out"), T0 + timedelta(hours=1))
    _, rendered = preview(sessions, patient, T0 + timedelta(hours=25))
    assert rendered.text.startswith("!! I have not read your mailbox since Tuesday 1 December")
    assert "missing mail" in rendered.subject and "quiet day" not in rendered.text.lower()
